import { optional } from "@contactkit/core";
import * as z from "zod";
import { type DeliveryStatus, deliveryStatusSchema, type MessageIntent, messageIntentSchema } from "../vocabulary";
import { type ChannelData, type ChannelSession, channelDataSchema, channelSessionSchema } from "./channel-session";
import {
  type CimTimestamp,
  cimTimestampSchema,
  type OpenRecord,
  openRecordSchema,
  openValue,
  type Sender,
  senderSchema,
} from "./common";
import { type Customer, customerSchema } from "./customer";

/**
 * Header of a CIM message (OM `MessageHeader`). OM-SCHEMA requires nothing but the message `id`, so every field
 * except `sender` is optional; `timestamp` is declared `date-time` in OM-SCHEMA but is a number on the wire (C11).
 */
export interface MessageHeader {
  /** Who sent the message (for inbound messages the CONNECTOR, not the customer). */
  sender: Sender;
  /** Channel data of the sending session. */
  channelData?: ChannelData | null;
  /** Language info. */
  language?: unknown;
  /** When the message was sent: epoch ms, or ISO string. */
  timestamp?: CimTimestamp | null;
  /** Security info. */
  securityInfo?: unknown;
  /** Processing stamps. */
  stamps?: unknown[] | null;
  /** Message intent, open: also bot button payloads and `WIDGET_FORM_ACTIVITY` (notes §2.11). */
  intent?: MessageIntent | null;
  /** Entities extracted by a bot. */
  entities?: OpenRecord | null;
  /** Channel session id. */
  channelSessionId?: string | null;
  /** Conversation id. */
  conversationId?: string | null;
  /** The customer (personal data; `firstName`/`phoneNumber` are `null` in 2026 payloads). */
  customer?: Customer | OpenRecord | null;
  /** Id of the message this one answers (was `replyToMessageId` before OM 1.16.9). */
  originalMessageId?: string | null;
  /** Id the provider gave the message. */
  providerMessageId?: string | null;
  /** Scheduling metadata. */
  schedulingMetaData?: unknown;
  /** Room id. */
  roomId?: string | null;
  /** Additional data (2026 payloads). */
  additionalData?: unknown;
  /** Channel session: removed in OM 1.12.6, present again in 2026 THIRD_PARTY_ACTIVITY (notes C28). */
  channelSession?: ChannelSession | OpenRecord | null;
}
/** Schema of {@link MessageHeader}. */
export const messageHeaderSchema: z.ZodType<MessageHeader> = z.object({
  sender: senderSchema,
  channelData: channelDataSchema.nullable().exactOptional(),
  language: openValue.exactOptional(),
  timestamp: optional(cimTimestampSchema.nullable()),
  securityInfo: openValue.exactOptional(),
  stamps: z.array(openValue).nullable().exactOptional(),
  intent: messageIntentSchema.nullable().exactOptional(),
  entities: openRecordSchema.nullable().exactOptional(),
  channelSessionId: z.string().nullable().exactOptional(),
  conversationId: z.string().nullable().exactOptional(),
  customer: optional(z.union([customerSchema, openRecordSchema]).nullable()),
  originalMessageId: z.string().nullable().exactOptional(),
  providerMessageId: z.string().nullable().exactOptional(),
  schedulingMetaData: openValue.exactOptional(),
  roomId: z.string().nullable().exactOptional(),
  additionalData: openValue.exactOptional(),
  channelSession: optional(z.union([channelSessionSchema, openRecordSchema]).nullable()),
});

/** A text message. */
export interface PlainMessageBody {
  /** Body discriminator. */
  type: "PLAIN";
  /** The text, markdown allowed (personal data). */
  markdownText: string;
  /** Further fields. */
  [key: string]: unknown;
}
/** An action for the conversation manager (`name`, e.g. `FIND_AGENT`, `REMOVE_ALL_AGENTS`, with `data`). */
export interface ActionMessageBody {
  /** Body discriminator. */
  type: "ACTION";
  /** Action name. */
  name?: string;
  /** Action data. */
  data?: unknown;
  /** Further fields. */
  [key: string]: unknown;
}
/** A voice event (CALL_HOLD / CALL_RESUME / CALL_LEG_ENDED): call id, leg, reason and the CTI `dialog`. */
export interface VoiceMessageBody {
  /** Body discriminator. */
  type: "VOICE";
  /** Call id. */
  callId?: string | null;
  /** Call leg. */
  leg?: string | null;
  /** Reason code. */
  reasonCode?: string | null;
  /** Extra details. */
  additionalDetail?: unknown;
  /** CTI dialog object. */
  dialog?: unknown;
  /** Further fields. */
  [key: string]: unknown;
}
/** A delivery notification (MESSAGE_DELIVERY_NOTIFICATION). `reasonCode` is `"200"` live, `200` in EF-DOCS (C15). */
export interface DeliveryNotificationMessageBody {
  /** Body discriminator. */
  type: "DELIVERYNOTIFICATION";
  /** Id of the message the notification is about. */
  messageId?: string | null;
  /** `DELIVERED`, `READ`, `CONNECTED`, `FAILED`. */
  status?: DeliveryStatus | null;
  /** Reason code: a string on the wire, a number in the EF-DOCS example. */
  reasonCode?: string | number | null;
  /** Further fields. */
  [key: string]: unknown;
}
/** A system notification to participants. */
export interface NotificationMessageBody {
  /** Body discriminator. */
  type: "NOTIFICATION";
  /** Notification kind (OM `NotificationType`), open. */
  notificationType?: string | null;
  /** Further fields. */
  [key: string]: unknown;
}
/**
 * Form answers (THIRD_PARTY_ACTIVITY). OM README says `FORMDATA`, the wire says `FORM_DATA` (notes C26).
 * Sections/attributes hold the customer's answers (personal data).
 */
