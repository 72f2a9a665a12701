/** Expertflow CX CIM channel session events and the `CONVERSATION_STARTED` intent. */

import type { EventSchemas } from "@contactkit/core";
import * as z from "zod";
import { type StudioEnvelope, studioEnvelopeSchema } from "../envelope";
import { type CimEvent, cimEventSchema } from "./cim-event";
import { type RemoveChannelSessionData, removeChannelSessionDataSchema } from "./data";
import { type ChannelSession, channelSessionSchema } from "./objects/channel-session";

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
/** Schema of {@link ConversationStarted}. */
export const conversationStartedSchema: z.ZodType<ConversationStarted> = z.object({
  name: z.literal("CONVERSATION_STARTED"),
  channelSession: channelSessionSchema,
  envelope: studioEnvelopeSchema,
});
/** CHANNEL_SESSION_STARTED: a customer session started; `data` is the session. */
export interface ChannelSessionStarted extends CimEvent<"CHANNEL_SESSION_STARTED", ChannelSession> {}
/** CHANNEL_SESSION_ENDED: a customer session ended; `data` is the session. */
export interface ChannelSessionEnded extends CimEvent<"CHANNEL_SESSION_ENDED", ChannelSession> {}
/** CHANNEL_SESSION_EXPIRED: a customer session expired; `data` is the session. */
export interface ChannelSessionExpired extends CimEvent<"CHANNEL_SESSION_EXPIRED", ChannelSession> {}
/** CHANNEL_SESSION_DATA_UPDATED: a session's data changed; `data` is the session. */
export interface ChannelSessionDataUpdated extends CimEvent<"CHANNEL_SESSION_DATA_UPDATED", ChannelSession> {}
/** REMOVE_CHANNEL_SESSION: a channel session is to be removed. */
export interface RemoveChannelSession extends CimEvent<"REMOVE_CHANNEL_SESSION", RemoveChannelSessionData> {}

/** The channel session events and the `CONVERSATION_STARTED` intent, keyed by `name`; `ExpertflowCimEventMap` extends it. */
export interface ChannelSessionEventMap {
  /** `CONVERSATION_STARTED` Studio intent (no cimEvent). */
  CONVERSATION_STARTED: ConversationStarted;
  /** `CHANNEL_SESSION_STARTED`. */
  CHANNEL_SESSION_STARTED: ChannelSessionStarted;
  /** `CHANNEL_SESSION_ENDED`. */
  CHANNEL_SESSION_ENDED: ChannelSessionEnded;
  /** `CHANNEL_SESSION_EXPIRED`. */
  CHANNEL_SESSION_EXPIRED: ChannelSessionExpired;
  /** `CHANNEL_SESSION_DATA_UPDATED`. */
  CHANNEL_SESSION_DATA_UPDATED: ChannelSessionDataUpdated;
  /** `REMOVE_CHANNEL_SESSION`. */
  REMOVE_CHANNEL_SESSION: RemoveChannelSession;
}

/** The schema of each of the channel session events and the `CONVERSATION_STARTED` intent. */
export const channelSessionEventSchemas = {
  CONVERSATION_STARTED: conversationStartedSchema,
  CHANNEL_SESSION_STARTED: cimEventSchema("CHANNEL_SESSION_STARTED", channelSessionSchema),
  CHANNEL_SESSION_ENDED: cimEventSchema("CHANNEL_SESSION_ENDED", channelSessionSchema),
  CHANNEL_SESSION_EXPIRED: cimEventSchema("CHANNEL_SESSION_EXPIRED", channelSessionSchema),
  CHANNEL_SESSION_DATA_UPDATED: cimEventSchema("CHANNEL_SESSION_DATA_UPDATED", channelSessionSchema),
  REMOVE_CHANNEL_SESSION: cimEventSchema("REMOVE_CHANNEL_SESSION", removeChannelSessionDataSchema),
} satisfies EventSchemas<ChannelSessionEventMap>;
