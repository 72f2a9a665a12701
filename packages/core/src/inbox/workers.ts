/**
 * The worker loop: takes events from an {@link Inbox}, runs the handlers with a timeout, acks on success, retries
 * failures with backoff, and dead-letters an event after `maxAttempts`. Receivers start it for their own inbox;
 * worker-only processes (a replica that only processes, `contactkit inbox replay`) start it directly.
 */
import type { EventFamily, ParsedEvent, ParseOptions } from "../family";
import { noopTelemetry, resolveLogger, resolveTelemetry } from "../observe";
import type { ContactkitLogger, Telemetry } from "../observe/types";
import type { WebhookContext, WebhookProcessor } from "../receiver/options";
import { processorOf, ReportedFailure } from "../receiver/process";
import { shownText } from "../receiver/text";
import { backoffDelay, type InboxBackoff } from "./backoff";
import { inboxErrorOf } from "./errors";
import type { Inbox, InboxEntry, InboxError } from "./types";

/** Options for {@link startInboxWorkers}. */
export interface InboxWorkerOptions<M extends object> {
  /** Where events are taken from. */
  readonly inbox: Inbox;
  /** The family entries are parsed with when the inbox did not keep the parsed event. */
  readonly family: EventFamily<M>;
  /** What runs for each event: a router or a function (as for `createWebhookHandler`). */
  readonly process: WebhookProcessor<M> | undefined;
  /** Parse options for entries parsed from their body. */
  readonly parse?: ParseOptions | undefined;
  /** Attempts running at once. Default 16. */
  readonly concurrency?: number | undefined;
  /** An attempt still running after this many ms has its signal aborted and counts as failed. Default 60,000. */
  readonly jobTimeoutMs?: number | undefined;
  /** Attempts before an event is dead-lettered, the first included. Default 5. */
  readonly maxAttempts?: number | undefined;
  /** Delay before each retry. Default exponential from 1 s, capped at 5 min, with jitter. */
  readonly backoff?: InboxBackoff | undefined;
  /** Where failures, retries and dead letters are logged. Default: warnings and errors to stderr. */
  readonly logger?: ContactkitLogger | false | undefined;
  /** Spans and metrics. Default: none. */
  readonly telemetry?: Telemetry | false | undefined;
  /**
   * Receives each failed or timed-out attempt's error once, with its event (a router with its own `onError`
   * reports its handlers' errors there instead). Without it, each failure is logged at error level.
   */
  readonly onError?: ((error: unknown, parsed: ParsedEvent<M> | undefined) => void) | undefined;
  /** How long one `take` waits for work before asking again. Default 1,000 ms. */
  readonly takeBlockMs?: number | undefined;
  /** Names the workers in log lines. Default `"<vendor> <family> inbox"`. */
  readonly name?: string | undefined;
  /** @internal The context a handler receives for an entry (the receiver hands on request headers it kept). */
  readonly contextOf?: ((entry: InboxEntry, signal: AbortSignal) => WebhookContext) | undefined;
}

/** What the workers did so far. */
export interface InboxWorkerStats {
  /** Attempts running now. */
  readonly running: number;
  /** Events whose handlers succeeded (acked). */
  readonly processed: number;
  /** Attempts that threw (retried or dead-lettered afterwards). */
  readonly failed: number;
  /** Attempts that ran past `jobTimeoutMs`. */
  readonly timedOut: number;
  /** Retries scheduled. */
  readonly retried: number;
  /** Events moved to the dead letters. */
  readonly deadLettered: number;
  /** Attempts aborted by `close` after `drainMs`: their entries stay leased (a durable inbox hands them out again). */
  readonly abandoned: number;
}

/** What {@link InboxWorkers.close} reports. */
export interface InboxWorkersCloseReport {
  /** Attempts that ended (acked, retried or dead-lettered) while closing. */
  readonly finished: number;
  /** Attempts still running after `drainMs`, aborted; their entries stay leased. */
  readonly abandoned: number;
}

/** Running workers. */
export interface InboxWorkers {
  /** Counters since start. */
  readonly stats: InboxWorkerStats;
  /** Resolves when nothing is running and the inbox has no pending entry (in a shared inbox: no one's). */
  idle(): Promise<void>;
  /**
   * Stops taking, lets running attempts finish for up to `drainMs` (default 0), then aborts the rest (their
   * entries stay leased, so a durable inbox hands them out again). Does not close the inbox.
   */
  close(options?: { readonly drainMs?: number }): Promise<InboxWorkersCloseReport>;
}

