import type { ContactkitParseError } from "../errors";
import type { EventFamily, ParsedEvent, ParseOptions } from "../family";
import type { Router } from "../router";
import type { WebhookAuth } from "./auth";
import type { DedupeStore } from "./dedupe";
import type { WorkQueueOptions } from "./queue";

/** Minimal logger; receivers log event types and statuses, never payloads or secrets. */
export interface ReceiverLogger {
  debug?(message: string, meta?: Record<string, unknown>): void;
  info?(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
  error?(message: string, meta?: Record<string, unknown>): void;
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
   * `after-validate` (default): answer as soon as the event is authenticated and validated, then process it on
   * a bounded in-process queue, so slow handlers never delay the acknowledgement.
   * `after-handlers`: process first, on the same queue and bounds (`concurrency`, `maxPending`, `jobTimeoutMs`),
   * and answer 200 when processing succeeded, 500 when it failed, 504 when it timed out (its signal aborts).
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
  /** The processing queue (both ack modes). */
  readonly queue?: WorkQueueOptions & { readonly onOverflow?: (parsed: ParsedEvent<M>) => void };
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
   * 500). `parsed` is the event when there is one. Default: logged with `logger.error`.
   */
  readonly onError?: (error: unknown, parsed: ParsedEvent<M> | undefined) => void;
  /** Where the receiver logs. Default: nothing. */
  readonly logger?: ReceiverLogger;
}

/** A fetch-style webhook handler, with controls for tests and shutdown. */
export interface WebhookHandler {
  (request: Request): Promise<Response>;
  /** The methods it answers (`POST`, and `GET`/`HEAD` with `allowGet`); adapters use it for `Allow`. */
  readonly methods: readonly string[];
  /** Resolves when every accepted event has been processed. */
  drain(): Promise<void>;
  /**
   * Final: running handlers' signals abort, waiting events are dropped, job timers are cleared, and later
   * requests are answered 503.
   */
  close(): void;
  /** Events being processed now and waiting. */
  readonly stats: { readonly running: number; readonly pending: number };
}
