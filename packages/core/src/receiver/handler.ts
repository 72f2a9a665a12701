import type { ContactkitParseError } from "../errors";
import type { EventFamily, ParsedEvent, ParseOptions } from "../family";
import type { Router } from "../router";
import type { WebhookAuth } from "./auth";
import { isJsonContentType, readBodyWithLimit } from "./body";
import { createMemoryDedupeStore, type DedupeStore } from "./dedupe";
import { createWorkQueue, type WorkQueueOptions } from "./queue";

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
  /** The idempotency key of a delivery; `undefined` disables dedupe for that event. */
  readonly key: (parsed: ParsedEvent<M>) => string | undefined;
  /** Where keys are remembered. Default: an in-memory LRU ({@link createMemoryDedupeStore}). */
  readonly store?: DedupeStore;
  /** How long a key is remembered. Default 24 h. */
  readonly ttlMs?: number;
  /** When the store fails: `open` processes the event anyway (default), `closed` answers 503 so the platform retries. */
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
  /** The processing queue is full; the platform should retry. Default 503. */
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
   * `after-handlers`: process first and answer 500 when processing fails.
   */
  readonly ack?: "after-validate" | "after-handlers";
  /** Answer `GET` with 200 (liveness probes, URL verification). Default false (405). */
  readonly allowGet?: boolean;
  /** Largest accepted body in bytes; larger bodies get 413 without being buffered. Default 1 MiB. */
  readonly bodyLimit?: number;
  /** Require a JSON Content-Type (415 otherwise). Default true. */
  readonly requireJsonContentType?: boolean;
  /** Parse options (`strict`, `maxDepth`). */
  readonly parse?: ParseOptions;
  /** Drop repeated deliveries. */
  readonly dedupe?: WebhookDedupeOptions<M>;
  /** Statuses to answer with. */
  readonly status?: WebhookStatuses;
  /** The processing queue (ack-then-process mode). */
  readonly queue?: WorkQueueOptions & { readonly onOverflow?: (parsed: ParsedEvent<M>) => void };
  /**
   * Runs synchronously for each accepted event (authenticated, validated, not a duplicate), before the
   * acknowledgement and outside the queue; return true when the event needs no queued processing. For work that
   * must never wait behind slow handlers — e.g. resolving a correlator's waiter with a `…Response` that a queued
   * handler is itself awaiting, which would otherwise deadlock a full queue. Keep it fast; errors go to `onError`.
   */
  readonly handleInline?: (parsed: ParsedEvent<M>) => boolean;
  /** Receives every rejected body with its error, so nothing is lost (e.g. write it to a dead-letter store). */
  readonly onInvalid?: (error: ContactkitParseError, body: Uint8Array) => void;
  /** Receives processing errors and timeouts. Default: logged with `logger.error`. */
  readonly onError?: (error: unknown, parsed: ParsedEvent<M> | undefined) => void;
  /** Where the receiver logs. Default: nothing. */
  readonly logger?: ReceiverLogger;
}

/** A fetch-style webhook handler, with controls for tests and shutdown. */
export interface WebhookHandler {
  (request: Request): Promise<Response>;
  /** Resolves when every accepted event has been processed. */
  drain(): Promise<void>;
  /** Stops processing: running handlers' signals abort, waiting events are dropped. */
  close(): void;
  /** Events being processed now and waiting. */
  readonly stats: { readonly running: number; readonly pending: number };
}

const json = (status: number, body: Record<string, unknown>, headers?: Record<string, string>): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/**
 * Creates a framework-neutral webhook receiver `(request: Request) => Promise<Response>`: POST only, authenticated
 * before anything is parsed, bounded body, JSON only, validated through the family, deduplicated, and acknowledged
 * before processing. A throwing or hanging handler never crashes the process nor changes the acknowledgement.
 * Use `toNodeHandler` from `@contactkit/core/adapters/node` for node `http`, express or fastify.
 */
