import { createRouter, type ParsedEvent } from "@contactkit/core";
import { valueAt } from "@contactkit/core/testing";
import {
  createMluviiWebhookHandler,
  type MluviiWebhookEventMap,
  mluviiIdempotencyKey,
  mluviiWebhooks,
} from "@contactkit/mluvii-webhooks";
import { createTestEvent, createTestRequest, TestEventError } from "@contactkit/mluvii-webhooks/testing";
import { arbitraryEvent } from "@contactkit/mluvii-webhooks/testing/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leafPaths, overridesFrom } from "../../../test-support/overrides";

const types = mluviiWebhooks.types;
const ID_KEYS = new Set(["id", "sessionId", "activityId"]);

describe("createTestEvent", () => {
  it.each(types)("%s: a valid event of its type, strict mode included", (type) => {
    const event = createTestEvent(type);
    expect(mluviiWebhooks.safeParse(event, { strict: true })).toMatchObject({ ok: true, known: true, type });
    expect(mluviiWebhooks.safeParse(JSON.stringify(event))).toMatchObject({ ok: true, type });
  });

  it("every type: overrides land where they are typed and the event still parses to its type", () => {
    const cases = fc
      .constantFrom(...types)
      .chain((type) =>
        arbitraryEvent(type).chain((source) =>
          fc.subarray(leafPaths(source).filter((p) => p.length > 1)).map((paths) => ({ type, source, paths })),
        ),
      );
    fc.assert(
      fc.property(cases, ({ type, source, paths }) => {
        const event = createTestEvent(type, overridesFrom(source, paths));
        expect(mluviiWebhooks.safeParse(event)).toMatchObject({ ok: true, known: true, type });
        for (const path of paths) expect(valueAt(event, path)).toEqual(valueAt(source, path));
      }),
      { numRuns: 300 },
    );
  });

  it.each(types)("%s: fresh ids on every call, sized like mluvii's", (type) => {
    const [a, b] = [createTestEvent(type), createTestEvent(type)];
    const ids = leafPaths(a).filter((p) => ID_KEYS.has(String(p[p.length - 1])));
    for (const path of ids) {
      expect(valueAt(a, path)).not.toBe(valueAt(b, path));
      expect(String(valueAt(a, path)).length).toBe(String(valueAt(createTestEvent(type), path)).length);
    }
    if ("sessionId" in a.data) expect(String(a.data.sessionId)).toMatch(/^[1-9]\d{6}$/);
  });

  it("stamps the latest timestamp with now, in mluvii's ISO-8601-with-offset format", () => {
    const before = Date.now();
    const ended = createTestEvent("SessionEnded");
    const after = Date.now();
    expect(ended.data.ended).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,7}[+-]\d{2}:\d{2}$/);
    const endedAt = Date.parse(ended.data.ended);
    expect(endedAt).toBeGreaterThanOrEqual(before - 1);
    expect(endedAt).toBeLessThanOrEqual(after + 1);
    expect(Date.parse(ended.data.started ?? "")).toBeLessThan(endedAt);
  });

  it("gives distinct idempotency keys to a thousand events of one type (no false duplicates)", () => {
    const keys = Array.from({ length: 1000 }, () => {
      const event = createTestEvent("SessionCreated");
      return mluviiIdempotencyKey({ ok: true, known: true, type: "SessionCreated", event, raw: event, warnings: [] });
    });
    expect(new Set(keys).size).toBe(1000);
  });

  it("refuses overrides that make the event invalid, naming the path and not the value", () => {
    const bad = () => createTestEvent("SessionEnded", { data: { ended: "yesterday-ish" } });
    expect(bad).toThrow(TestEventError);
    expect(bad).toThrow(/\$\.data\.ended/);
    expect(bad).not.toThrow(/yesterday-ish/);
  });
});

describe("createTestRequest: a receiver test in three lines", () => {
  const hook = { username: "hook", password: "s3cret" };
  const credentials = [hook];

  it("is accepted by createMluviiWebhookHandler with Basic credentials, and reaches the router typed", async () => {
    const seen: ParsedEvent<MluviiWebhookEventMap>[] = [];
    const handler = createMluviiWebhookHandler({ credentials, process: (parsed) => void seen.push(parsed) });
    const event = createTestEvent("SessionEnded");
    const response = await handler(createTestRequest(event, { auth: hook }));
    expect(response.status).toBe(200);
    await handler.drain();
    expect(seen.map((p) => p.known && p.event)).toEqual([event]);
  });

  it("sends no Content-Type, Basic from the URL's userinfo, and ?token= for a query token", async () => {
    const request = createTestRequest(createTestEvent("SessionCreated"), { url: "https://hook:s3cret@example.com/m" });
    expect(request.headers.get("content-type")).toBeNull();
    expect(request.url).toBe("https://example.com/m");
    const byToken = createMluviiWebhookHandler({ queryTokens: ["t0k"], process: createRouter(mluviiWebhooks) });
    const accepted = await byToken(createTestRequest(createTestEvent("SessionCreated"), { auth: { token: "t0k" } }));
    expect(accepted.status).toBe(200);
    const refused = await byToken(createTestRequest(createTestEvent("SessionCreated"), { auth: { token: "nope" } }));
    expect(refused.status).toBe(401);
  });

  it("answers a redelivery of the same event as a duplicate", async () => {
    const handler = createMluviiWebhookHandler({ credentials });
    const event = createTestEvent("SessionActivityChatMessage");
    await handler(createTestRequest(event, { auth: hook }));
    const again = await handler(createTestRequest(event, { auth: hook }));
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
  });
});

describe("arbitraryEvent", () => {
  it("generates valid events of every type, with nullable fields sometimes null", () => {
    fc.assert(
      fc.property(arbitraryEvent(), (event) => {
        expect(mluviiWebhooks.safeParse(event)).toMatchObject({ ok: true, known: true, type: event.eventType });
      }),
      { numRuns: 300 },
    );
    const started = fc.sample(arbitraryEvent("SessionEnded"), { numRuns: 100, seed: 7 }).map((e) => e.data.started);
    expect(started).toContain(null);
    expect(started.some((s) => typeof s === "string")).toBe(true);
  });
});
