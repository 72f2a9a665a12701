import {
  ContactkitParseError,
  defineEventFamily,
  deriveEventFamily,
  type EventFamily,
  type ParseWarning,
  type SafeParseResult,
} from "@contactkit/core";
import type {
  ConversationEnded,
  ConversationStarted,
  GuestFileUpload,
  GuestLocation,
  GuestText,
  HeroCardQuickReply,
  HeroCardSubmission,
  Ping,
} from "./vocabulary/callbacks-guest";
import * as guest from "./vocabulary/callbacks-guest";
import type {
  ChatbotOpenFileUploadPromptResponse,
  DisableGuestUploadResponse,
  EnableGuestUploadResponse,
  GetHeroCardsResponse,
  GetMediaObjectsResponse,
  GuestInputChangeResponse,
  SendHeroCardResponse,
  ShareFileResponse,
} from "./vocabulary/responses-content";
import * as content from "./vocabulary/responses-content";
import type { GetAvailableGroupsResponse, GetAvailableOperatorsResponse } from "./vocabulary/responses-routing";
import * as routing from "./vocabulary/responses-routing";
import type {
  AssignCrmIdentityResponse,
  GetCallParamsResponse,
  GetGuestIdentityResponse,
  ObtainCrmIdentityResponse,
  SetCallParamsResponse,
} from "./vocabulary/responses-session";
import * as session from "./vocabulary/responses-session";

/** Every `…Response` activity mluvii POSTs to the callback URL, answering a request the bot sent. */
export interface MluviiChatbotResponseMap {
  /** `GetAvailableOperatorsResponse` callback: {@link GetAvailableOperatorsResponse}. */
  GetAvailableOperatorsResponse: GetAvailableOperatorsResponse;
  /** `GetAvailableGroupsResponse` callback: {@link GetAvailableGroupsResponse}. */
  GetAvailableGroupsResponse: GetAvailableGroupsResponse;
  /** `GetCallParamsResponse` callback: {@link GetCallParamsResponse}. */
  GetCallParamsResponse: GetCallParamsResponse;
  /** `SetCallParamsResponse` callback: {@link SetCallParamsResponse}. */
  SetCallParamsResponse: SetCallParamsResponse;
  /** `GetGuestIdentityResponse` callback: {@link GetGuestIdentityResponse}. */
  GetGuestIdentityResponse: GetGuestIdentityResponse;
  /** `GetHeroCardsResponse` callback: {@link GetHeroCardsResponse}. */
  GetHeroCardsResponse: GetHeroCardsResponse;
  /** `SendHeroCardResponse` callback: {@link SendHeroCardResponse}. */
  SendHeroCardResponse: SendHeroCardResponse;
  /** `ChatbotOpenFileUploadPromptResponse` callback: {@link ChatbotOpenFileUploadPromptResponse}. */
  ChatbotOpenFileUploadPromptResponse: ChatbotOpenFileUploadPromptResponse;
  /** `EnableGuestUploadResponse` callback: {@link EnableGuestUploadResponse}. */
  EnableGuestUploadResponse: EnableGuestUploadResponse;
  /** `DisableGuestUploadResponse` callback: {@link DisableGuestUploadResponse}. */
  DisableGuestUploadResponse: DisableGuestUploadResponse;
  /** `GuestInputChangeResponse` callback: {@link GuestInputChangeResponse}. */
  GuestInputChangeResponse: GuestInputChangeResponse;
  /** `GetMediaObjectsResponse` callback: {@link GetMediaObjectsResponse}. */
  GetMediaObjectsResponse: GetMediaObjectsResponse;
  /** `ShareFileResponse` callback: {@link ShareFileResponse}. */
  ShareFileResponse: ShareFileResponse;
  /** `ObtainCrmIdentityResponse` callback: {@link ObtainCrmIdentityResponse}. */
  ObtainCrmIdentityResponse: ObtainCrmIdentityResponse;
  /** `AssignCrmIdentityResponse` callback: {@link AssignCrmIdentityResponse}. */
  AssignCrmIdentityResponse: AssignCrmIdentityResponse;
}

/** Activities mluvii POSTs on its own: the ping, conversation start/end and what the guest does. */
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

