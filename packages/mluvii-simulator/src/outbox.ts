/**
 * Outbound delivery: bot callbacks and webhook deliveries, one ordered lane per session (callbacks) or per
 * subscription (webhooks), with retries, outbound faults and a transcript entry per attempt.
 */
import type { ResolvedLogger } from "@contactkit/core";
import { describeFault, type FaultRegistry, type FaultSpec } from "./faults";
import { parseJson, postJson, redactUrl } from "./http-util";
import type { WorkTracker } from "./tracker";
import type { OutboundRoute, TranscriptEntry, TranscriptWriter } from "./transcript";

/** Outcome of delivering one payload (after retries). */
export interface DeliveryResult {
  /** Whether a 2xx (bot callbacks: 200 within the deadline) answer arrived. */
  readonly delivered: boolean;
  /** Status of the last attempt, `null` when none arrived or nothing was sent. */
  readonly status: number | null;
  /** Attempts made (0 when a fault dropped the payload). */
  readonly attempts: number;
  /** Transcript entry of the last attempt, when one was made. */
  readonly entry: TranscriptEntry | undefined;
}

/** One payload to deliver. */
export interface OutboundMessage {
  /** `bot-callback` or `webhook-delivery`. */
  readonly route: OutboundRoute;
  /** Ordering lane: payloads of one lane are sent one after another. */
  readonly lane: string;
  /** Target URL (userinfo becomes Basic credentials). */
  readonly url: string;
  /** JSON body. */
  readonly body: unknown;
  /** Chatbot activity name, for faults and the transcript. */
  readonly activity?: string;
  /** Webhook event type, for faults and the transcript. */
  readonly eventType?: string;
  /** Session the payload belongs to. */
  readonly sessionId?: number;
  /** Retries after the first attempt. */
  readonly retries: number;
  /** Wait between attempts, in ms. */
  readonly retryDelayMs: number;
  /** Per-attempt timeout, in ms. */
  readonly timeoutMs: number;
  /** A 200 slower than this counts as a failure (mluvii's 2-second rule for bot callbacks). */
  readonly deadlineMs?: number;
}

interface Item {
  readonly message: OutboundMessage;
  readonly resolve: (result: DeliveryResult) => void;
  faults?: FaultSpec[];
  /** Released after being held back by an out-of-order fault. */
  late?: boolean;
}

interface Lane {
  queue: Item[];
  running: boolean;
  held: { item: Item; timer: NodeJS.Timeout } | undefined;
}

/** The outbox of a simulator. */
export interface Outbox {
  /** Queues a payload on its lane; resolves when it was delivered or given up. */
  send(message: OutboundMessage): Promise<DeliveryResult>;
  /** Releases held (out-of-order) payloads at once. */
  releaseHeld(): void;
}

const NOT_SENT: DeliveryResult = { delivered: false, status: null, attempts: 0, entry: undefined };

