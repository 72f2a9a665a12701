import type { ContactkitParseError } from "../errors";
import type { EventFamily, ParsedEvent, ParseOptions } from "../family";
import type { InboxBackoff } from "../inbox/backoff";
import type { Inbox } from "../inbox/types";
import type { ContactkitLogger, Telemetry } from "../observe/types";
import type { Router } from "../router";
import type { WebhookAuth } from "./auth";
import type { DedupeStore } from "./dedupe";
import type { WorkQueueOptions } from "./queue";

/**
 * Minimal logger; receivers log event types and statuses, never payloads or secrets.
 * @deprecated Use {@link ContactkitLogger}, the same shape shared by every contactkit part.
 */
export type ReceiverLogger = ContactkitLogger;

/** The workers a receiver runs on its inbox (`after-validate`). */
export interface WebhookWorkerOptions {
  /** Handlers running at once. Default `queue.concurrency`, else 16. */
  readonly concurrency?: number;
  /** Attempts before an event is dead-lettered, the first included. Default 5. */
  readonly maxAttempts?: number;
  /** Delay before each retry. Default exponential from 1 s, capped at 5 min, with jitter. */
  readonly backoff?: InboxBackoff;
  /** An attempt still running after this many ms has its signal aborted and is retried. Default `queue.jobTimeoutMs`, else 60,000. */
  readonly jobTimeoutMs?: number;
}

/** Why the receiver refused a request (a 4xx/5xx other than "retry later"). */
export type WebhookRejectReason =
  | "method"
  | "unauthorized"
  | "media-type"
  | "too-large"
  | "body-timeout"
  | "unreadable"
  | "invalid"
  | "internal";

/** A receiver's counters since it was created, and what is in flight now. */
export interface WebhookHandlerStats {
  /** Handlers running now. */
  readonly running: number;
  /**
   * Events accepted and waiting (for a worker or a retry) in the in-memory inbox or the `after-handlers` queue;
   * 0 for another inbox, which tells its own through `inbox.stats()`.
   */
  readonly pending: number;
  /** Requests answered (probes excluded). */
  readonly received: number;
  /** Events accepted (answered 200, or `unknownEvent`). */
  readonly accepted: number;
  /** Deliveries recognised as seen before. */
  readonly duplicates: number;
  /** Requests refused, by reason (401 included). */
  readonly rejected: Readonly<Record<WebhookRejectReason, number>>;
  /** Events refused because the inbox (or queue) was full (503). */
  readonly overflowed: number;
  /** Events refused with "retry later" for any other reason: the inbox or dedupe store failed, another attempt held the delivery, the receiver was closing (503). */
  readonly unavailable: number;
  /** Events whose handlers succeeded. */
  readonly processed: number;
  /** Retries scheduled after a failed or timed-out attempt. */
  readonly retried: number;
  /** Attempts that ran past their timeout. */
  readonly timedOut: number;
  /** Attempts that failed (threw). */
  readonly failed: number;
  /** Events moved to the dead letters after their last attempt. */
  readonly deadLettered: number;
}

/** What {@link WebhookHandler.close} reports. */
export interface WebhookCloseReport {
  /** Events whose handlers finished (processed, retried or dead-lettered) while closing. */
  readonly processed: number;
  /** Handlers still running after `drainMs`: aborted, their events not finished. */
  readonly abandoned: number;
  /**
   * Accepted events not finished when close returned: in the in-memory inbox they are lost (logged); in a
   * durable inbox they stay recorded and are processed by another replica or the next start.
   */
  readonly unfinished: number;
  /** Whether the unfinished events survive (the inbox is durable). */
  readonly durable: boolean;
}

/** What a handler function receives beside the parsed event. */
export interface WebhookContext {
  /** Aborted when the handler times out or the receiver closes. */
  readonly signal: AbortSignal;
  /** The request's headers. */
  readonly headers: Headers;
}

