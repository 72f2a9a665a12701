import { defineEventFamily, type EventFamily } from "@contactkit/core";
import { type MluviiWebhookEventMap, mluviiWebhookSchemas } from "./event-map";
import { inspectMluviiWebhook } from "./inspect";

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
export const mluviiWebhooks: EventFamily<MluviiWebhookEventMap> = defineEventFamily<MluviiWebhookEventMap>({
  vendor: "mluvii",
  family: "webhooks",
  discriminator: "eventType",
  schemas: mluviiWebhookSchemas,
  // mluvii never batches ("1 webhook = 1 request", webhooks FAQ): an array is not "an event without eventType".
  checkInput: (payload) =>
    Array.isArray(payload)
      ? {
          path: "$",
          code: "batch",
          message: "expected one event object; mluvii sends one event per request and never an array",
        }
      : undefined,
  inspect: inspectMluviiWebhook,
});
