import { createMluviiApiClient, MluviiAbortError, MluviiAuthenticationError } from "@contactkit/mluvii-api";
import { Agent } from "undici";
import { afterEach, describe, expect, it, vi } from "vitest";
import { credentials, json, mluviiLike, startServer, type TestServer } from "./support/server";

let server: TestServer | undefined;
let agent: Agent | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await agent?.close();
  await server?.close();
  server = undefined;
  agent = undefined;
});

async function setup(api: Parameters<typeof mluviiLike>[0], token: Parameters<typeof mluviiLike>[1] = {}) {
  const like = mluviiLike(api, token);
  server = await startServer(like.handler);
  agent = new Agent();
  const client = createMluviiApiClient({
    origin: server.origin,
    credentials,
    dispatcher: agent,
    retryBaseDelayMs: 5,
  });
  return { client, server, issued: like.issued };
}

const ok = (_r: unknown, res: Parameters<typeof json>[0]) => json(res, 200, { ok: true });
const get = { method: "GET", path: "/api/v1/Sessions", idempotent: true } as const;

describe("OAuth2 client credentials", () => {
  it("POSTs the form mluvii documents, with the non-standard response_type=token", async () => {
    // docs.mluvii.com public-api/authentication and every mluvii sample send response_type=token.
    const { client, server } = await setup(ok);
    await client.request(get);
    const [tokenRequest] = server.at("/login/connect/token");
    expect(tokenRequest?.method).toBe("POST");
    expect(tokenRequest?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const form = new URLSearchParams(tokenRequest?.body);
    expect(Object.fromEntries(form)).toEqual({
      response_type: "token",
      grant_type: "client_credentials",
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    });
    expect(server.at("/api/v1/Sessions")[0]?.headers.authorization).toBe("Bearer t1");
  });

  it("sends scope only when configured", async () => {
    const like = mluviiLike(ok);
    server = await startServer(like.handler);
    agent = new Agent();
    const client = createMluviiApiClient({
      origin: server.origin,
      credentials: { ...credentials, scope: "mluviiPublicApi" },
      dispatcher: agent,
    });
    await client.request(get);
    expect(new URLSearchParams(server.at("/login/connect/token")[0]?.body).get("scope")).toBe("mluviiPublicApi");
  });

  it("caches the token across calls", async () => {
    const { client, issued, server } = await setup(ok, { expiresIn: 3600 });
    for (let i = 0; i < 3; i++) await client.request(get);
    expect(issued()).toBe(1);
    expect(server.at("/api/v1/Sessions").map((r) => r.headers.authorization)).toEqual(Array(3).fill("Bearer t1"));
  });

  it("fetches one token for 100 concurrent calls (single-flight)", async () => {
    const { client, issued, server } = await setup(ok, { expiresIn: 3600, delayMs: 30 });
    const results = await Promise.all(Array.from({ length: 100 }, () => client.request(get)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(issued()).toBe(1);
    const apiReceipts = server.at("/api/v1/Sessions");
    expect(apiReceipts).toHaveLength(100);
    expect(new Set(apiReceipts.map((r) => r.headers.authorization))).toEqual(new Set(["Bearer t1"]));
  });

  it("refreshes shortly before expires_in runs out", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-01-01T00:00:00Z").getTime();
    vi.setSystemTime(start);
    const { client, issued, server } = await setup(ok, { expiresIn: 600 });
    await client.request(get);
    vi.setSystemTime(start + 565_000); // 600 s − 30 s skew = 570 s: still cached
    await client.request(get);
    expect(issued()).toBe(1);
    vi.setSystemTime(start + 571_000);
    await client.request(get);
    expect(issued()).toBe(2);
    expect(server.at("/api/v1/Sessions").at(-1)?.headers.authorization).toBe("Bearer t2");
  });

  it("assumes one hour when expires_in is missing (docs: 'JWT, valid 1 hour')", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.parse("2026-01-01T00:00:00Z");
    vi.setSystemTime(start);
    const { client, issued } = await setup(ok);
    await client.request(get);
    vi.setSystemTime(start + 3_500_000);
    await client.request(get);
    expect(issued()).toBe(1);
    vi.setSystemTime(start + 3_600_000);
    await client.request(get);
    expect(issued()).toBe(2);
  });

  it("refreshes once on a 401, even for an operation unsafe to repeat", async () => {
    const { client, issued, server } = await setup((r, res) => {
      if (r.headers.authorization === "Bearer t1") json(res, 401, { message: "expired" });
      else json(res, 201, { id: 7 });
    });
    const res = await client.request({
      method: "POST",
      path: "/api/v1/Chatbot/1/activity",
      body: {},
      idempotent: false,
    });
    expect(res.status).toBe(201);
    expect(res.attempts).toBe(2);
    expect(issued()).toBe(2);
    expect(server.at("/api/v1/Chatbot/1/activity").map((r) => r.headers.authorization)).toEqual([
      "Bearer t1",
      "Bearer t2",
    ]);
  });

  it("surfaces MluviiAuthenticationError when the fresh token is refused too", async () => {
    const { client, issued, server } = await setup((_r, res) => json(res, 401, {}));
    const error = await client.request(get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MluviiAuthenticationError);
    expect((error as MluviiAuthenticationError).status).toBe(401);
    expect((error as MluviiAuthenticationError).attempts).toBe(2);
    expect(issued()).toBe(2);
    expect(server.at("/api/v1/Sessions")).toHaveLength(2);
  });

  it("refreshes once for 100 concurrent calls that all get a 401", async () => {
    const { client, issued } = await setup((r, res) => {
      if (r.headers.authorization === "Bearer t1") json(res, 401, {});
      else json(res, 200, { ok: true });
    });
    const results = await Promise.all(Array.from({ length: 100 }, () => client.request(get)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(issued()).toBe(2);
  });

  it("does not retry a refused token request (400 invalid_client)", async () => {
    server = await startServer((_r, res) => json(res, 400, { error: "invalid_client" }));
    agent = new Agent();
    const client = createMluviiApiClient({ origin: server.origin, credentials, dispatcher: agent });
    const error = await client.request(get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MluviiAuthenticationError);
    expect((error as MluviiAuthenticationError).status).toBe(400);
    expect((error as MluviiAuthenticationError).bodyExcerpt).toContain("invalid_client");
    expect(server.receipts).toHaveLength(1);
  });

  it("retries the token request on 503 (it is safe to repeat)", async () => {
    let calls = 0;
    server = await startServer((r, res) => {
      if (r.url === "/login/connect/token" && calls++ === 0) json(res, 503, {});
      else if (r.url === "/login/connect/token") json(res, 200, { access_token: "t9", expires_in: 3600 });
      else json(res, 200, {});
    });
    agent = new Agent();
    const client = createMluviiApiClient({
      origin: server.origin,
      credentials,
      dispatcher: agent,
      retryBaseDelayMs: 5,
    });
    await client.request(get);
    expect(server.at("/login/connect/token")).toHaveLength(2);
    expect(server.at("/api/v1/Sessions")[0]?.headers.authorization).toBe("Bearer t9");
  });

  it("rejects a token response without a usable access_token, without echoing it", async () => {
    server = await startServer((_r, res) => json(res, 200, { access_token: "bad token\r\nx: y" }));
    agent = new Agent();
    const client = createMluviiApiClient({ origin: server.origin, credentials, dispatcher: agent });
    const error = (await client.request(get).catch((e: unknown) => e)) as MluviiAuthenticationError;
    expect(error).toBeInstanceOf(MluviiAuthenticationError);
    expect(error.bodyExcerpt).toBe("");
    expect(error.message).not.toContain("bad token");
  });

  it("lets one caller abort its wait for the token without failing the others", async () => {
    const { client, issued } = await setup(ok, { expiresIn: 3600, delayMs: 100 });
    const controller = new AbortController();
    const aborted = client.request({ ...get, signal: controller.signal }).catch((e: unknown) => e);
    const other = client.request(get);
    setTimeout(() => controller.abort(new Error("user gave up")), 10);
    expect(await aborted).toBeInstanceOf(MluviiAbortError);
    expect((await other).status).toBe(200);
    expect(issued()).toBe(1);
  });
});

describe("getToken of your own", () => {
  it("is called per call and once more after a 401", async () => {
    server = await startServer((r, res) => {
      if (r.headers.authorization === "Bearer mine-1") json(res, 401, {});
      else json(res, 200, { ok: true });
    });
    agent = new Agent();
    let n = 0;
    const getToken = vi.fn(async () => `mine-${++n}`);
    const client = createMluviiApiClient({ origin: server.origin, getToken, dispatcher: agent });
    const res = await client.request(get);
    expect(res.attempts).toBe(2);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(server.receipts.map((r) => r.headers.authorization)).toEqual(["Bearer mine-1", "Bearer mine-2"]);
  });

  it("requires exactly one of credentials and getToken", () => {
    expect(() => createMluviiApiClient({})).toThrow(TypeError);
    expect(() => createMluviiApiClient({ credentials, getToken: async () => "x" })).toThrow(TypeError);
  });
});

describe("token lifetime from a token response that is out of the ordinary", () => {
  it.each([
    ["negative", -1],
    ["zero", 0],
    ["a negative string", "-5"],
    ["not a number", "soon"],
  ])("expires_in %s does not fetch a token per call", async (_label, expiresIn) => {
    let issued = 0;
    server = await startServer((r, res) => {
      if (r.url === "/login/connect/token") {
        issued++;
        return json(res, 200, { access_token: `tok-${issued}`, expires_in: expiresIn });
      }
      return json(res, 200, { ok: true });
    });
    agent = new Agent();
    const client = createMluviiApiClient({ origin: server.origin, credentials, dispatcher: agent });
    for (let i = 0; i < 5; i++) await client.request(get);
    expect(issued).toBe(1);
  });
});
