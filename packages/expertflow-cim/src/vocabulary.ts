import { type OpenEnum, openEnum } from "@contactkit/core";
import type * as z from "zod";

// Open enumerations of the Expertflow CIM object model (expertflow/object-model: the Java enums and the
// `schemas/v1/enums` JSON Schemas). Every one stays open: the enum
// grows with each Expertflow release and several are plain `String`s in the Java model.

/** `cimEvent.type` (object-model `CimEventType`). A hint only: docs and wire disagree, never discriminate on it. */
export const CIM_EVENT_TYPES = ["MESSAGE", "SUGGESTION", "ACTIVITY", "NOTIFICATION", "CALL"] as const;
/** {@link CIM_EVENT_TYPES}, open. */
export type CimEventType = OpenEnum<(typeof CIM_EVENT_TYPES)[number]>;
/** Schema of {@link CimEventType}. */
export const cimEventTypeSchema: z.ZodType<CimEventType> = openEnum(CIM_EVENT_TYPES);

/** `eventEmitter.type` / `header.sender.type` (object-model `SenderType`, an "open ENUM" by design). */
export const SENDER_TYPES = ["AGENT", "BOT", "CUSTOMER", "APP", "CONNECTOR", "SYSTEM"] as const;
/** {@link SENDER_TYPES}, open. */
export type SenderType = OpenEnum<(typeof SENDER_TYPES)[number]>;
/** Schema of {@link SenderType}. */
export const senderTypeSchema: z.ZodType<SenderType> = openEnum(SENDER_TYPES);

/** `roomInfo.mode` (object-model `room/RoomMode`). */
export const ROOM_MODES = ["PRIVATE", "CONTACT_CENTER"] as const;
/** {@link ROOM_MODES}, open. */
export type RoomMode = OpenEnum<(typeof ROOM_MODES)[number]>;
/** Schema of {@link RoomMode}. */
export const roomModeSchema: z.ZodType<RoomMode> = openEnum(ROOM_MODES);

/** `channelType.name` (object-model `ChannelTypeEnum` + YOUTUBE/LINKEDIN); the Java field is a plain String. */
export const CHANNEL_TYPE_NAMES = [
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
] as const;
/** {@link CHANNEL_TYPE_NAMES}, open. */
export type ChannelTypeName = OpenEnum<(typeof CHANNEL_TYPE_NAMES)[number]>;
/** Schema of {@link ChannelTypeName}. */
export const channelTypeNameSchema: z.ZodType<ChannelTypeName> = openEnum(CHANNEL_TYPE_NAMES);

/** `channelConfig.channelMode`. */
export const CHANNEL_MODES = ["BOT", "AGENT", "HYBRID"] as const;
/** {@link CHANNEL_MODES}, open. */
export type ChannelMode = OpenEnum<(typeof CHANNEL_MODES)[number]>;
/** Schema of {@link ChannelMode}. */
export const channelModeSchema: z.ZodType<ChannelMode> = openEnum(CHANNEL_MODES);

/** `routingPolicy.routingMode`. */
export const ROUTING_MODES = ["PUSH", "PULL", "EXTERNAL"] as const;
/** {@link ROUTING_MODES}, open. */
export type RoutingMode = OpenEnum<(typeof ROUTING_MODES)[number]>;
/** Schema of {@link RoutingMode}. */
export const routingModeSchema: z.ZodType<RoutingMode> = openEnum(ROUTING_MODES);

/** `routingPolicy.agentSelectionPolicy`. */
export const AGENT_SELECTION_POLICIES = ["LEAST_SKILLED", "MOST_SKILLED", "LONGEST_AVAILABLE"] as const;
/** {@link AGENT_SELECTION_POLICIES}, open. */
export type AgentSelectionPolicy = OpenEnum<(typeof AGENT_SELECTION_POLICIES)[number]>;
/** Schema of {@link AgentSelectionPolicy}. */
export const agentSelectionPolicySchema: z.ZodType<AgentSelectionPolicy> = openEnum(AGENT_SELECTION_POLICIES);

