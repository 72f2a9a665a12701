/** Expertflow CX CIM known events whose `data` is not documented (named and routable, `data` kept as `unknown`). */
import type { EventSchemas } from "@contactkit/core";
import { cimEventSchema, type UntypedCimEvent } from "./cim-event";
import { openValue } from "./objects/common";

/** The known events whose `data` is not documented (named and routable, `data` kept as `unknown`), keyed by `name`; `ExpertflowCimEventMap` extends it. */
export interface UntypedEventMap {
  /** `AGENT_OUTBOUND` (data not documented: `unknown`). */
  AGENT_OUTBOUND: UntypedCimEvent<"AGENT_OUTBOUND">;
  /** `EWT_MESSAGE` (data not documented: `unknown`). */
  EWT_MESSAGE: UntypedCimEvent<"EWT_MESSAGE">;
  /** `AGENT_RESERVED_TIMEOUT` (data not documented: `unknown`). */
  AGENT_RESERVED_TIMEOUT: UntypedCimEvent<"AGENT_RESERVED_TIMEOUT">;
  /** `AGENT_ACCEPT_TIMEOUT` (data not documented: `unknown`). */
  AGENT_ACCEPT_TIMEOUT: UntypedCimEvent<"AGENT_ACCEPT_TIMEOUT">;
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
  /** `ASSOCIATED_CUSTOMER_CHANGED` (data not documented: `unknown`). */
  ASSOCIATED_CUSTOMER_CHANGED: UntypedCimEvent<"ASSOCIATED_CUSTOMER_CHANGED">;
  /** `CISCO_VOICE_EVENT` (data not documented: `unknown`). */
  CISCO_VOICE_EVENT: UntypedCimEvent<"CISCO_VOICE_EVENT">;
  /** `WRAPUP_APPLIED` (data not documented: `unknown`). */
  WRAPUP_APPLIED: UntypedCimEvent<"WRAPUP_APPLIED">;
  /** `CALL_LEG_STARTED` (data not documented: `unknown`). */
  CALL_LEG_STARTED: UntypedCimEvent<"CALL_LEG_STARTED">;
  /** `VOICE_ACTIVITY` (data not documented: `unknown`). */
  VOICE_ACTIVITY: UntypedCimEvent<"VOICE_ACTIVITY">;
  /** `TYPING_INDICATOR` (data not documented: `unknown`). */
  TYPING_INDICATOR: UntypedCimEvent<"TYPING_INDICATOR">;
  /** `CANCEL_RESOURCE_REQUESTED` (data not documented: `unknown`). */
  CANCEL_RESOURCE_REQUESTED: UntypedCimEvent<"CANCEL_RESOURCE_REQUESTED">;
  /** `IVR_AGGREGATED_ACTIVITY` (data not documented: `unknown`). */
  IVR_AGGREGATED_ACTIVITY: UntypedCimEvent<"IVR_AGGREGATED_ACTIVITY">;
  /** `CUSTOMER_LEFT` (data not documented: `unknown`). */
  CUSTOMER_LEFT: UntypedCimEvent<"CUSTOMER_LEFT">;
  /** `ADVISOR_SUBSCRIBED` (data not documented: `unknown`). */
  ADVISOR_SUBSCRIBED: UntypedCimEvent<"ADVISOR_SUBSCRIBED">;
  /** `AGENT_SLA_STARTED` (data not documented: `unknown`). */
  AGENT_SLA_STARTED: UntypedCimEvent<"AGENT_SLA_STARTED">;
  /** `AGENT_SLA_STOPPED` (data not documented: `unknown`). */
  AGENT_SLA_STOPPED: UntypedCimEvent<"AGENT_SLA_STOPPED">;
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
  /** `AGENT_SLA` (data not documented: `unknown`). */
  AGENT_SLA: UntypedCimEvent<"AGENT_SLA">;
  /** `CUSTOMER_SLA_STARTED` (data not documented: `unknown`). */
  CUSTOMER_SLA_STARTED: UntypedCimEvent<"CUSTOMER_SLA_STARTED">;
  /** `CUSTOMER_SLA_STOPPED` (data not documented: `unknown`). */
  CUSTOMER_SLA_STOPPED: UntypedCimEvent<"CUSTOMER_SLA_STOPPED">;
  /** `CUSTOMER_SLA` (data not documented: `unknown`). */
  CUSTOMER_SLA: UntypedCimEvent<"CUSTOMER_SLA">;
  /** `HOLD_TIMER` (data not documented: `unknown`). */
  HOLD_TIMER: UntypedCimEvent<"HOLD_TIMER">;
  /** `NO_RESPONSE_ENTITY` (data not documented: `unknown`). */
  NO_RESPONSE_ENTITY: UntypedCimEvent<"NO_RESPONSE_ENTITY">;
  /** `VOICE_CALL_RECORDING` (data not documented: `unknown`). */
  VOICE_CALL_RECORDING: UntypedCimEvent<"VOICE_CALL_RECORDING">;
}