const DEFAULT_CONCURRENCY = 16;
const DEFAULT_JOB_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_TAKE_BLOCK_MS = 1_000;
/** How long the loop waits after a failed `take` (store unreachable) before asking again. */
const TAKE_ERROR_PAUSE_MS = 1_000;
/** How often `idle()` re-reads the pending count of an inbox it is not told about. */
const IDLE_POLL_MS = 20;

/** The attempt ran past `jobTimeoutMs`. */
class AttemptTimeout extends Error {
  override readonly name = "InboxAttemptTimeout";
}
/** The workers closed before the attempt ended. */
class AttemptAbandoned extends Error {
  override readonly name = "InboxAttemptAbandoned";
}

const noHeaders = (): Headers => new Headers();

/**
 * Starts `concurrency` workers on an inbox. Each event's handlers run with a signal that aborts on timeout or
 * shutdown; success acks the entry, failure retries it after a backoff until `maxAttempts`, then dead-letters it
 * with its error (name and bounded message). An entry whose body no longer parses is dead-lettered at once.
 */
export function startInboxWorkers<M extends object>(options: InboxWorkerOptions<M>): InboxWorkers {
  const { inbox, family } = options;
  const name = options.name ?? `${family.vendor} ${family.family} inbox`;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const jobTimeoutMs = Math.max(1, options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS);
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const takeBlockMs = Math.max(1, options.takeBlockMs ?? DEFAULT_TAKE_BLOCK_MS);
  const logger = resolveLogger(options.logger);
  const telemetry = resolveTelemetry(options.telemetry);
  const traced = telemetry !== noopTelemetry;
  const processEvent = processorOf(options.process);
  const contextOf = options.contextOf ?? ((_entry, signal) => ({ signal, headers: noHeaders() }));
  const counts = { processed: 0, failed: 0, timedOut: 0, retried: 0, deadLettered: 0, abandoned: 0 };
  /** Each running attempt's way to end it early (timeout, close): aborts its signal and stops waiting for it. */
  const running = new Map<InboxEntry, (reason: Error) => void>();
  let settled: (() => void)[] = [];
  let closing = false;
  const stopTaking = new AbortController();

  const log = (level: "warn" | "error", message: string, meta: Record<string, unknown>): void => {
    try {
      logger[level]?.(`${name}: ${message}`, meta);
    } catch {
      // A logger that throws must not stop the workers.
    }
  };
  const report = (error: unknown, parsed: ParsedEvent<M> | undefined): void => {
    if (!options.onError || error instanceof ReportedFailure) return;
    try {
      options.onError(error, parsed);
    } catch {
      // An error hook that throws must not stop the workers.
    }
  };
  const onSettle = (): void => {
    const waiting = settled;
    settled = [];
    for (const resolve of waiting) resolve();
  };
  const nextSettle = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref?.();
      settled.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  const parsedOf = (entry: InboxEntry): ParsedEvent<M> | InboxError => {
    if (entry.event !== undefined) return entry.event as ParsedEvent<M>;
    const result = family.safeParse(entry.body, options.parse);
    return result.ok ? result : inboxErrorOf(result.error);
  };

  /** Settles an inbox call; a failure (store unreachable) leaves the entry leased, to be reclaimed. */
  const settle = async (call: () => Promise<void>, entry: InboxEntry): Promise<void> => {
    try {
      await call();
    } catch (error) {
      log("error", "could not record an attempt's outcome; the entry stays leased and will be taken again", {
        type: shownText(entry.type),
        error: inboxErrorOf(error).message,
      });
    }
  };

  const giveUp = async (entry: InboxEntry, attempts: number, error: InboxError): Promise<void> => {
    counts.deadLettered++;
    log("error", "event dead-lettered", {
      type: shownText(entry.type),
      attempts,
      error: error.name,
      reason: error.message,
    });
    if (traced)
      telemetry.count("contactkit.inbox.dead_letters", { family: family.family, type: shownText(entry.type) });
    await settle(() => inbox.deadLetter(entry, attempts, error), entry);
  };

  const attempt = async (entry: InboxEntry): Promise<void> => {
    const attempts = entry.attempts + 1;
    const parsed = parsedOf(entry);
    if (!("ok" in parsed)) {
      // Valid when recorded, invalid now (the family changed between deploys): retrying cannot help.
      await giveUp(entry, attempts, parsed);
      return;
    }
    const type = shownText(entry.type);
    const started = performance.now();
    const span = traced ? telemetry.startSpan("contactkit.inbox.handle", { type, attempt: attempts }) : undefined;
    const controller = new AbortController();
    let failure: unknown;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // A handler that ignores its signal is not waited for: the race ends when the signal aborts.
      await new Promise<void>((resolve, reject) => {
        const stop = (reason: Error): void => {
          controller.abort(reason);
          reject(reason);
        };
        running.set(entry, stop);
        timer = setTimeout(() => stop(new AttemptTimeout(`handler timed out after ${jobTimeoutMs} ms`)), jobTimeoutMs);
        processEvent(parsed, contextOf(entry, controller.signal)).then(resolve, reject);
      });
    } catch (error) {
      failure = controller.signal.aborted ? controller.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
    const outcome =
      failure === undefined
        ? "done"
        : failure instanceof AttemptAbandoned
          ? "abandoned"
          : failure instanceof AttemptTimeout
            ? "timed-out"
            : "failed";
    if (span) {
      span.setAttributes({ outcome });
      if (failure !== undefined) span.fail(failure);
      span.end();
      const attributes = { family: family.family, type, outcome };
      telemetry.count("contactkit.inbox.attempts", attributes);
      telemetry.record("contactkit.inbox.handler.duration", performance.now() - started, attributes);
    }
    if (outcome === "done") {
      counts.processed++;
      await settle(() => inbox.ack(entry), entry);
      return;
    }
    if (outcome === "abandoned") {
      counts.abandoned++;
      return;
    }
    if (outcome === "timed-out") counts.timedOut++;
    else counts.failed++;
    report(failure, parsed);
    const error = inboxErrorOf(failure);
    if (attempts >= maxAttempts) {
      await giveUp(entry, attempts, error);
      return;
    }
    const delayMs = backoffDelay(options.backoff, attempts);
    counts.retried++;
    // Without an error hook this line is the only trace of the failure, so it is an error, not a warning.
    log(options.onError ? "warn" : "error", `handler ${outcome}; retry scheduled`, {
      type,
      attempt: attempts,
      maxAttempts,
      delayMs,
      error: error.name,
      reason: error.message,
    });
    if (traced) telemetry.count("contactkit.inbox.retries", { family: family.family, type });
    await settle(() => inbox.retry(entry, delayMs, error), entry);
  };

  const start = (entry: InboxEntry): void => {
    // Until the attempt's handler starts there is nothing to abort; a close meanwhile finds it settled soon.
    running.set(entry, () => {});
    attempt(entry)
      .catch((error: unknown) => log("error", "internal fault in an attempt", { error: inboxErrorOf(error).message }))
      .finally(() => {
        running.delete(entry);
        onSettle();
      });
  };

  const loop = (async () => {
    while (!closing) {
      const free = concurrency - running.size;
      if (free <= 0) {
        await nextSettle(takeBlockMs);
        continue;
      }
      let entries: InboxEntry[];
      try {
        entries = await inbox.take({ max: free, blockMs: takeBlockMs, signal: stopTaking.signal });
      } catch (error) {
        if (closing) break;
        log("error", "could not take from the inbox; trying again", { error: inboxErrorOf(error).message });
        await new Promise((resolve) => setTimeout(resolve, TAKE_ERROR_PAUSE_MS).unref?.());
        continue;
      }
      // Taken while closing: leave them leased, a durable inbox hands them out again.
      if (closing) break;
      for (const entry of entries) start(entry);
    }
  })();

  const pendingOf = async (): Promise<number> => {
    const sync = (inbox as { readonly pending?: unknown }).pending;
    if (typeof sync === "number") return sync;
    try {
      return (await inbox.stats()).pending;
    } catch {
      return 0;
    }
  };

  return {
    get stats() {
      return { running: running.size, ...counts };
    },
    async idle() {
      // Once closing, nothing more will be taken: idle means nothing running.
      while (running.size > 0 || (!closing && (await pendingOf()) > 0)) await nextSettle(IDLE_POLL_MS);
    },
    async close(closeOptions) {
      const before = counts.processed + counts.retried + counts.deadLettered;
      closing = true;
      stopTaking.abort();
      const drainMs = Math.max(0, closeOptions?.drainMs ?? 0);
      const until = Date.now() + drainMs;
      while (running.size > 0 && Date.now() < until) await nextSettle(until - Date.now());
      const abandoned = running.size;
      const reason = new AttemptAbandoned("the workers closed before the handler finished");
      for (const stop of running.values()) stop(reason);
      // Aborted attempts settle in a microtask or two (they do not wait for their handlers).
      while (running.size > 0) await nextSettle(IDLE_POLL_MS);
      await loop;
      if (abandoned > 0) {
        log("warn", "closed with attempts still running; their events were not finished", { abandoned });
      }
      return { finished: counts.processed + counts.retried + counts.deadLettered - before, abandoned };
    },
  };
}
