import { describe, expect, it } from "vitest";
import { handler, seen } from "./examples/controller-webhook";
import { type FunctionNode, onStudioMsg } from "./examples/node-red-function";
import { fixtureJson, fixtureText } from "./fixtures";

const node = (): FunctionNode & { warnings: string[]; logs: string[] } => {
  const warnings: string[] = [];
  const logs: string[] = [];
  return { warnings, logs, warn: (m) => warnings.push(m), log: (m) => logs.push(m) };
};

describe("docs/node-red.md examples", () => {
  it("function node: routes TASK_ENQUEUED and surfaces the intent mismatch warning", () => {
    const n = node();
    const msg = fixtureJson("task-enqueued.json") as never;
    const out = onStudioMsg(msg, n);
    expect(out).toMatchObject({ queueName: "web", taskState: "ACTIVE" });
    expect(n.warnings).toEqual([expect.stringMatching(/^intent_mismatch: /)]);
  });

  it("function node: CONVERSATION_STARTED, and a broken payload stops the flow with a path", () => {
    const n = node();
    expect(onStudioMsg(fixtureJson("conversation-started.json") as never, n)).toMatchObject({ channelType: "WEB" });
    const broken = fixtureJson("agent-unsubscribed.json") as { payload: { entities: { cimEvent: { data: unknown } } } };
    broken.payload.entities.cimEvent.data = { reason: 1 };
    expect(onStudioMsg(broken as never, n)).toBeNull();
    expect(n.warnings.at(-1)).toContain("$.entities.cimEvent.data");
  });

  it("function node: logs SLA customers redacted", () => {
    const n = node();
    onStudioMsg(fixtureJson("agent-sla-expired.json") as never, n);
    expect(n.logs.join()).not.toContain("Zubair");
    expect(n.logs.join()).toContain("[redacted]");
  });

  it("controller webhook: authenticates, acknowledges and routes the raw controller body", async () => {
    const post = (body: string, secret?: string) =>
      handler(
        new Request("http://localhost/controller", {
          method: "POST",
          headers: { "content-type": "application/json", ...(secret ? { "x-controller-secret": secret } : {}) },
          body,
        }),
      );
    expect((await post(fixtureText("find-agent.json"))).status).toBe(401);
    expect((await post(fixtureText("find-agent.json"), "change-me")).status).toBe(200);
    expect((await post("{", "change-me")).status).toBe(400);
    await handler.drain();
    expect(seen).toEqual(["find agent in room 689086bc21e46414c0293b5a, queue default"]);
  });
});
