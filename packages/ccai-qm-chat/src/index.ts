/**
 * @packageDocumentation
 * Google CCAI Platform QM export events: chat (`ChatState`) and agent (`AgentState`) events, wrapped as
 * `{type, item}` or bare, typed and validated, classified into the documented chat events and folded into
 * per-chat timelines. `CallState` items are recognised with their documented fields.
 */
export {
  type AgentStateItem,
  agentStateItemSchema,
  type CallParticipant,
  type CallStateItem,
  callStateItemSchema,
} from "./agent-and-call-items";
export { chatItemOf } from "./chat-item-of";
export {
  type ChatConnected,
  type ChatDisconnected,
  type ChatDismissed,
  type ChatItem,
  type ChatItemFields,
  type ChatParticipantDisconnect,
  type ChatResumed,
  type ChatTransferred,
  type ChatWaiting,
  chatConnectedSchema,
  chatDisconnectedSchema,
  chatDismissedSchema,
  chatItemSchema,
  chatParticipantDisconnectSchema,
  chatResumedSchema,
  chatTransferredSchema,
  chatWaitingSchema,
} from "./chat-items";
export {
  CHAT_EVENT_HEADINGS,
  type ChatAcceptedClassification,
  type ChatConnectedClassification,
  type ChatDismissedClassification,
  type ChatEndedClassification,
  type ChatEventClassification,
  type ChatEventKind,
  type ChatResumedClassification,
  type ChatStartedOrWaitingClassification,
  type ChatTransferClassification,
  classifyChatEvent,
  type ParticipantLeftClassification,
  type ParticipantRef,
  type UnrecognisedChatClassification,
} from "./classify";
export { inspectQmEnvelope, isQmEnvelope, type QmEnvelope, qmEventTypeOf, unwrapQmPayload } from "./envelope";
export { type CcaiQmEventMap, type ChatEventType, ccaiQmEvents } from "./family";
export {
  type AgentChatParticipant,
  agentChatParticipantSchema,
  type ChatParticipant,
  type ChatParticipantFields,
  chatParticipantSchema,
  type ExternalChatParticipant,
  externalChatParticipantSchema,
  isAgentParticipant,
  isExternalParticipant,
  isVirtualAgentParticipant,
  type UnrecognisedChatParticipant,
  type VirtualAgentChatParticipant,
  virtualAgentChatParticipantSchema,
} from "./participants";
export { type CcaiQmAuth, type CcaiQmHandlerOptions, ccaiQmAuth, createCcaiQmHandler } from "./receiver";
export {
  buildChatTimeline,
  type ChatOutcome,
  type ChatTimeline,
  type ChatTimelineEntry,
  type ChatTimelineInput,
  type ChatTimelineParticipant,
  type ChatTimelineTransfer,
  groupByChatId,
} from "./timeline";
export { EPOCH_MILLIS_THRESHOLD, type EpochUnit, epochToDate, epochToMillis, epochUnit } from "./timestamp";
export * from "./vocabulary";
