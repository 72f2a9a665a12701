import { resolveTelemetry, type Telemetry } from "@contactkit/core";
import { correlationModeOf, type ResponseCorrelationMode } from "./catalog";
import type { DeliveryOutcome, ResponseCorrelator } from "./correlator";
import { MluviiChatbotClosedError, MluviiChatbotResponseTimeoutError } from "./errors";
import type { MluviiChatbotResponse, MluviiChatbotResponseActivity } from "./event-map";

/** Options of {@link createInMemoryCorrelator}. */
export interface InMemoryCorrelatorOptions {
  /**
   * How long an answer stays owed to a request that stopped waiting after it may have been sent (it timed out, or
   * was cancelled or aborted after admission). An answer of its lane arriving within this window is that request's
   * late answer, and a `serial` lane admits no other request until it arrives or the window passes, so a late
   * answer can never be taken for the next request's. Default 30 000 ms. 0 releases the lane at once, at the price
   * of handing a late answer to the next request of the kind.
   */
  readonly lateResponseWindowMs?: number;
  /**
   * Where `contactkit.correlation.outcomes` is counted: resolved, timed-out, cancelled and lost requests, late and
   * unmatched responses. Default: OpenTelemetry when `@opentelemetry/api` is installed; `false` for none.
   */
  readonly telemetry?: Telemetry | false;
}

/** What an in-memory correlator holds right now. Everything drains to 0 once requests settle and windows pass. */
export interface InMemoryCorrelatorStats {
  /** Requests admitted and awaiting their answer. */
  readonly waiting: number;
  /** Requests waiting for admission behind an earlier request of their lane. */
  readonly queued: number;
  /** Answers owed to requests that no longer wait (timed out, cancelled after sending, or served by another read's answer). */
  readonly owed: number;
  /** (session, response activity) lanes holding any of the above. */
  readonly lanes: number;
}

/** The in-memory {@link ResponseCorrelator}, with a view of what it holds. */
export interface InMemoryCorrelator extends ResponseCorrelator {
  /** Current counts, e.g. for a metrics gauge. */
  stats(): InMemoryCorrelatorStats;
}

type State = "queued" | "waiting" | "served" | "owed" | "done";

interface Ticket {
  readonly lane: Lane;
  readonly query: string;
  readonly timeoutMs: number;
  state: State;
  /** Whether it got an answer (its own or another read's) before it stopped waiting. */
  answered: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  detachAbort: (() => void) | undefined;
  admitted(): void;
  resolve(response: MluviiChatbotResponse): void;
  reject(reason: unknown): void;
}

interface Lane {
  readonly key: string;
  readonly sessionId: number;
  readonly activity: MluviiChatbotResponseActivity;
  readonly mode: ResponseCorrelationMode;
  /** Admitted requests whose answer is still owed, oldest first. */
  readonly entries: Ticket[];
  /** Requests waiting for admission, first in first out. */
  readonly queue: Ticket[];
}

const keyOf = (sessionId: number, activity: string) => `${sessionId}\u0000${activity}`;
const unref = (timer: ReturnType<typeof setTimeout>) => {
  // Owed answers must not keep a process alive (runtimes without `unref` simply lack it).
  (timer as { unref?: () => void }).unref?.();
  return timer;
};
const noop = () => {};

/**
 * A {@link ResponseCorrelator} for a single process. Per (session, response activity) lane: reads share answers
 * with every pending read of the same query, other kinds go one at a time, and a request that stopped waiting
 * after it may have been sent keeps its answer owed for `lateResponseWindowMs`, so that answer is reported `late`
 * instead of being given to the next request. Nothing of a lane outlives its requests and that window.
 *
 * @example
 * const bot = createMluviiBot({ chatbotId: 42, api, correlator: createInMemoryCorrelator({ lateResponseWindowMs: 10_000 }) });
 */