/** `channelSession.state.name` (object-model `ChannelSessionStateEnum`). */
export const CHANNEL_SESSION_STATES = ["STARTED", "ENDED", "CLOSED"] as const;
/** {@link CHANNEL_SESSION_STATES}, open. */
export type ChannelSessionStateName = OpenEnum<(typeof CHANNEL_SESSION_STATES)[number]>;
/** Schema of {@link ChannelSessionStateName}. */
export const channelSessionStateNameSchema: z.ZodType<ChannelSessionStateName> = openEnum(CHANNEL_SESSION_STATES);

/** `channelSession.state.reasonCode`, `REMOVE_CHANNEL_SESSION` reason (object-model `ReasonCodeEnum`). */
export const CHANNEL_SESSION_REASON_CODES = ["CUSTOMER", "INACTIVITY", "NETWORK", "AGENT", "FORCE_CLOSED"] as const;
/** {@link CHANNEL_SESSION_REASON_CODES}, open. */
export type ChannelSessionReasonCode = OpenEnum<(typeof CHANNEL_SESSION_REASON_CODES)[number]>;
/** Schema of {@link ChannelSessionReasonCode}. */
export const channelSessionReasonCodeSchema: z.ZodType<ChannelSessionReasonCode> =
  openEnum(CHANNEL_SESSION_REASON_CODES);

/** `channelSessionDirection`, `conversationDirection`. */
export const DIRECTIONS = ["INBOUND", "OUTBOUND"] as const;
/** {@link DIRECTIONS}, open. */
export type Direction = OpenEnum<(typeof DIRECTIONS)[number]>;
/** Schema of {@link Direction}. */
export const directionSchema: z.ZodType<Direction> = openEnum(DIRECTIONS);

/** `channelData.additionalAttributes[].type` (`schemas/v1/enums/value-type.json`). */
export const VALUE_TYPES = [
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
] as const;
/** {@link VALUE_TYPES}, open. */
export type ValueType = OpenEnum<(typeof VALUE_TYPES)[number]>;
/** Schema of {@link ValueType}. */
export const valueTypeSchema: z.ZodType<ValueType> = openEnum(VALUE_TYPES);

/** `ConversationParticipant.type` (object-model `ParticipantType`). */
export const PARTICIPANT_TYPES = ["MONITOR", "CUSTOMER", "AGENT", "BOT", "APP"] as const;
/** {@link PARTICIPANT_TYPES}, open. */
export type ParticipantType = OpenEnum<(typeof PARTICIPANT_TYPES)[number]>;
/** Schema of {@link ParticipantType}. */
export const participantTypeSchema: z.ZodType<ParticipantType> = openEnum(PARTICIPANT_TYPES);

/** `ConversationParticipant.role` (object-model `ParticipantRole`; `WHISPER` seen on the wire on docs.expertflow.com). */
export const PARTICIPANT_ROLES = ["ASSISTANT", "PRIMARY", "CUSTOMER", "SILENT_MONITOR", "WRAP_UP", "WHISPER"] as const;
/** {@link PARTICIPANT_ROLES}, open. */
export type ParticipantRole = OpenEnum<(typeof PARTICIPANT_ROLES)[number]>;
/** Schema of {@link ParticipantRole}. */
export const participantRoleSchema: z.ZodType<ParticipantRole> = openEnum(PARTICIPANT_ROLES);

/** `ConversationParticipant.state` (object-model `ConversationParticipantState`; `null` for bots on the Init node page). */
export const PARTICIPANT_STATES = ["SUBSCRIBED", "UNSUBSCRIBED"] as const;
/** {@link PARTICIPANT_STATES}, open. */
export type ParticipantState = OpenEnum<(typeof PARTICIPANT_STATES)[number]>;
/** Schema of {@link ParticipantState}. */
export const participantStateSchema: z.ZodType<ParticipantState> = openEnum(PARTICIPANT_STATES);

