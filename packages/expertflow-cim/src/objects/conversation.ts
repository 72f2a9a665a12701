import * as z from "zod";
import {
  type ConversationDataType,
  conversationDataTypeSchema,
  type Direction,
  directionSchema,
  type TopicState,
  topicStateSchema,
} from "../vocabulary";
import { type ChannelSession, channelSessionSchema } from "./channel-session";
import {
  type CimTimestamp,
  cimTimestampSchema,
  openRecordSchema,
  openValue,
  type RoomInfo,
  roomInfoSchema,
  type SlaTimer,
  slaTimerSchema,
} from "./common";
import { type Customer, customerSchema } from "./customer";
import { type ConversationParticipant, conversationParticipantSchema } from "./participant";

/**
 * One conversation-data entry (OM `ConversationData`, ≥ 1.22.2). The Java annotation says `"Type"` with a capital
 * T, every payload says `type` (notes C12): only `type` is accepted. A `STRING` may hold serialized JSON (S15).
 */
export interface ConversationDataEntry {
  /** `STRING`, `INT`, `BOOLEAN`, `FORM_DATA`, `STRING_LIST`, `URL`. */
  type: ConversationDataType;
  /** Entry key (e.g. `phone`, `formData`). */
  key: string;
  /** The value; its JSON type follows `type` (string, integer, boolean, object, array). */
  value: unknown;
}
/** Schema of {@link ConversationDataEntry}. */
export const conversationDataEntrySchema: z.ZodType<ConversationDataEntry> = z.object({
  type: conversationDataTypeSchema,
  key: z.string(),
  value: openValue,
});

/** An external gadget opened on a conversation. */
export interface ExternalGadget {
  /** Gadget id. */
  gadgetId: string;
  /** Agent who opened it. */
  agentId: string;
  /** Title. */
  title: string;
  /** Value. */
  value: unknown;
}

/** Conversation metadata. */
export interface ConversationMetadata {
  /** Bot of the conversation. */
  botId?: string | null;
  /** The channel session used last. */
  lastUsedChannelSession?: ChannelSession | null;
  /** Further keys. */
  [key: string]: unknown;
}

/**
 * A conversation (OM `Conversation`, "topic"). The `data` of AGENT_SLA_EXPIRED, CUSTOMER_SLA_EXPIRED and
 * TOPIC_STATE_CHANGE_EVENT, and `conversation` of the raw controller body.
 */
export interface Conversation {
  /** Conversation id. */
  id: string;
  /** The customer (open map, personal data). */
  customer: Customer;
  /** Current participants. */
  participants: ConversationParticipant[];
  /** Agent participants (empty in seed 003). */
  agentParticipants: ConversationParticipant[];
  /** `CREATED`, `ACTIVE`, `INACTIVE`, `CLOSED`, … */
  state: TopicState;
  /** `INBOUND` or `OUTBOUND`. */
  conversationDirection: Direction;
  /** Duration once closed; `null` while open. */
  durationInSeconds: number | null;
  /** The channel session that created the conversation. */
  channelSession: ChannelSession | null;
  /** Creation time (epoch ms). */
  creationTime: CimTimestamp;
  /** End time; `null` while open. */
  endTime: CimTimestamp | null;
  /** Conversation data: a list of typed entries (≥ 1.22.2) or, in older releases, a flat string map (notes C12). */
  conversationData: ConversationDataEntry[] | Record<string, unknown>;
  /** Metadata: bot id and the last used channel session. */
  metadata: ConversationMetadata;
  /** The room. */
  roomInfo: RoomInfo;
  /** Agent SLA timer. */
  agentSla: SlaTimer;
  /** Cached agent SLA duration (seconds). */
  cachedAgentSlaDuration: number;
  /** Hold timer. */
  holdTimerDetails: SlaTimer;
  /** Hand-raise state. */
  agentHandRaise: { handRaised: boolean; agentNames: string[] };
  /** External gadgets. */
  externalGadgets: ExternalGadget[];
  /** Wrap-ups applied. */
  wrapUps: unknown[];
}

/** Schema of {@link Conversation}. */
export const conversationSchema: z.ZodType<Conversation> = z.object({
  id: z.string(),
  customer: customerSchema,
  participants: z.array(conversationParticipantSchema),
  agentParticipants: z.array(conversationParticipantSchema),
  state: topicStateSchema,
  conversationDirection: directionSchema,
  durationInSeconds: z.number().nullable(),
  channelSession: channelSessionSchema.nullable(),
  creationTime: cimTimestampSchema,
  endTime: cimTimestampSchema.nullable(),
  conversationData: z.union([z.array(conversationDataEntrySchema), openRecordSchema]),
  metadata: z
    .object({
      botId: z.string().nullable().exactOptional(),
      lastUsedChannelSession: channelSessionSchema.nullable().exactOptional(),
    })
    .catchall(openValue),
  roomInfo: roomInfoSchema,
  agentSla: slaTimerSchema,
  cachedAgentSlaDuration: z.number(),
  holdTimerDetails: slaTimerSchema,
  agentHandRaise: z.object({ handRaised: z.boolean(), agentNames: z.array(z.string()) }),
  externalGadgets: z.array(
    z.object({ gadgetId: z.string(), agentId: z.string(), title: z.string(), value: openValue }),
  ),
  wrapUps: z.array(openValue),
});

/** Convenience: reads `conversationData` as a key → value map, whichever of the two wire forms arrived. */
export function conversationDataMap(conversation: Pick<Conversation, "conversationData">): Record<string, unknown> {
  const data = conversation.conversationData;
  if (!Array.isArray(data)) return { ...data };
  const out: Record<string, unknown> = Object.create(null);
  for (const entry of data) out[entry.key] = entry.value;
  return out;
}
