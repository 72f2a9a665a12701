import type { ParsedEvent } from "@contactkit/core";
import { type MluviiWebhookEventMap, mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";
import { describe, expect, expectTypeOf, it } from "vitest";

/**
 * A contactkit family passed as it is to hono's Standard Schema validator (`@hono/standard-validator`): hono parses
 * the JSON body, the family validates it, and the handler gets the family's `ParsedEvent`. (For production mluvii
 * webhooks, `createMluviiWebhookHandler` also authenticates, bounds the body and deduplicates; this shows the
 * Standard Schema path.)
 */
function createApp(seen: string[]) {
  return new Hono().post("/events", sValidator("json", mluviiWebhooks), (c) => {
    const parsed = c.req.valid("json");
    expectTypeOf(parsed).toEqualTypeOf<ParsedEvent<MluviiWebhookEventMap>>();
    if (parsed.known && parsed.type === "SessionCreated") seen.push(`session ${parsed.event.data.id} created`);
    else seen.push(`${parsed.known ? "known" : "unknown"} ${parsed.type}`);
    return c.json({ ok: true });
  });
}

const post = (app: Hono, body: unknown) =>
  app.request("/events", {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

const sessionCreated = {
  eventType: "SessionCreated",
  data: { id: 7380342, tenantId: 1, channel: "Chat", source: "Default", created: "2024-05-06T08:31:13.722852+02:00" },
};

interface FailedBody {
  success: false;
  error: { message: string; path?: (string | number)[] }[];
}

describe("hono's sValidator with a contactkit family", () => {
  it("accepts a valid event and hands the handler the ParsedEvent", async () => {
    const seen: string[] = [];
    const response = await post(createApp(seen), sessionCreated);
    expect(response.status).toBe(200);
    expect(seen).toEqual(["session 7380342 created"]);
  });

  it("accepts an event type the family does not know, as an unknown event", async () => {
    const seen: string[] = [];
    const response = await post(createApp(seen), { eventType: "SomethingNew", data: {} });
    expect(response.status).toBe(200);
    expect(seen).toEqual(["unknown SomethingNew"]);
  });

  it("rejects an invalid event with 400 and the issue's path as segments", async () => {
    const seen: string[] = [];
    const invalid = { ...sessionCreated, data: { ...sessionCreated.data, id: "7380342" } };
    const response = await post(createApp(seen), invalid);
    expect(response.status).toBe(400);
    const body = (await response.json()) as FailedBody;
    expect(body.success).toBe(false);
    expect(body.error).toEqual([{ message: expect.any(String), path: ["data", "id"] }]);
    expect(seen).toEqual([]);
  });

  it("rejects what the vendor package rejects beyond the schemas (a batch: mluvii never batches)", async () => {
    const seen: string[] = [];
    const response = await post(createApp(seen), [sessionCreated]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as FailedBody;
    expect(body.error).toEqual([{ message: expect.stringContaining("one event per request"), path: [] }]);
    expect(seen).toEqual([]);
  });
});
