/**
 * @packageDocumentation
 * `@contactkit/expertflow-cim/testing`: realistic Expertflow CX CIM events for your tests — bare, in a Node-RED `msg`
 * or as a controller body — and the request carrying a controller body. Not part of the main entry point;
 * property-test arbitraries are at `@contactkit/expertflow-cim/testing/arbitraries` (they need `fast-check`).
 */
import {
  buildTestRequest,
  type DeepPartial,
  type TestEventOptions,
  type TestRequestOptions,
} from "@contactkit/core/testing";
import type { ExpertflowCimEventMap, StudioEnvelope, StudioMsg, StudioPayload } from "@contactkit/expertflow-cim";
import { expertflowCimTestEvents } from "./testing/factory";
import { wrapInStudio } from "./testing/studio";

export {
  createTestRandom,
  type DeepPartial,
  TestEventError,
  type TestEventOptions,
  type TestRandom,
  type TestRequestAuth,
  type TestRequestOptions,
} from "@contactkit/core/testing";

type EventName = keyof ExpertflowCimEventMap;

/**
 * A valid CIM event named `name`, bare — the `cimEvent` a Studio node finds in `msg.payload.entities` — from the Init
 * node page's examples (or built from their pieces), with fresh event, conversation, room, session, customer and task
 * ids (24-hex ObjectIds and UUIDs, consistent throughout the event), epoch-millisecond timestamps moved to now, and
 * `overrides` laid over it (objects merged, arrays replaced, `undefined` removes an optional key). Throws
 * `TestEventError` when the overrides make it invalid. `CONVERSATION_STARTED`, which only exists inside an envelope,
 * carries its `envelope`.
 *
 * @example
 * const enqueued = createTestEvent("TASK_ENQUEUED", { data: { queue: { name: "sales" } } });
 */
export function createTestEvent<K extends EventName>(
  name: K,
  overrides?: DeepPartial<ExpertflowCimEventMap[K]>,
  options?: TestEventOptions,
): ExpertflowCimEventMap[K] {
  return expertflowCimTestEvents.create(name, overrides, options);
}

function split<K extends EventName>(
  overrides: DeepPartial<ExpertflowCimEventMap[K]> | undefined,
): [DeepPartial<ExpertflowCimEventMap[K]> | undefined, Partial<StudioEnvelope> | undefined] {
  if (!overrides || !("envelope" in overrides)) return [overrides, undefined];
  const { envelope, ...event } = overrides as { envelope?: Partial<StudioEnvelope> };
  return [event as DeepPartial<ExpertflowCimEventMap[K]>, envelope];
}

/**
 * The same event in a Node-RED `msg`, as a Conversation Studio function node receives it: `{_msgid, req, res,
 * payload: {roomId, conversation: {}, intent, entities: {cimEvent}, metadata, messages, slots}}`. Override envelope
 * fields under `envelope` (`{ envelope: { intent: "AGENT_MRD_INTERRUPTED" } }` reproduces an intent that differs from
 * the event's name).
 *
 * @example
 * const msg = createTestStudioMsg("TASK_ENQUEUED");
 * const parsed = expertflowCim.parse(msg.payload);
 */
export function createTestStudioMsg<K extends EventName>(
  name: K,
  overrides?: DeepPartial<ExpertflowCimEventMap[K]>,
  options?: TestEventOptions,
): StudioMsg {
  const [event, envelope] = split(overrides);
  return wrapInStudio(
    createTestEvent(name, event, options) as object as Record<string, unknown>,
    "node-red-msg",
    envelope,
  ) as StudioMsg;
}

/**
 * The same event as the raw controller request body: `{roomId, conversation, intent, entities: {cimEvent}, metadata,
 * messages}`, with the conversation populated (the documented conversation, moved onto the event's conversation and
 * room). Override envelope fields under `envelope`.
 *
 * @example
 * const response = await handler(createTestRequest(createTestControllerBody("CUSTOMER_MESSAGE")));
 */
export function createTestControllerBody<K extends EventName>(
  name: K,
  overrides?: DeepPartial<ExpertflowCimEventMap[K]>,
  options?: TestEventOptions,
): StudioPayload {
  const [event, envelope] = split(overrides);
  return wrapInStudio(
    createTestEvent(name, event, options) as object as Record<string, unknown>,
    "controller-body",
    envelope,
  ) as StudioPayload;
}

/**
 * The `Request` carrying `body` (a controller body, an event, or text sent as is) as JSON with
 * `Content-Type: application/json`. Expertflow documents no authentication for it, so use whatever your endpoint
 * expects: `auth: { header, secret }` for a shared-secret header, `{ token }` as `Authorization: Bearer`, or
 * `{ username, password }`. Default URL `http://localhost/expertflow/controller`.
 *
 * @example
 * const request = createTestRequest(createTestControllerBody("CUSTOMER_MESSAGE"), { auth: { header: "x-controller-secret", secret: "s" } });
 */
export function createTestRequest(body: object | string, options: TestRequestOptions = {}): Request {
  return buildTestRequest(body, options, {
    url: "http://localhost/expertflow/controller",
    token: { in: "bearer", param: "access_token" },
    contentType: "application/json",
  });
}
