/**
 * @packageDocumentation
 * `@contactkit/mluvii-chatbot/activities`: the runtime-neutral half of the package — every activity in both
 * directions as named types, the request and callback event families, and mluvii's text helpers — with no HTTP
 * client, so it runs on Node, Bun, Deno and workerd alike. The bot client, correlator and callback receiver are in
 * the main entry point, which needs Node (its transport is undici).
 */

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
export { escapeMluviiText, MLUVII_TEXT_TAGS, mluviiHtml, unsupportedTags } from "./html";
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
