import {
  ContactkitParseError,
  defineEventFamily,
  deriveEventFamily,
  type EventFamily,
  type SafeParseResult,
} from "@contactkit/core";
import { type MluviiWebhookEventMap, mluviiWebhookSchemas } from "./event-map";
import { inspectMluviiWebhook } from "./inspect";

const base = defineEventFamily<MluviiWebhookEventMap>({
  vendor: "mluvii",
  family: "webhooks",
  discriminator: "eventType",
  schemas: mluviiWebhookSchemas,
  inspect: inspectMluviiWebhook,
});

/**
 * mluvii never batches ("1 webhook = 1 request", webhooks FAQ), so a JSON array is not a mluvii webhook. Core
 * reports it as "no eventType"; this says what is actually wrong.
 */
function rejectBatch(result: SafeParseResult<MluviiWebhookEventMap>): SafeParseResult<MluviiWebhookEventMap> {
  if (result.ok || result.error.kind !== "discriminator" || !Array.isArray(result.raw)) return result;
  const error = new ContactkitParseError({
    vendor: base.vendor,
    family: base.family,
    kind: "input",
    issues: [
      {
        path: "$",
        code: "batch",
        message: "expected one event object; mluvii sends one event per request and never an array",
      },
    ],
    payload: result.raw,
  });
  return { ok: false, error, raw: result.raw };
}

/**
 * Every mluvii Public API webhook event (`{"eventType": …, "data": {…}}`), discriminated on `eventType`.
 * Unknown types — the removed `StatRealTime`, or anything mluvii adds later — parse as unknown events carrying
 * their raw payload (errors in `strict` mode). A JSON array is rejected with kind `input` (mluvii never batches).
 *
 * @example
 * const result = mluviiWebhooks.safeParse(rawBody);
 * if (result.ok && result.known) {
 *   switch (result.event.eventType) {
 *     case "SessionEnded": console.log(result.event.data.ended); break;
 *   }
 * }
 */
export const mluviiWebhooks: EventFamily<MluviiWebhookEventMap> = deriveEventFamily(base, {
  safeParse: (input, options) => rejectBatch(base.safeParse(input, options)),
});
