// The receiver for Conversation Manager's controller calls: a preset over core's receiver with the same options as
// every contactkit receiver, the family fixed to expertflowCim.
import { createRouter, headerSecretAuth, noAuth } from "@contactkit/core";
import { createExpertflowCimHandler, expertflowCim } from "@contactkit/expertflow-cim";
import {
  createTestControllerBody,
  createTestEvent,
  createTestRequest,
  createTestStudioMsg,
} from "@contactkit/expertflow-cim/testing";
import { describe, expect, it } from "vitest";

const secret = { header: "x-controller-secret", secret: "s3cret" } as const;
const auth = headerSecretAuth({ header: secret.header, secrets: [secret.secret] });

describe("createExpertflowCimHandler", () => {
  it("authenticates before reading, then acknowledges and routes the controller body by cimEvent.name", async () => {
    const queues: (string | null | undefined)[] = [];
    const handler = createExpertflowCimHandler({
      auth,
      process: createRouter(expertflowCim).on("TASK_ENQUEUED", (e) => void queues.push(e.data?.queue?.name)),
    });
    const body = createTestControllerBody("TASK_ENQUEUED", { data: { queue: { name: "billing" } } });
    const response = await handler(createTestRequest(body, { auth: secret }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, type: "TASK_ENQUEUED" });
    await handler.drain();
    expect(queues).toEqual(["billing"]);

    expect((await handler(createTestRequest(body, { auth: { ...secret, secret: "nope" } }))).status).toBe(401);
    expect((await handler(createTestRequest(body))).status).toBe(401);
  });

  it("takes every shape the family takes: a Node-RED msg, a bare cimEvent", async () => {
    const handler = createExpertflowCimHandler({ auth });
    for (const payload of [createTestStudioMsg("CUSTOMER_MESSAGE"), createTestEvent("AGENT_SUBSCRIBED")]) {
      expect((await handler(createTestRequest(payload, { auth: secret }))).status).toBe(200);
    }
  });

  it("answers 400 naming the JSON path of an invalid event, and 200 for a CIM event it does not know", async () => {
    const handler = createExpertflowCimHandler({ auth: noAuth() });
    const invalid = createTestControllerBody("TASK_ENQUEUED") as unknown as Record<string, unknown>;
    const entities = invalid.entities as { cimEvent: Record<string, unknown> };
    entities.cimEvent.data = { task: 5 };
    const bad = await handler(createTestRequest(invalid));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("$.entities.cimEvent.data.task");

    entities.cimEvent = { ...entities.cimEvent, name: "SOMETHING_NEW", data: null };
    const unknown = await handler(createTestRequest(invalid));
    expect(unknown.status).toBe(200);
  });

  it("requires an auth choice (noAuth() included)", () => {
    expect(() => createExpertflowCimHandler({} as never)).toThrow(/give auth/);
  });
});
