import { defineOpenEnum, type OpenEnumOf } from "@contactkit/core";

// Open enumerations of the Expertflow CIM object model (expertflow/object-model: the Java enums and the
// `schemas/v1/enums` JSON Schemas). Every one stays open: the enum
// grows with each Expertflow release and several are plain `String`s in the Java model.

/** `cimEvent.type` (object-model `CimEventType`). A hint only: docs and wire disagree, never discriminate on it. */
export const CimEventType = defineOpenEnum(["MESSAGE", "SUGGESTION", "ACTIVITY", "NOTIFICATION", "CALL"]);
/** A `CimEventType`: one of `CimEventType.values`, or any other string (open enum). */
export type CimEventType = OpenEnumOf<typeof CimEventType>;

/** `eventEmitter.type` / `header.sender.type` (object-model `SenderType`, an "open ENUM" by design). */
export const SenderType = defineOpenEnum(["AGENT", "BOT", "CUSTOMER", "APP", "CONNECTOR", "SYSTEM"]);
/** A `SenderType`: one of `SenderType.values`, or any other string (open enum). */
export type SenderType = OpenEnumOf<typeof SenderType>;

/** `roomInfo.mode` (object-model `room/RoomMode`). */
export const RoomMode = defineOpenEnum(["PRIVATE", "CONTACT_CENTER"]);
/** A `RoomMode`: one of `RoomMode.values`, or any other string (open enum). */
export type RoomMode = OpenEnumOf<typeof RoomMode>;

/** `channelType.name` (object-model `ChannelTypeEnum` + YOUTUBE/LINKEDIN); the Java field is a plain String. */
export const ChannelTypeName = defineOpenEnum([
  "FACEBOOK",
  "VIBER",
  "WHATSAPP",
  "SMS",
  "WEB",
  "CX_VOICE",
  "CISCO_CC",
  "GENERIC",
  "TWITTER",
  "TELEGRAM",
  "INSTAGRAM",
  "EMAIL",
  "WEB_RTC",
  "YOUTUBE",
  "LINKEDIN",
]);
/** A `ChannelTypeName`: one of `ChannelTypeName.values`, or any other string (open enum). */
export type ChannelTypeName = OpenEnumOf<typeof ChannelTypeName>;

/** `channelConfig.channelMode`. */
export const ChannelMode = defineOpenEnum(["BOT", "AGENT", "HYBRID"]);
/** A `ChannelMode`: one of `ChannelMode.values`, or any other string (open enum). */
export type ChannelMode = OpenEnumOf<typeof ChannelMode>;

/** `routingPolicy.routingMode`. */
export const RoutingMode = defineOpenEnum(["PUSH", "PULL", "EXTERNAL"]);
/** A `RoutingMode`: one of `RoutingMode.values`, or any other string (open enum). */
export type RoutingMode = OpenEnumOf<typeof RoutingMode>;

/** `routingPolicy.agentSelectionPolicy`. */
export const AgentSelectionPolicy = defineOpenEnum(["LEAST_SKILLED", "MOST_SKILLED", "LONGEST_AVAILABLE"]);
/** A `AgentSelectionPolicy`: one of `AgentSelectionPolicy.values`, or any other string (open enum). */
export type AgentSelectionPolicy = OpenEnumOf<typeof AgentSelectionPolicy>;

/** `channelSession.state.name` (object-model `ChannelSessionStateEnum`). */
export const ChannelSessionStateName = defineOpenEnum(["STARTED", "ENDED", "CLOSED"]);
/** A `ChannelSessionStateName`: one of `ChannelSessionStateName.values`, or any other string (open enum). */
export type ChannelSessionStateName = OpenEnumOf<typeof ChannelSessionStateName>;

/** `channelSession.state.reasonCode`, `REMOVE_CHANNEL_SESSION` reason (object-model `ReasonCodeEnum`). */
export const ChannelSessionReasonCode = defineOpenEnum(["CUSTOMER", "INACTIVITY", "NETWORK", "AGENT", "FORCE_CLOSED"]);
/** A `ChannelSessionReasonCode`: one of `ChannelSessionReasonCode.values`, or any other string (open enum). */
export type ChannelSessionReasonCode = OpenEnumOf<typeof ChannelSessionReasonCode>;

/** `channelSessionDirection`, `conversationDirection`. */
export const Direction = defineOpenEnum(["INBOUND", "OUTBOUND"]);
/** A `Direction`: one of `Direction.values`, or any other string (open enum). */
export type Direction = OpenEnumOf<typeof Direction>;

