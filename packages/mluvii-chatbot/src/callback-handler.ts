import {
  type ContactkitParseError,
  createWebhookHandler,
  type ReceiverLogger,
  type Router,
  type WebhookAuth,
  type WebhookHandler,
  type WorkQueueOptions,
} from "@contactkit/core";
import {
  isResponseActivity,
  type MluviiChatbotCallbackMap,
  type MluviiChatbotResponse,
  mluviiChatbotCallbacks,
} from "./callbacks";
import type { DeliveryOutcome, ResponseCorrelator } from "./correlator";

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
  /** Bodies that are not valid activities; still answered 200 (see `status`). */
  readonly onInvalid?: (error: ContactkitParseError, body: Uint8Array) => void;
  /** Errors thrown by handlers or hooks. Default: logged at `error`. */
  readonly onError?: (error: unknown) => void;
  /** Logger; lines carry activity names and statuses, never payloads or secrets. */
  readonly logger?: ReceiverLogger;
  /**
   * Handler queue: guest handlers run after the acknowledgement, `concurrency` at a time (default 256, since bot
   * handlers mostly await mluvii), `maxPending` waiting (default 10 000), `jobTimeoutMs` each (default 60 000).
   */
  readonly queue?: WorkQueueOptions;
  /** Largest accepted body in bytes. Default 1 MiB. */
  readonly bodyLimit?: number;
  /**
   * Status for bodies that are not valid JSON or not valid activities. Default 200: mluvii disables a bot whose
   * callback fails for 15 minutes, and repeating a payload the SDK cannot read would not help.
   */
  readonly invalidStatus?: number;
}

/**
 * The receiver for an API chatbot's callback URL, on core's webhook handler. It authenticates first (constant
 * time), answers every valid POST with 200 at once — `Ping` included — and only then runs guest handlers, so a
 * handler that takes 5 s never delays the acknowledgement mluvii needs within 2 s. `…Response` activities go
 * straight to the correlator, before the acknowledgement and outside the handler queue: a guest handler awaiting
 * `bot.getAvailableGroups()` must never wait for a queue slot held by another handler awaiting the same.
 * Returns a fetch-style `(Request) => Promise<Response>`; use core's `toNodeHandler` for node/express/fastify.
 */
export function createMluviiCallbackHandler(options: MluviiCallbackHandlerOptions): WebhookHandler {
  const { correlator, logger } = options;
  const reportError = (error: unknown): void => {
    try {
      if (options.onError) options.onError(error);
      else logger?.error?.("mluvii chatbot-callbacks: hook failed", { error: errorMessage(error) });
    } catch {
      // a failing error hook must not take the receiver down
    }
  };
  const unmatched = (response: MluviiChatbotResponse, info: UnmatchedResponseInfo): void => {
    try {
      if (options.onUnmatchedResponse) options.onUnmatchedResponse(response, info);
      else
        logger?.warn?.("mluvii chatbot-callbacks: response without a waiter", {
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

  const router = options.router;
  const invalid = options.invalidStatus ?? 200;
  const bodyLimit = options.bodyLimit ?? 1_048_576;
  return createWebhookHandler<MluviiChatbotCallbackMap>({
    family: mluviiChatbotCallbacks,
    auth: options.auth,
    // Responses resolve their waiters as soon as they are accepted, outside the handler queue: a queued handler
    // may itself be awaiting one, and a full queue would otherwise never get to it.
    handleInline: (parsed) => {
      if (!parsed.known || !isResponseActivity(parsed.type)) return false;
      deliver(parsed.event as MluviiChatbotResponse, parsed.raw);
      return true;
    },
    ack: "after-validate",
    allowGet: true,
    // mluvii does not document the callback's Content-Type; a 415 would count towards disabling the bot.
    requireJsonContentType: false,
    bodyLimit,
    status: { invalidJson: invalid, invalidEvent: invalid, unknownEvent: 200 },
    queue: { concurrency: 256, maxPending: 10_000, ...options.queue },
    ...(options.onInvalid ? { onInvalid: options.onInvalid } : {}),
    onError: (error) => reportError(error),
    ...(logger ? { logger } : {}),
    process: async (parsed, context) => {
      if (!router || (parsed.known && isResponseActivity(parsed.type))) return;
      await router.route(parsed, context.signal);
    },
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
