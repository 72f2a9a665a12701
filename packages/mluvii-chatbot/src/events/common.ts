import { type DateTimeString, dateTime, optional, safeInt } from "@contactkit/core";
import * as z from "zod";
import { SessionSource } from "../vocabulary";

/**
 * Fields mluvii adds to many activities it POSTs to the bot. mluvii's "Supported activities and events" page
 * (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events) shows them on
 * responses and guest events; the C# classes do not declare them, so every one is optional.
 */
export interface CallbackEnvelope {
  /** Guest's language as a two-letter code (`"cs"`, `"en"`), or `null`. */
  language?: string | null;
  /** Session source (`"Default"` = WebChat, `"Facebook"`, `"WhatsApp"` …), or `null`. */
  source?: SessionSource | null;
  /**
   * When the activity happened, as sent. ISO-8601; guest `Text` timestamps carry **no offset**
   * (`2020-12-04T16:12:57.172` in the docs' Buttons example) — treat those as naive local time. The C# classes
   * that declare it (`ChatbotText`, `ChatbotConversationStarted`, `ChatbotConversationEnded`) type it
   * `DateTimeOffset`, but the docs' "Incoming Message" example has none, so it stays optional.
   */
  timestamp?: DateTimeString;
}

/** Zod shape of {@link CallbackEnvelope}, spread into every callback schema. */
export const callbackEnvelopeShape = {
  language: optional(z.string().nullable()),
  source: optional(SessionSource.schema.nullable()),
  timestamp: optional(dateTime({ offset: "optional" })),
};

/** A mluvii session id (C# `long`; only safe integers are accepted, never silently rounded). */
export const sessionIdSchema = safeInt();

/** Session-scoped callback fields: every chatbot activity inherits `sessionId` from `ChatbotChannelActivityBase`. */
export interface SessionCallback extends CallbackEnvelope {
  /**
   * The mluvii session (conversation) id: `long SessionId` on `ChatbotChannelActivityBase.cs`, so always present.
   * The docs' `sesionId` / `sessinId` spellings are typos, and the examples that omit it are incomplete.
   */
  sessionId: number;
}

/** Zod shape of {@link SessionCallback}. */
export const sessionCallbackShape = { ...callbackEnvelopeShape, sessionId: sessionIdSchema };

/** Result fields shared by the `…Response` activities that report success (`SetCallParamsResponse` …). */
export interface SuccessResult {
  /** Whether mluvii carried the request out (`bool Success`). */
  success: boolean;
  /**
   * Why it failed (`string ErrorMessage`), `null` on success. Absent in the docs' guest-input response examples;
   * the SDK never needs it to act on the response, so it stays optional.
   */
  errorMessage?: string | null;
}

/** Zod shape of {@link SuccessResult}. */
export const successResultShape = {
  success: z.boolean(),
  errorMessage: optional(z.string().nullable()),
};

/**
 * A C# `IDictionary<string, string>` (call parameters, hero-card values): a plain record whose values may be
 * `null` — a reference-typed value is `null` when set so.
 */
export const nullableStringRecord = z.record(z.string(), z.string().nullable());
