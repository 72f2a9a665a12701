/**
 * @packageDocumentation
 * The mluvii API chatbot: every activity in both directions (strict outbound, tolerant inbound), a client with one
 * method per activity that awaits mluvii's `…Response` callbacks, the correlator behind it, and the callback
 * receiver that acknowledges mluvii at once and runs bot handlers afterwards.
 */

export * from "./activities";
export {
  createMluviiBot,
  type MluviiBot,
  type MluviiBotCallOptions,
  type MluviiBotOptions,
  type MluviiBotSendResult,
  type MluviiChatbotRequestWithResponseActivity,
  type MluviiChatbotTransport,
} from "./bot";
export type {
  ActivityMethods,
  ButtonsInput,
  ForwardTarget,
  SendHeroCardInput,
  ShareFileSource,
} from "./bot-methods";
export { type CallbackTokenAuthOptions, callbackTokenAuth } from "./callback-auth";
export {
  createMluviiCallbackHandler,
  type MluviiCallbackHandlerOptions,
  type UnmatchedResponseHook,
  type UnmatchedResponseInfo,
} from "./callback-handler";
export type {
  CorrelationKey,
  DeliveryOutcome,
  RegisterWaiterOptions,
  ResponseCorrelator,
  ResponseWaiter,
} from "./correlator";
export { MluviiChatbotClosedError, MluviiChatbotError, MluviiChatbotResponseTimeoutError } from "./errors";
export {
  createInMemoryCorrelator,
  type InMemoryCorrelator,
  type InMemoryCorrelatorOptions,
  type InMemoryCorrelatorStats,
} from "./in-memory-correlator";
