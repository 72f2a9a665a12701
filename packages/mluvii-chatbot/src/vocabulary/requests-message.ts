import * as z from "zod";
import { idSchema, type SessionRequest } from "./requests-common";
import { outboundTimestamp } from "./requests-conversation";

/** The only attachment content type mluvii documents for chatbot messages. */
export const HERO_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.hero";

/** A button that posts its value back as the guest's `Text` (seed 001 Buttons). */
export interface ImBackButton {
  /** Always `"imBack"`: the click arrives as a `Text` callback. */
  type: "imBack";
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
  /** Always `application/vnd.microsoft.card.hero`. */
  contentType: typeof HERO_CARD_CONTENT_TYPE;
  /** The card. */
  content: HeroCardContent;
}

/**
 * A Bot-Framework-style message (seed 001 "Adaptive cards" and "Buttons"): `type: "message"` and **no**
 * `activity` key. Used for buttons and hero-card carousels; clicks come back as `Text`.
 */
export interface HeroCardMessageRequest extends SessionRequest {
  /** Always `"message"`. */
  type: "message";
  /** ISO-8601 time with offset; both doc examples carry one. */
  timestamp?: string;
  /** Optional text (e.g. a YouTube URL, per the ShareFile section). */
  text?: string;
  /** `"carousel"` shows the cards side by side. */
  attachmentLayout?: "carousel" | "list";
  /** The cards. */
  attachments?: HeroCardAttachment[];
}

const imBackButtonSchema = z.strictObject({
  type: z.literal("imBack"),
  title: z.string().min(1),
  value: z.union([z.string(), z.number()]),
});

/** Schema of {@link HeroCardMessageRequest} (strict: unknown keys are errors). */
export const heroCardMessageRequestSchema: z.ZodType<HeroCardMessageRequest> = z
  .strictObject({
    type: z.literal("message"),
    sessionId: idSchema,
    timestamp: outboundTimestamp.exactOptional(),
    text: z.string().min(1).exactOptional(),
    attachmentLayout: z.enum(["carousel", "list"]).exactOptional(),
    attachments: z
      .array(
        z.strictObject({
          contentType: z.literal(HERO_CARD_CONTENT_TYPE),
          content: z.strictObject({
            title: z.string().exactOptional(),
            subtitle: z.string().exactOptional(),
            text: z.string().exactOptional(),
            images: z.array(z.strictObject({ url: z.url() })).exactOptional(),
            buttons: z.array(imBackButtonSchema).exactOptional(),
          }),
        }),
      )
      .min(1)
      .exactOptional(),
  })
  .refine((m) => m.text !== undefined || m.attachments !== undefined, {
    message: "a message needs text or attachments",
  });
