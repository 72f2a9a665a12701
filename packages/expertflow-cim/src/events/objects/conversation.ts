import { optional } from "@contactkit/core";
import * as z from "zod";
import { ConversationDataType, Direction, TopicState } from "../../vocabulary";
import { type ChannelSession, channelSessionSchema } from "./channel-session";
import {
  type CimTimestamp,
  cimTimestampSchema,
  openRecordSchema,
  openValue,
  type RoomInfo,
  roomInfoSchema,
} from "./common";
import { type Customer, customerSchema } from "./customer";
import { type ConversationParticipant, conversationParticipantSchema } from "./participant";
import { type AgentSla, agentSlaSchema, type HoldTimerDetails, holdTimerDetailsSchema } from "./timers";

// Java classes without a JSON Schema (expertflow/object-model@d77a5aa594:src/main/java/com/ef/cim/objectmodel/):
// Jackson writes every field, so a field the class has had since object-model 1.12.6 is required, a field added
// later is optional, and a field of a reference type may be `null`. Versions are the README changelog's.

/**
 * One conversation-data entry (object-model `ConversationData`, since 1.22.2). The class is
 * `@JsonInclude(NON_NULL)`, so `key` and `value` are left out rather than `null`; its type id is annotated
 * `"Type"` with a capital T, but every payload says `type`, which is what is accepted
 * (expertflow/object-model@04a0951de7:src/main/java/com/ef/cim/objectmodel/ConversationData.java). A `STRING` may
 * hold serialized JSON.
 */
export interface ConversationDataEntry {
  /** `STRING`, `INT`, `BOOLEAN`, `FORM_DATA`, `STRING_LIST`, `URL`. Required (`@NotNull`). */
  type: ConversationDataType;
  /** Entry key (e.g. `phone`, `formData`); absent when unset (a Java `String`, so `null` is accepted too). */
  key?: string | null;
  /** The value; its JSON type follows `type` (string, integer, boolean, object, array); absent when unset. */
  value?: unknown;
}
/** Schema of {@link ConversationDataEntry}. */
export const conversationDataEntrySchema: z.ZodType<ConversationDataEntry> = z.object({
  type: ConversationDataType.schema,
  key: optional(z.string().nullable()),
  value: optional(openValue),
});

/** An external gadget opened on a conversation (object-model `dto/Gadget`; every field a Java `String`). */
export interface ExternalGadget {
  /** Gadget id; may be `null`. */
  gadgetId: string | null;
  /** Agent who opened it; may be `null`. */
  agentId: string | null;
  /** Title; may be `null`. */
  title: string | null;
  /** Value; may be `null`. */
  value: string | null;
}
/** Schema of {@link ExternalGadget}. */
export const externalGadgetSchema: z.ZodType<ExternalGadget> = z.object({
  gadgetId: z.string().nullable(),
  agentId: z.string().nullable(),
  title: z.string().nullable(),
  value: z.string().nullable(),
});

/** Who raised a hand on a conversation (object-model `AgentHandRaise`). */
export interface AgentHandRaise {
  /** Whether a hand is raised (a Java `boolean`). */
  handRaised: boolean;
  /** Names of the agents with a raised hand (personal data); may be `null`. */
  agentNames: string[] | null;
}
/** Schema of {@link AgentHandRaise}. */
export const agentHandRaiseSchema: z.ZodType<AgentHandRaise> = z.object({
  handRaised: z.boolean(),
  agentNames: z.array(z.string()).nullable(),
});

/** Conversation metadata (object-model `TopicMetadata`). */
export interface ConversationMetadata {
  /** Bot of the conversation; may be `null`. */
  botId: string | null;
  /** The channel session used last; may be `null`. */
  lastUsedChannelSession: ChannelSession | null;
  /** Further keys (e.g. `agentRequestStatus`, object-model 1.14.8 to 1.17.x). */
  [key: string]: unknown;
}
/** Schema of {@link ConversationMetadata}. */
export const conversationMetadataSchema: z.ZodType<ConversationMetadata> = z
  .object({
    botId: z.string().nullable(),
    lastUsedChannelSession: channelSessionSchema.nullable(),
  })
  .catchall(openValue);

/**
 * A conversation (object-model `Conversation.java`, "topic"): the `data` of AGENT_SLA_EXPIRED, CUSTOMER_SLA_EXPIRED
 * and TOPIC_STATE_CHANGE_EVENT, and `conversation` of the raw controller body. Fields added after object-model
 * 1.12.6 are optional; every field of a reference type may be `null`.
 */
