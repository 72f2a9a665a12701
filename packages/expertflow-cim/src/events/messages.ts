/** Expertflow CX CIM message, suggestion and call-leg events (their `data` is a CIM message or a bot suggestion). */

import type { EventSchemas } from "@contactkit/core";
import { type CimEvent, cimEventSchema } from "./cim-event";
import { type ActionMessage, actionMessageSchema, type BotSuggestionData, botSuggestionDataSchema } from "./data";
import { type CimMessage, cimMessageSchema } from "./objects/message";

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
/** THIRD_PARTY_ACTIVITY: e.g. a pre-chat form (`body.type` FORM_DATA, `header.intent` WIDGET_FORM_ACTIVITY). */
export interface ThirdPartyActivity extends CimEvent<"THIRD_PARTY_ACTIVITY", CimMessage> {}
/** ACTION_MESSAGE: an action for the conversation manager (no `body`). */
export interface ActionMessageEvent extends CimEvent<"ACTION_MESSAGE", ActionMessage> {}
/** BOT_SUGGESTION: suggestions for the agent. */
export interface BotSuggestion extends CimEvent<"BOT_SUGGESTION", BotSuggestionData> {}
/** CALL_LEG_ENDED: a voice call leg ended. */
export interface CallLegEnded extends CimEvent<"CALL_LEG_ENDED", CimMessage> {}
/** CALL_HOLD: the agent put the call on hold (`body.type` VOICE). */
export interface CallHold extends CimEvent<"CALL_HOLD", CimMessage> {}
/** CALL_RESUME: the agent resumed the call (`body.type` VOICE). */
export interface CallResume extends CimEvent<"CALL_RESUME", CimMessage> {}

/** The message, suggestion and call-leg events (their `data` is a CIM message or a bot suggestion), keyed by `name`; `ExpertflowCimEventMap` extends it. */
export interface MessageEventMap {
  /** `CUSTOMER_MESSAGE`. */
  CUSTOMER_MESSAGE: CustomerMessage;
  /** `AGENT_MESSAGE`. */
  AGENT_MESSAGE: AgentMessage;
  /** `BOT_MESSAGE`. */
  BOT_MESSAGE: BotMessage;
  /** `WHISPER_MESSAGE`. */
  WHISPER_MESSAGE: WhisperMessage;
  /** `MESSAGE_DELIVERY_NOTIFICATION`. */
  MESSAGE_DELIVERY_NOTIFICATION: MessageDeliveryNotification;
  /** `THIRD_PARTY_ACTIVITY`. */
  THIRD_PARTY_ACTIVITY: ThirdPartyActivity;
  /** `ACTION_MESSAGE`. */
  ACTION_MESSAGE: ActionMessageEvent;
  /** `BOT_SUGGESTION`. */
  BOT_SUGGESTION: BotSuggestion;
  /** `CALL_LEG_ENDED`. */
  CALL_LEG_ENDED: CallLegEnded;
  /** `CALL_HOLD`. */
  CALL_HOLD: CallHold;
  /** `CALL_RESUME`. */
  CALL_RESUME: CallResume;
}

/** The schema of each of the message, suggestion and call-leg events (their `data` is a CIM message or a bot suggestion). */
export const messageEventSchemas = {
  CUSTOMER_MESSAGE: cimEventSchema("CUSTOMER_MESSAGE", cimMessageSchema),
  AGENT_MESSAGE: cimEventSchema("AGENT_MESSAGE", cimMessageSchema),
  BOT_MESSAGE: cimEventSchema("BOT_MESSAGE", cimMessageSchema),
  WHISPER_MESSAGE: cimEventSchema("WHISPER_MESSAGE", cimMessageSchema),
  MESSAGE_DELIVERY_NOTIFICATION: cimEventSchema("MESSAGE_DELIVERY_NOTIFICATION", cimMessageSchema),
  THIRD_PARTY_ACTIVITY: cimEventSchema("THIRD_PARTY_ACTIVITY", cimMessageSchema),
  ACTION_MESSAGE: cimEventSchema("ACTION_MESSAGE", actionMessageSchema),
  BOT_SUGGESTION: cimEventSchema("BOT_SUGGESTION", botSuggestionDataSchema),
  CALL_LEG_ENDED: cimEventSchema("CALL_LEG_ENDED", cimMessageSchema),
  CALL_HOLD: cimEventSchema("CALL_HOLD", cimMessageSchema),
  CALL_RESUME: cimEventSchema("CALL_RESUME", cimMessageSchema),
} satisfies EventSchemas<MessageEventMap>;
