/**
 * @packageDocumentation
 * `@contactkit/mluvii-webhooks/testing`: realistic mluvii webhook events for your tests, and the request mluvii would
 * send with them. Not part of the main entry point; property-test arbitraries are at
 * `@contactkit/mluvii-webhooks/testing/arbitraries` (they need `fast-check`).
 */
import {
  buildTestRequest,
  type DeepPartial,
  type TestEventOptions,
  type TestRequestOptions,
} from "@contactkit/core/testing";
import type { MluviiWebhookEventMap, MluviiWebhookEventType } from "@contactkit/mluvii-webhooks";
import { mluviiWebhookTestEvents } from "./testing/factory";

export {
  createTestRandom,
  type DeepPartial,
  TestEventError,
  type TestEventOptions,
  type TestRandom,
  type TestRequestAuth,
  type TestRequestOptions,
} from "@contactkit/core/testing";

/**
 * A valid mluvii webhook event of `type`, as mluvii sends it: the documented example with fresh session and activity
 * ids (sized like mluvii's), timestamps moved to now (ISO-8601 with offset, as mluvii writes them) and `overrides`
 * laid over it (objects merged, arrays replaced, `undefined` removes an optional key). Throws `TestEventError` when
 * the overrides make it invalid.
 *
 * @example
 * const ended = createTestEvent("SessionEnded", { data: { started: null } });
 */
export function createTestEvent<K extends MluviiWebhookEventType>(
  type: K,
  overrides?: DeepPartial<MluviiWebhookEventMap[K]>,
  options?: TestEventOptions,
): MluviiWebhookEventMap[K] {
  return mluviiWebhookTestEvents.create(type, overrides, options);
}

/**
 * The `Request` mluvii would POST with `event` (an object, or text sent as is — malformed JSON included) to a webhook
 * URL: no Content-Type (mluvii documents none), and credentials where mluvii puts them — `user:pass@` in `url` or
 * `auth: { username, password }` become `Authorization: Basic`, `auth: { token }` goes in the query as `?token=`
 * (the preset's default). Default URL `http://localhost/mluvii/webhooks`.
 *
 * @example
 * const response = await handler(createTestRequest(createTestEvent("SessionEnded"), { auth: { username: "hook", password: "secret" } }));
 */
export function createTestRequest(event: object | string, options: TestRequestOptions = {}): Request {
  return buildTestRequest(event, options, {
    url: "http://localhost/mluvii/webhooks",
    token: { in: "query", param: "token" },
    contentType: null,
  });
}