/** Every activity mluvii POSTs to the bot's callback URL, by `activity` name. */
export interface MluviiChatbotCallbackMap extends MluviiChatbotGuestEventMap, MluviiChatbotResponseMap {}

/** Name of a `…Response` activity. */
export type MluviiChatbotResponseActivity = keyof MluviiChatbotResponseMap;
/** Union of every `…Response` activity. */
export type MluviiChatbotResponse = MluviiChatbotResponseMap[MluviiChatbotResponseActivity];
/** Union of every known callback activity. */
export type MluviiChatbotCallback = MluviiChatbotCallbackMap[keyof MluviiChatbotCallbackMap];

const responseSchemas = {
  GetAvailableOperatorsResponse: routing.getAvailableOperatorsResponseSchema,
  GetAvailableGroupsResponse: routing.getAvailableGroupsResponseSchema,
  GetCallParamsResponse: session.getCallParamsResponseSchema,
  SetCallParamsResponse: session.setCallParamsResponseSchema,
  GetGuestIdentityResponse: session.getGuestIdentityResponseSchema,
  GetHeroCardsResponse: content.getHeroCardsResponseSchema,
  SendHeroCardResponse: content.sendHeroCardResponseSchema,
  ChatbotOpenFileUploadPromptResponse: content.chatbotOpenFileUploadPromptResponseSchema,
  EnableGuestUploadResponse: content.enableGuestUploadResponseSchema,
  DisableGuestUploadResponse: content.disableGuestUploadResponseSchema,
  GuestInputChangeResponse: content.guestInputChangeResponseSchema,
  GetMediaObjectsResponse: content.getMediaObjectsResponseSchema,
  ShareFileResponse: content.shareFileResponseSchema,
  ObtainCrmIdentityResponse: session.obtainCrmIdentityResponseSchema,
  AssignCrmIdentityResponse: session.assignCrmIdentityResponseSchema,
} as const;

/** Names of every `…Response` activity. */
export const RESPONSE_ACTIVITIES = Object.freeze(
  Object.keys(responseSchemas),
) as readonly MluviiChatbotResponseActivity[];

const responseNames = new Set<string>(RESPONSE_ACTIVITIES);

/** Whether `activity` names a `…Response` activity (which the bot's correlator consumes). */
export function isResponseActivity(activity: string): activity is MluviiChatbotResponseActivity {
  return responseNames.has(activity);
}

const schemas = {
  Ping: guest.pingSchema,
  ConversationStarted: guest.conversationStartedSchema,
  ConversationEnded: guest.conversationEndedSchema,
  Text: guest.guestTextSchema,
  GuestFileUpload: guest.guestFileUploadSchema,
  HeroCardSubmission: guest.heroCardSubmissionSchema,
  GuestLocation: guest.guestLocationSchema,
  HeroCardQuickReply: guest.heroCardQuickReplySchema,
  ...responseSchemas,
};

const canonicalByLowerCase = new Map(Object.keys(schemas).map((name) => [name.toLowerCase(), name]));

type ActivityKey = "activity" | "Activity";

/** The non-empty string under `key`, if the payload has one. */
function activityUnder(raw: object, key: ActivityKey): string | undefined {
  const value = Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * The activity name as sent, read from `activity` or, as Czech docs and mluvii's Python bots send Ping,
 * `Activity`. Both keys with names that differ beyond letter case is ambiguous: `undefined`, and
 * {@link isAmbiguous} says why.
 */
function readActivity(raw: unknown): { key: ActivityKey; value: string } | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const camel = activityUnder(raw, "activity");
  const pascal = activityUnder(raw, "Activity");
  if (camel !== undefined && pascal !== undefined && camel.toLowerCase() !== pascal.toLowerCase()) return undefined;
  if (camel !== undefined) return { key: "activity", value: camel };
  return pascal === undefined ? undefined : { key: "Activity", value: pascal };
}

/** Whether `activity` and `Activity` both name an activity, and not the same one (letter case aside). */
function isAmbiguous(raw: unknown): boolean {
  // Almost every payload has no PascalCase key: one own-property test decides (this runs on every parse).
  if (raw === null || typeof raw !== "object" || !Object.hasOwn(raw, "Activity") || Array.isArray(raw)) return false;
  const camel = activityUnder(raw, "activity");
  const pascal = activityUnder(raw, "Activity");
  return camel !== undefined && pascal !== undefined && camel.toLowerCase() !== pascal.toLowerCase();
}