/** Bot participant `type` (object-model `BotType`). */
export const BOT_TYPES = ["RASA", "DIALOGFLOW", "CUSTOM", "NOT_SET"] as const;
/** {@link BOT_TYPES}, open. */
export type BotType = OpenEnum<(typeof BOT_TYPES)[number]>;
/** Schema of {@link BotType}. */
export const botTypeSchema: z.ZodType<BotType> = openEnum(BOT_TYPES);

/** Conversation `state` (object-model `TopicState`). */
export const TOPIC_STATES = [
  "CREATED",
  "ACTIVE",
  "INACTIVE",
  "CLOSING",
  "CLOSED",
  "ON_HOLD",
  "CUSTOMER_LEFT",
  "WRAP_UP",
] as const;
/** {@link TOPIC_STATES}, open. */
export type TopicState = OpenEnum<(typeof TOPIC_STATES)[number]>;
/** Schema of {@link TopicState}. */
export const topicStateSchema: z.ZodType<TopicState> = openEnum(TOPIC_STATES);

/** `task.state.name` (object-model `TaskStateName`). */
export const TASK_STATE_NAMES = ["ACTIVE", "WRAP_UP", "CLOSED"] as const;
/** {@link TASK_STATE_NAMES}, open. */
export type TaskStateName = OpenEnum<(typeof TASK_STATE_NAMES)[number]>;
/** Schema of {@link TaskStateName}. */
export const taskStateNameSchema: z.ZodType<TaskStateName> = openEnum(TASK_STATE_NAMES);

/**
 * `task.state.reasonCode` (`schemas/v1/enums/task-state-reason-code.json`). docs.expertflow.com's task reason-code
 * page spells `CANCELED` and `FORCED_CLOSED`, and `CALLBACK` exists only in the schema: all of them parse, as the
 * enum is open.
 */
export const TASK_STATE_REASON_CODES = [
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
] as const;
/** {@link TASK_STATE_REASON_CODES}, open. */
export type TaskStateReasonCode = OpenEnum<(typeof TASK_STATE_REASON_CODES)[number]>;
/** Schema of {@link TaskStateReasonCode}. */
export const taskStateReasonCodeSchema: z.ZodType<TaskStateReasonCode> = openEnum(TASK_STATE_REASON_CODES);

/** `taskMedia.state` (object-model `TaskMediaState`). */
export const TASK_MEDIA_STATES = ["STARTED", "QUEUED", "RESERVED", "ACTIVE", "CLOSED"] as const;
/** {@link TASK_MEDIA_STATES}, open. */
export type TaskMediaState = OpenEnum<(typeof TASK_MEDIA_STATES)[number]>;
/** Schema of {@link TaskMediaState}. */
export const taskMediaStateSchema: z.ZodType<TaskMediaState> = openEnum(TASK_MEDIA_STATES);

/** `taskMedia.type.direction` (object-model `TaskTypeDirection`). */
export const TASK_DIRECTIONS = [
  "CONSULT",
  "CONSULT_TRANSFER",
  "CONSULT_CONFERENCE",
  "DIRECT_TRANSFER",
  "DIRECT_CONFERENCE",
  "INBOUND",
  "OUTBOUND",
  "SILENT_MONITOR",
  "BARGE_IN",
] as const;
/** {@link TASK_DIRECTIONS}, open. */
export type TaskDirection = OpenEnum<(typeof TASK_DIRECTIONS)[number]>;
/** Schema of {@link TaskDirection}. */
export const taskDirectionSchema: z.ZodType<TaskDirection> = openEnum(TASK_DIRECTIONS);

/** `taskMedia.type.mode` (object-model `TaskTypeMode`). */
export const TASK_MODES = ["AGENT", "QUEUE"] as const;
/** {@link TASK_MODES}, open. */
export type TaskMode = OpenEnum<(typeof TASK_MODES)[number]>;
/** Schema of {@link TaskMode}. */
export const taskModeSchema: z.ZodType<TaskMode> = openEnum(TASK_MODES);

