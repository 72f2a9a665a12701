import type {
  ActionMessageEvent,
  AgentMessage,
  AgentMrdInterrupted,
  AgentReserved,
  AgentSlaExpired,
  AgentSubscribed,
  AgentUnsubscribed,
  AssignResourceRequested,
  BotMessage,
  BotSubscribed,
  BotSuggestion,
  CallHold,
  CallLegEnded,
  CallResume,
  ChannelSessionDataUpdated,
  ChannelSessionEnded,
  ChannelSessionExpired,
  ChannelSessionStarted,
  ConversationDataChanged,
  ConversationStarted,
  CustomerMessage,
  CustomerSlaExpired,
  FindAgent,
  HandDown,
  HandRaised,
  MessageDeliveryNotification,
  NoAgentAvailable,
  ParticipantRoleChanged,
  RemoveChannelSession,
  RevokeResource,
  TaskEnqueued,
  TaskStateChanged,
  ThirdPartyActivity,
  TopicStateChangeEvent,
  UntypedCimEvent,
  WhisperMessage,
} from "./events";

/**
 * Every event this package knows, keyed by `name`: the 69 `CimEventName` values and the Studio intents that arrive
 * without a `cimEvent`. Per-event lookups (`ExpertflowCimEventMap["TASK_ENQUEUED"]`) go through this interface.
 */
