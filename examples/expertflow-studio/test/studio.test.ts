import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { startControllerWebhook } from "../src/controller-webhook";
import { onStudioMsg } from "../src/function-node";

const read = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");

describe("Expertflow Conversation Studio examples", () => {
  it("types a Node-RED msg, live cyclic req/res included, and flags the intent mismatch", () => {
    const payload = JSON.parse(read("task-enqueued.json"));
    const req: Record<string, unknown> = { method: "POST" };
    req.socket = { parser: { incoming: req } }; // cyclic, like a live IncomingMessage
    const msg = { ...payload, req, res: { req } };
    const warnings: string[] = [];
    const out = onStudioMsg(msg, { warn: (m) => warnings.push(m) });
    expect(out?.queueName).toEqual(expect.any(String));
    expect(out?.taskState).toEqual(expect.any(String));
    expect(warnings.join("\n")).toContain("intent differs from cimEvent.name");
  });

  it("rejects a broken msg with a path, without the customer's data, and keeps the flow alive", () => {
    const warnings: string[] = [];
    // Deliberately not a valid StudioMsg: what a flow gets when an upstream node mangled the payload.
    const broken = { payload: { intent: "FIND_AGENT", entities: { cimEvent: { name: "FIND_AGENT" } } } };
    const out = onStudioMsg(broken as unknown as Parameters<typeof onStudioMsg>[0], { warn: (m) => warnings.push(m) });
    expect(out).toBeNull();
    expect(warnings[0]).toMatch(/expertflow cim: invalid "FIND_AGENT" event at \$\.payload\.entities\.cimEvent\./);
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
