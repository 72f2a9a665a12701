/**
 * Names of the vocabulary before every package followed one rule (`defineOpenEnum`: one PascalCase constant per
 * enumeration, with `.values` and `.schema`, and a type of the same name). Kept so existing code compiles; they go in 1.0.
 */
import type * as z from "zod";
import {
  AgentMrdState,
  AgentSelectionPolicy,
  BotType,
  ChannelMode,
  ChannelSessionReasonCode,
  ChannelSessionStateName,
  ChannelTypeName,
  CimEventType,
  ConversationDataType,
  DeliveryStatus,
  Direction,
  MessageIntent,
  ParticipantRole,
  ParticipantState,
  ParticipantType,
  RequestQueueType,
  RoleChangeReason,
  RoomMode,
  RoutingMode,
  SenderType,
  TaskDirection,
  TaskMediaState,
  TaskMode,
  TaskStateName,
  TaskStateReasonCode,
  TopicState,
  UnsubscribeReason,
  ValueType,
} from "./vocabulary";

/** @deprecated Use `CimEventType.values` (the same values). */
export const CIM_EVENT_TYPES: typeof CimEventType.values = CimEventType.values;
/** @deprecated Use `CimEventType.schema`. */
export const cimEventTypeSchema: z.ZodType<CimEventType> = CimEventType.schema;

/** @deprecated Use `SenderType.values` (the same values). */
export const SENDER_TYPES: typeof SenderType.values = SenderType.values;
/** @deprecated Use `SenderType.schema`. */
export const senderTypeSchema: z.ZodType<SenderType> = SenderType.schema;

/** @deprecated Use `RoomMode.values` (the same values). */
export const ROOM_MODES: typeof RoomMode.values = RoomMode.values;
/** @deprecated Use `RoomMode.schema`. */
export const roomModeSchema: z.ZodType<RoomMode> = RoomMode.schema;

/** @deprecated Use `ChannelTypeName.values` (the same values). */
export const CHANNEL_TYPE_NAMES: typeof ChannelTypeName.values = ChannelTypeName.values;
/** @deprecated Use `ChannelTypeName.schema`. */
export const channelTypeNameSchema: z.ZodType<ChannelTypeName> = ChannelTypeName.schema;

/** @deprecated Use `ChannelMode.values` (the same values). */
export const CHANNEL_MODES: typeof ChannelMode.values = ChannelMode.values;
/** @deprecated Use `ChannelMode.schema`. */
export const channelModeSchema: z.ZodType<ChannelMode> = ChannelMode.schema;

/** @deprecated Use `RoutingMode.values` (the same values). */
export const ROUTING_MODES: typeof RoutingMode.values = RoutingMode.values;
/** @deprecated Use `RoutingMode.schema`. */
export const routingModeSchema: z.ZodType<RoutingMode> = RoutingMode.schema;

/** @deprecated Use `AgentSelectionPolicy.values` (the same values). */
export const AGENT_SELECTION_POLICIES: typeof AgentSelectionPolicy.values = AgentSelectionPolicy.values;
/** @deprecated Use `AgentSelectionPolicy.schema`. */
export const agentSelectionPolicySchema: z.ZodType<AgentSelectionPolicy> = AgentSelectionPolicy.schema;

/** @deprecated Use `ChannelSessionStateName.values` (the same values). */
export const CHANNEL_SESSION_STATES: typeof ChannelSessionStateName.values = ChannelSessionStateName.values;
/** @deprecated Use `ChannelSessionStateName.schema`. */
export const channelSessionStateNameSchema: z.ZodType<ChannelSessionStateName> = ChannelSessionStateName.schema;

/** @deprecated Use `ChannelSessionReasonCode.values` (the same values). */
export const CHANNEL_SESSION_REASON_CODES: typeof ChannelSessionReasonCode.values = ChannelSessionReasonCode.values;
/** @deprecated Use `ChannelSessionReasonCode.schema`. */
export const channelSessionReasonCodeSchema: z.ZodType<ChannelSessionReasonCode> = ChannelSessionReasonCode.schema;

/** @deprecated Use `Direction.values` (the same values). */
export const DIRECTIONS: typeof Direction.values = Direction.values;
/** @deprecated Use `Direction.schema`. */
export const directionSchema: z.ZodType<Direction> = Direction.schema;

/** @deprecated Use `ValueType.values` (the same values). */
export const VALUE_TYPES: typeof ValueType.values = ValueType.values;
/** @deprecated Use `ValueType.schema`. */
export const valueTypeSchema: z.ZodType<ValueType> = ValueType.schema;

/** @deprecated Use `ParticipantType.values` (the same values). */
export const PARTICIPANT_TYPES: typeof ParticipantType.values = ParticipantType.values;
/** @deprecated Use `ParticipantType.schema`. */
export const participantTypeSchema: z.ZodType<ParticipantType> = ParticipantType.schema;

