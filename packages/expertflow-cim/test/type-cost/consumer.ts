/**
 * Type-cost consumer: an exhaustive `switch` over all 70 events, an `on()` handler and an exhaustive `match` arm for
 * each, as a Studio service would write them. `type-cost.test.ts` measures tsc instantiations minus `baseline.ts`.
 */
import { createRouter } from "@contactkit/core";
import { type ExpertflowCimEvent, expertflowCim } from "@contactkit/expertflow-cim";

export function conversationOf(event: ExpertflowCimEvent): string | null | undefined {
  switch (event.name) {
    case "AGENT_OUTBOUND":
      return event.conversationId;
    case "ACTION_MESSAGE":
      return event.conversationId;
    case "CUSTOMER_MESSAGE":
      return event.conversationId;
    case "AGENT_MESSAGE":
      return event.conversationId;
    case "BOT_MESSAGE":
      return event.conversationId;
    case "BOT_SUGGESTION":
      return event.conversationId;
    case "NO_AGENT_AVAILABLE":
      return event.conversationId;
    case "CHANNEL_SESSION_STARTED":
      return event.conversationId;
    case "CHANNEL_SESSION_ENDED":
      return event.conversationId;
    case "CHANNEL_SESSION_EXPIRED":
      return event.conversationId;
    case "AGENT_RESERVED":
      return event.conversationId;
    case "EWT_MESSAGE":
      return event.conversationId;
    case "FIND_AGENT":
      return event.conversationId;
    case "AGENT_RESERVED_TIMEOUT":
      return event.conversationId;
    case "AGENT_ACCEPT_TIMEOUT":
      return event.conversationId;
    case "AGENT_SUBSCRIBED":
      return event.conversationId;
    case "AGENT_UNSUBSCRIBED":
      return event.conversationId;
    case "BOT_SUBSCRIBED":
      return event.conversationId;
    case "BOT_UNSUBSCRIBED":
      return event.conversationId;
    case "RESPONSE_SLA_BREACHED":
      return event.conversationId;
    case "BOT_TIMEOUT":
      return event.conversationId;
    case "BOT_NOT_AVAILABLE":
      return event.conversationId;
    case "CUSTOMER_ACTIVITY_TIMEOUT":
      return event.conversationId;
    case "TOPIC_STATE_CHANGE_EVENT":
      return event.conversationId;
    case "ASSOCIATED_CUSTOMER_CHANGED":
      return event.conversationId;
    case "MESSAGE_DELIVERY_NOTIFICATION":
      return event.conversationId;
    case "CISCO_VOICE_EVENT":
      return event.conversationId;
    case "WRAPUP_APPLIED":
      return event.conversationId;
    case "TASK_STATE_CHANGED":
      return event.conversationId;
    case "REVOKE_RESOURCE":
      return event.conversationId;
    case "CONVERSATION_DATA_CHANGED":
      return event.conversationId;
    case "CALL_LEG_STARTED":
      return event.conversationId;
    case "CALL_LEG_ENDED":
      return event.conversationId;
    case "PARTICIPANT_ROLE_CHANGED":
      return event.conversationId;
    case "WHISPER_MESSAGE":
      return event.conversationId;
    case "TASK_ENQUEUED":
      return event.conversationId;
    case "VOICE_ACTIVITY":
      return event.conversationId;
    case "TYPING_INDICATOR":
      return event.conversationId;
    case "ASSIGN_RESOURCE_REQUESTED":
      return event.conversationId;
    case "CANCEL_RESOURCE_REQUESTED":
      return event.conversationId;
    case "REMOVE_CHANNEL_SESSION":
      return event.conversationId;
    case "THIRD_PARTY_ACTIVITY":
      return event.conversationId;
    case "IVR_AGGREGATED_ACTIVITY":
      return event.conversationId;
    case "CHANNEL_SESSION_DATA_UPDATED":
      return event.conversationId;
    case "CUSTOMER_LEFT":
      return event.conversationId;
    case "ADVISOR_SUBSCRIBED":
      return event.conversationId;
    case "AGENT_SLA_STARTED":
      return event.conversationId;
    case "AGENT_SLA_STOPPED":
      return event.conversationId;
    case "AGENT_SLA_EXPIRED":
      return event.conversationId;
    case "REMOVE_ALL_AGENTS":
      return event.conversationId;
    case "RESET_AGENT_SLA":
      return event.conversationId;
    case "ROOM_CREATED":
      return event.conversationId;
    case "ROOM_MEMBER_STATUS_CHANGED":
      return event.conversationId;
    case "CONVERSATION_PAUSED":
      return event.conversationId;
    case "CONVERSATION_RESUMED":
      return event.conversationId;
    case "EXTERNAL_GADGET_REQUESTED":
      return event.conversationId;
    case "CALL_HOLD":
      return event.conversationId;
    case "CALL_RESUME":
      return event.conversationId;
    case "AGENT_SLA":
      return event.conversationId;
    case "CUSTOMER_SLA_STARTED":
      return event.conversationId;
    case "CUSTOMER_SLA_EXPIRED":
      return event.conversationId;
    case "CUSTOMER_SLA_STOPPED":
      return event.conversationId;
    case "CUSTOMER_SLA":
      return event.conversationId;
    case "HOLD_TIMER":
      return event.conversationId;
    case "NO_RESPONSE_ENTITY":
      return event.conversationId;
    case "AGENT_MRD_INTERRUPTED":
      return event.conversationId;
    case "HAND_RAISED":
      return event.conversationId;
    case "HAND_DOWN":
      return event.conversationId;
    case "VOICE_CALL_RECORDING":
      return event.conversationId;
    case "CONVERSATION_STARTED":
      return event.channelSession.conversationId;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export const router = createRouter(expertflowCim)
  .on("AGENT_OUTBOUND", (e) => e.data)
  .on("ACTION_MESSAGE", (e) => e.data)
  .on("CUSTOMER_MESSAGE", (e) => e.data)
  .on("AGENT_MESSAGE", (e) => e.data)
  .on("BOT_MESSAGE", (e) => e.data)
  .on("BOT_SUGGESTION", (e) => e.data)
  .on("NO_AGENT_AVAILABLE", (e) => e.data)
  .on("CHANNEL_SESSION_STARTED", (e) => e.data)
  .on("CHANNEL_SESSION_ENDED", (e) => e.data)
  .on("CHANNEL_SESSION_EXPIRED", (e) => e.data)
  .on("AGENT_RESERVED", (e) => e.data)
  .on("EWT_MESSAGE", (e) => e.data)
  .on("FIND_AGENT", (e) => e.data)
  .on("AGENT_RESERVED_TIMEOUT", (e) => e.data)
  .on("AGENT_ACCEPT_TIMEOUT", (e) => e.data)
  .on("AGENT_SUBSCRIBED", (e) => e.data)
  .on("AGENT_UNSUBSCRIBED", (e) => e.data)
  .on("BOT_SUBSCRIBED", (e) => e.data)
  .on("BOT_UNSUBSCRIBED", (e) => e.data)
  .on("RESPONSE_SLA_BREACHED", (e) => e.data)
  .on("BOT_TIMEOUT", (e) => e.data)
  .on("BOT_NOT_AVAILABLE", (e) => e.data)
  .on("CUSTOMER_ACTIVITY_TIMEOUT", (e) => e.data)
  .on("TOPIC_STATE_CHANGE_EVENT", (e) => e.data)
  .on("ASSOCIATED_CUSTOMER_CHANGED", (e) => e.data)
  .on("MESSAGE_DELIVERY_NOTIFICATION", (e) => e.data)
  .on("CISCO_VOICE_EVENT", (e) => e.data)
  .on("WRAPUP_APPLIED", (e) => e.data)
  .on("TASK_STATE_CHANGED", (e) => e.data)
  .on("REVOKE_RESOURCE", (e) => e.data)
  .on("CONVERSATION_DATA_CHANGED", (e) => e.data)
  .on("CALL_LEG_STARTED", (e) => e.data)
  .on("CALL_LEG_ENDED", (e) => e.data)
  .on("PARTICIPANT_ROLE_CHANGED", (e) => e.data)
  .on("WHISPER_MESSAGE", (e) => e.data)
  .on("TASK_ENQUEUED", (e) => e.data)
  .on("VOICE_ACTIVITY", (e) => e.data)
  .on("TYPING_INDICATOR", (e) => e.data)
  .on("ASSIGN_RESOURCE_REQUESTED", (e) => e.data)
  .on("CANCEL_RESOURCE_REQUESTED", (e) => e.data)
  .on("REMOVE_CHANNEL_SESSION", (e) => e.data)
  .on("THIRD_PARTY_ACTIVITY", (e) => e.data)
  .on("IVR_AGGREGATED_ACTIVITY", (e) => e.data)
  .on("CHANNEL_SESSION_DATA_UPDATED", (e) => e.data)
  .on("CUSTOMER_LEFT", (e) => e.data)
  .on("ADVISOR_SUBSCRIBED", (e) => e.data)
  .on("AGENT_SLA_STARTED", (e) => e.data)
  .on("AGENT_SLA_STOPPED", (e) => e.data)
  .on("AGENT_SLA_EXPIRED", (e) => e.data)
  .on("REMOVE_ALL_AGENTS", (e) => e.data)
  .on("RESET_AGENT_SLA", (e) => e.data)
  .on("ROOM_CREATED", (e) => e.data)
  .on("ROOM_MEMBER_STATUS_CHANGED", (e) => e.data)
  .on("CONVERSATION_PAUSED", (e) => e.data)
  .on("CONVERSATION_RESUMED", (e) => e.data)
  .on("EXTERNAL_GADGET_REQUESTED", (e) => e.data)
  .on("CALL_HOLD", (e) => e.data)
  .on("CALL_RESUME", (e) => e.data)
  .on("AGENT_SLA", (e) => e.data)
  .on("CUSTOMER_SLA_STARTED", (e) => e.data)
  .on("CUSTOMER_SLA_EXPIRED", (e) => e.data)
  .on("CUSTOMER_SLA_STOPPED", (e) => e.data)
  .on("CUSTOMER_SLA", (e) => e.data)
  .on("HOLD_TIMER", (e) => e.data)
  .on("NO_RESPONSE_ENTITY", (e) => e.data)
  .on("AGENT_MRD_INTERRUPTED", (e) => e.data)
  .on("HAND_RAISED", (e) => e.data)
  .on("HAND_DOWN", (e) => e.data)
  .on("VOICE_CALL_RECORDING", (e) => e.data)
  .on("CONVERSATION_STARTED", (e) => e.channelSession);

const result = expertflowCim.parse("{}");
export const names = expertflowCim.match(
  result,
  {
    AGENT_OUTBOUND: (e) => e.name,
    ACTION_MESSAGE: (e) => e.name,
    CUSTOMER_MESSAGE: (e) => e.name,
    AGENT_MESSAGE: (e) => e.name,
    BOT_MESSAGE: (e) => e.name,
    BOT_SUGGESTION: (e) => e.name,
    NO_AGENT_AVAILABLE: (e) => e.name,
    CHANNEL_SESSION_STARTED: (e) => e.name,
    CHANNEL_SESSION_ENDED: (e) => e.name,
    CHANNEL_SESSION_EXPIRED: (e) => e.name,
    AGENT_RESERVED: (e) => e.name,
    EWT_MESSAGE: (e) => e.name,
    FIND_AGENT: (e) => e.name,
    AGENT_RESERVED_TIMEOUT: (e) => e.name,
    AGENT_ACCEPT_TIMEOUT: (e) => e.name,
    AGENT_SUBSCRIBED: (e) => e.name,
    AGENT_UNSUBSCRIBED: (e) => e.name,
    BOT_SUBSCRIBED: (e) => e.name,
    BOT_UNSUBSCRIBED: (e) => e.name,
    RESPONSE_SLA_BREACHED: (e) => e.name,
    BOT_TIMEOUT: (e) => e.name,
    BOT_NOT_AVAILABLE: (e) => e.name,
    CUSTOMER_ACTIVITY_TIMEOUT: (e) => e.name,
    TOPIC_STATE_CHANGE_EVENT: (e) => e.name,
    ASSOCIATED_CUSTOMER_CHANGED: (e) => e.name,
    MESSAGE_DELIVERY_NOTIFICATION: (e) => e.name,
    CISCO_VOICE_EVENT: (e) => e.name,
    WRAPUP_APPLIED: (e) => e.name,
    TASK_STATE_CHANGED: (e) => e.name,
    REVOKE_RESOURCE: (e) => e.name,
    CONVERSATION_DATA_CHANGED: (e) => e.name,
    CALL_LEG_STARTED: (e) => e.name,
    CALL_LEG_ENDED: (e) => e.name,
    PARTICIPANT_ROLE_CHANGED: (e) => e.name,
    WHISPER_MESSAGE: (e) => e.name,
    TASK_ENQUEUED: (e) => e.name,
    VOICE_ACTIVITY: (e) => e.name,
    TYPING_INDICATOR: (e) => e.name,
    ASSIGN_RESOURCE_REQUESTED: (e) => e.name,
    CANCEL_RESOURCE_REQUESTED: (e) => e.name,
    REMOVE_CHANNEL_SESSION: (e) => e.name,
    THIRD_PARTY_ACTIVITY: (e) => e.name,
    IVR_AGGREGATED_ACTIVITY: (e) => e.name,
    CHANNEL_SESSION_DATA_UPDATED: (e) => e.name,
    CUSTOMER_LEFT: (e) => e.name,
    ADVISOR_SUBSCRIBED: (e) => e.name,
    AGENT_SLA_STARTED: (e) => e.name,
    AGENT_SLA_STOPPED: (e) => e.name,
    AGENT_SLA_EXPIRED: (e) => e.name,
    REMOVE_ALL_AGENTS: (e) => e.name,
    RESET_AGENT_SLA: (e) => e.name,
    ROOM_CREATED: (e) => e.name,
    ROOM_MEMBER_STATUS_CHANGED: (e) => e.name,
    CONVERSATION_PAUSED: (e) => e.name,
    CONVERSATION_RESUMED: (e) => e.name,
    EXTERNAL_GADGET_REQUESTED: (e) => e.name,
    CALL_HOLD: (e) => e.name,
    CALL_RESUME: (e) => e.name,
    AGENT_SLA: (e) => e.name,
    CUSTOMER_SLA_STARTED: (e) => e.name,
    CUSTOMER_SLA_EXPIRED: (e) => e.name,
    CUSTOMER_SLA_STOPPED: (e) => e.name,
    CUSTOMER_SLA: (e) => e.name,
    HOLD_TIMER: (e) => e.name,
    NO_RESPONSE_ENTITY: (e) => e.name,
    AGENT_MRD_INTERRUPTED: (e) => e.name,
    HAND_RAISED: (e) => e.name,
    HAND_DOWN: (e) => e.name,
    VOICE_CALL_RECORDING: (e) => e.name,
    CONVERSATION_STARTED: (e) => e.name,
  },
  (unknown) => unknown.type,
);
export const handled = result.known ? conversationOf(result.event) : undefined;
