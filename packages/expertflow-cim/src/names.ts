/**
 * The 69 `CimEventName` values of the Expertflow object model (object-model ≥ 1.22.8:
 * expertflow/object-model@a80e7456d6277b97f0f2393a0365ed833851b49a:src/main/java/com/ef/cim/objectmodel/CimEventName.java). The enum grows with every minor release, so a name outside this list is parsed as an
 * unknown event (a value carrying its raw payload), never an error.
 */
export const CIM_EVENT_NAMES = [
  "AGENT_OUTBOUND",
  "ACTION_MESSAGE",
  "CUSTOMER_MESSAGE",
  "AGENT_MESSAGE",
  "BOT_MESSAGE",
  "BOT_SUGGESTION",
  "NO_AGENT_AVAILABLE",
  "CHANNEL_SESSION_STARTED",
  "CHANNEL_SESSION_ENDED",
  "CHANNEL_SESSION_EXPIRED",
  "AGENT_RESERVED",
  "EWT_MESSAGE",
  "FIND_AGENT",
  "AGENT_RESERVED_TIMEOUT",
  "AGENT_ACCEPT_TIMEOUT",
  "AGENT_SUBSCRIBED",
  "AGENT_UNSUBSCRIBED",
  "BOT_SUBSCRIBED",
  "BOT_UNSUBSCRIBED",
  "RESPONSE_SLA_BREACHED",
  "BOT_TIMEOUT",
  "BOT_NOT_AVAILABLE",
  "CUSTOMER_ACTIVITY_TIMEOUT",
  "TOPIC_STATE_CHANGE_EVENT",
  "ASSOCIATED_CUSTOMER_CHANGED",
  "MESSAGE_DELIVERY_NOTIFICATION",
  "CISCO_VOICE_EVENT",
  "WRAPUP_APPLIED",
  "TASK_STATE_CHANGED",
  "REVOKE_RESOURCE",
  "CONVERSATION_DATA_CHANGED",
  "CALL_LEG_STARTED",
  "CALL_LEG_ENDED",
  "PARTICIPANT_ROLE_CHANGED",
  "WHISPER_MESSAGE",
  "TASK_ENQUEUED",
  "VOICE_ACTIVITY",
  "TYPING_INDICATOR",
  "ASSIGN_RESOURCE_REQUESTED",
  "CANCEL_RESOURCE_REQUESTED",
  "REMOVE_CHANNEL_SESSION",
  "THIRD_PARTY_ACTIVITY",
  "IVR_AGGREGATED_ACTIVITY",
  "CHANNEL_SESSION_DATA_UPDATED",
  "CUSTOMER_LEFT",
  "ADVISOR_SUBSCRIBED",
  "AGENT_SLA_STARTED",
  "AGENT_SLA_STOPPED",
  "AGENT_SLA_EXPIRED",
  "REMOVE_ALL_AGENTS",
  "RESET_AGENT_SLA",
  "ROOM_CREATED",
  "ROOM_MEMBER_STATUS_CHANGED",
  "CONVERSATION_PAUSED",
  "CONVERSATION_RESUMED",
  "EXTERNAL_GADGET_REQUESTED",
  "CALL_HOLD",
  "CALL_RESUME",
  "AGENT_SLA",
  "CUSTOMER_SLA_STARTED",
  "CUSTOMER_SLA_EXPIRED",
  "CUSTOMER_SLA_STOPPED",
  "CUSTOMER_SLA",
  "HOLD_TIMER",
  "NO_RESPONSE_ENTITY",
  "AGENT_MRD_INTERRUPTED",
  "HAND_RAISED",
  "HAND_DOWN",
  "VOICE_CALL_RECORDING",
] as const;

/** One of the 69 known CIM event names (`cimEvent.name`). */
export type CimEventName = (typeof CIM_EVENT_NAMES)[number];

/**
 * Conversation Studio intents that arrive **without** a `cimEvent`: `entities` holds the channel session directly
 * (the "Conversation Started" node of https://docs.expertflow.com/cx-knowledgebase/latest/init). They are not
 * `CimEventName` values.
 */
export const STUDIO_INTENTS_WITHOUT_CIM_EVENT = ["CONVERSATION_STARTED"] as const;

/** A Studio intent delivered with `entities.channelSession` and no `cimEvent`. */
export type StudioIntentWithoutCimEvent = (typeof STUDIO_INTENTS_WITHOUT_CIM_EVENT)[number];

/** The CIM event names whose `data` this package types (from the object model's DTOs and documented payloads); every other known name keeps `data: unknown`. */
export const TYPED_DATA_EVENT_NAMES = [
  "AGENT_SUBSCRIBED",
  "AGENT_UNSUBSCRIBED",
  "AGENT_MRD_INTERRUPTED",
  "TASK_ENQUEUED",
  "TASK_STATE_CHANGED",
  "CHANNEL_SESSION_STARTED",
  "CHANNEL_SESSION_ENDED",
  "CHANNEL_SESSION_EXPIRED",
  "CHANNEL_SESSION_DATA_UPDATED",
  "PARTICIPANT_ROLE_CHANGED",
  "FIND_AGENT",
  "AGENT_SLA_EXPIRED",
  "CUSTOMER_SLA_EXPIRED",
  "TOPIC_STATE_CHANGE_EVENT",
  "CUSTOMER_MESSAGE",
  "AGENT_MESSAGE",
  "BOT_MESSAGE",
  "WHISPER_MESSAGE",
  "MESSAGE_DELIVERY_NOTIFICATION",
  "CALL_LEG_ENDED",
  "THIRD_PARTY_ACTIVITY",
  "CALL_HOLD",
  "CALL_RESUME",
  "ACTION_MESSAGE",
  "BOT_SUGGESTION",
  "NO_AGENT_AVAILABLE",
  "REVOKE_RESOURCE",
  "CONVERSATION_DATA_CHANGED",
  "HAND_RAISED",
  "HAND_DOWN",
  "BOT_SUBSCRIBED",
  "AGENT_RESERVED",
  "REMOVE_CHANNEL_SESSION",
  "ASSIGN_RESOURCE_REQUESTED",
] as const satisfies readonly CimEventName[];

/** A CIM event name whose `data` is typed by this package. */
export type TypedDataEventName = (typeof TYPED_DATA_EVENT_NAMES)[number];

/** A known CIM event name whose `data` stays `unknown` (no documented shape; still named and routable). */
export type UntypedDataEventName = Exclude<CimEventName, TypedDataEventName>;
