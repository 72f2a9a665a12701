/**
 * @packageDocumentation
 * Google CCAI Platform QM export events: chat (`ChatState`) and agent (`AgentState`) events, wrapped as
 * `{type, item}` or bare, typed and validated, classified into the documented chat events and folded into
 * per-chat timelines. `CallState` items are recognised with their documented fields.
 */
export { chatItemOf } from "./chat-item-of";
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
export {
  AGENT_STATES,
  type AgentStateName,
  CALL_PARTICIPANT_STATES,
  CALL_PARTICIPANT_TYPES,
  CALL_STATES,
  type CallStateName,
  CHAT_DIRECTIONS,
  CHAT_PARTICIPANT_STATES,
  CHAT_PARTICIPANT_TYPES,
  CHAT_STATES,
  type ChatStateName,
  ENVELOPE_TYPES,
  SESSION_TYPES,
} from "./deprecated";
export { inspectQmEnvelope, isQmEnvelope, type QmEnvelope, qmEventTypeOf, unwrapQmPayload } from "./envelope";
export { type CcaiQmEvent, type CcaiQmEventMap, type ChatEventType, ccaiQmSchemas } from "./event-map";
export {
  type AgentStateItem,
  agentStateItemSchema,
  type CallParticipant,
  type CallStateItem,
  callStateItemSchema,
} from "./events/agent-and-call";
export type { ChatEventMap } from "./events/chat";
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
} from "./events/chat";
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
} from "./events/participants";
export { ccaiQmEvents } from "./family";
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
export {
  AgentState,
  CallParticipantState,
  CallParticipantType,
  CallState,
  ChatDirection,
  ChatParticipantState,
  ChatParticipantType,
  ChatState,
  EnvelopeType,
  SessionType,
} from "./vocabulary";
