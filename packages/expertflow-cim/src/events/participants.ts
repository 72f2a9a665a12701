/** Expertflow CX CIM participant events (agents and bots joining, leaving, changing role, raising a hand). */

import type { EventSchemas } from "@contactkit/core";
import { type CimEvent, cimEventSchema } from "./cim-event";
import {
  type AgentSubscriptionData,
  agentSubscriptionDataSchema,
  type HandRaiseData,
  handRaiseDataSchema,
  type ParticipantRoleChangedData,
  participantRoleChangedDataSchema,
} from "./data";
import { type BotParticipant, botParticipantSchema } from "./objects/participant";

/** AGENT_SUBSCRIBED: an agent joined the conversation (Agent Manager). */
export interface AgentSubscribed extends CimEvent<"AGENT_SUBSCRIBED", AgentSubscriptionData> {}
/** AGENT_UNSUBSCRIBED: an agent left the conversation; `data.reason` says why. */
export interface AgentUnsubscribed extends CimEvent<"AGENT_UNSUBSCRIBED", AgentSubscriptionData> {}
/** BOT_SUBSCRIBED: a bot joined; `data` is the bot participant. */
export interface BotSubscribed extends CimEvent<"BOT_SUBSCRIBED", BotParticipant> {}
/** PARTICIPANT_ROLE_CHANGED: a participant's role changed (e.g. bot PRIMARY → ASSISTANT). */
export interface ParticipantRoleChanged extends CimEvent<"PARTICIPANT_ROLE_CHANGED", ParticipantRoleChangedData> {}
/** HAND_RAISED: an agent raised a hand. */
export interface HandRaised extends CimEvent<"HAND_RAISED", HandRaiseData> {}
/** HAND_DOWN: an agent lowered the hand. */
export interface HandDown extends CimEvent<"HAND_DOWN", HandRaiseData> {}

/** The participant events (agents and bots joining, leaving, changing role, raising a hand), keyed by `name`; `ExpertflowCimEventMap` extends it. */
export interface ParticipantEventMap {
  /** `AGENT_SUBSCRIBED`. */
  AGENT_SUBSCRIBED: AgentSubscribed;
  /** `AGENT_UNSUBSCRIBED`. */
  AGENT_UNSUBSCRIBED: AgentUnsubscribed;
  /** `BOT_SUBSCRIBED`. */
  BOT_SUBSCRIBED: BotSubscribed;
  /** `PARTICIPANT_ROLE_CHANGED`. */
  PARTICIPANT_ROLE_CHANGED: ParticipantRoleChanged;
  /** `HAND_RAISED`. */
  HAND_RAISED: HandRaised;
  /** `HAND_DOWN`. */
  HAND_DOWN: HandDown;
}

/** The schema of each of the participant events (agents and bots joining, leaving, changing role, raising a hand). */
export const participantEventSchemas = {
  AGENT_SUBSCRIBED: cimEventSchema("AGENT_SUBSCRIBED", agentSubscriptionDataSchema),
  AGENT_UNSUBSCRIBED: cimEventSchema("AGENT_UNSUBSCRIBED", agentSubscriptionDataSchema),
  BOT_SUBSCRIBED: cimEventSchema("BOT_SUBSCRIBED", botParticipantSchema),
  PARTICIPANT_ROLE_CHANGED: cimEventSchema("PARTICIPANT_ROLE_CHANGED", participantRoleChangedDataSchema),
  HAND_RAISED: cimEventSchema("HAND_RAISED", handRaiseDataSchema),
  HAND_DOWN: cimEventSchema("HAND_DOWN", handRaiseDataSchema),
} satisfies EventSchemas<ParticipantEventMap>;