export interface FormDataMessageBody {
  /** Body discriminator. */
  type: "FORM_DATA";
  /** Form id. */
  formId?: string | null;
  /** Form title. */
  formTitle?: string | null;
  /** Sections with their attributes and answers. */
  sections?: unknown[] | null;
  /** Further fields (`additionalDetail`, `sentiment`, `formScore`, …). */
  [key: string]: unknown;
}
/** Any other body type (`IMAGE`, `BUTTON`, `URL`, `CUSTOM`, …), kept as received (OM `GenericMessage`). */
export interface OtherMessageBody {
  /** Body type as received. */
  type: string;
  /** Fields of that body type. */
  [key: string]: unknown;
}

/** Typed message bodies by `body.type`. */
export interface MessageBodyMap {
  /** Text. */
  PLAIN: PlainMessageBody;
  /** Conversation-manager action. */
  ACTION: ActionMessageBody;
  /** Voice event. */
  VOICE: VoiceMessageBody;
  /** Delivery notification. */
  DELIVERYNOTIFICATION: DeliveryNotificationMessageBody;
  /** Notification. */
  NOTIFICATION: NotificationMessageBody;
  /** Form answers. */
  FORM_DATA: FormDataMessageBody;
}

/** A CIM message body, discriminated on `type`; narrow it with {@link isMessageBody}. */
export type MessageBody = MessageBodyMap[keyof MessageBodyMap] | OtherMessageBody;

const open = <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape).catchall(openValue);
const optionalString = z.string().nullable().exactOptional();

const knownBodySchemas = {
  PLAIN: open({ type: z.literal("PLAIN"), markdownText: z.string() }),
  ACTION: open({ type: z.literal("ACTION"), name: z.string().exactOptional(), data: openValue.exactOptional() }),
  VOICE: open({
    type: z.literal("VOICE"),
    callId: optionalString,
    leg: optionalString,
    reasonCode: optionalString,
    additionalDetail: openValue.exactOptional(),
    dialog: openValue.exactOptional(),
  }),
  DELIVERYNOTIFICATION: open({
    type: z.literal("DELIVERYNOTIFICATION"),
    messageId: optionalString,
    status: deliveryStatusSchema.nullable().exactOptional(),
    reasonCode: optional(z.union([z.string(), z.number()]).nullable()),
  }),
  NOTIFICATION: open({ type: z.literal("NOTIFICATION"), notificationType: optionalString }),
  FORM_DATA: open({
    type: z.literal("FORM_DATA"),
    formId: optionalString,
    formTitle: optionalString,
    sections: z.array(openValue).nullable().exactOptional(),
  }),
} satisfies { [K in keyof MessageBodyMap]: z.ZodType<MessageBodyMap[K]> };

const otherBodySchema: z.ZodType<OtherMessageBody> = open({
  type: z.string().refine((type) => !Object.hasOwn(knownBodySchemas, type), {
    message: "a typed body type must match its schema",
    abort: true,
  }),
});

/**
 * Schema of {@link MessageBody}: a known `type` is validated by its schema (a malformed `PLAIN` body is an error,
 * never silently generic); any other type is kept as received.
 */
export const messageBodySchema: z.ZodType<MessageBody> = z.union([
  z.discriminatedUnion("type", [
    knownBodySchemas.PLAIN,
    knownBodySchemas.ACTION,
    knownBodySchemas.VOICE,
    knownBodySchemas.DELIVERYNOTIFICATION,
    knownBodySchemas.NOTIFICATION,
    knownBodySchemas.FORM_DATA,
  ]),
  otherBodySchema,
]);

/** Type guard narrowing a {@link MessageBody} to one of the typed body types. */
export function isMessageBody<K extends keyof MessageBodyMap>(body: MessageBody, type: K): body is MessageBodyMap[K] {
  return body.type === type;
}

/** A CIM message (OM `CimMessage`): the `data` of CUSTOMER_/AGENT_/BOT_MESSAGE and friends. */
export interface CimMessage {
  /** Message id. */
  id: string;
  /** Header: sender, timestamps, intent, conversation. */
  header: MessageHeader;
  /** Body, discriminated on `type`. */
  body: MessageBody;
}
/** Schema of {@link CimMessage}. */
export const cimMessageSchema: z.ZodType<CimMessage> = z.object({
  id: z.string(),
  header: messageHeaderSchema,
  body: messageBodySchema,
});
