import { createMluviiApiClient, MluviiApiError, MluviiPermissionError } from "@contactkit/mluvii-api";
import { MockAgent } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const ORIGIN = "https://onprem.example.com";
let mock: MockAgent;
beforeEach(() => {
  mock = new MockAgent();
  mock.disableNetConnect();
});
afterEach(async () => {
  await mock.close();
});

const client = (origin = ORIGIN, hooks = {}) =>
  createMluviiApiClient({ origin, getToken: async () => "tok", dispatcher: mock, hooks });

describe("request", () => {
  it("defaults to mluvii cloud and reports the origin", () => {
    expect(createMluviiApiClient({ getToken: async () => "t" }).origin).toBe("https://app.mluvii.com");
    expect(client(`${ORIGIN}/`).origin).toBe(ORIGIN);
  });

  it("sends JSON with bearer auth and encoded query, returns status, data, headers, requestId, attempts", async () => {
    let seen: { headers: Record<string, string>; body: string } | undefined;
    mock
      .get(ORIGIN)
      .intercept({ path: "/api/v1/Sessions?limit=10&q=a%20b%26c&flag=true", method: "POST" })
      .reply(({ headers, body }) => {
        seen = { headers: headers as Record<string, string>, body: String(body) };
        return {
          statusCode: 200,
          data: { items: [1] },
          responseOptions: { headers: { "content-type": "application/json", "x-request-id": "req-1" } },
        };
      });
    const res = await client().request<{ items: number[] }>({
      method: "POST",
      path: "/api/v1/Sessions",
      query: { limit: 10, q: "a b&c", skip: undefined, flag: true },
      body: { a: 1 },
      idempotent: true,
    });
    expect(res).toMatchObject({ status: 200, data: { items: [1] }, requestId: "req-1", attempts: 1 });
    expect(res.headers["content-type"]).toBe("application/json");
    expect(seen?.headers.authorization).toBe("Bearer tok");
    expect(seen?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen?.body ?? "")).toEqual({ a: 1 });
  });

  it("keeps an on-premise base path in front of every path", async () => {
    mock.get(ORIGIN).intercept({ path: "/mluvii/api/v1/Webhooks", method: "GET" }).reply(200, []);
    const res = await client(`${ORIGIN}/mluvii/`).request({
      method: "GET",
      path: "/api/v1/Webhooks",
      idempotent: true,
    });
    expect(res.data).toEqual([]);
  });

  it("returns undefined for an empty body and the text for a non-JSON body", async () => {
    const pool = mock.get(ORIGIN);
    pool.intercept({ path: "/a", method: "GET" }).reply(204, "");
    pool
      .intercept({ path: "/b", method: "GET" })
      .reply(200, "plain text", { headers: { "content-type": "text/plain" } });
    const c = client();
    expect((await c.request({ method: "GET", path: "/a", idempotent: true })).data).toBeUndefined();
    expect((await c.request({ method: "GET", path: "/b", idempotent: true })).data).toBe("plain text");
  });

  it("reports invalid JSON declared as JSON as a typed error", async () => {
    mock
      .get(ORIGIN)
      .intercept({ path: "/c", method: "GET" })
      .reply(200, "{oops", { headers: { "content-type": "application/json" } });
    const error = await client()
      .request({ method: "GET", path: "/c", idempotent: true })
      .catch((e) => e);
    expect(error).toBeInstanceOf(MluviiApiError);
    expect((error as Error).message).toBe("mluvii API GET /c returned invalid JSON");
  });

  it("maps 403 (API key without chatbot permission) to MluviiPermissionError, not retried", async () => {
    mock.get(ORIGIN).intercept({ path: "/api/v1/Chatbot/1/activity", method: "POST" }).reply(403, "");
    const error = await client()
      .request({ method: "POST", path: "/api/v1/Chatbot/1/activity", body: {}, idempotent: true })
      .catch((e) => e);
    expect(error).toBeInstanceOf(MluviiPermissionError);
    mock.assertNoPendingInterceptors();
  });

  it("refuses paths that could leave the origin or smuggle a query", async () => {
    const c = client();
    for (const path of ["api/v1", "//evil.example.com/x", "/a?b=1", "/a b"]) {
      await expect(c.request({ method: "GET", path, idempotent: true })).rejects.toThrow(TypeError);
    }
  });

  it("a hook that throws does not change the outcome", async () => {
    mock.get(ORIGIN).intercept({ path: "/d", method: "GET" }).reply(200, {});
    const c = client(ORIGIN, {
      onRequest() {
        throw new Error("hook bug");
      },
      onResponse() {
        throw new Error("hook bug");
      },
    });
    expect((await c.request({ method: "GET", path: "/d", idempotent: true })).status).toBe(200);
  });

  it("calls onRequest and onResponse once per attempt with method, path (no query) and status", async () => {
    const events: string[] = [];
    mock.get(ORIGIN).intercept({ path: "/e?x=1", method: "GET" }).reply(200, {});
    const c = client(ORIGIN, {
      onRequest: (i: { method: string; path: string; attempt: number }) =>
        events.push(`req ${i.method} ${i.path} ${i.attempt}`),
      onResponse: (i: { path: string; status: number }) => events.push(`res ${i.path} ${i.status}`),
    });
    await c.request({ method: "GET", path: "/e", query: { x: 1 }, idempotent: true });
    expect(events).toEqual(["req GET /e 1", "res /e 200"]);
  });
});
