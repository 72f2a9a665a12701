import { createMemoryDedupeStore, createRouter, type ParsedEvent, queryTokenAuth } from "@contactkit/core";
import {
  createMluviiWebhookHandler,
  credentialsFromCallbackUrl,
  type MluviiWebhookEventMap,
  mluviiWebhooks,
} from "@contactkit/mluvii-webhooks";
import { describe, expect, it, vi } from "vitest";
import { deferred, mluviiDelivery } from "./support/delivery";
import { fixtureJson, fixtureText } from "./support/fixtures";

const callbackUrl = "https://mluvii:s%40cret%3Ax@hooks.example.com/mluvii/webhook";
const created = fixtureJson("docs-webhooks/SessionCreated.json");

function receiver(extra: Partial<Parameters<typeof createMluviiWebhookHandler>[0]> = {}) {
  const seen: ParsedEvent<MluviiWebhookEventMap>[] = [];
  const handler = createMluviiWebhookHandler({
    callbackUrls: [callbackUrl],
    process: (parsed) => {
      seen.push(parsed);
    },
    ...extra,
  });
  return { handler, seen };
}

describe("credentialsFromCallbackUrl", () => {
  it("percent-decodes the userinfo mluvii turns into Basic credentials", () => {
    expect(credentialsFromCallbackUrl(callbackUrl)).toEqual({ username: "mluvii", password: "s@cret:x" });
  });
  it("refuses a URL without credentials, without echoing it", () => {
    expect(() => credentialsFromCallbackUrl("https://hooks.example.com/x?secret=abc")).toThrow(/no user:password@/);
    expect(() => credentialsFromCallbackUrl("https://hooks.example.com/x?secret=abc")).not.toThrow(/abc/);
    expect(() => credentialsFromCallbackUrl("not a url")).toThrow(TypeError);
  });
});

