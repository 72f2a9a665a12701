/**
 * The Bot-Framework-style message mluvii takes for buttons and hero-card carousels (the "Adaptive cards" and
 * "Buttons" examples of https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events).
 * No C# model declares it; the shape is the docs' examples and what mluvii's Python samples send.
 */
import { type EventSchemas, optional } from "@contactkit/core";
import * as z from "zod";
import { AttachmentContentType, ButtonAction, HeroCardLayout } from "../vocabulary";
import { idSchema, outboundTimestamp, type SessionRequest } from "./requests-common";

/** The only attachment content type mluvii documents for chatbot messages. */
export const HERO_CARD_CONTENT_TYPE = AttachmentContentType.values[0];

/** A button that posts its value back as the guest's `Text` (the docs' Buttons example). */
export interface ImBackButton {
  /** `"imBack"`: the click arrives as a `Text` callback (open: strict mode, which the bot client uses, accepts only it). */
  type: ButtonAction;
  /** Button label. */
  title: string;
  /** Value sent back (the doc's carousel uses numbers, its buttons strings). */
  value: string | number;
}

/** An image on a hero card. */
export interface CardImage {
  /** Absolute image URL. */
  url: string;
}

/** A Bot-Framework hero card. */
export interface HeroCardContent {
  /** Card title. */
  title?: string;
  /** Card subtitle. */
  subtitle?: string;
  /** Card text. */
  text?: string;
  /** Images. */
  images?: CardImage[];
  /** Buttons. */
  buttons?: ImBackButton[];
}

/** A hero-card attachment. */
export interface HeroCardAttachment {
  /** `application/vnd.microsoft.card.hero`, the only type mluvii documents (open, like `type` of a button). */
  contentType: AttachmentContentType;
  /** The card. */
  content: HeroCardContent;
}

/**
 * A Bot-Framework-style message (the docs' "Adaptive cards" and "Buttons" examples): `type: "message"` and **no**
 * `activity` key. Used for buttons and hero-card carousels; clicks come back as `Text`.
 */
export interface HeroCardMessageRequest extends SessionRequest {
  /** Always `"message"`. */
  type: "message";
  /** ISO-8601 time with offset; both doc examples carry one. */
  timestamp?: string;
  /** Optional text (e.g. a YouTube URL, per the ShareFile section). */
  text?: string;
  /** `"carousel"` shows the cards side by side (open enum). */
  attachmentLayout?: HeroCardLayout;
  /** The cards. */
  attachments?: HeroCardAttachment[];
}

const imBackButtonSchema = z.object({
  type: ButtonAction.schema,
  title: z.string().min(1),
  value: z.union([z.string(), z.number()]),
});

const attachmentsSchema = z
  .array(
    z.object({
      contentType: AttachmentContentType.schema,
      content: z.object({
        title: optional(z.string()),
        subtitle: optional(z.string()),
        text: optional(z.string()),
        images: optional(z.array(z.object({ url: z.url() }))),
        buttons: optional(z.array(imBackButtonSchema)),
      }),
    }),
  )
  .min(1);

const messageShape = {
  type: z.literal("message"),
  sessionId: idSchema,
  timestamp: optional(outboundTimestamp),
  attachmentLayout: optional(HeroCardLayout.schema),
};

/**
 * Schema of {@link HeroCardMessageRequest}: the docs' two forms, cards (`attachments`, "Adaptive cards" and
 * "Buttons") or a text message (`text`, the earlier docs' "Simple text message"); a message has at least one.
 */
export const heroCardMessageRequestSchema: z.ZodType<HeroCardMessageRequest> = z.union([
  z.object({ ...messageShape, text: optional(z.string().min(1)), attachments: attachmentsSchema }),
  z.object({ ...messageShape, text: z.string().min(1), attachments: optional(attachmentsSchema) }),
]);

/** The Bot-Framework-style message (`type: "message"`, no `activity` key), by `activity` name. */
export interface MluviiChatbotMessageRequestMap {
  /** Bot-Framework-style message (`type: "message"`): {@link HeroCardMessageRequest}. */
  message: HeroCardMessageRequest;
}

/** The schema of each activity of {@link MluviiChatbotMessageRequestMap}. */
export const messageRequestSchemas = {
  message: heroCardMessageRequestSchema,
} as const satisfies EventSchemas<MluviiChatbotMessageRequestMap>;