export interface ExpertflowCimEventMap {
  /** `AGENT_OUTBOUND` (data not documented: `unknown`). */
  AGENT_OUTBOUND: UntypedCimEvent<"AGENT_OUTBOUND">;
  /** `ACTION_MESSAGE`. */
  ACTION_MESSAGE: ActionMessageEvent;
  /** `CUSTOMER_MESSAGE`. */
  CUSTOMER_MESSAGE: CustomerMessage;
  /** `AGENT_MESSAGE`. */
  AGENT_MESSAGE: AgentMessage;
  /** `BOT_MESSAGE`. */
  BOT_MESSAGE: BotMessage;
  /** `BOT_SUGGESTION`. */
  BOT_SUGGESTION: BotSuggestion;
  /** `NO_AGENT_AVAILABLE`. */
  NO_AGENT_AVAILABLE: NoAgentAvailable;
  /** `CHANNEL_SESSION_STARTED`. */
  CHANNEL_SESSION_STARTED: ChannelSessionStarted;
  /** `CHANNEL_SESSION_ENDED`. */
  CHANNEL_SESSION_ENDED: ChannelSessionEnded;
  /** `CHANNEL_SESSION_EXPIRED`. */
  CHANNEL_SESSION_EXPIRED: ChannelSessionExpired;
  /** `AGENT_RESERVED`. */
  AGENT_RESERVED: AgentReserved;
  /** `EWT_MESSAGE` (data not documented: `unknown`). */
  EWT_MESSAGE: UntypedCimEvent<"EWT_MESSAGE">;
  /** `FIND_AGENT`. */
  FIND_AGENT: FindAgent;
  /** `AGENT_RESERVED_TIMEOUT` (data not documented: `unknown`). */
  AGENT_RESERVED_TIMEOUT: UntypedCimEvent<"AGENT_RESERVED_TIMEOUT">;
  /** `AGENT_ACCEPT_TIMEOUT` (data not documented: `unknown`). */
  AGENT_ACCEPT_TIMEOUT: UntypedCimEvent<"AGENT_ACCEPT_TIMEOUT">;
  /** `AGENT_SUBSCRIBED`. */
  AGENT_SUBSCRIBED: AgentSubscribed;
  /** `AGENT_UNSUBSCRIBED`. */
  AGENT_UNSUBSCRIBED: AgentUnsubscribed;
  /** `BOT_SUBSCRIBED`. */
  BOT_SUBSCRIBED: BotSubscribed;
  /** `BOT_UNSUBSCRIBED` (data not documented: `unknown`). */
  BOT_UNSUBSCRIBED: UntypedCimEvent<"BOT_UNSUBSCRIBED">;
  /** `RESPONSE_SLA_BREACHED` (data not documented: `unknown`). */
  RESPONSE_SLA_BREACHED: UntypedCimEvent<"RESPONSE_SLA_BREACHED">;
  /** `BOT_TIMEOUT` (data not documented: `unknown`). */
  BOT_TIMEOUT: UntypedCimEvent<"BOT_TIMEOUT">;
  /** `BOT_NOT_AVAILABLE` (data not documented: `unknown`). */
  BOT_NOT_AVAILABLE: UntypedCimEvent<"BOT_NOT_AVAILABLE">;
  /** `CUSTOMER_ACTIVITY_TIMEOUT` (data not documented: `unknown`). */
  CUSTOMER_ACTIVITY_TIMEOUT: UntypedCimEvent<"CUSTOMER_ACTIVITY_TIMEOUT">;
  /** `TOPIC_STATE_CHANGE_EVENT`. */
  TOPIC_STATE_CHANGE_EVENT: TopicStateChangeEvent;
  /** `ASSOCIATED_CUSTOMER_CHANGED` (data not documented: `unknown`). */
  ASSOCIATED_CUSTOMER_CHANGED: UntypedCimEvent<"ASSOCIATED_CUSTOMER_CHANGED">;
  /** `MESSAGE_DELIVERY_NOTIFICATION`. */
  MESSAGE_DELIVERY_NOTIFICATION: MessageDeliveryNotification;
  /** `CISCO_VOICE_EVENT` (data not documented: `unknown`). */
  CISCO_VOICE_EVENT: UntypedCimEvent<"CISCO_VOICE_EVENT">;
  /** `WRAPUP_APPLIED` (data not documented: `unknown`). */
  WRAPUP_APPLIED: UntypedCimEvent<"WRAPUP_APPLIED">;
  /** `TASK_STATE_CHANGED`. */
  TASK_STATE_CHANGED: TaskStateChanged;
  /** `REVOKE_RESOURCE`. */
  REVOKE_RESOURCE: RevokeResource;
  /** `CONVERSATION_DATA_CHANGED`. */
  CONVERSATION_DATA_CHANGED: ConversationDataChanged;
  /** `CALL_LEG_STARTED` (data not documented: `unknown`). */
  CALL_LEG_STARTED: UntypedCimEvent<"CALL_LEG_STARTED">;
  /** `CALL_LEG_ENDED`. */
  CALL_LEG_ENDED: CallLegEnded;
  /** `PARTICIPANT_ROLE_CHANGED`. */
  PARTICIPANT_ROLE_CHANGED: ParticipantRoleChanged;
  /** `WHISPER_MESSAGE`. */
  WHISPER_MESSAGE: WhisperMessage;
  /** `TASK_ENQUEUED`. */
  TASK_ENQUEUED: TaskEnqueued;
  /** `VOICE_ACTIVITY` (data not documented: `unknown`). */
  VOICE_ACTIVITY: UntypedCimEvent<"VOICE_ACTIVITY">;
  /** `TYPING_INDICATOR` (data not documented: `unknown`). */
  TYPING_INDICATOR: UntypedCimEvent<"TYPING_INDICATOR">;
  /** `ASSIGN_RESOURCE_REQUESTED`. */
  ASSIGN_RESOURCE_REQUESTED: AssignResourceRequested;
  /** `CANCEL_RESOURCE_REQUESTED` (data not documented: `unknown`). */
  CANCEL_RESOURCE_REQUESTED: UntypedCimEvent<"CANCEL_RESOURCE_REQUESTED">;
  /** `REMOVE_CHANNEL_SESSION`. */
  REMOVE_CHANNEL_SESSION: RemoveChannelSession;
  /** `THIRD_PARTY_ACTIVITY`. */
  THIRD_PARTY_ACTIVITY: ThirdPartyActivity;
  /** `IVR_AGGREGATED_ACTIVITY` (data not documented: `unknown`). */
  IVR_AGGREGATED_ACTIVITY: UntypedCimEvent<"IVR_AGGREGATED_ACTIVITY">;
  /** `CHANNEL_SESSION_DATA_UPDATED`. */
  CHANNEL_SESSION_DATA_UPDATED: ChannelSessionDataUpdated;
  /** `CUSTOMER_LEFT` (data not documented: `unknown`). */
  CUSTOMER_LEFT: UntypedCimEvent<"CUSTOMER_LEFT">;
  /** `ADVISOR_SUBSCRIBED` (data not documented: `unknown`). */
  ADVISOR_SUBSCRIBED: UntypedCimEvent<"ADVISOR_SUBSCRIBED">;
  /** `AGENT_SLA_STARTED` (data not documented: `unknown`). */
  AGENT_SLA_STARTED: UntypedCimEvent<"AGENT_SLA_STARTED">;
  /** `AGENT_SLA_STOPPED` (data not documented: `unknown`). */
  AGENT_SLA_STOPPED: UntypedCimEvent<"AGENT_SLA_STOPPED">;
  /** `AGENT_SLA_EXPIRED`. */
  AGENT_SLA_EXPIRED: AgentSlaExpired;
  /** `REMOVE_ALL_AGENTS` (data not documented: `unknown`). */
  REMOVE_ALL_AGENTS: UntypedCimEvent<"REMOVE_ALL_AGENTS">;
  /** `RESET_AGENT_SLA` (data not documented: `unknown`). */
  RESET_AGENT_SLA: UntypedCimEvent<"RESET_AGENT_SLA">;
  /** `ROOM_CREATED` (data not documented: `unknown`). */
  ROOM_CREATED: UntypedCimEvent<"ROOM_CREATED">;
  /** `ROOM_MEMBER_STATUS_CHANGED` (data not documented: `unknown`). */
  ROOM_MEMBER_STATUS_CHANGED: UntypedCimEvent<"ROOM_MEMBER_STATUS_CHANGED">;
  /** `CONVERSATION_PAUSED` (data not documented: `unknown`). */
  CONVERSATION_PAUSED: UntypedCimEvent<"CONVERSATION_PAUSED">;
  /** `CONVERSATION_RESUMED` (data not documented: `unknown`). */
  CONVERSATION_RESUMED: UntypedCimEvent<"CONVERSATION_RESUMED">;
  /** `EXTERNAL_GADGET_REQUESTED` (data not documented: `unknown`). */
  EXTERNAL_GADGET_REQUESTED: UntypedCimEvent<"EXTERNAL_GADGET_REQUESTED">;
  /** `CALL_HOLD`. */
  CALL_HOLD: CallHold;
  /** `CALL_RESUME`. */
  CALL_RESUME: CallResume;
  /** `AGENT_SLA` (data not documented: `unknown`). */
  AGENT_SLA: UntypedCimEvent<"AGENT_SLA">;
  /** `CUSTOMER_SLA_STARTED` (data not documented: `unknown`). */
  CUSTOMER_SLA_STARTED: UntypedCimEvent<"CUSTOMER_SLA_STARTED">;
  /** `CUSTOMER_SLA_EXPIRED`. */
  CUSTOMER_SLA_EXPIRED: CustomerSlaExpired;
  /** `CUSTOMER_SLA_STOPPED` (data not documented: `unknown`). */
  CUSTOMER_SLA_STOPPED: UntypedCimEvent<"CUSTOMER_SLA_STOPPED">;
  /** `CUSTOMER_SLA` (data not documented: `unknown`). */
  CUSTOMER_SLA: UntypedCimEvent<"CUSTOMER_SLA">;
  /** `HOLD_TIMER` (data not documented: `unknown`). */
  HOLD_TIMER: UntypedCimEvent<"HOLD_TIMER">;
  /** `NO_RESPONSE_ENTITY` (data not documented: `unknown`). */
  NO_RESPONSE_ENTITY: UntypedCimEvent<"NO_RESPONSE_ENTITY">;
  /** `AGENT_MRD_INTERRUPTED`. */
  AGENT_MRD_INTERRUPTED: AgentMrdInterrupted;
  /** `HAND_RAISED`. */
  HAND_RAISED: HandRaised;
  /** `HAND_DOWN`. */
  HAND_DOWN: HandDown;
  /** `VOICE_CALL_RECORDING` (data not documented: `unknown`). */
  VOICE_CALL_RECORDING: UntypedCimEvent<"VOICE_CALL_RECORDING">;
  /** `CONVERSATION_STARTED` Studio intent (no cimEvent). */
  CONVERSATION_STARTED: ConversationStarted;
}

/** Any known event of this package: a union over {@link ExpertflowCimEventMap}, discriminated on `name`. */
export type ExpertflowCimEvent = ExpertflowCimEventMap[keyof ExpertflowCimEventMap];
