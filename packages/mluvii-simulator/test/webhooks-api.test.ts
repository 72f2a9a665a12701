import { createMluviiApiClient } from "@contactkit/mluvii-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator } from "../src";
import { api } from "./support/sim";

let sim: MluviiSimulator;
beforeEach(async () => {
  sim = createMluviiSimulator();
  await sim.start();
});
afterEach(() => sim.stop());

const hook = (callbackUrl: string, eventTypes = ["SessionCreated", "SessionEnded"]) => ({ eventTypes, callbackUrl });

describe("/api/v1/Webhooks", () => {
  it("creates with 201 and the new id, and answers 409 with the existing id for a duplicate callback URL", async () => {
    const created = await api(sim, "POST", "/api/v1/Webhooks", hook("https://u:p@example.com/a"));
    expect(created).toEqual({ status: 201, body: 1 });
    const duplicate = await api(sim, "POST", "/api/v1/Webhooks", hook("https://u:p@example.com/a", ["SessionStarted"]));
    expect(duplicate).toEqual({ status: 409, body: 1 });
    // a 409 changes nothing: mluvii's samples PUT the new event types afterwards
    expect(sim.webhooks[0]?.eventTypes).toEqual(["SessionCreated", "SessionEnded"]);
    const other = await api(sim, "POST", "/api/v1/Webhooks", hook("https://example.com/b"));
    expect(other).toEqual({ status: 201, body: 2 });
  });

  it("updates (204), gets, lists, deletes one (204, then 404) and deletes all", async () => {
    await api(sim, "POST", "/api/v1/Webhooks", hook("https://example.com/a"));
    await api(sim, "POST", "/api/v1/Webhooks", hook("https://example.com/b"));
    const put = await api(sim, "PUT", "/api/v1/Webhooks/1", hook("https://example.com/a2", ["SessionStarted"]));
    expect(put.status).toBe(204);
    expect(await api(sim, "GET", "/api/v1/Webhooks/1")).toEqual({
      status: 200,
      body: { id: 1, eventTypes: ["SessionStarted"], callbackUrl: "https://example.com/a2" },
    });
    const list = await api(sim, "GET", "/api/v1/Webhooks");
    expect((list.body as { id: number }[]).map((w) => w.id)).toEqual([1, 2]);
    expect((await api(sim, "DELETE", "/api/v1/Webhooks/1")).status).toBe(204);
    expect((await api(sim, "GET", "/api/v1/Webhooks/1")).status).toBe(404);
    expect((await api(sim, "PUT", "/api/v1/Webhooks/1", hook("https://example.com/x"))).status).toBe(404);
    expect((await api(sim, "DELETE", "/api/v1/Webhooks")).status).toBe(204);
    expect((await api(sim, "GET", "/api/v1/Webhooks")).body).toEqual([]);
  });

  it("answers 400 with ModelState errors for unknown event types and invalid URLs", async () => {
    const bad = await api(sim, "POST", "/api/v1/Webhooks", {
      eventTypes: ["SessionTeleported"],
      callbackUrl: "ftp:/x",
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body as object).sort()).toEqual(["callbackUrl", "eventTypes"]);
    expect((await api(sim, "POST", "/api/v1/Webhooks", { callbackUrl: "https://example.com" })).status).toBe(400);
    expect(sim.webhooks).toEqual([]);
  });

  it("works with mluvii-api's webhooks client: create, then 409 → PUT on the second create", async () => {
    const client = createMluviiApiClient({ origin: sim.origin, credentials: sim.credentials, maxRetries: 0 });
    const first = await client.webhooks.create({
      eventTypes: ["SessionCreated"],
      callbackUrl: "https://u:p@example.com/h",
    });
    expect(first).toEqual({ id: 1, created: true });
    const second = await client.webhooks.create({
      eventTypes: ["SessionCreated", "SessionEnded"],
      callbackUrl: "https://u:p@example.com/h",
    });
    expect(second).toEqual({ id: 1, created: false });
    expect((await client.webhooks.get(1)).eventTypes).toEqual(["SessionCreated", "SessionEnded"]);
    expect(await client.webhooks.list()).toHaveLength(1);
    await client.webhooks.delete(1);
    await client.webhooks.deleteAll();
    expect(sim.transcript.filter({ route: "webhooks-api" }).map((e) => `${e.method} ${e.status}`)).toEqual([
      "POST 201",
      "POST 409",
      "PUT 204",
      "GET 200",
      "GET 200",
      "DELETE 204",
      "DELETE 204",
    ]);
  });
});