/** The schema of each of the known events whose `data` is not documented (named and routable, `data` kept as `unknown`). */
export const untypedEventSchemas = {
  AGENT_OUTBOUND: cimEventSchema("AGENT_OUTBOUND", openValue),
  EWT_MESSAGE: cimEventSchema("EWT_MESSAGE", openValue),
  AGENT_RESERVED_TIMEOUT: cimEventSchema("AGENT_RESERVED_TIMEOUT", openValue),
  AGENT_ACCEPT_TIMEOUT: cimEventSchema("AGENT_ACCEPT_TIMEOUT", openValue),
  BOT_UNSUBSCRIBED: cimEventSchema("BOT_UNSUBSCRIBED", openValue),
  RESPONSE_SLA_BREACHED: cimEventSchema("RESPONSE_SLA_BREACHED", openValue),
  BOT_TIMEOUT: cimEventSchema("BOT_TIMEOUT", openValue),
  BOT_NOT_AVAILABLE: cimEventSchema("BOT_NOT_AVAILABLE", openValue),
  CUSTOMER_ACTIVITY_TIMEOUT: cimEventSchema("CUSTOMER_ACTIVITY_TIMEOUT", openValue),
  ASSOCIATED_CUSTOMER_CHANGED: cimEventSchema("ASSOCIATED_CUSTOMER_CHANGED", openValue),
  CISCO_VOICE_EVENT: cimEventSchema("CISCO_VOICE_EVENT", openValue),
  WRAPUP_APPLIED: cimEventSchema("WRAPUP_APPLIED", openValue),
  CALL_LEG_STARTED: cimEventSchema("CALL_LEG_STARTED", openValue),
  VOICE_ACTIVITY: cimEventSchema("VOICE_ACTIVITY", openValue),
  TYPING_INDICATOR: cimEventSchema("TYPING_INDICATOR", openValue),
  CANCEL_RESOURCE_REQUESTED: cimEventSchema("CANCEL_RESOURCE_REQUESTED", openValue),
  IVR_AGGREGATED_ACTIVITY: cimEventSchema("IVR_AGGREGATED_ACTIVITY", openValue),
  CUSTOMER_LEFT: cimEventSchema("CUSTOMER_LEFT", openValue),
  ADVISOR_SUBSCRIBED: cimEventSchema("ADVISOR_SUBSCRIBED", openValue),
  AGENT_SLA_STARTED: cimEventSchema("AGENT_SLA_STARTED", openValue),
  AGENT_SLA_STOPPED: cimEventSchema("AGENT_SLA_STOPPED", openValue),
  REMOVE_ALL_AGENTS: cimEventSchema("REMOVE_ALL_AGENTS", openValue),
  RESET_AGENT_SLA: cimEventSchema("RESET_AGENT_SLA", openValue),
  ROOM_CREATED: cimEventSchema("ROOM_CREATED", openValue),
  ROOM_MEMBER_STATUS_CHANGED: cimEventSchema("ROOM_MEMBER_STATUS_CHANGED", openValue),
  CONVERSATION_PAUSED: cimEventSchema("CONVERSATION_PAUSED", openValue),
  CONVERSATION_RESUMED: cimEventSchema("CONVERSATION_RESUMED", openValue),
  EXTERNAL_GADGET_REQUESTED: cimEventSchema("EXTERNAL_GADGET_REQUESTED", openValue),
  AGENT_SLA: cimEventSchema("AGENT_SLA", openValue),
  CUSTOMER_SLA_STARTED: cimEventSchema("CUSTOMER_SLA_STARTED", openValue),
  CUSTOMER_SLA_STOPPED: cimEventSchema("CUSTOMER_SLA_STOPPED", openValue),
  CUSTOMER_SLA: cimEventSchema("CUSTOMER_SLA", openValue),
  HOLD_TIMER: cimEventSchema("HOLD_TIMER", openValue),
  NO_RESPONSE_ENTITY: cimEventSchema("NO_RESPONSE_ENTITY", openValue),
  VOICE_CALL_RECORDING: cimEventSchema("VOICE_CALL_RECORDING", openValue),
} satisfies EventSchemas<UntypedEventMap>;
