/**
 * @packageDocumentation
 * `@contactkit/mluvii-chatbot/testing`: realistic API-chatbot activities for your bot's tests — what mluvii POSTs to
 * the callback URL (guest events and `…Response`s) and what a bot sends — and the request mluvii would make. Not
 * part of the main entry point; property-test arbitraries are at `@contactkit/mluvii-chatbot/testing/arbitraries`
 * (they need `fast-check`).
 */
import {
  buildTestRequest,
  type DeepPartial,
  type TestEventOptions,
  type TestRequestOptions,
} from "@contactkit/core/testing";
import type {
  MluviiChatbotCallbackMap,
  MluviiChatbotRequestKind,
  MluviiChatbotRequestMap,
} from "@contactkit/mluvii-chatbot";
import { mluviiCallbackTestEvents, mluviiRequestTestEvents } from "./testing/factory";

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
 * A valid activity of `type` as mluvii POSTs it to the bot's callback URL — a guest event (`Text`,
 * `ConversationStarted` …) or a `…Response` to a request — from the documented examples, with a fresh session id
 * and `overrides` laid over it (objects merged, arrays replaced, `undefined` removes an optional key). Throws
 * `TestEventError` when the overrides make it invalid.
 *
 * @example
 * const text = createTestEvent("Text", { text: "I need an operator" });
 * const groups = createTestEvent("GetAvailableGroupsResponse", { sessionId: text.sessionId });
 */
export function createTestEvent<K extends keyof MluviiChatbotCallbackMap>(
  type: K,
  overrides?: DeepPartial<MluviiChatbotCallbackMap[K]>,
  options?: TestEventOptions,
): MluviiChatbotCallbackMap[K] {
  return mluviiCallbackTestEvents.create(type, overrides, options);
}

/**
 * A valid activity a bot sends to mluvii (`Text`, `Forward`, `GetAvailableGroups` …, or `message` for a
 * Bot-Framework hero-card message), validated strictly as the client does before sending — for testing code that
 * inspects or forwards what a bot sends.
 *
 * @example
 * const forward = createTestChatbotRequest("Forward", { operatorGroupId: 12 });
 */
export function createTestChatbotRequest<K extends MluviiChatbotRequestKind>(
  kind: K,
  overrides?: DeepPartial<MluviiChatbotRequestMap[K]>,
  options?: TestEventOptions,
): MluviiChatbotRequestMap[K] {
  return mluviiRequestTestEvents.create(kind, overrides, options);
}

/**
 * The `Request` mluvii would POST with `activity` (an object, or text sent as is) to a bot's callback URL: no
 * Content-Type (mluvii documents none), and `auth: { token }` as `?access_token=` — the token in the callback URL
 * that mluvii's docs recommend (`in: "path"` for an `/access_token=…` path segment) — or `user:pass@` in `url` /
 * `auth: { username, password }` as Basic. Default URL `http://localhost/mluvii/callback`.
 *
 * @example
 * const response = await handler(createTestRequest(createTestEvent("Ping"), { auth: { token: "t0k" } }));
 */
export function createTestRequest(activity: object | string, options: TestRequestOptions = {}): Request {
  return buildTestRequest(activity, options, {
    url: "http://localhost/mluvii/callback",
    token: { in: "query", param: "access_token" },
    contentType: null,
  });
}