export interface Conversation {
  /** Conversation id; may be `null`. */
  id: string | null;
  /** The customer (open map, personal data); may be `null`. */
  customer: Customer | null;
  /** Current participants; may be `null`. */
  participants: ConversationParticipant[] | null;
  /** Agent participants; added in object-model 1.21.8 (README changelog), may be `null`. */
  agentParticipants?: ConversationParticipant[] | null;
  /** `CREATED`, `ACTIVE`, `INACTIVE`, `CLOSED`, …; may be `null`. */
  state: TopicState | null;
  /** `INBOUND` or `OUTBOUND` (since object-model 1.12.5); may be `null`. */
  conversationDirection: Direction | null;
  /** Duration once closed; added in object-model 1.21.8, `null` while open. */
  durationInSeconds?: number | null;
  /** The channel session that created the conversation; may be `null`. */
  channelSession: ChannelSession | null;
  /** Creation time (epoch ms); may be `null`. */
  creationTime: CimTimestamp | null;
  /** End time; `null` while open. */
  endTime: CimTimestamp | null;
  /**
   * Conversation data: a flat string map, or since object-model 1.22.2 a list of typed entries (README
   * changelog). May be `null`.
   */
  conversationData: ConversationDataEntry[] | Record<string, unknown> | null;
  /** Metadata: bot id and the last used channel session; may be `null`. */
  metadata: ConversationMetadata | null;
  /** The room; added with rooms in object-model 1.17.3, may be `null`. */
  roomInfo?: RoomInfo | null;
  /** Agent SLA timer; added in object-model 1.17.2, may be `null`. */
  agentSla?: AgentSla | null;
  /** Cached agent SLA duration (seconds, a Java `int`); added in object-model 1.17.2. */
  cachedAgentSlaDuration?: number;
  /** Hold timer; added in object-model 1.17.5.0, may be `null`. */
  holdTimerDetails?: HoldTimerDetails | null;
  /** Hand-raise state; added in object-model 1.21.1, may be `null`. */
  agentHandRaise?: AgentHandRaise | null;
  /** External gadgets; added in object-model 1.21.1, may be `null`. */
  externalGadgets?: ExternalGadget[] | null;
  /** Wrap-ups applied; added in object-model 1.21.8, may be `null`. */
  wrapUps?: unknown[] | null;
}

/** Schema of {@link Conversation}. */
export const conversationSchema: z.ZodType<Conversation> = z.object({
  id: z.string().nullable(),
  customer: customerSchema.nullable(),
  participants: z.array(conversationParticipantSchema).nullable(),
  agentParticipants: optional(z.array(conversationParticipantSchema).nullable()).meta({ since: "object-model 1.21.8" }),
  state: TopicState.schema.nullable(),
  conversationDirection: Direction.schema.nullable(),
  durationInSeconds: optional(z.number().nullable()).meta({ since: "object-model 1.21.8" }),
  channelSession: channelSessionSchema.nullable(),
  creationTime: cimTimestampSchema.nullable(),
  endTime: cimTimestampSchema.nullable(),
  conversationData: z.union([z.array(conversationDataEntrySchema), openRecordSchema]).nullable(),
  metadata: conversationMetadataSchema.nullable(),
  roomInfo: optional(roomInfoSchema.nullable()).meta({ since: "object-model 1.17.3" }),
  agentSla: optional(agentSlaSchema.nullable()).meta({ since: "object-model 1.17.2" }),
  cachedAgentSlaDuration: optional(z.number()).meta({ since: "object-model 1.17.2" }),
  holdTimerDetails: optional(holdTimerDetailsSchema.nullable()).meta({ since: "object-model 1.17.5.0" }),
  agentHandRaise: optional(agentHandRaiseSchema.nullable()).meta({ since: "object-model 1.21.1" }),
  externalGadgets: optional(z.array(externalGadgetSchema).nullable()).meta({ since: "object-model 1.21.1" }),
  wrapUps: optional(z.array(openValue).nullable()).meta({ since: "object-model 1.21.8" }),
});

/**
 * Convenience: reads `conversationData` as a key → value map, whichever of the two wire forms arrived (`{}` for
 * `null`; list entries without a key are skipped).
 */
export function conversationDataMap(conversation: Pick<Conversation, "conversationData">): Record<string, unknown> {
  const data = conversation.conversationData;
  if (data === null) return {};
  if (!Array.isArray(data)) return { ...data };
  const out: Record<string, unknown> = Object.create(null);
  for (const entry of data) if (typeof entry.key === "string") out[entry.key] = entry.value;
  return out;
}
