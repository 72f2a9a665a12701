import {
  type ContactkitLogger,
  type ContactkitParseError,
  createWebhookHandler,
  type Router,
  resolveLogger,
  type Telemetry,
  type WebhookAuth,
  type WebhookHandler,
  type WebhookWorkerOptions,
  type WorkQueueOptions,
} from "@contactkit/core";
import type { DeliveryOutcome, ResponseCorrelator } from "./correlator";
import type { MluviiChatbotCallbackMap, MluviiChatbotResponse } from "./event-map";
import { isResponseActivity, mluviiChatbotCallbacks } from "./family";

/** Why a response reached `onUnmatchedResponse`. */
export interface UnmatchedResponseInfo {
  /** `unmatched`: nobody waited for it; `late`: it answers a request that already timed out. */
  readonly reason: Exclude<DeliveryOutcome, "delivered">;
  /** The payload exactly as it arrived. */
  readonly raw: unknown;
}

/** Receives `…Response` activities no waiter took. */
export type UnmatchedResponseHook = (response: MluviiChatbotResponse, info: UnmatchedResponseInfo) => void;

/** Options of {@link createMluviiCallbackHandler}. */
export interface MluviiCallbackHandlerOptions {
  /**
   * How mluvii's requests are authenticated (required; pass core's `noAuth()` to accept anyone, explicitly):
   * `callbackTokenAuth({ tokens })` for a token in the callback URL, core's `basicAuth` for `user:pass@` URLs.
   */
  readonly auth: WebhookAuth;
  /** Where `…Response` activities go. Without one, every response is unmatched. */
  readonly correlator?: ResponseCorrelator;
  /** Guest events (`Text`, `ConversationStarted` …) and unknown activities; run after the 200 is sent. */
  readonly router?: Router<MluviiChatbotCallbackMap>;
  /** Responses nobody waits for (or that come too late). Default: logged at `warn`. */
  readonly onUnmatchedResponse?: UnmatchedResponseHook;
  /** Bodies that are not valid activities; still answered 200 (see `invalidStatus`). */
  readonly onInvalid?: (error: ContactkitParseError, body: Uint8Array) => void;
  /**
   * Every error, once: handler errors (unless the router has its own `onError`, e.g. `bot.onError`, which gets
   * them instead), hook errors, correlator failures, internal faults. Default: logged at `error`.
   */
  readonly onError?: (error: unknown) => void;
  /**
   * Logger; lines carry activity names and statuses, never payloads or secrets. Default: core's default logger
   * (warnings and errors to stderr), so a handler that throws without `onError` is never silent; `false` silences.
   */
  readonly logger?: ContactkitLogger | false;
  /**
   * Spans and metrics of the callback receiver (`contactkit.webhook.*`, `contactkit.inbox.*`). Default: OpenTelemetry
   * through `@opentelemetry/api` when it is installed; `false` for none.
   */
  readonly telemetry?: Telemetry | false;
  /**
   * Handler queue: guest handlers run after the acknowledgement, `concurrency` at a time (default 256, since bot
   * handlers mostly await mluvii), `maxPending` waiting (default 10 000), `jobTimeoutMs` each (default 60 000).
   * When it is full, guest events are answered 503 (mluvii retries or drops them); `Ping` and `…Response`
   * activities, which need no queue, are still answered 200.
   */
  readonly queue?: WorkQueueOptions;
  /**
   * Retries and dead letters of guest handlers (core's `workers`: `maxAttempts`, `backoff` …). Default one
   * attempt: a bot handler usually talks to the guest before it can fail, so running it again would repeat what
   * the guest already saw. A guest event whose handler throws is logged and dead-lettered (kept with its error,
   * replayable), never retried unless you set `maxAttempts` — do that for handlers that are safe to repeat.
   */
  readonly workers?: WebhookWorkerOptions;
  /** Largest accepted body in bytes. Default 1 MiB. */
  readonly bodyLimit?: number;
  /** The body must arrive within this many ms (408 otherwise). Default core's 5,000. */
  readonly bodyTimeoutMs?: number;
  /**
   * Status for bodies that are not valid JSON or not valid activities. Default 200: mluvii disables a bot whose
   * callback fails for 15 minutes, and repeating a payload the SDK cannot read would not help.
   */
  readonly invalidStatus?: number;
}

