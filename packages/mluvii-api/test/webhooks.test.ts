import {
  createMluviiApiClient,
  MluviiApiError,
  MluviiApiStatusError,
  type MluviiWebhookEventName,
  type MluviiWebhookInput,
} from "@contactkit/mluvii-api";
import type { MluviiWebhookEventType } from "@contactkit/mluvii-webhooks";
import { MockAgent } from "undici";
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest";

const ORIGIN = "https://app.mluvii.com";
const JSON_HEADERS = { headers: { "content-type": "application/json; charset=utf-8" } };
let mock: MockAgent;
beforeEach(() => {
  mock = new MockAgent();
  mock.disableNetConnect();
  mock
    .get(ORIGIN)
    .intercept({ path: "/login/connect/token", method: "POST" })
    .reply(200, { access_token: "tok", expires_in: 3600, token_type: "Bearer" }, JSON_HEADERS)
    .persist();
});
afterEach(async () => {
  await mock.close();
});

const client = () =>
  createMluviiApiClient({
    credentials: { clientId: "id", clientSecret: "secret" },
    dispatcher: mock,
    retryBaseDelayMs: 1,
  });
const input: MluviiWebhookInput = {
  eventTypes: ["SessionStarted", "SessionEnded"],
  callbackUrl: "https://u:p@bot.example.com/hook",
};

// The subscription endpoints: body `mluvii/mluvii.ApiModels@9529d71:Webhooks/WebhookAddEditModel.cs`, statuses
// `mluvii/publicapi-go@8afcef1:swagger.json` (201 / 409 with the existing id / 204).
describe("webhook subscriptions", () => {
  it("types eventTypes with the event names of @contactkit/mluvii-webhooks", () => {
    expectTypeOf<MluviiWebhookEventName>().toEqualTypeOf<MluviiWebhookEventType>();
    // @ts-expect-error: not a mluvii webhook event type (tsc checks this line)
    const wrong: MluviiWebhookInput = { eventTypes: ["SessionStartedd"], callbackUrl: "https://x" };
    expect(wrong.eventTypes).toHaveLength(1);
  });

  it("create: 201 returns the new id (the body is a bare int, per the 2019 swagger)", async () => {
    let sent: unknown;
    mock
      .get(ORIGIN)
      .intercept({ path: "/api/v1/Webhooks", method: "POST" })
      .reply(({ body, headers }) => {
        sent = { body: JSON.parse(String(body)), auth: (headers as Record<string, string>).authorization };
        return { statusCode: 201, data: "42", responseOptions: JSON_HEADERS };
      });
    expect(await client().webhooks.create(input)).toEqual({ id: 42, created: true });
    expect(sent).toEqual({ body: input, auth: "Bearer tok" });
  });

  it("create: 409 carries the existing id in its body, which is then updated with PUT (mluvii's samples)", async () => {
    const pool = mock.get(ORIGIN);
    pool.intercept({ path: "/api/v1/Webhooks", method: "POST" }).reply(409, "17", JSON_HEADERS);
    let putBody: unknown;
    pool.intercept({ path: "/api/v1/Webhooks/17", method: "PUT" }).reply(({ body }) => {
      putBody = JSON.parse(String(body));
      return { statusCode: 204, data: "" };
    });
    expect(await client().webhooks.create(input)).toEqual({ id: 17, created: false });
    expect(putBody).toEqual(input);
    mock.assertNoPendingInterceptors();
  });

  it("create: an id body that is not an id is a typed error naming the JSON path", async () => {
    mock.get(ORIGIN).intercept({ path: "/api/v1/Webhooks", method: "POST" }).reply(201, { id: "x" }, JSON_HEADERS);
    const error = (await client()
      .webhooks.create(input)
      .catch((e) => e)) as MluviiApiError;
    expect(error).toBeInstanceOf(MluviiApiError);
    expect(error.message).toMatch(/POST \/api\/v1\/Webhooks returned an unexpected body/);
  });

  it("get and list parse WebhookModel and keep event names mluvii added later", async () => {
    const model = { id: 5, eventTypes: ["SessionStarted", "SomethingNew"], callbackUrl: "https://x/hook" };
    const pool = mock.get(ORIGIN);
    pool.intercept({ path: "/api/v1/Webhooks/5", method: "GET" }).reply(200, model, JSON_HEADERS);
    pool.intercept({ path: "/api/v1/Webhooks", method: "GET" }).reply(200, [model, { ...model, id: 6 }], JSON_HEADERS);
    const c = client();
    expect(await c.webhooks.get(5)).toEqual(model);
    expect((await c.webhooks.list()).map((w) => w.id)).toEqual([5, 6]);
  });

  it("delete one and delete all hit the documented paths", async () => {
    const pool = mock.get(ORIGIN);
    pool.intercept({ path: "/api/v1/Webhooks/9", method: "DELETE" }).reply(204, "");
    pool.intercept({ path: "/api/v1/Webhooks", method: "DELETE" }).reply(204, "");
    const c = client();
    await c.webhooks.delete(9);
    await c.webhooks.deleteAll();
    mock.assertNoPendingInterceptors();
  });

  it("rejects an id that is not a positive safe integer before sending", async () => {
    await expect(client().webhooks.get(1.5)).rejects.toThrow(TypeError);
    await expect(client().webhooks.delete(Number.MAX_SAFE_INTEGER + 2)).rejects.toThrow(TypeError);
  });

  it("a 404 surfaces as MluviiApiStatusError", async () => {
    mock.get(ORIGIN).intercept({ path: "/api/v1/Webhooks/3", method: "GET" }).reply(404, "", JSON_HEADERS);
    const error = (await client()
      .webhooks.get(3)
      .catch((e) => e)) as MluviiApiStatusError;
    expect(error).toBeInstanceOf(MluviiApiStatusError);
    expect(error.status).toBe(404);
  });
});
