/**
 * @packageDocumentation
 * `@contactkit/mluvii-webhooks/testing/arbitraries`: fast-check arbitraries of valid mluvii webhook events. Needs
 * `fast-check` (an optional peer dependency of this package).
 */
import type { DeepPartial } from "@contactkit/core/testing";
import { arbitraryOf, arbitraryOfAny } from "@contactkit/core/testing/arbitraries";
import type { MluviiWebhookEvent, MluviiWebhookEventMap, MluviiWebhookEventType } from "@contactkit/mluvii-webhooks";
import type * as fc from "fast-check";
import { mluviiWebhookTestEvents } from "./factory";

/**
 * Valid mluvii webhook events of `type` (or of any type, without one): ids and timestamps drawn per run, and every
 * field mluvii's models let be absent or `null` sometimes absent or `null` — the cases a handler forgets.
 *
 * @example
 * fc.assert(fc.property(arbitraryEvent("SessionEnded"), (event) => { expect(() => archive(event)).not.toThrow(); }));
 */
export function arbitraryEvent<K extends MluviiWebhookEventType>(
  type: K,
  overrides?: DeepPartial<MluviiWebhookEventMap[K]>,
): fc.Arbitrary<MluviiWebhookEventMap[K]>;
export function arbitraryEvent(): fc.Arbitrary<MluviiWebhookEvent>;
export function arbitraryEvent<K extends MluviiWebhookEventType>(
  type?: K,
  overrides?: DeepPartial<MluviiWebhookEventMap[K]>,
): fc.Arbitrary<MluviiWebhookEventMap[K]> | fc.Arbitrary<MluviiWebhookEvent> {
  return type === undefined
    ? arbitraryOfAny(mluviiWebhookTestEvents)
    : arbitraryOf(mluviiWebhookTestEvents, type, overrides);
}
