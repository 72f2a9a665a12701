/** Expertflow CX CIM conversation events (SLA expiry, topic state, conversation data). */

import type { EventSchemas } from "@contactkit/core";
import { type CimEvent, cimEventSchema } from "./cim-event";
import { type ConversationDataChangedData, conversationDataChangedDataSchema } from "./data";
import { type Conversation, conversationSchema } from "./objects/conversation";

/** AGENT_SLA_EXPIRED: the agent SLA expired; `data` is the whole conversation. */
export interface AgentSlaExpired extends CimEvent<"AGENT_SLA_EXPIRED", Conversation> {}
/** CUSTOMER_SLA_EXPIRED: the customer SLA expired; `data` is the whole conversation. */
export interface CustomerSlaExpired extends CimEvent<"CUSTOMER_SLA_EXPIRED", Conversation> {}
/** TOPIC_STATE_CHANGE_EVENT: the conversation state changed; `data` is the whole conversation. */
export interface TopicStateChangeEvent extends CimEvent<"TOPIC_STATE_CHANGE_EVENT", Conversation> {}
/** CONVERSATION_DATA_CHANGED: conversation data changed; `data` is the flat map. */
export interface ConversationDataChanged extends CimEvent<"CONVERSATION_DATA_CHANGED", ConversationDataChangedData> {}

/** The conversation events (SLA expiry, topic state, conversation data), keyed by `name`; `ExpertflowCimEventMap` extends it. */
export interface ConversationEventMap {
  /** `AGENT_SLA_EXPIRED`. */
  AGENT_SLA_EXPIRED: AgentSlaExpired;
  /** `CUSTOMER_SLA_EXPIRED`. */
  CUSTOMER_SLA_EXPIRED: CustomerSlaExpired;
  /** `TOPIC_STATE_CHANGE_EVENT`. */
  TOPIC_STATE_CHANGE_EVENT: TopicStateChangeEvent;
  /** `CONVERSATION_DATA_CHANGED`. */
  CONVERSATION_DATA_CHANGED: ConversationDataChanged;
}

/** The schema of each of the conversation events (SLA expiry, topic state, conversation data). */
export const conversationEventSchemas = {
  AGENT_SLA_EXPIRED: cimEventSchema("AGENT_SLA_EXPIRED", conversationSchema),
  CUSTOMER_SLA_EXPIRED: cimEventSchema("CUSTOMER_SLA_EXPIRED", conversationSchema),
  TOPIC_STATE_CHANGE_EVENT: cimEventSchema("TOPIC_STATE_CHANGE_EVENT", conversationSchema),
  CONVERSATION_DATA_CHANGED: cimEventSchema("CONVERSATION_DATA_CHANGED", conversationDataChangedDataSchema),
} satisfies EventSchemas<ConversationEventMap>;
