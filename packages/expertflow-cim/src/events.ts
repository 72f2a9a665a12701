import { optional } from "@contactkit/core";
import * as z from "zod";
import type {
  ActionMessage,
  AgentReservedData,
  AgentSubscriptionData,
  AssignResourceRequestData,
  BotSuggestionData,
  ConversationDataChangedData,
  FindAgentData,
  HandRaiseData,
  MrdInterruptedData,
  NoAgentAvailableData,
  ParticipantRoleChangedData,
  RemoveChannelSessionData,
  RevokeResourceData,
  TaskEnqueuedData,
  TaskStateChangedData,
} from "./data";
import { type StudioEnvelope, studioEnvelopeSchema } from "./envelope";
import type { UntypedDataEventName } from "./names";
import { type ChannelSession, channelSessionSchema } from "./objects/channel-session";
import {
  type CimTimestamp,
  cimTimestampSchema,
  openValue,
  type RoomInfo,
  roomInfoSchema,
  type Sender,
  senderSchema,
} from "./objects/common";
import type { Conversation } from "./objects/conversation";
import type { CimMessage } from "./objects/message";
import type { BotParticipant } from "./objects/participant";
import { type CimEventType, cimEventTypeSchema } from "./vocabulary";

/**
 * A CIM event (object-model `CimEvent`) as a Studio node receives it in `payload.entities.cimEvent`, plus the
 * envelope it came in. Discriminated on `name`, never on `type`. `CimEvent` is a Java class without a JSON Schema
 * (expertflow/object-model@d77a5aa594:src/main/java/com/ef/cim/objectmodel/CimEvent.java): Jackson writes every
 * field, so the fields it has had since object-model 1.12.6 are required, and each may be `null` (reference types),
 * `name` excepted: an event without a name has no type.
 */
export interface CimEvent<N extends string = string, D = unknown> {
  /** Event id: a 24-hex ObjectId, or a UUID for Agent Manager events; may be `null`. */
  id: string | null;
  /** Event name (`CimEventName`): the discriminator. */
  name: N;
  /** `NOTIFICATION`, `MESSAGE`, `SUGGESTION`, `ACTIVITY`, `CALL`: a hint only, docs and wire disagree. May be `null`. */
  type: CimEventType | null;
  /** Epoch milliseconds (live events) or ISO-8601 with offset (persisted `topicEvents`); may be `null`. */
  timestamp: CimTimestamp | null;
  /** Conversation the event belongs to; may be `null`. */
  conversationId: string | null;
  /** Who emitted the event (added to the model in 1.12.6); may be `null`. */
  eventEmitter: Sender | null;
  /**
   * The customer's channel session; absent on AGENT_SUBSCRIBED/UNSUBSCRIBED on the Init node page
   * (https://docs.expertflow.com/cx-knowledgebase/latest/init), may be `null`.
   */
  channelSession?: ChannelSession | null;
  /** Event payload; its shape depends on `name`. May be `null` (a Java `Object`). */
  data: D | null;
  /** The room; added in object-model 1.17.3 (README changelog), may be `null`. */
  roomInfo?: RoomInfo | null;
  /** The Studio envelope (Node-RED `msg` or controller body); absent when a bare `cimEvent` was parsed. */
  envelope?: StudioEnvelope;
}

const cimEventShape = {
  id: z.string().nullable(),
  type: cimEventTypeSchema.nullable(),
  timestamp: cimTimestampSchema.nullable(),
  conversationId: z.string().nullable(),
  eventEmitter: senderSchema.nullable(),
  channelSession: optional(channelSessionSchema.nullable()),
  roomInfo: optional(roomInfoSchema.nullable()).meta({ since: "object-model 1.17.3" }),
  envelope: optional(studioEnvelopeSchema),
};

// Checks the shared shape against the interface once, non-generically.
const _cimEventSchemaCheck: z.ZodType<CimEvent> = z.object({ ...cimEventShape, name: z.string(), data: openValue });
void _cimEventSchemaCheck;

