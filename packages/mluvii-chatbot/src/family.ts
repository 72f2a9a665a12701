import {
  type ContactkitIssue,
  ContactkitParseError,
  defineEventFamily,
  deriveEventFamily,
  type EventFamily,
  isJsonObject,
  type ParsedEvent,
  type SafeParseResult,
} from "@contactkit/core";
import { activityCaseInspector, isAmbiguous, normaliseActivity } from "./activity-key";
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

const callbackBase = defineEventFamily<MluviiChatbotCallbackMap>({
  vendor: "mluvii",
  family: "chatbot-callbacks",
  discriminator: "activity",
  caseInsensitiveTypes: true,
  schemas: callbackSchemas,
  prepare: normaliseActivity,
  inspect: activityCaseInspector(Object.keys(callbackSchemas)),
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
