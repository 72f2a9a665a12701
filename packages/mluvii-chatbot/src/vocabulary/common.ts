import { type DateTimeString, dateTime, type OpenEnum, openEnum, safeInt } from "@contactkit/core";
import * as z from "zod";

/** `SessionSource` values (mluvii.ApiModels `Sessions/SessionSource.cs`); `Default` is WebChat. */
export const SESSION_SOURCES = [
  "Default",
  "Callback",
  "Invitation",
  "ChatInvitation",
  "IncomingCall",
  "OutgoingCall",
  "Campaign",
  "API",
  "Facebook",
  "WhatsApp",
  "VK",
  "Apple",
  "GenericChannel",
] as const;

/** Where a session came from (open: mluvii adds sources, e.g. `GenericChannel` in 2024). */
export type SessionSource = OpenEnum<(typeof SESSION_SOURCES)[number]>;

/**
 * Fields mluvii adds to many activities it POSTs to the bot (seed 001 shows them on responses and guest events,
 * the C# classes do not declare them, so every one is optional).
 */
export interface CallbackEnvelope {
  /** Guest's language as a two-letter code (`"cs"`, `"en"`); seed 001. `null` tolerated. */
  language?: string | null;
  /** Session source (`"Default"` = WebChat, `"Facebook"`, `"WhatsApp"` …); seed 001. `null` tolerated. */
  source?: SessionSource | null;
  /**
   * When the activity happened, as sent. ISO-8601; guest `Text` timestamps carry **no offset**
   * (`2020-12-04T16:12:57.172`, seed 001 Buttons) — treat those as naive local time.
   */
  timestamp?: DateTimeString;
}

/** Zod shape of {@link CallbackEnvelope}, spread into every callback schema. */
export const callbackEnvelopeShape = {
  language: z.string().nullable().exactOptional(),
  source: openEnum(SESSION_SOURCES).nullable().exactOptional(),
  timestamp: dateTime({ offset: "optional" }).exactOptional(),
};

/** A mluvii session id (C# `long`; only safe integers are accepted, never silently rounded). */
export const sessionIdSchema = safeInt();

/** Session-scoped callback fields: every chatbot activity inherits `sessionId` from `ChatbotChannelActivityBase`. */
export interface SessionCallback extends CallbackEnvelope {
  /** The mluvii session (conversation) id. The doc's `sesionId`/`sessinId` spellings are typos (notes §4). */
  sessionId: number;
}

/** Zod shape of {@link SessionCallback}. */
export const sessionCallbackShape = { ...callbackEnvelopeShape, sessionId: sessionIdSchema };

/** Result fields shared by the `…Response` activities that report success (`SetCallParamsResponse` …). */
export interface SuccessResult {
  /** Whether mluvii carried the request out. */
  success: boolean;
  /** Why it failed; `null` (or absent, as in the docs' guest-input examples) on success. */
  errorMessage?: string | null;
}

/** Zod shape of {@link SuccessResult}. */
export const successResultShape = {
  success: z.boolean(),
  errorMessage: z.string().nullable().exactOptional(),
};