/** Builds the schema of one CIM event from its name and the schema of its `data`. */
export function cimEventSchema<const N extends string, D>(name: N, data: z.ZodType<D>): z.ZodType<CimEvent<N, D>> {
  return z.object({ ...cimEventShape, name: z.literal(name), data: data.nullable() }) as unknown as z.ZodType<
    CimEvent<N, D>
  >;
}

/** AGENT_SUBSCRIBED: an agent joined the conversation (Agent Manager). */
export interface AgentSubscribed extends CimEvent<"AGENT_SUBSCRIBED", AgentSubscriptionData> {}
/** AGENT_UNSUBSCRIBED: an agent left the conversation; `data.reason` says why. */
export interface AgentUnsubscribed extends CimEvent<"AGENT_UNSUBSCRIBED", AgentSubscriptionData> {}
/** AGENT_MRD_INTERRUPTED: a request on another MRD interrupted the agent's MRD (Routing Engine). */
export interface AgentMrdInterrupted extends CimEvent<"AGENT_MRD_INTERRUPTED", MrdInterruptedData> {}
/** TASK_ENQUEUED: a task entered a queue (Routing Engine). */
export interface TaskEnqueued extends CimEvent<"TASK_ENQUEUED", TaskEnqueuedData> {}
/** TASK_STATE_CHANGED: a task's (or its media's) state changed (Routing Engine). */
export interface TaskStateChanged extends CimEvent<"TASK_STATE_CHANGED", TaskStateChangedData> {}
/** CHANNEL_SESSION_STARTED: a customer session started; `data` is the session. */
export interface ChannelSessionStarted extends CimEvent<"CHANNEL_SESSION_STARTED", ChannelSession> {}
/** CHANNEL_SESSION_ENDED: a customer session ended; `data` is the session. */
export interface ChannelSessionEnded extends CimEvent<"CHANNEL_SESSION_ENDED", ChannelSession> {}
/** CHANNEL_SESSION_EXPIRED: a customer session expired; `data` is the session. */
export interface ChannelSessionExpired extends CimEvent<"CHANNEL_SESSION_EXPIRED", ChannelSession> {}
/** CHANNEL_SESSION_DATA_UPDATED: a session's data changed; `data` is the session. */
export interface ChannelSessionDataUpdated extends CimEvent<"CHANNEL_SESSION_DATA_UPDATED", ChannelSession> {}
/** PARTICIPANT_ROLE_CHANGED: a participant's role changed (e.g. bot PRIMARY → ASSISTANT). */
export interface ParticipantRoleChanged extends CimEvent<"PARTICIPANT_ROLE_CHANGED", ParticipantRoleChangedData> {}
/** FIND_AGENT: the bot asks for an agent (the Init node page shows it in the raw controller body). */
export interface FindAgent extends CimEvent<"FIND_AGENT", FindAgentData> {}
/** AGENT_SLA_EXPIRED: the agent SLA expired; `data` is the whole conversation. */
export interface AgentSlaExpired extends CimEvent<"AGENT_SLA_EXPIRED", Conversation> {}
/** CUSTOMER_SLA_EXPIRED: the customer SLA expired; `data` is the whole conversation. */
export interface CustomerSlaExpired extends CimEvent<"CUSTOMER_SLA_EXPIRED", Conversation> {}
/** TOPIC_STATE_CHANGE_EVENT: the conversation state changed; `data` is the whole conversation. */
export interface TopicStateChangeEvent extends CimEvent<"TOPIC_STATE_CHANGE_EVENT", Conversation> {}
/** CUSTOMER_MESSAGE: a customer message (`data.header.sender` is the CONNECTOR). */
export interface CustomerMessage extends CimEvent<"CUSTOMER_MESSAGE", CimMessage> {}
/** AGENT_MESSAGE: an agent message. */
export interface AgentMessage extends CimEvent<"AGENT_MESSAGE", CimMessage> {}
/** BOT_MESSAGE: a bot message. */
export interface BotMessage extends CimEvent<"BOT_MESSAGE", CimMessage> {}
/** WHISPER_MESSAGE: a message only agents see. */
export interface WhisperMessage extends CimEvent<"WHISPER_MESSAGE", CimMessage> {}
/** MESSAGE_DELIVERY_NOTIFICATION: delivery/read status of a message (`body.type` DELIVERYNOTIFICATION). */
export interface MessageDeliveryNotification extends CimEvent<"MESSAGE_DELIVERY_NOTIFICATION", CimMessage> {}
/** CALL_LEG_ENDED: a voice call leg ended. */
export interface CallLegEnded extends CimEvent<"CALL_LEG_ENDED", CimMessage> {}
/** THIRD_PARTY_ACTIVITY: e.g. a pre-chat form (`body.type` FORM_DATA, `header.intent` WIDGET_FORM_ACTIVITY). */
export interface ThirdPartyActivity extends CimEvent<"THIRD_PARTY_ACTIVITY", CimMessage> {}
/** CALL_HOLD: the agent put the call on hold (`body.type` VOICE). */
export interface CallHold extends CimEvent<"CALL_HOLD", CimMessage> {}
/** CALL_RESUME: the agent resumed the call (`body.type` VOICE). */
export interface CallResume extends CimEvent<"CALL_RESUME", CimMessage> {}
/** ACTION_MESSAGE: an action for the conversation manager (no `body`). */
export interface ActionMessageEvent extends CimEvent<"ACTION_MESSAGE", ActionMessage> {}
/** BOT_SUGGESTION: suggestions for the agent. */
export interface BotSuggestion extends CimEvent<"BOT_SUGGESTION", BotSuggestionData> {}
/** NO_AGENT_AVAILABLE: routing found no agent. */
export interface NoAgentAvailable extends CimEvent<"NO_AGENT_AVAILABLE", NoAgentAvailableData> {}
/** REVOKE_RESOURCE: a reserved resource was revoked (two documented `data` shapes). */
export interface RevokeResource extends CimEvent<"REVOKE_RESOURCE", RevokeResourceData> {}
/** CONVERSATION_DATA_CHANGED: conversation data changed; `data` is the flat map. */
export interface ConversationDataChanged extends CimEvent<"CONVERSATION_DATA_CHANGED", ConversationDataChangedData> {}
/** HAND_RAISED: an agent raised a hand. */
export interface HandRaised extends CimEvent<"HAND_RAISED", HandRaiseData> {}
/** HAND_DOWN: an agent lowered the hand. */
export interface HandDown extends CimEvent<"HAND_DOWN", HandRaiseData> {}
/** BOT_SUBSCRIBED: a bot joined; `data` is the bot participant. */
export interface BotSubscribed extends CimEvent<"BOT_SUBSCRIBED", BotParticipant> {}
/** AGENT_RESERVED: an agent was reserved for a task (two documented `data` shapes). */
export interface AgentReserved extends CimEvent<"AGENT_RESERVED", AgentReservedData> {}
/** REMOVE_CHANNEL_SESSION: a channel session is to be removed. */
export interface RemoveChannelSession extends CimEvent<"REMOVE_CHANNEL_SESSION", RemoveChannelSessionData> {}
/** ASSIGN_RESOURCE_REQUESTED: a resource (agent) assignment was requested. */
export interface AssignResourceRequested extends CimEvent<"ASSIGN_RESOURCE_REQUESTED", AssignResourceRequestData> {}

/**
 * CONVERSATION_STARTED: a Studio **intent**, not a CIM event. It carries `entities.channelSession` and no
 * `cimEvent` (https://docs.expertflow.com/cx-knowledgebase/latest/init); `name` is read from `payload.intent`.
 */
export interface ConversationStarted {
  /** The intent (`payload.intent`). */
  name: "CONVERSATION_STARTED";
  /** The channel session that started the conversation (`entities.channelSession`). */
  channelSession: ChannelSession;
  /** The Studio envelope; always present (the intent only arrives through one). */
  envelope: StudioEnvelope;
}

/** A known CIM event whose `data` is not documented: named and routable, `data` kept as `unknown`. */
export interface UntypedCimEvent<N extends UntypedDataEventName = UntypedDataEventName> extends CimEvent<N, unknown> {}
