import { type CcaiQmEventMap, ccaiQmEvents, createCcaiQmHandler } from "@contactkit/ccai-qm-chat";
import { createTestEnvelope, createTestEvent, createTestRequest } from "@contactkit/ccai-qm-chat/testing";
import { arbitraryEvent } from "@contactkit/ccai-qm-chat/testing/arbitraries";
import type { ParsedEvent } from "@contactkit/core";
import { valueAt } from "@contactkit/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leafPaths, overridesFrom } from "../../../test-support/overrides";

const types = ccaiQmEvents.types;

describe("createTestEvent and createTestEnvelope", () => {
  it.each(types)("%s: a valid item of its type, bare and wrapped, strict mode included", (type) => {
    const bare = createTestEvent(type);
    const wrapped = createTestEnvelope(type);
    for (const payload of [bare, wrapped]) {
      const result = ccaiQmEvents.safeParse(payload, { strict: true });
      expect(result).toMatchObject({ ok: true, known: true, type, warnings: [] });
    }
    expect(wrapped.type).toBe(type === "AgentState" || type === "CallState" ? type : "ChatState");
  });

  it("every type: overrides land where they are typed and the item still parses to its type", () => {
    const discriminators = new Set(["state", "State", "chat_id", "CallID", "ParticipantID"]);
    const cases = fc
      .constantFrom(...types)
      .chain((type) =>
        arbitraryEvent(type).chain((source) =>
          fc
            .subarray(leafPaths(source).filter((p) => p.length > 0 && !discriminators.has(String(p[0]))))
            .map((paths) => ({ type, source, paths })),
        ),
      );
    fc.assert(
      fc.property(cases, ({ type, source, paths }) => {
        const item = createTestEvent(type, overridesFrom(source, paths));
        expect(ccaiQmEvents.safeParse(item)).toMatchObject({ ok: true, known: true, type });
        for (const path of paths) expect(valueAt(item, path)).toEqual(valueAt(source, path));
      }),
      { numRuns: 300 },
    );
  });

  it("fresh chat, media and call ids on every call, in the documented shapes", () => {
    const [a, b] = [createTestEvent("disconnected"), createTestEvent("disconnected")];
    expect(a.chat_id).not.toBe(b.chat_id);
    expect(a.participants.map((p) => p.media_id)).not.toEqual(b.participants.map((p) => p.media_id));
    for (const p of a.participants) expect(p.media_id).toMatch(/^MB[0-9a-f]{32}$/);
    expect(createTestEvent("CallState").CallID).toMatch(/^[0-9a-f]{12}$/);
    expect(createTestEvent("CallState").CallID).not.toBe(createTestEvent("CallState").CallID);
  });

  it("ends a chat now, keeping the connected-to-ended gap and the -07:00 milliseconds format", () => {
    const before = Date.now();
    const item = createTestEvent("disconnected");
    expect(item.ends_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}-07:00$/);
    const ends = Date.parse(item.ends_at ?? "");
    expect(ends).toBeGreaterThanOrEqual(before - 1);
    expect(ends - Date.parse(item.connected_at ?? "")).toBe(22_000);
  });

  it("replaces participants whole", () => {
    const alone = createTestEvent("waiting", {
      participants: [{ state: "connected", type: "external", dn: "end_user_9" }],
    });
    expect(alone.participants).toEqual([{ state: "connected", type: "external", dn: "end_user_9" }]);
  });
});

describe("createTestRequest: the QM push", () => {
  it("is accepted by createCcaiQmHandler with a bearer token, wrapped or bare", async () => {
    const seen: ParsedEvent<CcaiQmEventMap>[] = [];
    const handler = createCcaiQmHandler({
      auth: { kind: "bearer", tokens: ["qm-t0k"] },
      process: (p) => void seen.push(p),
    });
    for (const payload of [createTestEnvelope("disconnected"), createTestEvent("AgentState")]) {
      const response = await handler(createTestRequest(payload, { auth: { token: "qm-t0k" } }));
      expect(response.status).toBe(200);
    }
    expect((await handler(createTestRequest(createTestEvent("waiting")))).status).toBe(401);
    await handler.drain();
    expect(seen.map((p) => p.type)).toEqual(["disconnected", "AgentState"]);
  });

  it("sends JSON with its Content-Type", () => {
    expect(createTestRequest(createTestEvent("waiting")).headers.get("content-type")).toBe("application/json");
  });
});

describe("arbitraryEvent", () => {
  it("generates valid items of every type, optional fields sometimes absent", () => {
    fc.assert(
      fc.property(arbitraryEvent(), (item) => {
        expect(ccaiQmEvents.safeParse(item).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
    const samples = fc.sample(arbitraryEvent("connected"), { numRuns: 100, seed: 3 });
    expect(samples.some((s) => !("language" in s))).toBe(true);
    expect(samples.some((s) => "language" in s)).toBe(true);
  });
});