describe("createMluviiWebhookHandler", () => {
  it("requires an authentication choice", () => {
    expect(() => createMluviiWebhookHandler({})).toThrow(/callbackUrls, credentials, queryTokens or auth/);
  });

  it("accepts a delivery authenticated by the callback URL's credentials and processes it after the ack", async () => {
    const { handler, seen } = receiver();
    const response = await handler(mluviiDelivery(callbackUrl, created));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, type: "SessionCreated" });
    await handler.drain();
    expect(seen.map((p) => p.type)).toEqual(["SessionCreated"]);
  });

  it.each([
    ["a wrong password", "https://mluvii:wrong@hooks.example.com/mluvii/webhook"],
    ["no credentials", "https://hooks.example.com/mluvii/webhook"],
  ])("answers 401 to %s and processes nothing", async (_label, url) => {
    const { handler, seen } = receiver();
    const response = await handler(mluviiDelivery(url, created));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Basic/);
    await handler.drain();
    expect(seen).toHaveLength(0);
  });

  it("accepts old and new callback URLs while credentials rotate", async () => {
    const next = "https://mluvii:n3w-pass@hooks.example.com/mluvii/webhook";
    const { handler } = receiver({ callbackUrls: [callbackUrl, next] });
    expect((await handler(mluviiDelivery(callbackUrl, created))).status).toBe(200);
    expect((await handler(mluviiDelivery(next, fixtureJson("docs-webhooks/SessionStarted.json")))).status).toBe(200);
    expect((await handler(mluviiDelivery("https://mluvii:old@hooks.example.com/x", created))).status).toBe(401);
  });

  it("authenticates by query token (Obseum-style callback URLs), with rotation", async () => {
    const { handler } = receiver({ callbackUrls: [], queryTokens: ["t-old", "t-new"], queryParam: "secret" });
    expect((await handler(mluviiDelivery("https://h.example.com/hook?secret=t-new", created))).status).toBe(200);
    expect(
      (
        await handler(
          mluviiDelivery("https://h.example.com/hook?secret=t-old", fixtureJson("docs-webhooks/SessionStarted.json")),
        )
      ).status,
    ).toBe(200);
    expect((await handler(mluviiDelivery("https://h.example.com/hook?secret=nope", created))).status).toBe(401);
    expect((await handler(mluviiDelivery("https://h.example.com/hook", created))).status).toBe(401);
  });

  it("accepts either Basic or the query token when both are configured", async () => {
    const { handler } = receiver({ queryTokens: ["tok"] });
    expect((await handler(mluviiDelivery(callbackUrl, created))).status).toBe(200);
    expect(
      (
        await handler(
          mluviiDelivery("https://h.example.com/hook?token=tok", fixtureJson("docs-webhooks/SessionEnded.json")),
        )
      ).status,
    ).toBe(200);
  });

  it("takes a custom auth instead", async () => {
    const { handler } = receiver({ callbackUrls: [], auth: queryTokenAuth({ tokens: ["x"] }) });
    expect((await handler(mluviiDelivery("https://h.example.com/hook?token=x", created))).status).toBe(200);
  });

  it("answers GET with 200 without credentials (reachability checks)", async () => {
    const { handler } = receiver();
    expect(
      (await handler(mluviiDelivery("https://hooks.example.com/mluvii/webhook", null, { method: "GET" }))).status,
    ).toBe(200);
    const closed = receiver({ allowGet: false }).handler;
    expect(
      (await closed(mluviiDelivery("https://hooks.example.com/mluvii/webhook", null, { method: "GET" }))).status,
    ).toBe(405);
  });

  it("rejects an array body with 400 and a precise error", async () => {
    const { handler, seen } = receiver();
    const response = await handler(mluviiDelivery(callbackUrl, [created]));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { code: string }[] };
    expect(body.error).toMatch(/one event per request/);
    expect(body.issues[0]?.code).toBe("batch");
    await handler.drain();
    expect(seen).toHaveLength(0);
  });

  it("answers 400 naming the JSON path for an invalid event", async () => {
    const { handler } = receiver();
    const response = await handler(mluviiDelivery(callbackUrl, { ...created, data: { ...created.data, id: "x" } }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain("$.data.id");
  });

  it("accepts and hands over unknown event types (StatRealTime) with 200", async () => {
    const { handler, seen } = receiver();
    const response = await handler(mluviiDelivery(callbackUrl, fixtureText("model/_unknown.StatRealTime.json")));
    expect(response.status).toBe(200);
    await handler.drain();
    expect(seen[0]?.known).toBe(false);
  });

  it("processes a redelivered event once (idempotency key into the dedupe store)", async () => {
    const store = createMemoryDedupeStore();
    const { handler, seen } = receiver({ dedupe: { store } });
    const activity = fixtureText("docs-webhooks/SessionActivityOnHold.json");
    const first = await handler(mluviiDelivery(callbackUrl, activity));
    const again = await handler(mluviiDelivery(callbackUrl, activity));
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    await handler.drain();
    expect(seen).toHaveLength(1);
    expect(store.size).toBe(1);
  });

  it("processes redeliveries again when dedupe is off", async () => {
    const { handler, seen } = receiver({ dedupe: false });
    await handler(mluviiDelivery(callbackUrl, created));
    await handler(mluviiDelivery(callbackUrl, created));
    await handler.drain();
    expect(seen).toHaveLength(2);
  });

  it("acknowledges before a slow handler finishes, and a failing handler does not change the ack", async () => {
    const gate = deferred();
    const onError = vi.fn();
    let finished = false;
    const router = createRouter(mluviiWebhooks).on("SessionCreated", async () => {
      await gate.promise;
      finished = true;
      throw new Error("downstream failed");
    });
    // One attempt, so the error is reported once (core's receiver tests cover the retries).
    const handler = createMluviiWebhookHandler({
      callbackUrls: [callbackUrl],
      process: router,
      onError,
      workers: { maxAttempts: 1 },
    });
    const response = await handler(mluviiDelivery(callbackUrl, created));
    expect(response.status).toBe(200);
    expect(finished).toBe(false);
    expect(handler.stats).toMatchObject({ running: 1, pending: 0 });
    gate.resolve();
    await handler.drain();
    expect(finished).toBe(true);
    expect(onError).toHaveBeenCalledOnce();
  });

  it("with ack after-handlers, a failing handler answers 500 so mluvii retries", async () => {
    const handler = createMluviiWebhookHandler({
      callbackUrls: [callbackUrl],
      ack: "after-handlers",
      process: () => {
        throw new Error("no");
      },
      onError: () => {},
    });
    expect((await handler(mluviiDelivery(callbackUrl, created))).status).toBe(500);
  });

  it("does not require a JSON Content-Type (mluvii does not document one)", async () => {
    const { handler } = receiver();
    const request = mluviiDelivery(callbackUrl, created);
    const bare = new Request(request.url, {
      method: "POST",
      headers: { authorization: request.headers.get("authorization") ?? "" },
      body: JSON.stringify(created),
    });
    expect((await handler(bare)).status).toBe(200);
  });
});
