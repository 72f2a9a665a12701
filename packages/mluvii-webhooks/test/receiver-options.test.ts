// The receiver takes core's option names (auth, dedupe, …) like every contactkit receiver; mluvii's own secrets
// live under `auth`, and the former top-level names keep working (deprecated).
import { type ParsedEvent, queryTokenAuth } from "@contactkit/core";
import {
  createMluviiWebhookHandler,
  type MluviiWebhookEventMap,
  type MluviiWebhookHandlerOptions,
  mluviiWebhookAuth,
} from "@contactkit/mluvii-webhooks";
import { createTestEvent, createTestRequest } from "@contactkit/mluvii-webhooks/testing";
import { describe, expect, it } from "vitest";

const hook = { username: "hook", password: "s3cret" };
const callbackUrl = "https://hook:s3cret@hooks.example.com/mluvii";

async function statusOf(options: MluviiWebhookHandlerOptions, request: Request): Promise<number> {
  return (await createMluviiWebhookHandler(options)(request)).status;
}
const event = () => createTestEvent("SessionEnded");

describe("createMluviiWebhookHandler options", () => {
  it.each<[string, MluviiWebhookHandlerOptions]>([
    ["auth: { callbackUrls }", { auth: { callbackUrls: [callbackUrl] } }],
    ["auth: { credentials }", { auth: { credentials: [hook] } }],
    ["auth: mluviiWebhookAuth(…)", { auth: mluviiWebhookAuth({ callbackUrls: [callbackUrl] }) }],
    ["deprecated callbackUrls", { callbackUrls: [callbackUrl] }],
    ["deprecated credentials", { credentials: [hook] }],
  ])("%s: Basic from the callback URL is accepted, a wrong password is not", async (_label, options) => {
    expect(await statusOf(options, createTestRequest(event(), { auth: hook }))).toBe(200);
    expect(await statusOf(options, createTestRequest(event(), { auth: { ...hook, password: "x" } }))).toBe(401);
  });

  it.each<[string, MluviiWebhookHandlerOptions]>([
    ["auth: { queryTokens, queryParam }", { auth: { queryTokens: ["t-1"], queryParam: "secret" } }],
    ["deprecated queryTokens, queryParam", { queryTokens: ["t-1"], queryParam: "secret" }],
    ["a core WebhookAuth", { auth: queryTokenAuth({ tokens: ["t-1"], param: "secret" }) }],
  ])("%s: the query token is accepted under its parameter", async (_label, options) => {
    const url = "http://localhost/mluvii/webhooks?secret=t-1";
    expect(await statusOf(options, createTestRequest(event(), { url }))).toBe(200);
    expect(await statusOf(options, createTestRequest(event(), { url: `${url}x` }))).toBe(401);
  });

  it("merges secrets given under auth and under the deprecated names (rotation across the change)", async () => {
    const options: MluviiWebhookHandlerOptions = { auth: { credentials: [hook] }, queryTokens: ["t-1"] };
    expect(await statusOf(options, createTestRequest(event(), { auth: hook }))).toBe(200);
    expect(await statusOf(options, createTestRequest(event(), { auth: { token: "t-1" } }))).toBe(200);
  });

  it("refuses an auth without any secret, naming what to give", () => {
    expect(() => mluviiWebhookAuth({})).toThrow(TypeError);
    expect(() => createMluviiWebhookHandler({ auth: { callbackUrls: [] } })).toThrow(/give auth/);
  });

  it("keeps mluvii's defaults under the user's choices (GET answered unless allowGet: false)", async () => {
    const get = () => new Request("http://localhost/mluvii/webhooks", { method: "GET" });
    expect(await statusOf({ auth: { credentials: [hook] } }, get())).toBe(200);
    expect(await statusOf({ auth: { credentials: [hook] }, allowGet: false }, get())).toBe(405);
  });

  it("dedupes by mluvii's idempotency key by default, and by the user's key when given", async () => {
    const seen: ParsedEvent<MluviiWebhookEventMap>[] = [];
    const process = (parsed: ParsedEvent<MluviiWebhookEventMap>) => void seen.push(parsed);
    const once = event();
    const byDefault = createMluviiWebhookHandler({ auth: { credentials: [hook] }, process });
    for (let i = 0; i < 2; i++) await byDefault(createTestRequest(once, { auth: hook }));
    await byDefault.drain();
    expect(seen).toHaveLength(1);

    seen.length = 0;
    const everythingOnce = createMluviiWebhookHandler({
      auth: { credentials: [hook] },
      process,
      dedupe: { key: () => "same" },
    });
    await everythingOnce(createTestRequest(event(), { auth: hook }));
    await everythingOnce(createTestRequest(createTestEvent("SessionCreated"), { auth: hook }));
    await everythingOnce.drain();
    expect(seen).toHaveLength(1);
  });
});
