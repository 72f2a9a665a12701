import { optional } from "@contactkit/core";
import * as z from "zod";
import { DeliveryStatus, MessageIntent } from "../../vocabulary";
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
 * Header of a CIM message (object-model `MessageHeader`). The vendor's JSON Schema requires none of its fields
 * (expertflow/object-model@7e7b298d54:schemas/v1/message-header.json): each may be absent or `null`. `timestamp` is
 * declared `date-time` there but is a number on the wire.
 */
export interface MessageHeader {
  /** Who sent the message (for inbound messages the CONNECTOR, not the customer); may be absent or `null`. */
  sender?: Sender | null;
  /** Channel data of the sending session; may be absent or `null`. */
  channelData?: ChannelData | null;
  /** Language info; may be absent. */
  language?: unknown;
  /** When the message was sent: epoch ms, or ISO string; may be absent or `null`. */
  timestamp?: CimTimestamp | null;
  /** Security info; may be absent. */
  securityInfo?: unknown;
  /** Processing stamps; may be absent or `null`. */
  stamps?: unknown[] | null;
  /** Message intent, open: also bot button payloads and `WIDGET_FORM_ACTIVITY`; may be absent or `null`. */
  intent?: MessageIntent | null;
  /** Entities extracted by a bot; may be absent or `null`. */
  entities?: OpenRecord | null;
  /** Channel session id (since object-model 1.12.6); may be absent or `null`. */
  channelSessionId?: string | null;
  /** Conversation id (since object-model 1.12.6); may be absent or `null`. */
  conversationId?: string | null;
  /** The customer (personal data; `firstName`/`phoneNumber` may be `null`); may be absent or `null`. */
  customer?: Customer | null;
  /** Id of the message this one answers, as object-model 1.16.8 and earlier name it. */
  replyToMessageId?: string | null;
  /** Id of the message this one answers; `replyToMessageId` until object-model 1.16.9 renamed it. */
  originalMessageId?: string | null;
  /** Id the provider gave the message; may be absent or `null`. */
  providerMessageId?: string | null;
  /** Scheduling metadata; added in object-model 1.15.8. */
  schedulingMetaData?: OpenRecord | null;
  /** Room id; added in object-model 1.16.9.8. */
  roomId?: string | null;
  /** Additional data; added in object-model 1.21.6. */
  additionalData?: OpenRecord | null;
  /**
   * Channel session: removed from the model in 1.12.6 (README changelog), yet sent again in the message headers
   * docs.expertflow.com shows (https://docs.expertflow.com/cx-knowledgebase/latest/efcx-crm-integration-details).
   */
  channelSession?: ChannelSession | OpenRecord | null;
}
/** Schema of {@link MessageHeader}. */
export const messageHeaderSchema: z.ZodType<MessageHeader> = z.object({
  sender: optional(senderSchema.nullable()),
  channelData: optional(channelDataSchema.nullable()),
  language: optional(openValue),
  timestamp: optional(cimTimestampSchema.nullable()),
  securityInfo: optional(openValue),
  stamps: optional(z.array(openValue).nullable()),
  intent: optional(MessageIntent.schema.nullable()),
  entities: optional(openRecordSchema.nullable()),
  channelSessionId: optional(z.string().nullable()),
  conversationId: optional(z.string().nullable()),
  customer: optional(customerSchema.nullable()),
  replyToMessageId: optional(z.string().nullable()),
  originalMessageId: optional(z.string().nullable()).meta({ since: "object-model 1.16.9" }),
  providerMessageId: optional(z.string().nullable()),
  schedulingMetaData: optional(openRecordSchema.nullable()).meta({ since: "object-model 1.15.8" }),
  roomId: optional(z.string().nullable()).meta({ since: "object-model 1.16.9.8" }),
  additionalData: optional(openRecordSchema.nullable()).meta({ since: "object-model 1.21.6" }),
  channelSession: optional(z.union([channelSessionSchema, openRecordSchema]).nullable()),
});

// Message bodies: `type` is required by every body schema (expertflow/object-model@7e7b298d54:schemas/v1/
// message-body-base.json and the `*-message-body.json` files); `markdownText` and the fields of each body type are
// not, unless named below, so they may be absent or `null`.

/** A text message (`plain-message-body.json`). */
export interface PlainMessageBody {
  /** Body discriminator. */
  type: "PLAIN";
  /** The text, markdown allowed (personal data); may be absent or `null`. */
  markdownText?: string | null;
  /** Further fields. */
  [key: string]: unknown;
}
/** An action for the conversation manager (`action-message-body.json`: `name`, e.g. `FIND_AGENT`, with `data`). */
export interface ActionMessageBody {
  /** Body discriminator. */
  type: "ACTION";
  /** Text, rarely set. */
  markdownText?: string | null;
  /** Action name; may be absent or `null`. */
  name?: string | null;
  /** Action data; may be absent or `null`. */
  data?: unknown;
  /** Further fields. */
  [key: string]: unknown;
}
/**
 * A voice event (CALL_HOLD / CALL_RESUME / CALL_LEG_ENDED; `voice-message-body.json`): call id, leg, reason and the
 * CTI `dialog`. `callId` and `additionalDetail` came with object-model 1.15.5 (README changelog).
 */
