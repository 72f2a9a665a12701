import * as z from "zod";
import {
  type ChannelSessionReasonCode,
  type ChannelSessionStateName,
  channelSessionReasonCodeSchema,
  channelSessionStateNameSchema,
  type Direction,
  directionSchema,
  type ValueType,
  valueTypeSchema,
} from "../vocabulary";
import { type Channel, channelSchema } from "./channel";
import { openValue, type RoomInfo, roomInfoSchema } from "./common";
import { type Customer, customerSchema } from "./customer";

/**
 * One additional channel attribute (OM `Attribute`). For web chats `key`/`type` are `WebChannelData` and `value`
 * holds browser info, locale and the pre-chat `formData` (personal data; see `redact()`).
 */
export interface ChannelAttribute {
  /** Attribute key, e.g. `WebChannelData`. */
  key: string;
  /** Value type (OM-SCHEMA `ValueType`), open. */
  type: ValueType;
  /** The value, shape depending on `type`. */
  value: unknown;
}
/** Schema of {@link ChannelAttribute}. */
export const channelAttributeSchema: z.ZodType<ChannelAttribute> = z.object({
  key: z.string(),
  type: valueTypeSchema,
  value: openValue,
});

/** What the channel said about the customer (OM `ChannelData`). */
export interface ChannelData {
  /** The customer's identifier on the channel: a phone number, widget id, … (personal data). */
  channelCustomerIdentifier: string;
  /** The channel's service identifier. */
  serviceIdentifier: string;
  /** Request priority (0 in seed 003). */
  requestPriority: number;
  /** First name from the channel; `null` in every seed example (OM-SCHEMA says string, notes C19). */
  customerFirstName: string | null;
  /** Last name from the channel; `null` in every seed example. */
  customerLastName: string | null;
  /** Additional attributes (empty for voice). */
  additionalAttributes: ChannelAttribute[];
  /** Channel type code, only in OM 1.6.0–1.10.1 era payloads. */
  channelTypeCode?: string | null;
}
/** Schema of {@link ChannelData}. */
export const channelDataSchema: z.ZodType<ChannelData> = z.object({
  channelCustomerIdentifier: z.string(),
  serviceIdentifier: z.string(),
  requestPriority: z.number(),
  customerFirstName: z.string().nullable(),
  customerLastName: z.string().nullable(),
  additionalAttributes: z.array(channelAttributeSchema),
  channelTypeCode: z.string().nullable().exactOptional(),
});

/** Channel session state (OM `ChannelSessionState`). */
export interface ChannelSessionState {
  /** `STARTED`, `ENDED` or `CLOSED`. */
  name: ChannelSessionStateName;
  /** Why the state was entered: `CUSTOMER`, `INACTIVITY`, `NETWORK`, `AGENT`, `FORCE_CLOSED`; may be `null`. */
  reasonCode: ChannelSessionReasonCode | null;
}
/** Schema of {@link ChannelSessionState}. */
export const channelSessionStateSchema: z.ZodType<ChannelSessionState> = z.object({
  name: channelSessionStateNameSchema,
  reasonCode: channelSessionReasonCodeSchema.nullable(),
});

/**
 * A customer's session on one channel (OM `ChannelSession`, a `Participant` with `participantType:
 * "ChannelSession"`). Present on most events as `cimEvent.channelSession`, and as `data` of the
 * CHANNEL_SESSION_* events.
 */
export interface ChannelSession {
  /** Participant discriminator. */
  participantType: "ChannelSession";
  /** Session id: a 24-hex ObjectId for web, a non-ObjectId ending in `..` for voice (seed 003 S17). */
  id: string;
  /** The channel. */
  channel: Channel;
  /** The customer (open map, personal data). */
  customer: Customer;
  /** Suggested customer matches (empty in seed 003). */
  customerSuggestions: unknown[];
  /** What the channel said about the customer. */
  channelData: ChannelData;
  /** Latest bot intent; `null` in every seed example (OM-SCHEMA says string, notes C19). */
  latestIntent: string | null;
  /** Customer presence; `{ value: null }` in seed 003. */
  customerPresence: { value: unknown };
  /** Whether the session is active (Jackson also emits `active`, notes §2.8). */
  isActive: boolean;
  /** Duplicate of `isActive` produced by Jackson. */
  active: boolean;
  /** The conversation the session belongs to (older payloads say `topicId`). */
  conversationId: string;
  /** Older name of `conversationId` (EF-DOCS onCimEvent). */
  topicId?: string | null;
  /** The room. */
  roomInfo: RoomInfo;
  /** Session state; older payloads send a bare string such as `"STARTED"` (notes §2.8). */
  state: ChannelSessionState | ChannelSessionStateName;
  /** `INBOUND` or `OUTBOUND`. */
  channelSessionDirection: Direction;
}
/** Schema of {@link ChannelSession}. */
export const channelSessionSchema: z.ZodType<ChannelSession> = z.object({
  participantType: z.literal("ChannelSession"),
  id: z.string(),
  channel: channelSchema,
  customer: customerSchema,
  customerSuggestions: z.array(openValue),
  channelData: channelDataSchema,
  latestIntent: z.string().nullable(),
  customerPresence: z.object({ value: openValue }),
  isActive: z.boolean(),
  active: z.boolean(),
  conversationId: z.string(),
  topicId: z.string().nullable().exactOptional(),
  roomInfo: roomInfoSchema,
  state: z.union([channelSessionStateSchema, channelSessionStateNameSchema]),
  channelSessionDirection: directionSchema,
});
