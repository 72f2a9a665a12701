import {
  isWebhookAuth,
  type ReceiverPresetOptions,
  type Router,
  type WebhookAuth,
  type WebhookHandler,
} from "@contactkit/core";
import { type CallbackTokenAuthOptions, callbackTokenAuth } from "./callback-auth";
import { createMluviiCallbackHandler, type UnmatchedResponseHook } from "./callback-handler";
import type { ResponseCorrelator } from "./correlator";
import type { MluviiChatbotCallbackMap } from "./event-map";

/** Core receiver options the chatbot's callback receiver takes, under core's names. */
type CoreOptions = Pick<
  ReceiverPresetOptions<MluviiChatbotCallbackMap, CallbackTokenAuthOptions>,
  "queue" | "logger" | "onInvalid" | "bodyLimit" | "bodyTimeoutMs"
>;

/**
 * Options of {@link createMluviiChatbotReceiver}: core's receiver option names (`auth`, `process`, `queue`,
 * `logger`, `onInvalid`, `onError`, `bodyLimit`, `bodyTimeoutMs`) — as in every contactkit vendor receiver — plus
 * the chatbot's own (`correlator`, `onUnmatchedResponse`, `invalidStatus`). Acknowledgement (`after-validate`),
 * `GET` answers and the statuses are fixed by mluvii's callback rules.
 */
export interface MluviiChatbotReceiverOptions extends CoreOptions {
  /**
   * How mluvii's requests are authenticated (required): `{ tokens }` for a token in the callback URL (see
   * `callbackTokenAuth`), or any core `WebhookAuth` — `basicAuth` for `user:pass@` URLs, `noAuth()` to accept anyone.
   */
  readonly auth: CallbackTokenAuthOptions | WebhookAuth;
  /** Guest events (`Text`, `ConversationStarted` …) and unknown activities; run after the 200 is sent. */
  readonly process?: Router<MluviiChatbotCallbackMap>;
  /** Where `…Response` activities go. Without one, every response is unmatched. */
  readonly correlator?: ResponseCorrelator;
  /** Responses nobody waits for (or that come too late). Default: logged at `warn`. */
  readonly onUnmatchedResponse?: UnmatchedResponseHook;
  /**
   * Every error, once: handler errors (unless the router has its own `onError`), hook errors, correlator failures,
   * internal faults. Default: logged at `error`.
   */
  readonly onError?: (error: unknown) => void;
  /** Status for bodies that are not valid JSON or activities. Default 200 (mluvii disables a failing bot). */
  readonly invalidStatus?: number;
}

/**
 * The receiver for an API chatbot's callback URL, as a preset with core's option names: authenticates first,
 * answers every valid POST with 200 at once (mluvii wants it within 2 s), resolves `…Response` activities through
 * the correlator before the acknowledgement, and runs guest handlers afterwards. It is
 * {@link createMluviiCallbackHandler} with `process` for `router` and `auth: { tokens }` for `callbackTokenAuth`.
 *
 * @example
 * const receiver = createMluviiChatbotReceiver({
 *   auth: { tokens: [process.env.MLUVII_CALLBACK_TOKEN ?? ""] },
 *   process: createRouter(mluviiChatbotCallbacks).on("Text", (e) => console.log(e.text)),
 * });
 */
export function createMluviiChatbotReceiver(options: MluviiChatbotReceiverOptions): WebhookHandler {
  const { auth, process: router, ...rest } = options;
  return createMluviiCallbackHandler({
    ...rest,
    auth: isWebhookAuth(auth) ? auth : callbackTokenAuth(auth),
    ...(router === undefined ? {} : { router }),
  });
}