/** Processes a parsed event: a router, or a function. */
export type WebhookProcessor<M extends object> =
  | Router<M>
  | ((parsed: ParsedEvent<M>, context: WebhookContext) => unknown);

/** Dedupe configuration: which key identifies a delivery, and where keys are remembered. */
export interface WebhookDedupeOptions<M extends object> {
  /**
   * The idempotency key of a delivery; `undefined` disables dedupe for that event. Keys longer than 100
   * characters reach the store as `sha256:<hex>` of the key, so payload text cannot bloat it.
   */
  readonly key: (parsed: ParsedEvent<M>) => string | undefined;
  /** Where keys are remembered. Default: an in-memory store bounded by entries and bytes ({@link createMemoryDedupeStore}). */
  readonly store?: DedupeStore;
  /** How long an accepted delivery's key is remembered. Default 24 h. */
  readonly ttlMs?: number;
  /**
   * How long a claim holds a key while its delivery is being accepted (for `ack: "after-handlers"`, on top of
   * `queue.jobTimeoutMs`). A claim whose store outcome is unknown blocks the platform's retry (answered 503) at
   * most this long. Default 10,000.
   */
  readonly leaseMs?: number;
  /**
   * When the store fails: `open` processes the event anyway (default; a redelivery may then be processed twice),
   * `closed` answers 503 so the platform retries (the retry is never taken for a duplicate of the failed attempt).
   */
  readonly onStoreError?: "open" | "closed";
}

/** HTTP statuses the receiver answers with; platforms differ in how they treat them. */
export interface WebhookStatuses {
  /** The event was accepted. Default 200. */
  readonly accepted?: number;
  /** The body is not JSON, or nests too deep. Default 400. */
  readonly invalidJson?: number;
  /** The JSON is not a valid event. Default 400. */
  readonly invalidEvent?: number;
  /** The event type is unknown (it is still handed to the processor). Default 200. */
  readonly unknownEvent?: number;
  /** The delivery was seen before and is not processed again. Default 200. */
  readonly duplicate?: number;
  /**
   * Retry later: the processing queue is full, the dedupe store failed (`onStoreError: "closed"`), another
   * attempt of the same delivery is being accepted, or the receiver is closed. Default 503, with `Retry-After`.
   */
  readonly overflow?: number;
}

