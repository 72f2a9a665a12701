import {
  type ContactkitParseError,
  createWebhookHandler,
  type EventFamily,
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

  // Responses are delivered as soon as they validate (after authentication, before the acknowledgement).
  const family: EventFamily<MluviiChatbotCallbackMap> = {
    ...mluviiChatbotCallbacks,
    safeParse(input, parseOptions) {
      const result = mluviiChatbotCallbacks.safeParse(input, parseOptions);
      if (result.ok && result.known && isResponseActivity(result.type)) {
        deliver(result.event as MluviiChatbotResponse, result.raw);
      }
      return result;
    },
  };

  const router = options.router;
  const invalid = options.invalidStatus ?? 200;
  const bodyLimit = options.bodyLimit ?? 1_048_576;
  const inner = createWebhookHandler<MluviiChatbotCallbackMap>({
    family,
    // Authentication already happened in `handler` below.
    auth: { scheme: options.auth.scheme, verify: async () => ({ ok: true }), insecure: options.auth.insecure ?? false },
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

  // TODO(core): authenticate here, leaving the body of a rejected request untouched. Core's handler cancels that
  // body, and with core's node adapter (`Readable.toWeb`, Node 20) the cancel makes Node throw an uncaught
  // ERR_INVALID_STATE when the next chunk arrives — any unauthenticated POST with a body would crash the process.
  const handler = async (request: Request): Promise<Response> => {
    if (request.method === "POST") {
      const verdict = await options.auth.verify(request);
      if (!verdict.ok) {
        logger?.warn?.("mluvii chatbot-callbacks: rejected an unauthenticated request", {
          scheme: options.auth.scheme,
        });
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (verdict.challenge) headers["www-authenticate"] = verdict.challenge;
        return new Response('{"ok":false,"error":"unauthorized"}', { status: 401, headers });
      }
      // Same crash for a declared oversize body (core would cancel it): answer 413 without touching the body.
      if (Number(request.headers.get("content-length") ?? 0) > bodyLimit) {
        return new Response(`{"ok":false,"error":"body larger than ${bodyLimit} bytes"}`, {
          status: 413,
          headers: { "content-type": "application/json" },
        });
      }
    }
    return inner(request);
  };
  return Object.assign(handler, {
    drain: () => inner.drain(),
    close: () => inner.close(),
    get stats() {
      return inner.stats;
    },
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
