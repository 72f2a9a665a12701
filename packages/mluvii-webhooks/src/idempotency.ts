/**
 * Idempotency keys for mluvii deliveries. mluvii delivers at least once (a lost acknowledgement means a resend,
 * retried up to twice) and puts no delivery id in the payload
 * (https://docs.mluvii.com/en/for-it-specialists/public-api/webhooks-faq), so the key is built from the event itself.
 */
import { isJsonObject, type ParsedEvent } from "@contactkit/core";
import { sessionIdOf, timestampOf } from "./accessors";
import type { MluviiWebhookEventMap } from "./event-map";

/** Events that happen once per entity and carry no time: their id alone identifies the delivery. */
const oncePerEntity: ReadonlySet<string> = new Set(["SessionCreated", "SessionRecordingPostProcessingCompleted"]);

function dataOf(parsed: ParsedEvent<MluviiWebhookEventMap>): Record<string, unknown> | undefined {
  const source = parsed.known ? parsed.event : parsed.raw;
  if (!isJsonObject(source) || !Object.hasOwn(source, "data")) return undefined;
  return isJsonObject(source.data) ? source.data : undefined;
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value);

/**
 * The idempotency key of a parsed mluvii webhook, for core's dedupe store:
 * - activities with an `activityId` (the 27 generic ones): `mluvii:<eventType>:<activityId>`;
 * - other events with an id and a time: `mluvii:<eventType>:<id or sessionId>:<time>`;
 * - `SessionCreated` and `SessionRecordingPostProcessingCompleted` (once per session, no time): `mluvii:<eventType>:<id>`;
 * - `undefined` (not deduplicated) for the rest: `UserStatusChanged`, `SessionCallParamsUpdated`,
 *   `GuestIdentityUpdated`, `EmailThreadParamsUpdated`, `ApplicationSettingChanged` carry no time and can
 *   legitimately repeat with identical content; they are notifications to re-read state, so a duplicate is harmless.
 * Unknown events get the same treatment from their raw `data` (`activityId`, or `id`/`sessionId` plus `time`).
 */
export function mluviiIdempotencyKey(parsed: ParsedEvent<MluviiWebhookEventMap>): string | undefined {
  const data = dataOf(parsed);
  if (!data) return undefined;
  const prefix = `mluvii:${parsed.type}`;
  if (isId(data.activityId)) return `${prefix}:${data.activityId}`;
  const id = parsed.known ? (sessionIdOf(parsed.event) ?? data.id) : (data.id ?? data.sessionId);
  const time = parsed.known ? timestampOf(parsed.event) : data.time;
  if (!isId(id)) return undefined;
  if (typeof time === "string") return `${prefix}:${id}:${time}`;
  return parsed.known && oncePerEntity.has(parsed.type) ? `${prefix}:${id}` : undefined;
}
