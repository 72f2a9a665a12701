/**
 * @packageDocumentation
 * `@contactkit/ccai-qm-chat/testing`: realistic CCAI Platform QM export items for your tests, bare or in the
 * `{type, item}` envelope, and the push request carrying them. Not part of the main entry point; property-test
 * arbitraries are at `@contactkit/ccai-qm-chat/testing/arbitraries` (they need `fast-check`).
 */

import type { CcaiQmEventMap, ChatEventType, EnvelopeType, QmEnvelope } from "@contactkit/ccai-qm-chat";
import {
  buildTestRequest,
  type DeepPartial,
  type TestEventOptions,
  type TestRequestOptions,
} from "@contactkit/core/testing";
import { ccaiQmTestEvents } from "./testing/factory";

export {
  createTestRandom,
  type DeepPartial,
  TestEventError,
  type TestEventOptions,
  type TestRandom,
  type TestRequestAuth,
  type TestRequestOptions,
} from "@contactkit/core/testing";

/** The envelope `type` of an event type: `ChatState` for every chat state, else the type itself. */
export type QmEnvelopeTypeOf<K extends keyof CcaiQmEventMap> = K extends ChatEventType ? "ChatState" : K & EnvelopeType;

/**
 * A valid QM item of `type` — a chat state (`waiting`, `connected`, `disconnected` …), `AgentState` or `CallState` —
 * bare, as the documentation's examples show it: the documented example with a fresh chat id, media ids and call
 * id, `connected_at`/`ends_at` moved to now (ISO-8601 with milliseconds and the example's offset), and `overrides`
 * laid over it (objects merged, arrays such as `participants` replaced). Throws `TestEventError` when the
 * overrides make it invalid.
 *
 * @example
 * const ended = createTestEvent("disconnected", { language: "cs" });
 */
export function createTestEvent<K extends keyof CcaiQmEventMap>(
  type: K,
  overrides?: DeepPartial<CcaiQmEventMap[K]>,
  options?: TestEventOptions,
): CcaiQmEventMap[K] {
  return ccaiQmTestEvents.create(type, overrides, options);
}

/**
 * The same item in the `{type, item}` envelope the chat page's "General fields" define (`ChatState`, `AgentState`,
 * `CallState`); the typed view after parsing is the item either way.
 *
 * @example
 * const login = createTestEnvelope("AgentState", { State: "logout" }); // { type: "AgentState", item: {…} }
 */
export function createTestEnvelope<K extends keyof CcaiQmEventMap>(
  type: K,
  overrides?: DeepPartial<CcaiQmEventMap[K]>,
  options?: TestEventOptions,
): QmEnvelope<CcaiQmEventMap[K]> & { type: QmEnvelopeTypeOf<K> } {
  const item = createTestEvent(type, overrides, options);
  const envelopeType = (type === "AgentState" || type === "CallState" ? type : "ChatState") as QmEnvelopeTypeOf<K>;
  return { type: envelopeType, item };
}

/**
 * The `Request` of a QM push carrying `payload` (an item, an envelope, or text sent as is) with
 * `Content-Type: application/json`. CCAI Platform documents no authentication for the push, so use whatever your
 * endpoint expects: `auth: { token }` as `Authorization: Bearer`, `{ username, password }` as Basic, or
 * `{ header, secret }`. Default URL `http://localhost/ccai/qm`.
 *
 * @example
 * const response = await handler(createTestRequest(createTestEnvelope("disconnected"), { auth: { token: "t" } }));
 */
export function createTestRequest(payload: object | string, options: TestRequestOptions = {}): Request {
  return buildTestRequest(payload, options, {
    url: "http://localhost/ccai/qm",
    token: { in: "bearer", param: "access_token" },
    contentType: "application/json",
  });
}