export function createInMemoryCorrelator(options: InMemoryCorrelatorOptions = {}): InMemoryCorrelator {
  const lateWindow = options.lateResponseWindowMs ?? 30_000;
  if (!Number.isFinite(lateWindow) || lateWindow < 0)
    throw new TypeError("createInMemoryCorrelator: lateResponseWindowMs must be 0 or more");
  const lanes = new Map<string, Lane>();
  const counts = { queued: 0, waiting: 0, owed: 0 };
  const telemetry = resolveTelemetry(options.telemetry);
  const outcome = (activity: MluviiChatbotResponseActivity, what: string): void =>
    telemetry.count("contactkit.correlation.outcomes", { vendor: "mluvii", activity, outcome: what });

  function move(ticket: Ticket, next: State): void {
    const bucket = (state: State) => (state === "served" ? "owed" : state);
    const from = bucket(ticket.state);
    const to = bucket(next);
    if (from !== "done") counts[from]--;
    if (to !== "done") counts[to]++;
    ticket.state = next;
  }

  function laneOf(sessionId: number, activity: MluviiChatbotResponseActivity): Lane {
    const key = keyOf(sessionId, activity);
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, sessionId, activity, mode: correlationModeOf(activity), entries: [], queue: [] };
      lanes.set(key, lane);
    }
    return lane;
  }

  /** Whether a request of `query` may join the lane's admitted requests now (they all share one query). */
  const fits = (lane: Lane, query: string) =>
    lane.entries.length === 0 || (lane.mode === "shared" && lane.entries[0]?.query === query);

  /** Admits queued requests in order while they fit; forgets the lane once it holds nothing. */
  function pump(lane: Lane): void {
    for (let next = lane.queue[0]; next && fits(lane, next.query); next = lane.queue[0]) {
      lane.queue.shift();
      lane.entries.push(next);
      move(next, "waiting");
      next.timer = setTimeout(() => deadlinePassed(next), next.timeoutMs);
      next.admitted();
    }
    if (lane.entries.length === 0 && lane.queue.length === 0 && lanes.get(lane.key) === lane) lanes.delete(lane.key);
  }

  /** Takes an admitted request out of its lane: its answer is no longer owed. */
  function drop(ticket: Ticket): void {
    clearTimeout(ticket.timer);
    ticket.detachAbort?.();
    const { entries } = ticket.lane;
    const index = entries.indexOf(ticket);
    if (index >= 0) entries.splice(index, 1);
    move(ticket, "done");
    pump(ticket.lane);
  }

  /** Keeps the answer owed for the late window, then drops it. */
  function owe(ticket: Ticket): void {
    clearTimeout(ticket.timer);
    ticket.detachAbort?.();
    move(ticket, "owed");
    if (lateWindow <= 0) drop(ticket);
    else
      ticket.timer = unref(
        setTimeout(() => {
          // The answer owed to a request that stopped waiting never came: mluvii lost it, or never sent it.
          if (!ticket.answered) outcome(ticket.lane.activity, "lost");
          drop(ticket);
        }, lateWindow),
      );
  }

  function deadlinePassed(ticket: Ticket): void {
    const { lane } = ticket;
    if (ticket.state === "waiting") {
      outcome(lane.activity, "timed-out");
      ticket.reject(new MluviiChatbotResponseTimeoutError(lane.sessionId, lane.activity, ticket.timeoutMs));
    }
    if (ticket.state === "waiting" || ticket.state === "served") owe(ticket);
  }

  function fail(ticket: Ticket, reason: unknown, responseMayArrive: boolean): void {
    switch (ticket.state) {
      case "queued": {
        const { queue } = ticket.lane;
        queue.splice(queue.indexOf(ticket), 1);
        ticket.detachAbort?.();
        move(ticket, "done");
        outcome(ticket.lane.activity, "cancelled");
        ticket.reject(reason);
        pump(ticket.lane);
        return;
      }
      case "waiting":
        outcome(ticket.lane.activity, "cancelled");
        ticket.reject(reason);
        if (responseMayArrive) owe(ticket);
        else drop(ticket);
        return;
      case "served":
        // Already answered by another read's answer; its own answer will not come if it was never sent.
        if (!responseMayArrive) drop(ticket);
        return;
      default:
    }
  }

  return {
    register({ sessionId, activity, query = "" }, { timeoutMs, signal }) {
      let admitted!: () => void;
      let rejectRegistered!: (reason: unknown) => void;
      const registered = new Promise<void>((resolve, reject) => {
        admitted = resolve;
        rejectRegistered = reject;
      });
      let resolve!: (response: MluviiChatbotResponse) => void;
      let rejectResponse!: (reason: unknown) => void;
      const response = new Promise<MluviiChatbotResponse>((res, rej) => {
        resolve = res;
        rejectResponse = rej;
      });
      // Callers may never await these if sending fails first; keep that from being an unhandled rejection.
      registered.catch(noop);
      response.catch(noop);
      if (signal?.aborted) {
        rejectRegistered(signal.reason);
        rejectResponse(signal.reason);
        return { registered, response, cancel: noop };
      }
      const lane = laneOf(sessionId, activity);
      const ticket: Ticket = {
        lane,
        query,
        timeoutMs,
        state: "done",
        answered: false,
        timer: undefined,
        detachAbort: undefined,
        admitted,
        resolve,
        reject: (reason) => {
          rejectRegistered(reason);
          rejectResponse(reason);
        },
      };
      if (signal) {
        // After admission the request may have gone out, so its answer stays owed.
        const onAbort = () => {
          // The listener is gone once it fired (`once`); removing it again costs a scan of the signal's listeners.
          ticket.detachAbort = undefined;
          fail(ticket, signal.reason, true);
        };
        signal.addEventListener("abort", onAbort, { once: true });
        ticket.detachAbort = () => signal.removeEventListener("abort", onAbort);
      }
      lane.queue.push(ticket);
      move(ticket, "queued");
      pump(lane);
      return {
        registered,
        response,
        cancel: (reason, cancelOptions) => fail(ticket, reason, cancelOptions?.responseMayArrive ?? false),
      };
    },
    deliver(message): DeliveryOutcome {
      const lane = lanes.get(keyOf(message.sessionId, message.activity));
      const oldest = lane?.entries[0];
      if (!lane || !oldest) {
        outcome(message.activity, "unmatched");
        return "unmatched";
      }
      // The answer settles the oldest request still owed one; every waiting request of the lane takes it (a serial
      // lane holds one request, a shared one only reads of one query).
      const servedBefore = oldest.state === "served";
      let taken = false;
      for (const ticket of [...lane.entries]) {
        if (ticket.state !== "waiting") continue;
        taken = true;
        ticket.answered = true;
        if (ticket !== oldest) move(ticket, "served");
        outcome(lane.activity, "resolved");
        ticket.resolve(message);
      }
      drop(oldest);
      if (taken || servedBefore) return "delivered";
      outcome(lane.activity, "late");
      return "late";
    },
    pending: () => counts.queued + counts.waiting,
    stats: () => ({ ...counts, lanes: lanes.size }),
    close() {
      const all = [...lanes.values()];
      lanes.clear();
      for (const lane of all) {
        for (const ticket of [...lane.queue, ...lane.entries]) {
          clearTimeout(ticket.timer);
          ticket.detachAbort?.();
          const wasPending = ticket.state === "queued" || ticket.state === "waiting";
          move(ticket, "done");
          if (wasPending) {
            outcome(lane.activity, "cancelled");
            ticket.reject(new MluviiChatbotClosedError());
          }
        }
      }
    },
  };
}