/** `channelData.additionalAttributes[].type` (`schemas/v1/enums/value-type.json`). */
export const ValueType = defineOpenEnum([
  "Alphanum100",
  "AlphanumSpecial200",
  "String2000",
  "String50",
  "String100",
  "PositiveNumber",
  "IP",
  "Number",
  "PhoneNumber",
  "URL",
  "Boolean",
  "Email",
  "Password",
  "StringList",
  "WebChannelData",
]);
/** A `ValueType`: one of `ValueType.values`, or any other string (open enum). */
export type ValueType = OpenEnumOf<typeof ValueType>;

/** `ConversationParticipant.type` (object-model `ParticipantType`). */
export const ParticipantType = defineOpenEnum(["MONITOR", "CUSTOMER", "AGENT", "BOT", "APP"]);
/** A `ParticipantType`: one of `ParticipantType.values`, or any other string (open enum). */
export type ParticipantType = OpenEnumOf<typeof ParticipantType>;

/** `ConversationParticipant.role` (object-model `ParticipantRole`; `WHISPER` seen on the wire on docs.expertflow.com). */
export const ParticipantRole = defineOpenEnum([
  "ASSISTANT",
  "PRIMARY",
  "CUSTOMER",
  "SILENT_MONITOR",
  "WRAP_UP",
  "WHISPER",
]);
/** A `ParticipantRole`: one of `ParticipantRole.values`, or any other string (open enum). */
export type ParticipantRole = OpenEnumOf<typeof ParticipantRole>;

/** `ConversationParticipant.state` (object-model `ConversationParticipantState`; `null` for bots on the Init node page). */
export const ParticipantState = defineOpenEnum(["SUBSCRIBED", "UNSUBSCRIBED"]);
/** A `ParticipantState`: one of `ParticipantState.values`, or any other string (open enum). */
export type ParticipantState = OpenEnumOf<typeof ParticipantState>;

/** Bot participant `type` (object-model `BotType`). */
export const BotType = defineOpenEnum(["RASA", "DIALOGFLOW", "CUSTOM", "NOT_SET"]);
/** A `BotType`: one of `BotType.values`, or any other string (open enum). */
export type BotType = OpenEnumOf<typeof BotType>;

/** Conversation `state` (object-model `TopicState`). */
export const TopicState = defineOpenEnum([
  "CREATED",
  "ACTIVE",
  "INACTIVE",
  "CLOSING",
  "CLOSED",
  "ON_HOLD",
  "CUSTOMER_LEFT",
  "WRAP_UP",
]);
/** A `TopicState`: one of `TopicState.values`, or any other string (open enum). */
export type TopicState = OpenEnumOf<typeof TopicState>;

/** `task.state.name` (object-model `TaskStateName`). */
export const TaskStateName = defineOpenEnum(["ACTIVE", "WRAP_UP", "CLOSED"]);
/** A `TaskStateName`: one of `TaskStateName.values`, or any other string (open enum). */
export type TaskStateName = OpenEnumOf<typeof TaskStateName>;

/**
 * `task.state.reasonCode` (`schemas/v1/enums/task-state-reason-code.json`). docs.expertflow.com's task reason-code
 * page spells `CANCELED` and `FORCED_CLOSED`, and `CALLBACK` exists only in the schema: all of them parse, as the
 * enum is open.
 */
export const TaskStateReasonCode = defineOpenEnum([
  "RONA",
  "DONE",
  "RESPONSE_TIMEOUT",
  "NO_AGENT_AVAILABLE",
  "REROUTE",
  "CANCELLED",
  "AGENT_LOGOUT",
  "TRANSFERRED",
  "FORCE_CLOSED",
  "WRAP_UP_APPLIED",
  "WRAP_UP_NOT_APPLIED",
  "WRAP_UP_EXPIRED",
  "EXTERNAL_CONSULT_TRANSFER",
  "EXTERNAL_DIRECT_TRANSFER",
  "EXTERNAL_CONSULT_CONFERENCE",
  "CONFERENCE_ENDED",
  "CONFERENCE_CUSTOMER_LEFT",
  "CALLBACK",
]);
/** A `TaskStateReasonCode`: one of `TaskStateReasonCode.values`, or any other string (open enum). */
export type TaskStateReasonCode = OpenEnumOf<typeof TaskStateReasonCode>;

/** `taskMedia.state` (object-model `TaskMediaState`). */
export const TaskMediaState = defineOpenEnum(["STARTED", "QUEUED", "RESERVED", "ACTIVE", "CLOSED"]);
/** A `TaskMediaState`: one of `TaskMediaState.values`, or any other string (open enum). */
export type TaskMediaState = OpenEnumOf<typeof TaskMediaState>;