/** Options for {@link createWebhookHandler}. */
export interface WebhookHandlerOptions<M extends object> {
  /** The event family the receiver parses. */
  readonly family: EventFamily<M>;
  /** How requests are authenticated, before the body is read. Use `noAuth()` explicitly to accept anyone. */
  readonly auth: WebhookAuth;
  /** What to do with each valid event (known or unknown). */
  readonly process?: WebhookProcessor<M>;
  /**
   * `after-validate` (default): answer as soon as the event is authenticated, validated and recorded in the
   * `inbox`; workers then process it with a timeout, retries and dead letters, so slow handlers never delay the
   * acknowledgement. With the default in-memory inbox an accepted event is lost if the process dies first.
   * `after-handlers`: process first, on a bounded in-process queue (`queue`), once, and answer 200 when
   * processing succeeded, 500 when it failed, 504 when it timed out (its signal aborts): the platform's own
   * retries are then the retries, and nothing is recorded in the inbox.
   */
  readonly ack?: "after-validate" | "after-handlers";
  /** Answer `GET` and `HEAD` with 200 (liveness probes, URL verification). Default false (405). */
  readonly allowGet?: boolean;
  /** Largest accepted body in bytes; larger bodies get 413 without being buffered. Default 1 MiB. */
  readonly bodyLimit?: number;
  /**
   * The whole body must arrive within this many ms of the receiver starting to read it (right after
   * authentication), or the answer is 408: a client trickling its body cannot hold the receiver. Default 5,000.
   */
  readonly bodyTimeoutMs?: number;
  /** Require a JSON Content-Type (415 otherwise). Default true. */
  readonly requireJsonContentType?: boolean;
  /** Parse options (`strict`, `maxDepth`). */
  readonly parse?: ParseOptions;
  /** Drop repeated deliveries. */
  readonly dedupe?: WebhookDedupeOptions<M>;
  /** Statuses to answer with. */
  readonly status?: WebhookStatuses;
  /**
   * Bounds of in-process processing. In `after-handlers` mode: the queue itself. In `after-validate` mode they
   * map onto the default inbox and its workers: `concurrency` → workers' concurrency, `concurrency + maxPending`
   * → the in-memory inbox's `maxPending`, `jobTimeoutMs` → each attempt's timeout; `onOverflow` is told of each
   * event refused because the inbox was full.
   */
  readonly queue?: WorkQueueOptions & { readonly onOverflow?: (parsed: ParsedEvent<M>) => void };
  /**
   * Where accepted events are recorded before the acknowledgement (`after-validate`). Default: an in-memory inbox
   * (not durable: a crash or deploy loses what it holds). Use a durable one (e.g. `@contactkit/redis`) to keep
   * every acknowledged event. When it cannot record an event, the answer is 503 with `Retry-After`.
   */
  readonly inbox?: Inbox;
  /**
   * The workers that process the inbox in this process; `false` for a receive-only replica (workers run
   * elsewhere, e.g. `startInboxWorkers`).
   */
  readonly workers?: false | WebhookWorkerOptions;
  /**
   * Runs synchronously for each accepted event (authenticated, validated, not a duplicate), before the
   * acknowledgement and outside the queue; return true when the event needs no queued processing (it is then
   * accepted even while the queue is full). For work that must never wait behind slow handlers — e.g. resolving a
   * correlator's waiter with a `…Response` that a queued handler is itself awaiting, which would otherwise
   * deadlock a full queue, or answering a platform's ping. Keep it fast; errors go to `onError`.
   */
  readonly handleInline?: (parsed: ParsedEvent<M>) => boolean;
  /** Receives every rejected body with its error, so nothing is lost (e.g. write it to a dead-letter store). */
  readonly onInvalid?: (error: ContactkitParseError, body: Uint8Array) => void;
  /**
   * Receives every error exactly once: processing errors and timeouts (a router that has its own `onError`
   * reports its handlers' errors there instead), hook errors, dedupe store failures, and internal faults (answered
   * 500). `parsed` is the event when there is one. A failed attempt is retried either way. Default: logged at
   * error level through `logger` (stderr by default).
   */
  readonly onError?: (error: unknown, parsed: ParsedEvent<M> | undefined) => void;
  /**
   * Where the receiver logs every rejected, duplicated, overflowed, unavailable, retried, timed-out, failed and
   * dead-lettered event (types, statuses, attempts, reasons; never payload values or secrets). Default: warnings
   * and errors to stderr; `false` silences it on purpose.
   */
  readonly logger?: ContactkitLogger | false;
  /** Spans and metrics (`contactkit.webhook.*`, `contactkit.inbox.*`). Default: none; `false` for none. */
  readonly telemetry?: Telemetry | false;
}

/** A fetch-style webhook handler, with controls for tests and shutdown. */
export interface WebhookHandler {
  (request: Request): Promise<Response>;
  /** The methods it answers (`POST`, and `GET`/`HEAD` with `allowGet`); adapters use it for `Allow`. */
  readonly methods: readonly string[];
  /** Resolves when every accepted event has been processed or dead-lettered (retries included). */
  drain(): Promise<void>;
  /**
   * Final: later requests are answered 503; the workers stop taking events; running handlers may finish for
   * up to `drainMs` (default 0), then their signals abort. Resolves with what was finished and what was not;
   * unfinished events of the in-memory inbox are lost (and logged), a durable inbox keeps them.
   */
  close(options?: { readonly drainMs?: number }): Promise<WebhookCloseReport>;
  /** Counters since creation, and events running and pending now. */
  readonly stats: WebhookHandlerStats;
}