/**
 * Copies the payload with the activity under the camelCase key: `{"Activity":"Ping"}` → `{"activity":"Ping"}`. The
 * PascalCase key is always dropped, so strict mode does not take it for an unknown key. Letter case (`"ping"`) is
 * read by the family (`caseInsensitiveTypes`: mluvii's server binds activities case-insensitively, as the Bot
 * Framework samples `mluvii/mluviibot` rely on). An ambiguous payload is left as it is: it has no activity to read.
 * Never mutates `raw`.
 */
function normaliseActivity(raw: unknown): unknown {
  // Letter case is the family's business (`caseInsensitiveTypes`): only a PascalCase key needs moving here, and
  // almost no payload has one, so that is tested first.
  if (raw === null || typeof raw !== "object" || !Object.hasOwn(raw, "Activity")) return raw;
  const read = readActivity(raw);
  if (!read) return raw;
  const { Activity: _pascal, ...rest } = raw as Record<string, unknown>;
  return { ...rest, activity: read.value };
}

const NO_WARNINGS: readonly ParseWarning[] = Object.freeze([]);

function inspectActivity(raw: unknown, type: string): readonly ParseWarning[] {
  // The usual case, the canonical name under the camelCase key, needs no further reading.
  if ((raw as Record<string, unknown>).activity === type && !Object.hasOwn(raw as object, "Activity")) {
    return NO_WARNINGS;
  }
  const read = readActivity(raw);
  if (!read || read.value === type || !canonicalByLowerCase.has(read.value.toLowerCase())) return NO_WARNINGS;
  return [{ code: "activity_case", message: `activity name normalised to "${type}"`, path: `$.${read.key}` }];
}

const base = defineEventFamily<MluviiChatbotCallbackMap>({
  vendor: "mluvii",
  family: "chatbot-callbacks",
  discriminator: "activity",
  caseInsensitiveTypes: true,
  schemas,
  prepare: normaliseActivity,
  inspect: inspectActivity,
});

/**
 * A payload naming two different activities (`{"activity":"Text","Activity":"Ping"}`) is an error, not a guess at
 * which key a sender meant: kind `discriminator` at `$`, naming both keys and neither value.
 */
function rejectAmbiguous(result: SafeParseResult<MluviiChatbotCallbackMap>): SafeParseResult<MluviiChatbotCallbackMap> {
  if (result.raw === undefined || !isAmbiguous(result.raw)) return result;
  const error = new ContactkitParseError({
    vendor: base.vendor,
    family: base.family,
    kind: "discriminator",
    issues: [
      {
        path: "$",
        code: "ambiguous_discriminator",
        message: 'the keys "activity" and "Activity" name different activities; send one of them',
      },
    ],
    payload: result.raw,
  });
  return { ok: false, error, raw: result.raw };
}

/**
 * The activities mluvii POSTs to an API chatbot's callback URL (tolerant reader): guest events, `Ping`
 * (either key casing), conversation start/end, and every `…Response`. An activity this version does not know
 * is an unknown event (a value), not an error. A payload whose `activity` and `Activity` keys name different
 * activities is rejected (kind `discriminator`); the same name under both keys, in any letter case, is fine.
 *
 * @example
 * const r = mluviiChatbotCallbacks.safeParse(body);
 * if (r.ok && r.known && r.type === "Text") console.log(r.event.sessionId, r.event.text);
 */
export const mluviiChatbotCallbacks: EventFamily<MluviiChatbotCallbackMap> = deriveEventFamily(base, {
  safeParse: (input, options) => rejectAmbiguous(base.safeParse(input, options)),
  is<K extends keyof MluviiChatbotCallbackMap & string>(value: unknown, type: K): value is MluviiChatbotCallbackMap[K] {
    return !isAmbiguous(value) && base.is(value, type);
  },
  typeOf: (value) => (isAmbiguous(value) ? undefined : base.typeOf(value)),
});
