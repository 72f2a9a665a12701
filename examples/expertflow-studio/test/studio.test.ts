import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { startControllerWebhook } from "../src/controller-webhook";
import { onStudioMsg } from "../src/function-node";

const read = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");
const node = () => {
  const warnings: string[] = [];
  const logs: string[] = [];
  return { warnings, logs, warn: (m: string) => warnings.push(m), log: (m: string) => logs.push(m) };
};

describe("Expertflow Conversation Studio examples", () => {
  it("types a Node-RED msg, live cyclic req/res included, and flags the intent mismatch", () => {
    const payload = JSON.parse(read("task-enqueued.json"));
    const req: Record<string, unknown> = { method: "POST" };
    req.socket = { parser: { incoming: req } }; // cyclic, like a live IncomingMessage
    const msg = { ...payload, req, res: { req } };
    const n = node();
    const out = onStudioMsg(msg, n);
    expect(out).toMatchObject({ queueName: "web", taskState: "ACTIVE" });
    expect(n.warnings).toEqual([
      expect.stringMatching(/^intent_mismatch: payload\.intent differs from cimEvent\.name/),
    ]);
  });

  it("types an intent without a cimEvent (CONVERSATION_STARTED) and logs SLA customers redacted", () => {
    const n = node();
    expect(onStudioMsg(JSON.parse(read("conversation-started.json")), n)).toMatchObject({ channelType: "WEB" });
    const sla = onStudioMsg(JSON.parse(read("agent-sla-expired.json")), n);
    expect(sla?.conversationState).toEqual(expect.any(String));
    expect(n.logs.join()).toContain("[redacted]");
    expect(n.logs.join()).not.toContain("Zubair");
  });

  it("rejects a broken msg with a path, without the customer's data, and keeps the flow alive", () => {
    const n = node();
    // Deliberately not a valid StudioMsg: what a flow gets when an upstream node mangled the payload.
    const broken = { payload: { intent: "FIND_AGENT", entities: { cimEvent: { name: "FIND_AGENT" } } } };
    const out = onStudioMsg(broken as unknown as Parameters<typeof onStudioMsg>[0], n);
    expect(out).toBeNull();
    expect(n.warnings[0]).toMatch(/expertflow cim: invalid "FIND_AGENT" event at \$\.payload\.entities\.cimEvent\./);
  });

  it("receives the controller call: secret checked, event routed after the acknowledgement", async () => {
    const lines: string[] = [];
    const server = await startControllerWebhook(0, "s3cret", (l) => lines.push(l));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const body = read("find-agent.json");
      const headers = { "content-type": "application/json", "x-controller-secret": "s3cret" };
      expect(
        (await fetch(url, { method: "POST", body, headers: { ...headers, "x-controller-secret": "nope" } })).status,
      ).toBe(401);
      expect((await fetch(url, { method: "POST", body, headers })).status).toBe(200);
      for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(lines[0]).toMatch(/^FIND_AGENT in conversation \S+, queue /);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