/** @deprecated Use `ParticipantRole.values` (the same values). */
export const PARTICIPANT_ROLES: typeof ParticipantRole.values = ParticipantRole.values;
/** @deprecated Use `ParticipantRole.schema`. */
export const participantRoleSchema: z.ZodType<ParticipantRole> = ParticipantRole.schema;

/** @deprecated Use `ParticipantState.values` (the same values). */
export const PARTICIPANT_STATES: typeof ParticipantState.values = ParticipantState.values;
/** @deprecated Use `ParticipantState.schema`. */
export const participantStateSchema: z.ZodType<ParticipantState> = ParticipantState.schema;

/** @deprecated Use `BotType.values` (the same values). */
export const BOT_TYPES: typeof BotType.values = BotType.values;
/** @deprecated Use `BotType.schema`. */
export const botTypeSchema: z.ZodType<BotType> = BotType.schema;

/** @deprecated Use `TopicState.values` (the same values). */
export const TOPIC_STATES: typeof TopicState.values = TopicState.values;
/** @deprecated Use `TopicState.schema`. */
export const topicStateSchema: z.ZodType<TopicState> = TopicState.schema;

/** @deprecated Use `TaskStateName.values` (the same values). */
export const TASK_STATE_NAMES: typeof TaskStateName.values = TaskStateName.values;
/** @deprecated Use `TaskStateName.schema`. */
export const taskStateNameSchema: z.ZodType<TaskStateName> = TaskStateName.schema;

/** @deprecated Use `TaskStateReasonCode.values` (the same values). */
export const TASK_STATE_REASON_CODES: typeof TaskStateReasonCode.values = TaskStateReasonCode.values;
/** @deprecated Use `TaskStateReasonCode.schema`. */
export const taskStateReasonCodeSchema: z.ZodType<TaskStateReasonCode> = TaskStateReasonCode.schema;

/** @deprecated Use `TaskMediaState.values` (the same values). */
export const TASK_MEDIA_STATES: typeof TaskMediaState.values = TaskMediaState.values;
/** @deprecated Use `TaskMediaState.schema`. */
export const taskMediaStateSchema: z.ZodType<TaskMediaState> = TaskMediaState.schema;

/** @deprecated Use `TaskDirection.values` (the same values). */
export const TASK_DIRECTIONS: typeof TaskDirection.values = TaskDirection.values;
/** @deprecated Use `TaskDirection.schema`. */
export const taskDirectionSchema: z.ZodType<TaskDirection> = TaskDirection.schema;

/** @deprecated Use `TaskMode.values` (the same values). */
export const TASK_MODES: typeof TaskMode.values = TaskMode.values;
/** @deprecated Use `TaskMode.schema`. */
export const taskModeSchema: z.ZodType<TaskMode> = TaskMode.schema;

/** @deprecated Use `AgentMrdState.values` (the same values). */
export const AGENT_MRD_STATES: typeof AgentMrdState.values = AgentMrdState.values;
/** @deprecated Use `AgentMrdState.schema`. */
export const agentMrdStateSchema: z.ZodType<AgentMrdState> = AgentMrdState.schema;

/** @deprecated Use `UnsubscribeReason.values` (the same values). */
export const UNSUBSCRIBE_REASONS: typeof UnsubscribeReason.values = UnsubscribeReason.values;
/** @deprecated Use `UnsubscribeReason.schema`. */
export const unsubscribeReasonSchema: z.ZodType<UnsubscribeReason> = UnsubscribeReason.schema;

/** @deprecated Use `RoleChangeReason.values` (the same values). */
export const ROLE_CHANGE_REASONS: typeof RoleChangeReason.values = RoleChangeReason.values;
/** @deprecated Use `RoleChangeReason.schema`. */
export const roleChangeReasonSchema: z.ZodType<RoleChangeReason> = RoleChangeReason.schema;

/** @deprecated Use `ConversationDataType.values` (the same values). */
export const CONVERSATION_DATA_TYPES: typeof ConversationDataType.values = ConversationDataType.values;
/** @deprecated Use `ConversationDataType.schema`. */
export const conversationDataTypeSchema: z.ZodType<ConversationDataType> = ConversationDataType.schema;

/** @deprecated Use `MessageIntent.values` (the same values). */
export const MESSAGE_INTENTS: typeof MessageIntent.values = MessageIntent.values;
/** @deprecated Use `MessageIntent.schema`. */
export const messageIntentSchema: z.ZodType<MessageIntent> = MessageIntent.schema;

/** @deprecated Use `DeliveryStatus.values` (the same values). */
export const DELIVERY_STATUSES: typeof DeliveryStatus.values = DeliveryStatus.values;
/** @deprecated Use `DeliveryStatus.schema`. */
export const deliveryStatusSchema: z.ZodType<DeliveryStatus> = DeliveryStatus.schema;

/** @deprecated Use `RequestQueueType.values` (the same values). */
export const REQUEST_QUEUE_TYPES: typeof RequestQueueType.values = RequestQueueType.values;
/** @deprecated Use `RequestQueueType.schema`. */
export const requestQueueTypeSchema: z.ZodType<RequestQueueType> = RequestQueueType.schema;
