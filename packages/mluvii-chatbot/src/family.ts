import {
  type ContactkitIssue,
  ContactkitParseError,
  defineEventFamily,
  deriveEventFamily,
  type EventFamily,
  isJsonObject,
  type ParsedEvent,
  type ParseWarning,
  type SafeParseResult,
} from "@contactkit/core";
import type {
  MluviiChatbotCallbackMap,
  MluviiChatbotRequest,
  MluviiChatbotRequestMap,
  MluviiChatbotResponseActivity,
} from "./event-map";
import { guestEventSchemas } from "./events/callbacks-guest";
import { contentRequestSchemas } from "./events/requests-content";
import { conversationRequestSchemas } from "./events/requests-conversation";
import { messageRequestSchemas } from "./events/requests-message";
import { sessionRequestSchemas } from "./events/requests-session";
import { contentResponseSchemas } from "./events/responses-content";
import { routingResponseSchemas } from "./events/responses-routing";
import { sessionResponseSchemas } from "./events/responses-session";
import { countUnsupportedTags } from "./html";

/** Reads the request kind: `activity`, or `"message"` for `{ type: "message" }`. */
export function requestKindOf(value: unknown): string | undefined {
  if (!isJsonObject(value)) return undefined;
  if (typeof value.activity === "string" && value.activity.length > 0) return value.activity;
  return value.type === "message" && !Object.hasOwn(value, "activity") ? "message" : undefined;
}

const requestBase = defineEventFamily<MluviiChatbotRequestMap>({
  vendor: "mluvii",
  family: "chatbot-requests",
  discriminator: requestKindOf,
  schemas: {
    ...conversationRequestSchemas,
    ...sessionRequestSchemas,
    ...contentRequestSchemas,
    ...messageRequestSchemas,
  },
});

/**
 * What a writer must not send although mluvii accepts it: HTML in `Text` that mluvii drops. The message names
 * the path, how many tags and where the first starts — never the tags themselves, which are payload text.
 */
function writerIssues(parsed: ParsedEvent<MluviiChatbotRequestMap>): ContactkitIssue[] {
  if (!parsed.known || parsed.type !== "Text") return [];
  const { count, firstAt } = countUnsupportedTags(parsed.event.text);
  if (count === 0) return [];
  return [
    {
      path: "$.text",
      code: "unsupported_html",
      message:
        `${count} HTML tag${count === 1 ? "" : "s"} that mluvii drops (the first at character ${firstAt}); ` +
        "mluvii keeps only <strong>, <em> and <a> (escape plain text with escapeMluviiText)",
    },
  ];
}

function checkWriterRules(
  result: SafeParseResult<MluviiChatbotRequestMap>,
  strict: boolean | undefined,
): SafeParseResult<MluviiChatbotRequestMap> {
  if (!strict || !result.ok) return result;
  const issues = writerIssues(result);
  if (issues.length === 0) return result;
  const error = new ContactkitParseError({
    vendor: requestBase.vendor,
    family: requestBase.family,
    kind: "schema",
    issues,
    eventType: result.type,
    payload: result.raw,
  });
  return { ok: false, error, raw: result.raw };
}

/**
 * Every activity an API chatbot sends, read as real mluvii reads it (tolerant, like every family): unknown keys
 * pass and are dropped from the typed view, `null` stands for an unset optional field (a bot built on mluvii's C#
 * models sends `"userId": null` beside `operatorGroupId`), a hero card id may be a numeric string (mluvii's
 * Python samples), and a new activity is an unknown event. `{ strict: true }` is the writer's mode — the bot
 * client validates everything it sends with it: unknown keys, unknown activities and values outside the known
 * enums are errors, and so is HTML in `Text` that mluvii would drop. Errors are `ContactkitParseError` (vendor
 * `mluvii`, family `chatbot-requests`) with JSON paths and no payload values.
 *
 * @example
 * const read = mluviiChatbotRequests.safeParse(body); // what a bot sent, as mluvii accepts it
 * const write = mluviiChatbotRequests.safeParse(activity, { strict: true }); // what a bot may send
 */
export const mluviiChatbotRequests: EventFamily<MluviiChatbotRequestMap> = deriveEventFamily(requestBase, {
  safeParse: (input, options) => checkWriterRules(requestBase.safeParse(input, options), options?.strict),
});

/**
 * Validates an outbound activity in writer mode (`{ strict: true }`) and returns it typed; throws
 * `ContactkitParseError` naming the activity and JSON path (`$.operatorGroupId`, `$.text`) otherwise. The bot
 * client runs every activity through it before anything is sent.
 */
export function validateChatbotRequest(activity: unknown): MluviiChatbotRequest {
  const parsed = mluviiChatbotRequests.parse(activity, { strict: true });
  // strict mode turns unknown activities into errors, so a success here is always a known request
  return parsed.event as MluviiChatbotRequest;
}

const responseSchemas = {
  ...routingResponseSchemas,
  ...sessionResponseSchemas,
  ...contentResponseSchemas,
};

/** Names of every `…Response` activity. */
export const RESPONSE_ACTIVITIES = Object.freeze(
  Object.keys(responseSchemas),
) as readonly MluviiChatbotResponseActivity[];

const responseNames = new Set<string>(RESPONSE_ACTIVITIES);

/** Whether `activity` names a `…Response` activity (which the bot's correlator consumes). */
export function isResponseActivity(activity: string): activity is MluviiChatbotResponseActivity {
  return responseNames.has(activity);
}

const callbackSchemas = { ...guestEventSchemas, ...responseSchemas };

const canonicalByLowerCase = new Map(Object.keys(callbackSchemas).map((name) => [name.toLowerCase(), name]));

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
  if (!isJsonObject(raw)) return undefined;
  const camel = activityUnder(raw, "activity");
  const pascal = activityUnder(raw, "Activity");
  if (camel !== undefined && pascal !== undefined && camel.toLowerCase() !== pascal.toLowerCase()) return undefined;
  if (camel !== undefined) return { key: "activity", value: camel };
  return pascal === undefined ? undefined : { key: "Activity", value: pascal };
}

/** Whether `activity` and `Activity` both name an activity, and not the same one (letter case aside). */
function isAmbiguous(raw: unknown): boolean {
  // Almost every payload has no PascalCase key: one own-property test decides (this runs on every parse).
  if (!isJsonObject(raw) || !Object.hasOwn(raw, "Activity")) return false;
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
  if (!isJsonObject(raw) || !Object.hasOwn(raw, "Activity")) return raw;
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

const callbackBase = defineEventFamily<MluviiChatbotCallbackMap>({
  vendor: "mluvii",
  family: "chatbot-callbacks",
  discriminator: "activity",
  caseInsensitiveTypes: true,
  schemas: callbackSchemas,
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
    vendor: callbackBase.vendor,
    family: callbackBase.family,
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
export const mluviiChatbotCallbacks: EventFamily<MluviiChatbotCallbackMap> = deriveEventFamily(callbackBase, {
  safeParse: (input, options) => rejectAmbiguous(callbackBase.safeParse(input, options)),
  is<K extends keyof MluviiChatbotCallbackMap & string>(value: unknown, type: K): value is MluviiChatbotCallbackMap[K] {
    return !isAmbiguous(value) && callbackBase.is(value, type);
  },
  typeOf: (value) => (isAmbiguous(value) ? undefined : callbackBase.typeOf(value)),
});