export function createWebhookHandler<M extends object>(options: WebhookHandlerOptions<M>): WebhookHandler {
  const { family, auth, logger } = options;
  const bodyLimit = options.bodyLimit ?? 1_048_576;
  const ackMode = options.ack ?? "after-validate";
  const status = {
    accepted: 200,
    invalidJson: 400,
    invalidEvent: 400,
    unknownEvent: 200,
    duplicate: 200,
    overflow: 503,
    ...options.status,
  };
  const dedupeStore = options.dedupe ? (options.dedupe.store ?? createMemoryDedupeStore()) : undefined;
  const dedupeTtl = options.dedupe?.ttlMs ?? 86_400_000;
  const subject = `${family.vendor} ${family.family}`;
  const reportError = (error: unknown, parsed?: ParsedEvent<M>): void => {
    try {
      if (options.onError) options.onError(error, parsed);
      else
        logger?.error?.(`${subject}: processing failed`, {
          type: parsed?.type,
          error: error instanceof Error ? error.message : String(error),
        });
    } catch {
      // An error hook that throws must not take the process down either.
    }
  };
  const queue = createWorkQueue(options.queue ?? {}, (error) => reportError(error));
  if (auth.insecure) logger?.warn?.(`${subject}: webhook receiver accepts unauthenticated requests (noAuth)`);

  const processEvent = async (parsed: ParsedEvent<M>, context: WebhookContext): Promise<void> => {
    const processor = options.process;
    if (!processor) return;
    if (typeof processor === "function") await processor(parsed, context);
    else {
      const { errors } = await processor.route(parsed, context.signal);
      if (errors.length > 0) throw errors[0];
    }
  };

  const handler = async (request: Request): Promise<Response> => {
    if (request.method === "GET" && options.allowGet) return json(200, { ok: true });
    if (request.method !== "POST") {
      return json(405, { ok: false, error: "method not allowed" }, { allow: options.allowGet ? "GET, POST" : "POST" });
    }
    const authResult = await auth.verify(request);
    if (!authResult.ok) {
      await request.body?.cancel().catch(() => {});
      logger?.warn?.(`${subject}: rejected an unauthenticated request`, { scheme: auth.scheme });
      return json(
        401,
        { ok: false, error: "unauthorized" },
        authResult.challenge ? { "www-authenticate": authResult.challenge } : {},
      );
    }
    if ((options.requireJsonContentType ?? true) && !isJsonContentType(request.headers.get("content-type"))) {
      await request.body?.cancel().catch(() => {});
      return json(415, { ok: false, error: "expected a JSON body (Content-Type: application/json)" });
    }
    const body = await readBodyWithLimit(request, bodyLimit);
    if (!body.ok) {
      return body.reason === "too_large"
        ? json(413, { ok: false, error: `body larger than ${bodyLimit} bytes` })
        : json(400, { ok: false, error: "the body could not be read" });
    }
    const result = family.safeParse(body.bytes, options.parse);
    if (!result.ok) {
      try {
        options.onInvalid?.(result.error, body.bytes);
      } catch (error) {
        reportError(error);
      }
      logger?.warn?.(`${subject}: rejected an invalid payload`, {
        kind: result.error.kind,
        type: result.error.eventType,
      });
      const code =
        result.error.kind === "json" || result.error.kind === "depth" ? status.invalidJson : status.invalidEvent;
      return json(code, { ok: false, error: result.error.message, issues: result.error.issues });
    }
    const okStatus = result.known ? status.accepted : status.unknownEvent;
    // Hold a queue place before touching the dedupe store: a delivery recorded as seen must get processed.
    // Without a place, an event can still be handled inline; anything else is refused so the platform retries.
    const place = ackMode === "after-validate" ? queue.reserve() : undefined;
    const refuseOverflow = (): Response => {
      try {
        options.queue?.onOverflow?.(result);
      } catch (error) {
        reportError(error, result);
      }
      logger?.warn?.(`${subject}: processing queue full`, { type: result.type });
      return json(status.overflow, { ok: false, error: "busy, retry later" }, { "retry-after": "1" });
    };
    if (ackMode === "after-validate" && !place && !options.handleInline) return refuseOverflow();
    let dedupeKey: string | undefined;
    if (dedupeStore && options.dedupe) {
      dedupeKey = options.dedupe.key(result);
      if (dedupeKey !== undefined) {
        let duplicate: boolean;
        try {
          duplicate = await dedupeStore.seen(dedupeKey, dedupeTtl);
        } catch (error) {
          reportError(error, result);
          if (options.dedupe.onStoreError === "closed") {
            place?.cancel();
            return json(status.overflow, { ok: false, error: "dedupe store unavailable, retry later" });
          }
          duplicate = false;
          dedupeKey = undefined;
        }
        if (duplicate) {
          place?.cancel();
          logger?.debug?.(`${subject}: duplicate delivery dropped`, { type: result.type });
          return json(status.duplicate, { ok: true, duplicate: true });
        }
      }
    }
    // A delivery that was recorded but will not be processed must be forgotten, or its retry would be dropped.
    const forget = async (): Promise<void> => {
      if (dedupeKey === undefined || !dedupeStore?.forget) return;
      try {
        await dedupeStore.forget(dedupeKey);
      } catch (error) {
        reportError(error, result);
      }
    };
    if (options.handleInline) {
      let handled = false;
      try {
        handled = options.handleInline(result);
      } catch (error) {
        reportError(error, result);
      }
      if (handled) {
        place?.cancel();
        return json(okStatus, { ok: true, type: result.type });
      }
      if (ackMode === "after-validate" && !place) {
        await forget();
        return refuseOverflow();
      }
    }
    if (ackMode === "after-handlers") {
      const controller = new AbortController();
      try {
        await processEvent(result, { signal: controller.signal, headers: request.headers });
      } catch (error) {
        reportError(error, result);
        await forget();
        return json(500, { ok: false, error: "processing failed" });
      }
      return json(okStatus, { ok: true, type: result.type });
    }
    place?.run(async (signal) => {
      try {
        await processEvent(result, { signal, headers: request.headers });
      } catch (error) {
        reportError(error, result);
      }
    });
    return json(okStatus, { ok: true, type: result.type });
  };

  // defineProperties, not Object.assign: assign would copy the `stats` getter's value once instead of the getter.
  return Object.defineProperties(handler, {
    drain: { value: () => queue.drain() },
    close: { value: () => queue.close() },
    stats: { get: () => ({ running: queue.running, pending: queue.pending }), enumerable: true },
  }) as WebhookHandler;
}
