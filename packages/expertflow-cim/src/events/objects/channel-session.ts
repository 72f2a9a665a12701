import { optional } from "@contactkit/core";
import * as z from "zod";
import { ChannelSessionReasonCode, ChannelSessionStateName, Direction, ValueType } from "../../vocabulary";
import { type Channel, channelSchema } from "./channel";
import { openValue, type RoomInfo, roomInfoSchema, type UndefinedObject, undefinedObjectSchema } from "./common";
import { type Customer, customerSchema } from "./customer";

// Required and nullable as the vendor's JSON Schemas say (expertflow/object-model@7e7b298d54:schemas/v1/*.json):
// a field is required only where the schema requires it, and may be `null` wherever it does not.

/**
 * One additional channel attribute (object-model `Attribute`). For web chats `key`/`type` are `WebChannelData` and
 * `value` holds browser info, locale and the pre-chat `formData` (personal data; see `redact()`). No field is
 * required: expertflow/object-model@7e7b298d54:schemas/v1/attribute.json.
 */
export interface ChannelAttribute {
  /** Attribute key, e.g. `WebChannelData`; may be absent or `null`. */
  key?: string | null;
  /** Value type (`ValueType`), open; may be absent or `null`. */
  type?: ValueType | null;
  /** The value, shape depending on `type` (any JSON value, `null` included); may be absent. */
  value?: unknown;
}
/** Schema of {@link ChannelAttribute}. */
export const channelAttributeSchema: z.ZodType<ChannelAttribute> = z.object({
  key: optional(z.string().nullable()),
  type: optional(ValueType.schema.nullable()),
  value: optional(openValue),
});

/**
 * What the channel said about the customer (object-model `ChannelData`). Only `channelCustomerIdentifier` and
 * `serviceIdentifier` are required (expertflow/object-model@7e7b298d54:schemas/v1/channel-data.json); Agent Desk
 * voice messages omit the rest.
 */
export interface ChannelData {
  /** The customer's identifier on the channel: a phone number, widget id, … (personal data). Required. */
  channelCustomerIdentifier: string;
  /** The channel's service identifier. Required. */
  serviceIdentifier: string;
  /** Request priority (`0` on the wire); may be absent or `null`. */
  requestPriority?: number | null;
  /** First name from the channel; added in object-model 1.16.9.3.1 (README changelog); `null` on the wire. */
  customerFirstName?: string | null;
  /** Last name from the channel; added in object-model 1.16.9.3.1; `null` on the wire. */
  customerLastName?: string | null;
  /** Additional attributes (empty for voice); may be absent or `null`. */
  additionalAttributes?: ChannelAttribute[] | null;
  /** Channel type code, only in object-model 1.6.0–1.10.1 era payloads (README changelog). */
  channelTypeCode?: string | null;
}
/** Schema of {@link ChannelData}. */
export const channelDataSchema: z.ZodType<ChannelData> = z.object({
  channelCustomerIdentifier: z.string(),
  serviceIdentifier: z.string(),
  requestPriority: optional(z.number().nullable()),
  customerFirstName: optional(z.string().nullable()).meta({ since: "object-model 1.16.9.3.1" }),
  customerLastName: optional(z.string().nullable()).meta({ since: "object-model 1.16.9.3.1" }),
  additionalAttributes: optional(z.array(channelAttributeSchema).nullable()),
  channelTypeCode: optional(z.string().nullable()),
});

/**
 * Channel session state (object-model `ChannelSessionState`). No field is required:
 * expertflow/object-model@7e7b298d54:schemas/v1/channel-session-state.json.
 */
export interface ChannelSessionState {
  /** `STARTED`, `ENDED` or `CLOSED`; may be absent or `null`. */
  name?: ChannelSessionStateName | null;
  /** Why the state was entered: `CUSTOMER`, `INACTIVITY`, `NETWORK`, `AGENT`, `FORCE_CLOSED`; may be absent or `null`. */
  reasonCode?: ChannelSessionReasonCode | null;
}
/** Schema of {@link ChannelSessionState}. */
export const channelSessionStateSchema: z.ZodType<ChannelSessionState> = z.object({
  name: optional(ChannelSessionStateName.schema.nullable()),
  reasonCode: optional(ChannelSessionReasonCode.schema.nullable()),
});

/**
 * A customer's session on one channel (object-model `ChannelSession`, a `Participant` with `participantType:
 * "ChannelSession"`). Present on most events as `cimEvent.channelSession`, and as `data` of the CHANNEL_SESSION_*
 * events. The vendor's JSON Schema requires only `isActive`
 * (expertflow/object-model@7e7b298d54:schemas/v1/channel-session.json); `participantType` is the Jackson type id of
 * `Participant` (`@JsonTypeInfo` in `Participant.java`), always written.
 */
export interface ChannelSession {
  /** Participant discriminator (Jackson type id). Required. */
  participantType: "ChannelSession";
  /** Session id: a 24-hex ObjectId for web, a non-ObjectId ending in `..` for voice; may be absent or `null`. */
  id?: string | null;
  /** The channel; may be absent or `null`. */
  channel?: Channel | null;
  /** The customer (open map, personal data); may be absent or `null`. */
  customer?: Customer | null;
  /** Suggested customer matches (empty on the wire); may be absent or `null`. */
  customerSuggestions?: Customer[] | null;
  /** What the channel said about the customer; may be absent or `null`. */
  channelData?: ChannelData | null;
  /** Latest bot intent; `null` in every documented payload, may be absent. */
  latestIntent?: string | null;
  /** Customer presence (`{ value: null }` on the wire); may be absent or `null`. */
  customerPresence?: UndefinedObject | null;
  /** Whether the session is active. Required (`channel-session.json`). */
  isActive: boolean;
  /** Duplicate of `isActive` that Jackson writes from the `isActive()` getter; not in the JSON Schema. */
  active?: boolean;
  /** The conversation the session belongs to (older payloads say `topicId`); may be absent or `null`. */
  conversationId?: string | null;
  /** Older name of `conversationId` (Agent Desk socket examples in expertflow/expertflow-cx-documentation). */
  topicId?: string | null;
  /** The room; absent before object-model 1.17.3, which added rooms (README changelog); may be `null`. */
  roomInfo?: RoomInfo | null;
  /** Session state; older payloads send a bare string such as `"STARTED"`. May be absent or `null`. */
  state?: ChannelSessionState | ChannelSessionStateName | null;
  /** `INBOUND` or `OUTBOUND`; may be absent or `null`. */
  channelSessionDirection?: Direction | null;
}
/** Schema of {@link ChannelSession}. */
export const channelSessionSchema: z.ZodType<ChannelSession> = z.object({
  participantType: z.literal("ChannelSession"),
  id: optional(z.string().nullable()),
  channel: optional(channelSchema.nullable()),
  customer: optional(customerSchema.nullable()),
  customerSuggestions: optional(z.array(customerSchema).nullable()),
  channelData: optional(channelDataSchema.nullable()),
  latestIntent: optional(z.string().nullable()),
  customerPresence: optional(undefinedObjectSchema.nullable()),
  isActive: z.boolean(),
  active: optional(z.boolean()),
  conversationId: optional(z.string().nullable()),
  topicId: optional(z.string().nullable()),
  roomInfo: optional(roomInfoSchema.nullable()).meta({ since: "object-model 1.17.3" }),
  state: optional(z.union([channelSessionStateSchema, ChannelSessionStateName.schema]).nullable()),
  channelSessionDirection: optional(Direction.schema.nullable()),
});
