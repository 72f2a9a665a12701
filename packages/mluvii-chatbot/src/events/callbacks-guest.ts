/**
 * The activities mluvii POSTs to the bot on its own (no request before them). Shapes follow the C# classes of
 * `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad` (cited per type as `ChannelActivities:<file>`): value-typed
 * properties are always present and never `null`, reference-typed ones (`string`, dictionaries) may be `null`.
 */
import { type EventSchemas, optional } from "@contactkit/core";
import * as z from "zod";
import {
  type CallbackEnvelope,
  callbackEnvelopeShape,
  nullableStringRecord,
  type SessionCallback,
  sessionCallbackShape,
} from "./common";

/**
 * mluvii checking that the callback URL is alive ("must be implemented, respond 200 OK", API chatbot connection
 * page). Czech docs and mluvii's Python bots send `{"Activity":"Ping"}` (PascalCase key), English docs
 * `{"activity":"Ping"}`; both are read, and the typed view always uses `activity`. Carries no `sessionId`
 * (`ChannelActivities:ChatbotPing.cs` derives from `ChatbotActivityBase`).
 */
export interface Ping extends CallbackEnvelope {
  /** Always `"Ping"`. */
  activity: "Ping";
}

/** A new session was routed to the bot; every session starts with it (`ChannelActivities:ChatbotConversationStarted.cs`). */
export interface ConversationStarted extends SessionCallback {
  /** Always `"ConversationStarted"`. */
  activity: "ConversationStarted";
}

/** The session ended (`ChannelActivities:ChatbotConversationEnded.cs`, added to the models on 2024-07-10, 7f1d14e). */
export interface ConversationEnded extends SessionCallback {
  /** Always `"ConversationEnded"`. */
  activity: "ConversationEnded";
}

/** The guest wrote a message — or clicked an `imBack` button, whose value arrives as text (docs' Buttons example). */
export interface GuestText extends SessionCallback {
  /** Always `"Text"`. */
  activity: "Text";
  /** What the guest wrote (plain text); `null` when the message had none (`string Text`, `ChatbotText.cs`). */
  text: string | null;
}

/** The guest uploaded a file with the paper clip (docs' "Incoming File"; `ChannelActivities:ChatbotGuestFileUpload.cs`). */
export interface GuestFileUpload extends SessionCallback {
  /** Always `"GuestFileUpload"`. */
  activity: "GuestFileUpload";
  /** URL of the uploaded file, or `null` (`string FileUrl`). */
  fileUrl: string | null;
}

/** The guest confirmed a hero card, or picked a WhatsApp option (docs' HeroCardSubmission; `HeroCardSubmission.cs`). */
export interface HeroCardSubmission extends SessionCallback {
  /** Always `"HeroCardSubmission"`. */
  activity: "HeroCardSubmission";
  /**
   * Submitted values by field key (e.g. `oo1_guest_ident`); an object, never a string. `null`, and any value
   * `null`, where the C# `Dictionary<string, string> Params` holds null.
   */
  params: Record<string, string | null> | null;
}

/** The guest shared a location after `RequestLocation` (`ChannelActivities:GuestLocation.cs`, added 2025-03-18, 343420f). */
export interface GuestLocation extends SessionCallback {
  /** Always `"GuestLocation"`. */
  activity: "GuestLocation";
  /** Latitude in decimal degrees (`double`). */
  latitude: number;
  /** Longitude in decimal degrees (`double`). */
  longitude: number;
}

/** The guest answered a hero card's quick reply (`ChannelActivities:HeroCardQuickReply.cs`; undocumented, direction inferred). */
export interface HeroCardQuickReply extends SessionCallback {
  /** Always `"HeroCardQuickReply"`. */
  activity: "HeroCardQuickReply";
  /** The reply text, or `null` (`string Text`). */
  text: string | null;
  /** Id of the hero-card activity being answered (C# `long`). */
  replyToActivityId: number;
  /** `FieldValues`, marked obsolete in the model in favour of `additionalParams`; kept as received. */
  fieldValues?: unknown;
  /**
   * WhatsApp parameters by section (`header`, `body`, `buttons`, `footer`), or `null`; a section may be `null`
   * too (`Dictionary<string, string[]>`). Added to the model on 2024-07-09 (7c59781), so older payloads lack it.
   */
  additionalParams?: Record<string, string[] | null> | null;
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
  text: z.string().nullable(),
});

/** Schema of {@link GuestFileUpload} (tolerant: unknown keys are dropped from the typed view). */
export const guestFileUploadSchema: z.ZodType<GuestFileUpload> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GuestFileUpload"),
  fileUrl: z.string().nullable(),
});

/** Schema of {@link HeroCardSubmission} (tolerant: unknown keys are dropped from the typed view). */
export const heroCardSubmissionSchema: z.ZodType<HeroCardSubmission> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("HeroCardSubmission"),
  params: nullableStringRecord.nullable(),
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
  text: z.string().nullable(),
  replyToActivityId: z.int(),
  fieldValues: optional(z.unknown()),
  additionalParams: optional(z.record(z.string(), z.array(z.string()).nullable()).nullable()).meta({
    since: "mluvii.Chatbot.ChannelActivities 2024-07-09 (7c59781)",
  }),
});

/** Activities mluvii POSTs on its own: the ping, conversation start/end and what the guest does, by `activity` name. */
export interface MluviiChatbotGuestEventMap {
  /** `Ping` callback: {@link Ping}. */
  Ping: Ping;
  /** `ConversationStarted` callback: {@link ConversationStarted}. */
  ConversationStarted: ConversationStarted;
  /** `ConversationEnded` callback: {@link ConversationEnded}. */
  ConversationEnded: ConversationEnded;
  /** `Text` callback: {@link GuestText}. */
  Text: GuestText;
  /** `GuestFileUpload` callback: {@link GuestFileUpload}. */
  GuestFileUpload: GuestFileUpload;
  /** `HeroCardSubmission` callback: {@link HeroCardSubmission}. */
  HeroCardSubmission: HeroCardSubmission;
  /** `GuestLocation` callback: {@link GuestLocation}. */
  GuestLocation: GuestLocation;
  /** `HeroCardQuickReply` callback: {@link HeroCardQuickReply}. */
  HeroCardQuickReply: HeroCardQuickReply;
}

/** The schema of each activity of {@link MluviiChatbotGuestEventMap}. */
export const guestEventSchemas = {
  Ping: pingSchema,
  ConversationStarted: conversationStartedSchema,
  ConversationEnded: conversationEndedSchema,
  Text: guestTextSchema,
  GuestFileUpload: guestFileUploadSchema,
  HeroCardSubmission: heroCardSubmissionSchema,
  GuestLocation: guestLocationSchema,
  HeroCardQuickReply: heroCardQuickReplySchema,
} as const satisfies EventSchemas<MluviiChatbotGuestEventMap>;