/** `taskMedia.type.direction` (object-model `TaskTypeDirection`). */
export const TaskDirection = defineOpenEnum([
  "CONSULT",
  "CONSULT_TRANSFER",
  "CONSULT_CONFERENCE",
  "DIRECT_TRANSFER",
  "DIRECT_CONFERENCE",
  "INBOUND",
  "OUTBOUND",
  "SILENT_MONITOR",
  "BARGE_IN",
]);
/** A `TaskDirection`: one of `TaskDirection.values`, or any other string (open enum). */
export type TaskDirection = OpenEnumOf<typeof TaskDirection>;

/** `taskMedia.type.mode` (object-model `TaskTypeMode`). */
export const TaskMode = defineOpenEnum(["AGENT", "QUEUE"]);
/** A `TaskMode`: one of `TaskMode.values`, or any other string (open enum). */
export type TaskMode = OpenEnumOf<typeof TaskMode>;

/** Agent MRD states (object-model `AgentMrdStateName`), for consumers correlating MRD interrupts. */
export const AgentMrdState = defineOpenEnum([
  "LOGOUT",
  "LOGIN",
  "NOT_READY",
  "PENDING_NOT_READY",
  "READY",
  "INTERRUPTED",
  "ACTIVE",
  "BUSY",
  "UNKNOWN",
  "OB_RESERVED",
  "RESERVED",
]);
/** A `AgentMrdState`: one of `AgentMrdState.values`, or any other string (open enum). */
export type AgentMrdState = OpenEnumOf<typeof AgentMrdState>;

/**
 * AGENT_UNSUBSCRIBED `data.reason` values seen on docs.expertflow.com (the Init node page, the
 * check-agent-unsubscription-reason node page, the default flows).
 * Free strings in the object model, listed for autocompletion.
 */
export const UnsubscribeReason = defineOpenEnum([
  "SLA_EXPIRED",
  "FORCED_LOGOUT",
  "MRD_INTERRUPTED",
  "AGENT_DISCONNECTED",
  "CALLBACK",
]);
/** A `UnsubscribeReason`: one of `UnsubscribeReason.values`, or any other string (open enum). */
export type UnsubscribeReason = OpenEnumOf<typeof UnsubscribeReason>;

/** PARTICIPANT_ROLE_CHANGED `data.metadata.reason` values (docs.expertflow.com default flows); free strings in the object model. */
export const RoleChangeReason = defineOpenEnum(["DIRECT_TRANSFER", "CONSULT_TRANSFER"]);
/** A `RoleChangeReason`: one of `RoleChangeReason.values`, or any other string (open enum). */
export type RoleChangeReason = OpenEnumOf<typeof RoleChangeReason>;

/** `conversationData[].type` (object-model `ConversationData` subtypes, ≥ 1.22.2). */
export const ConversationDataType = defineOpenEnum(["STRING", "INT", "BOOLEAN", "FORM_DATA", "STRING_LIST", "URL"]);
/** A `ConversationDataType`: one of `ConversationDataType.values`, or any other string (open enum). */
export type ConversationDataType = OpenEnumOf<typeof ConversationDataType>;

/** `header.intent` (`schemas/v1/enums/message-intent.json`); also carries bot button payloads, so it is open. */
export const MessageIntent = defineOpenEnum([
  "NONE",
  "REPLY_TO",
  "UPDATE",
  "START_CHAT",
  "END_CHAT",
  "CALL_LEG_STARTED",
  "CALL_LEG_ENDED",
  "AGENT_OUTBOUND",
  "START_VOICE",
  "END_VOICE",
  "NETWORK_DISCONNECT",
  "ASSIGN_RESOURCE_REQUESTED",
  "CANCEL_RESOURCE_REQUESTED",
  "IVR_AGGREGATED_ACTIVITY",
  "START_CONVERSATION",
  "CALL_HOLD",
  "CALL_RESUME",
  "VOICE_CALL_RECORDING",
  "WRAPUP",
  "MEDIA_RECORDING",
  "QM_ACTIVITY",
  "CALL_ALERTING",
]);
/** A `MessageIntent`: one of `MessageIntent.values`, or any other string (open enum). */
export type MessageIntent = OpenEnumOf<typeof MessageIntent>;

/** Delivery notification `status` (object-model `DeliveryStatus`; the CX documentation's table capitalises them). */
export const DeliveryStatus = defineOpenEnum(["DELIVERED", "READ", "CONNECTED", "FAILED"]);
/** A `DeliveryStatus`: one of `DeliveryStatus.values`, or any other string (open enum). */
export type DeliveryStatus = OpenEnumOf<typeof DeliveryStatus>;

/** FIND_AGENT `data.queue.type` (object-model `RequestQueue`). */
export const RequestQueueType = defineOpenEnum(["ID", "NAME"]);
/** A `RequestQueueType`: one of `RequestQueueType.values`, or any other string (open enum). */
export type RequestQueueType = OpenEnumOf<typeof RequestQueueType>;