/**
 * The receiver for an API chatbot's callback URL: a preset over core's `createWebhookHandler`, so it follows the
 * same stages, bounds and error rule as every contactkit receiver. It authenticates first (constant time),
 * answers every valid POST with 200 at once and only then runs guest handlers, so a handler that takes 5 s never
 * delays the acknowledgement mluvii needs within 2 s. `Ping` needs no handler and `…Response` activities go
 * straight to the correlator, both before the acknowledgement and outside the handler queue — so they are
 * answered 200 even when the queue is full, and a guest handler awaiting `bot.getAvailableGroups()` never waits
 * for a queue slot held by another handler awaiting the same.
 * Returns a fetch-style `(Request) => Promise<Response>`; use core's `toNodeHandler` for node/express/fastify.
 */
export function createMluviiCallbackHandler(options: MluviiCallbackHandlerOptions): WebhookHandler {
  const { correlator, router } = options;
  const logger = resolveLogger(options.logger);
  const reportError = (error: unknown): void => {
    try {
      if (options.onError) options.onError(error);
      else logger.error("mluvii chatbot-callbacks: processing failed", { error: errorFacts(error) });
    } catch {
      // a failing error hook must not take the receiver down
    }
  };
  const unmatched = (response: MluviiChatbotResponse, info: UnmatchedResponseInfo): void => {
    try {
      if (options.onUnmatchedResponse) options.onUnmatchedResponse(response, info);
      else
        logger.warn("mluvii chatbot-callbacks: response without a waiter", {
          activity: response.activity,
          sessionId: response.sessionId,
          reason: info.reason,
        });
    } catch (error) {
      reportError(error);
    }
  };
  const deliver = (response: MluviiChatbotResponse, raw: unknown): void => {
    if (!correlator) {
      unmatched(response, { reason: "unmatched", raw });
      return;
    }
    try {
      const outcome = correlator.deliver(response);
      if (typeof outcome === "string") {
        if (outcome !== "delivered") unmatched(response, { reason: outcome, raw });
      } else {
        outcome.then((o) => o !== "delivered" && unmatched(response, { reason: o, raw }), reportError);
      }
    } catch (error) {
      reportError(error);
    }
  };

  const invalid = options.invalidStatus ?? 200;
  return createWebhookHandler<MluviiChatbotCallbackMap>({
    family: mluviiChatbotCallbacks,
    auth: options.auth,
    // Events that need no queue are taken before the acknowledgement: a Ping has nothing to run, and responses
    // resolve their waiters at once — a queued handler may itself be awaiting one.
    handleInline: (parsed) => {
      if (!parsed.known) return false;
      if (parsed.type === "Ping") return true;
      if (!isResponseActivity(parsed.type)) return false;
      deliver(parsed.event as MluviiChatbotResponse, parsed.raw);
      return true;
    },
    ack: "after-validate",
    allowGet: true,
    // mluvii does not document the callback's Content-Type; a 415 would count towards disabling the bot.
    requireJsonContentType: false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    ...(options.bodyTimeoutMs === undefined ? {} : { bodyTimeoutMs: options.bodyTimeoutMs }),
    status: { invalidJson: invalid, invalidEvent: invalid, unknownEvent: 200 },
    queue: { concurrency: 256, maxPending: 10_000, ...options.queue },
    workers: { maxAttempts: 1, ...options.workers },
    ...(options.onInvalid ? { onInvalid: options.onInvalid } : {}),
    onError: (error) => reportError(error),
    logger,
    ...(options.telemetry === undefined ? {} : { telemetry: options.telemetry }),
    ...(router ? { process: router } : {}),
  });
}

/** What the log shows of an error: its name and message (the logger bounds and scrubs them), never its fields. */
function errorFacts(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: typeof error, message: "non-error value thrown" };
}
