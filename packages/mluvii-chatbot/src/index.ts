/**
 * @packageDocumentation
 * The mluvii API chatbot: every activity in both directions (strict outbound, tolerant inbound), a client with one
 * method per activity that awaits mluvii's `…Response` callbacks, the correlator behind it, and the callback
 * receiver that acknowledges mluvii at once and runs bot handlers afterwards.
 */

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
export {
  isResponseActivity,
  type MluviiChatbotCallback,
  type MluviiChatbotCallbackMap,
  type MluviiChatbotGuestEventMap,
  type MluviiChatbotResponse,
  type MluviiChatbotResponseActivity,
  type MluviiChatbotResponseMap,
  mluviiChatbotCallbacks,
  RESPONSE_ACTIVITIES,
} from "./callbacks";
export {
  ACTIVITY_TRAITS,
  type ActivityTraits,
  correlationModeOf,
  type MluviiChatbotRequestWithResponse,
  type MluviiChatbotResponseFor,
  type MluviiChatbotResponseOf,
  RESPONSE_CORRELATION,
  type ResponseCorrelationMode,
} from "./catalog";
export type {
  CorrelationKey,
  DeliveryOutcome,
  RegisterWaiterOptions,
  ResponseCorrelator,
  ResponseWaiter,
} from "./correlator";
export { MluviiChatbotClosedError, MluviiChatbotError, MluviiChatbotResponseTimeoutError } from "./errors";
export { escapeMluviiText, MLUVII_TEXT_TAGS, mluviiHtml, unsupportedTags } from "./html";
export {
  createInMemoryCorrelator,
  type InMemoryCorrelator,
  type InMemoryCorrelatorOptions,
  type InMemoryCorrelatorStats,
} from "./in-memory-correlator";
export {
  type MluviiChatbotRequest,
  type MluviiChatbotRequestKind,
  type MluviiChatbotRequestMap,
  mluviiChatbotRequests,
  requestKindOf,
  validateChatbotRequest,
} from "./requests";
export * from "./vocabulary/callbacks-guest";
export * from "./vocabulary/common";
export * from "./vocabulary/requests-common";
export * from "./vocabulary/requests-content";
export * from "./vocabulary/requests-conversation";
export * from "./vocabulary/requests-message";
export * from "./vocabulary/requests-session";
export * from "./vocabulary/responses-content";
export * from "./vocabulary/responses-routing";
export * from "./vocabulary/responses-session";
