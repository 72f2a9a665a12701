import * as z from "zod";
import { type CallbackEnvelope, callbackEnvelopeShape, type SessionCallback, sessionCallbackShape } from "./common";

/**
 * mluvii checking that the callback URL is alive ("must be implemented, respond 200 OK", api-chatbot-connection).
 * Czech docs and mluvii's Python bots send `{"Activity":"Ping"}` (PascalCase key), English docs `{"activity":"Ping"}`;
 * both are read, and the typed view always uses `activity`. Carries no `sessionId` (`ChatbotPing`).
 */
export interface Ping extends CallbackEnvelope {
  /** Always `"Ping"`. */
  activity: "Ping";
}

/** A new session was routed to the bot; every session starts with it (Czech docs, `ChatbotConversationStarted`). */
export interface ConversationStarted extends SessionCallback {
  /** Always `"ConversationStarted"`. */
  activity: "ConversationStarted";
}

/** The session ended (`ChatbotConversationEnded`, added to the model 2024-07-10). */
export interface ConversationEnded extends SessionCallback {
  /** Always `"ConversationEnded"`. */
  activity: "ConversationEnded";
}

/** The guest wrote a message — or clicked an `imBack` button, whose value arrives as text (seed 001 Buttons). */
export interface GuestText extends SessionCallback {
  /** Always `"Text"`. */
  activity: "Text";
  /** What the guest wrote (plain text). */
  text: string;
}

/** The guest uploaded a file with the paper clip (seed 001 "Incoming File"). */
export interface GuestFileUpload extends SessionCallback {
  /** Always `"GuestFileUpload"`. */
  activity: "GuestFileUpload";
  /** URL of the uploaded file. */
  fileUrl: string;
}

/** The guest confirmed a hero card, or picked a WhatsApp option (seed 001 HeroCardSubmission). */
export interface HeroCardSubmission extends SessionCallback {
  /** Always `"HeroCardSubmission"`. */
  activity: "HeroCardSubmission";
  /** Submitted values by field key (e.g. `oo1_guest_ident`); an object, never a string. */
  params: Record<string, string>;
}

/** The guest shared a location after `RequestLocation` (`ChatbotGuestLocation`, added 2025-03). */
export interface GuestLocation extends SessionCallback {
  /** Always `"GuestLocation"`. */
  activity: "GuestLocation";
  /** Latitude in decimal degrees. */
  latitude: number;
  /** Longitude in decimal degrees. */
  longitude: number;
}

/** The guest answered a hero card's quick reply (`ChatbotHeroCardQuickReply`; undocumented, direction inferred). */
export interface HeroCardQuickReply extends SessionCallback {
  /** Always `"HeroCardQuickReply"`. */
  activity: "HeroCardQuickReply";
  /** The reply text. */
  text: string;
  /** Id of the hero-card activity being answered (C# `long`). */
  replyToActivityId: number;
  /** Obsolete in the model; kept as received. */
  fieldValues?: unknown;
  /** WhatsApp parameters by section (`header`, `body`, `buttons`, `footer`), when present. */
  additionalParams?: Record<string, string[]> | null;
}

/** Schema of {@link Ping} (tolerant: unknown keys are dropped from the typed view). */
export const pingSchema: z.ZodType<Ping> = z.object({ ...callbackEnvelopeShape, activity: z.literal("Ping") });

/** Schema of {@link ConversationStarted} (tolerant: unknown keys are dropped from the typed view). */
export const conversationStartedSchema: z.ZodType<ConversationStarted> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("ConversationStarted"),
});

/** Schema of {@link ConversationEnded} (tolerant: unknown keys are dropped from the typed view). */
export const conversationEndedSchema: z.ZodType<ConversationEnded> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("ConversationEnded"),
});

/** Schema of {@link GuestText} (tolerant: unknown keys are dropped from the typed view). */
export const guestTextSchema: z.ZodType<GuestText> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("Text"),
  text: z.string(),
});

/** Schema of {@link GuestFileUpload} (tolerant: unknown keys are dropped from the typed view). */
export const guestFileUploadSchema: z.ZodType<GuestFileUpload> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GuestFileUpload"),
  fileUrl: z.string(),
});

/** Schema of {@link HeroCardSubmission} (tolerant: unknown keys are dropped from the typed view). */
export const heroCardSubmissionSchema: z.ZodType<HeroCardSubmission> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("HeroCardSubmission"),
  params: z.record(z.string(), z.string()),
});

/** Schema of {@link GuestLocation} (tolerant: unknown keys are dropped from the typed view). */
export const guestLocationSchema: z.ZodType<GuestLocation> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GuestLocation"),
  latitude: z.number(),
  longitude: z.number(),
});

/** Schema of {@link HeroCardQuickReply} (tolerant: unknown keys are dropped from the typed view). */
export const heroCardQuickReplySchema: z.ZodType<HeroCardQuickReply> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("HeroCardQuickReply"),
  text: z.string(),
  replyToActivityId: z.int(),
  fieldValues: z.unknown().exactOptional(),
  additionalParams: z.record(z.string(), z.array(z.string())).nullable().exactOptional(),
});
