import {
  createMluviiApiClient,
  type MluviiApiClientOptions,
  MluviiApiStatusError,
  MluviiRateLimitError,
  type MluviiRetryInfo,
} from "@contactkit/mluvii-api";
import { Agent } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { json, startServer, type TestHandler, type TestServer } from "./support/server";

let server: TestServer | undefined;
let agent: Agent | undefined;
afterEach(async () => {
  await agent?.close();
  await server?.close();
  server = undefined;
  agent = undefined;
});

const path = "/api/v1/Chatbot/1/activity";

async function setup(handler: TestHandler, options: Partial<MluviiApiClientOptions> = {}) {
  server = await startServer(handler);
  agent = new Agent();
  const retries: MluviiRetryInfo[] = [];
  const client = createMluviiApiClient({
    origin: server.origin,
    getToken: async () => "tok",
    dispatcher: agent,
    retryBaseDelayMs: 5,
    hooks: { onRetry: (info) => retries.push(info) },
    ...options,
  });
  return { client, server, retries };
}

/** Answers `failures` with the given status, then 200. */
function failThenOk(failures: number, status: number, headers: Record<string, string> = {}): TestHandler {
  return (_r, res, index) =>
    index < failures ? json(res, status, { error: "x" }, headers) : json(res, 200, { ok: 1 });
}

describe("retries by status", () => {
  it("retries 503 for an operation safe to repeat", async () => {
    const { client, server, retries } = await setup(failThenOk(2, 503));
    const res = await client.request({ method: "POST", path, body: {}, idempotent: true });
    expect(res.data).toEqual({ ok: 1 });
    expect(res.attempts).toBe(3);
    expect(server.receipts).toHaveLength(3);
    expect(retries.map((r) => [r.reason, r.status, r.attempt])).toEqual([
      ["status", 503, 1],
      ["status", 503, 2],
    ]);
  });

  it("does not repeat an unsafe operation that reached the server and got 503", async () => {
    const { client, server } = await setup(failThenOk(1, 503));
    const error = await client.request({ method: "POST", path, body: {}, idempotent: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MluviiApiStatusError);
    expect((error as MluviiApiStatusError).status).toBe(503);
    expect(server.receipts).toHaveLength(1);
  });

  it("gives up after maxRetries and reports the attempts", async () => {
    const { client, server } = await setup(failThenOk(10, 502), { maxRetries: 3 });
    const error = (await client
      .request({ method: "GET", path, idempotent: true })
      .catch((e) => e)) as MluviiApiStatusError;
    expect(error.status).toBe(502);
    expect(error.attempts).toBe(4);
    expect(server.receipts).toHaveLength(4);
  });

  it("does not retry a 400 and keeps a bounded body excerpt", async () => {
    const { client, server } = await setup((_r, res) => json(res, 400, { text: "x".repeat(10_000) }));
    const error = (await client
      .request({ method: "GET", path, idempotent: true })
      .catch((e) => e)) as MluviiApiStatusError;
    expect(error.status).toBe(400);
    expect(error.bodyExcerpt.length).toBeLessThanOrEqual(513);
    expect(error.bodyExcerpt.startsWith('{"text":"xxx')).toBe(true);
    expect(server.receipts).toHaveLength(1);
  });

  it("honours Retry-After in seconds on 429", async () => {
    const { client, retries } = await setup(failThenOk(1, 429, { "retry-after": "1" }));
    const res = await client.request({ method: "GET", path, idempotent: true });
    expect(res.attempts).toBe(2);
    expect(retries[0]?.delayMs).toBe(1000);
    expect(retries[0]?.error).toBeInstanceOf(MluviiRateLimitError);
  });

  it("honours Retry-After as an HTTP date on 503", async () => {
    const { client, retries } = await setup((_r, res, i) =>
      i === 0 ? json(res, 503, {}, { "retry-after": new Date(Date.now() - 5000).toUTCString() }) : json(res, 200, {}),
    );
    await client.request({ method: "GET", path, idempotent: true });
    expect(retries[0]?.delayMs).toBe(0); // a date in the past: retry at once
  });

  it("surfaces MluviiRateLimitError with retryAfter when the wait is longer than maxRetryAfterMs", async () => {
    const { client, server } = await setup(failThenOk(1, 429, { "retry-after": "120" }));
    const error = (await client
      .request({ method: "GET", path, idempotent: true })
      .catch((e) => e)) as MluviiRateLimitError;
    expect(error).toBeInstanceOf(MluviiRateLimitError);
    expect(error.retryAfter).toBe(120_000);
    expect(server.receipts).toHaveLength(1);
  });

  it("does not repeat an unsafe operation on 429", async () => {
    const { client, server } = await setup(failThenOk(1, 429, { "retry-after": "0" }));
    const error = await client.request({ method: "POST", path, body: {}, idempotent: false }).catch((e) => e);
    expect(error).toBeInstanceOf(MluviiRateLimitError);
    expect(server.receipts).toHaveLength(1);
  });
});