export interface VoiceMessageBody {
  /** Body discriminator. */
  type: "VOICE";
  /** Text, rarely set. */
  markdownText?: string | null;
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
/**
 * A delivery notification (MESSAGE_DELIVERY_NOTIFICATION; `delivery-notification-message-body.json`). `reasonCode`
 * was an `int` until object-model 1.16.7 made it a `String` (README changelog): `"200"` or `200`.
 */
export interface DeliveryNotificationMessageBody {
  /** Body discriminator. */
  type: "DELIVERYNOTIFICATION";
  /** Text, rarely set. */
  markdownText?: string | null;
  /** Id of the message the notification is about. */
  messageId?: string | null;
  /** `DELIVERED`, `READ`, `CONNECTED`, `FAILED`. */
  status?: DeliveryStatus | null;
  /** Reason code: a string since object-model 1.16.7, a number before. */
  reasonCode?: string | number | null;
  /** Further fields. */
  [key: string]: unknown;
}
/** A system notification to participants (`notification-message-body.json`). */
export interface NotificationMessageBody {
  /** Body discriminator. */
  type: "NOTIFICATION";
  /** Text, rarely set. */
  markdownText?: string | null;
  /** Notification kind (`NotificationType`), open. */
  notificationType?: string | null;
  /** Notification data (since object-model 1.13.5). */
  notificationData?: OpenRecord | null;
  /** Further fields. */
  [key: string]: unknown;
}
/**
 * Form answers (THIRD_PARTY_ACTIVITY; since object-model 1.21.3, whose README says `FORMDATA` while the wire says
 * `FORM_DATA`). `form-data-message-body.json` requires `formId` and `formTitle`. Sections hold the customer's
 * answers (personal data).
 */
export interface FormDataMessageBody {
  /** Body discriminator. */
  type: "FORM_DATA";
  /** Text, rarely set. */
  markdownText?: string | null;
  /** Form id. Required. */
  formId: string;
  /** Form title. Required. */
  formTitle: string;
  /** Sections with their attributes and answers; may be absent or `null`. */
  sections?: unknown[] | null;
  /** Further fields (`additionalDetail`, `sentiment`, `formScore`, …). */
  [key: string]: unknown;
}
/** Any other body type (`IMAGE`, `BUTTON`, `URL`, `CUSTOM`, …), kept as received (object-model `GenericMessage`). */
export interface OtherMessageBody {
  /** Body type as received. */
  type: string;
  /** Text, when the body type has any; may be absent or `null` (`message-body-base.json`). */
  markdownText?: string | null;
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
const optionalString = optional(z.string().nullable());
const markdownText = optionalString;

const knownBodySchemas = {
  PLAIN: open({ type: z.literal("PLAIN"), markdownText }),
  ACTION: open({ type: z.literal("ACTION"), markdownText, name: optionalString, data: optional(openValue) }),
  VOICE: open({
    type: z.literal("VOICE"),
    markdownText,
    callId: optionalString.meta({ since: "object-model 1.15.5" }),
    leg: optionalString,
    reasonCode: optionalString,
    additionalDetail: optional(openValue).meta({ since: "object-model 1.15.5" }),
    dialog: optional(openValue),
  }),
  DELIVERYNOTIFICATION: open({
    type: z.literal("DELIVERYNOTIFICATION"),
    markdownText,
    messageId: optionalString,
    status: optional(DeliveryStatus.schema.nullable()),
    reasonCode: optional(z.union([z.string(), z.number()]).nullable()),
  }),
  NOTIFICATION: open({
    type: z.literal("NOTIFICATION"),
    markdownText,
    notificationType: optionalString,
    notificationData: optional(openRecordSchema.nullable()).meta({ since: "object-model 1.13.5" }),
  }),
  FORM_DATA: open({
    type: z.literal("FORM_DATA"),
    markdownText,
    formId: z.string(),
    formTitle: z.string(),
    sections: optional(z.array(openValue).nullable()),
  }),
} satisfies { [K in keyof MessageBodyMap]: z.ZodType<MessageBodyMap[K]> };

const otherBodySchema: z.ZodType<OtherMessageBody> = open({
  type: z.string().refine((type) => !Object.hasOwn(knownBodySchemas, type), {
    message: "a typed body type must match its schema",
    abort: true,
  }),
  markdownText,
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

/**
 * A CIM message (object-model `CimMessage`): the `data` of CUSTOMER_/AGENT_/BOT_MESSAGE and friends. Only `id` is
 * required: expertflow/object-model@7e7b298d54:schemas/v1/cim-message.json.
 */
export interface CimMessage {
  /** Message id. Required. */
  id: string;
  /** Header: sender, timestamps, intent, conversation; may be absent or `null`. */
  header?: MessageHeader | null;
  /** Body, discriminated on `type`; may be absent or `null`. */
  body?: MessageBody | null;
}
/** Schema of {@link CimMessage}. */
export const cimMessageSchema: z.ZodType<CimMessage> = z.object({
  id: z.string(),
  header: optional(messageHeaderSchema.nullable()),
  body: optional(messageBodySchema.nullable()),
});
