/**
 * @packageDocumentation
 * Expertflow CX CIM events as delivered to Conversation Studio nodes (Node-RED `msg`, raw controller body, or a
 * bare `cimEvent`), discriminated on `cimEvent.name`, with typed `data`, open enums and a `redact()` helper.
 */
export * from "./data";
export {
  DOC_ONLY_NAME_ALIASES,
  prepareStudioInput,
  type StudioEnvelope,
  type StudioEnvelopeKind,
  type StudioMsg,
  type StudioPayload,
  studioEnvelopeSchema,
} from "./envelope";
export type { ExpertflowCimEvent, ExpertflowCimEventMap } from "./event-map";
export * from "./events";
export { expertflowCim } from "./family";
export * from "./names";
export * from "./objects/channel";
export * from "./objects/channel-session";
export * from "./objects/common";
export * from "./objects/conversation";
export * from "./objects/customer";
export * from "./objects/message";
export * from "./objects/participant";
export * from "./objects/task";
export * from "./objects/timers";
export { REDACTED, redact } from "./redact";
export { conversationStartedSchema, expertflowCimSchemas } from "./schemas";
export * from "./vocabulary";