/** Agent MRD states (object-model `AgentMrdStateName`), for consumers correlating MRD interrupts. */
export const AGENT_MRD_STATES = [
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
] as const;
/** {@link AGENT_MRD_STATES}, open. */
export type AgentMrdState = OpenEnum<(typeof AGENT_MRD_STATES)[number]>;
/** Schema of {@link AgentMrdState}. */
export const agentMrdStateSchema: z.ZodType<AgentMrdState> = openEnum(AGENT_MRD_STATES);

/**
 * AGENT_UNSUBSCRIBED `data.reason` values seen on docs.expertflow.com (the Init node page, the
 * check-agent-unsubscription-reason node page, the default flows).
 * Free strings in the object model, listed for autocompletion.
 */
export const UNSUBSCRIBE_REASONS = [
  "SLA_EXPIRED",
  "FORCED_LOGOUT",
  "MRD_INTERRUPTED",
  "AGENT_DISCONNECTED",
  "CALLBACK",
] as const;
/** {@link UNSUBSCRIBE_REASONS}, open. */
export type UnsubscribeReason = OpenEnum<(typeof UNSUBSCRIBE_REASONS)[number]>;
/** Schema of {@link UnsubscribeReason}. */
export const unsubscribeReasonSchema: z.ZodType<UnsubscribeReason> = openEnum(UNSUBSCRIBE_REASONS);

/** PARTICIPANT_ROLE_CHANGED `data.metadata.reason` values (docs.expertflow.com default flows); free strings in the object model. */
export const ROLE_CHANGE_REASONS = ["DIRECT_TRANSFER", "CONSULT_TRANSFER"] as const;
/** {@link ROLE_CHANGE_REASONS}, open. */
export type RoleChangeReason = OpenEnum<(typeof ROLE_CHANGE_REASONS)[number]>;
/** Schema of {@link RoleChangeReason}. */
export const roleChangeReasonSchema: z.ZodType<RoleChangeReason> = openEnum(ROLE_CHANGE_REASONS);

/** `conversationData[].type` (object-model `ConversationData` subtypes, ≥ 1.22.2). */
export const CONVERSATION_DATA_TYPES = ["STRING", "INT", "BOOLEAN", "FORM_DATA", "STRING_LIST", "URL"] as const;
/** {@link CONVERSATION_DATA_TYPES}, open. */
export type ConversationDataType = OpenEnum<(typeof CONVERSATION_DATA_TYPES)[number]>;
/** Schema of {@link ConversationDataType}. */
export const conversationDataTypeSchema: z.ZodType<ConversationDataType> = openEnum(CONVERSATION_DATA_TYPES);

/** `header.intent` (`schemas/v1/enums/message-intent.json`); also carries bot button payloads, so it is open. */
export const MESSAGE_INTENTS = [
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
] as const;
/** {@link MESSAGE_INTENTS}, open. */
export type MessageIntent = OpenEnum<(typeof MESSAGE_INTENTS)[number]>;
/** Schema of {@link MessageIntent}. */
export const messageIntentSchema: z.ZodType<MessageIntent> = openEnum(MESSAGE_INTENTS);

/** Delivery notification `status` (object-model `DeliveryStatus`; the CX documentation's table capitalises them). */
export const DELIVERY_STATUSES = ["DELIVERED", "READ", "CONNECTED", "FAILED"] as const;
/** {@link DELIVERY_STATUSES}, open. */
export type DeliveryStatus = OpenEnum<(typeof DELIVERY_STATUSES)[number]>;
/** Schema of {@link DeliveryStatus}. */
export const deliveryStatusSchema: z.ZodType<DeliveryStatus> = openEnum(DELIVERY_STATUSES);

/** FIND_AGENT `data.queue.type` (object-model `RequestQueue`). */
export const REQUEST_QUEUE_TYPES = ["ID", "NAME"] as const;
/** {@link REQUEST_QUEUE_TYPES}, open. */
export type RequestQueueType = OpenEnum<(typeof REQUEST_QUEUE_TYPES)[number]>;
/** Schema of {@link RequestQueueType}. */
export const requestQueueTypeSchema: z.ZodType<RequestQueueType> = openEnum(REQUEST_QUEUE_TYPES);