/** Creates the outbox. */
export function createOutbox(deps: {
  transcript: TranscriptWriter;
  faults: FaultRegistry;
  tracker: WorkTracker;
  logger: ResolvedLogger;
}): Outbox {
  const { transcript, faults, tracker, logger } = deps;
  /** What a log line says of a payload: its route and name, never its body or URL (which may carry a token). */
  const describe = (message: OutboundMessage) => ({
    route: message.route,
    ...(message.activity === undefined ? {} : { activity: message.activity }),
    ...(message.eventType === undefined ? {} : { eventType: message.eventType }),
    ...(message.sessionId === undefined ? {} : { sessionId: message.sessionId }),
  });
  const lanes = new Map<string, Lane>();

  async function attempt(message: OutboundMessage, number: number, fault: string | undefined) {
    const startedAt = Date.now();
    const result = await postJson(message.url, message.body, message.timeoutMs);
    const ok =
      result.status !== null &&
      (message.route === "bot-callback" ? result.status === 200 : result.status >= 200 && result.status < 300);
    const slow = ok && message.deadlineMs !== undefined && result.durationMs > message.deadlineMs;
    const parsed = result.body === "" ? undefined : parseJson(result.body);
    const entry = transcript.record({
      direction: "outbound",
      route: message.route,
      method: "POST",
      url: redactUrl(message.url),
      status: result.status,
      startedAt,
      durationMs: result.durationMs,
      requestBody: message.body,
      responseBody: parsed === undefined ? undefined : parsed.ok ? parsed.value : result.body,
      ...(message.activity === undefined ? {} : { activity: message.activity }),
      ...(message.eventType === undefined ? {} : { eventType: message.eventType }),
      ...(message.sessionId === undefined ? {} : { sessionId: message.sessionId }),
      attempt: number,
      ...(fault === undefined ? {} : { fault }),
      outcome: ok && !slow ? "ok" : "failed",
      ...(slow ? { failure: "slow" as const } : ok ? {} : { failure: result.error ?? ("status" as const) }),
    });
    return { ok: ok && !slow, entry };
  }

  async function deliver(message: OutboundMessage, fault: string | undefined): Promise<DeliveryResult> {
    let last: TranscriptEntry | undefined;
    for (let n = 1; n <= message.retries + 1; n++) {
      if (n > 1 && !(await tracker.sleep(message.retryDelayMs))) break;
      if (tracker.cancelled) break;
      const { ok, entry } = await attempt(message, n, fault);
      last = entry;
      if (ok) return { delivered: true, status: entry.status, attempts: n, entry };
      if (n <= message.retries)
        logger.info("mluvii simulator: delivery retried", {
          ...describe(message),
          status: entry.status,
          attempt: n,
          failure: entry.failure,
        });
    }
    if (last && !tracker.cancelled)
      // A faulted delivery failing is what the fault asked for; anything else is worth a developer's look.
      logger[fault === undefined ? "warn" : "info"]("mluvii simulator: delivery failed", {
        ...describe(message),
        status: last.status,
        attempts: last.attempt,
        failure: last.failure,
        ...(fault === undefined ? {} : { fault }),
      });
    return { delivered: false, status: last?.status ?? null, attempts: last?.attempt ?? 0, entry: last };
  }

  async function process(item: Item): Promise<void> {
    const { message } = item;
    const specs = item.faults ?? [];
    for (const spec of specs) if (spec.kind === "latency" && !(await tracker.sleep(spec.ms))) break;
    if (specs.some((s) => s.kind === "drop")) {
      logger.info("mluvii simulator: payload dropped by a fault", describe(message));
      transcript.record({
        direction: "outbound",
        route: message.route,
        method: "POST",
        url: redactUrl(message.url),
        status: null,
        startedAt: Date.now(),
        durationMs: 0,
        requestBody: message.body,
        responseBody: undefined,
        ...(message.activity === undefined ? {} : { activity: message.activity }),
        ...(message.eventType === undefined ? {} : { eventType: message.eventType }),
        ...(message.sessionId === undefined ? {} : { sessionId: message.sessionId }),
        fault: "drop",
        outcome: "failed",
        failure: "dropped",
      });
      item.resolve(NOT_SENT);
      return;
    }
    // The first copy names latency faults only; the extra copy of a duplicate is the one marked `duplicate`.
    const named = specs.find((s) => s.kind === "latency");
    const first = await deliver(message, item.late ? "out-of-order" : named ? describeFault(named) : undefined);
    if (specs.some((s) => s.kind === "duplicate")) await deliver(message, "duplicate");
    item.resolve(first);
  }

  async function pump(lane: Lane): Promise<void> {
    if (lane.running) return;
    lane.running = true;
    try {
      while (lane.queue.length > 0) {
        const item = lane.queue.shift() as Item;
        const { message } = item;
        if (tracker.cancelled) {
          item.resolve(NOT_SENT);
          continue;
        }
        item.faults ??= faults.take(
          {
            route: message.route,
            ...(message.activity === undefined ? {} : { activity: message.activity }),
            ...(message.eventType === undefined ? {} : { eventType: message.eventType }),
          },
          () => true,
        );
        const reorder = item.faults.find((s) => s.kind === "out-of-order");
        if (reorder && !lane.held && !item.late) {
          const holdMs = reorder.kind === "out-of-order" ? (reorder.holdMs ?? 1_000) : 1_000;
          item.faults = item.faults.filter((s) => s !== reorder);
          lane.held = { item, timer: setTimeout(() => release(lane), holdMs) };
          continue;
        }
        await process(item);
        const held = lane.held;
        if (held && held.item !== item) {
          clearTimeout(held.timer);
          lane.held = undefined;
          await process({ ...held.item, late: true });
        }
      }
    } finally {
      lane.running = false;
    }
  }

  function release(lane: Lane): void {
    const held = lane.held;
    if (!held) return;
    clearTimeout(held.timer);
    lane.held = undefined;
    lane.queue.unshift({ ...held.item, late: true });
    void pump(lane);
  }

  return {
    send(message) {
      if (tracker.cancelled) return Promise.resolve(NOT_SENT);
      let lane = lanes.get(message.lane);
      if (!lane) {
        lane = { queue: [], running: false, held: undefined };
        lanes.set(message.lane, lane);
      }
      const target = lane;
      const result = new Promise<DeliveryResult>((resolve) => {
        target.queue.push({ message, resolve });
      });
      void pump(target);
      return tracker.track(result);
    },
    releaseHeld() {
      for (const lane of lanes.values()) release(lane);
    },
  };
}
