import {
  createMluviiApiClient,
  MluviiAbortError,
  type MluviiApiClientOptions,
  MluviiConnectionError,
  type MluviiRetryInfo,
  MluviiTimeoutError,
} from "@contactkit/mluvii-api";
import { Agent, buildConnector, type Dispatcher, MockAgent } from "undici";
import { afterEach, describe, expect, it, vi } from "vitest";
import { json, startServer, type TestHandler, type TestServer } from "./support/server";

const servers: TestServer[] = [];
const agents: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const a of agents.splice(0)) await a.close();
  for (const s of servers.splice(0)) await s.close();
});

const path = "/api/v1/Chatbot/1/activity";
const send = { method: "POST", path, body: { activity: "Text", sessionId: 1, text: "hi" } } as const;

async function serve(handler: TestHandler, port?: number) {
  const server = await startServer(handler, port);
  servers.push(server);
  return server;
}

function client(origin: string, dispatcher: Dispatcher, extra: Partial<MluviiApiClientOptions> = {}) {
  const retries: MluviiRetryInfo[] = [];
  const c = createMluviiApiClient({
    origin,
    getToken: async () => "tok",
    dispatcher,
    retryBaseDelayMs: 5,
    hooks: { onRetry: (info) => retries.push(info) },
    ...extra,
  });
  return { client: c, retries };
}

function newAgent(options?: ConstructorParameters<typeof Agent>[0]) {
  const agent = new Agent(options);
  agents.push(agent);
  return agent;
}

/** Answers the first request by destroying the socket after the whole request arrived, then 200. */
const resetAfterReceipt: TestHandler = (_r, res, index) => {
  if (index === 0) res.socket?.destroy();
  else json(res, 200, { ok: true });
};

describe("connection reset after the request was sent", () => {
  it("does not send an unsafe activity twice", async () => {
    const server = await serve(resetAfterReceipt);
    const { client: c } = client(server.origin, newAgent());
    const error = (await c.request({ ...send, idempotent: false }).catch((e) => e)) as MluviiConnectionError;
    expect(error).toBeInstanceOf(MluviiConnectionError);
    expect(error.sent).toBe(true);
    expect(error.attempts).toBe(1);
    expect(server.receipts).toHaveLength(1);
  });

  it("repeats a safe operation", async () => {
    const server = await serve(resetAfterReceipt);
    const { client: c, retries } = client(server.origin, newAgent());
    const res = await c.request({ ...send, idempotent: true });
    expect(res.attempts).toBe(2);
    expect(server.receipts).toHaveLength(2);
    expect(retries[0]?.reason).toBe("connection");
  });
});

describe("connection failed before any byte was sent", () => {
  it("retries an unsafe activity after ECONNREFUSED, and it arrives once", async () => {
    const probe = await startServer(() => {});
    const port = probe.port;
    await probe.close();
    let started: Promise<TestServer> | undefined;
    const { client: c, retries } = client(`http://127.0.0.1:${port}`, newAgent(), {
      retryBaseDelayMs: 100,
      maxRetries: 5,
      hooks: {
        onRetry: (info) => {
          retries.push(info);
          started ??= serve((_r, res) => json(res, 200, { ok: true }), port);
        },
      },
    });
    const res = await c.request({ ...send, idempotent: false });
    const server = await started!;
    expect(res.status).toBe(200);
    expect(server.receipts).toHaveLength(1);
    const first = retries[0]?.error as MluviiConnectionError;
    expect(first.code).toBe("ECONNREFUSED");
    expect(first.sent).toBe(false);
  });

  it("retries an unsafe activity when the connection is reset while connecting", async () => {
    const server = await serve((_r, res) => json(res, 200, { ok: true }));
    const connect = buildConnector({});
    let connects = 0;
    const agent = newAgent({
      connect: (options, callback) => {
        if (connects++ === 0) {
          callback(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }), null);
          return;
        }
        connect(options, callback);
      },
    });
    const { client: c, retries } = client(server.origin, agent);
    const res = await c.request({ ...send, idempotent: false });
    expect(res.attempts).toBe(2);
    expect(server.receipts).toHaveLength(1);
    expect((retries[0]!.error as MluviiConnectionError).sent).toBe(false);
  });

  it("treats a MockAgent replyWithError as never sent (no onConnect)", async () => {
    const mock = new MockAgent();
    mock.disableNetConnect();
    agents.push(mock);
    const pool = mock.get("https://app.mluvii.com");
    pool.intercept({ path, method: "POST" }).replyWithError(Object.assign(new Error("reset"), { code: "ECONNRESET" }));
    pool
      .intercept({ path, method: "POST" })
      .reply(200, { ok: true }, { headers: { "content-type": "application/json" } });
    const { client: c, retries } = client("https://app.mluvii.com", mock);
    const res = await c.request({ ...send, idempotent: false });
    expect(res.data).toEqual({ ok: true });
    expect(retries).toHaveLength(1);
    mock.assertNoPendingInterceptors();
  });
});

describe("timeouts", () => {
  const silent: TestHandler = () => {}; // never answers

  it("does not repeat an unsafe activity that timed out after it was sent", async () => {
    const server = await serve(silent);
    const { client: c } = client(server.origin, newAgent(), { timeout: 300 });
    const error = (await c.request({ ...send, idempotent: false }).catch((e) => e)) as MluviiTimeoutError;
    expect(error).toBeInstanceOf(MluviiTimeoutError);
    expect(error.sent).toBe(true);
    expect(error.timeout).toBe(300);
    expect(server.receipts).toHaveLength(1);
  });

  it("repeats a safe operation that timed out, up to maxRetries", async () => {
    const server = await serve(silent);
    const { client: c } = client(server.origin, newAgent(), { timeout: 100, maxRetries: 2 });
    const error = (await c.request({ ...send, idempotent: true }).catch((e) => e)) as MluviiTimeoutError;
    expect(error).toBeInstanceOf(MluviiTimeoutError);
    expect(error.attempts).toBe(3);
    await vi.waitFor(() => expect(server.receipts).toHaveLength(3));
  });

  it("repeats an unsafe activity whose connection never completed before the timeout", async () => {
    const server = await serve((_r, res) => json(res, 200, { ok: true }));
    const connect = buildConnector({});
    let connects = 0;
    let hanging: ((error: Error, socket: null) => void) | undefined;
    const agent = newAgent({
      connect: (options, callback) => {
        if (connects++ === 0) {
          hanging = callback; // the first connection never completes (until the test ends)
          return;
        }
        connect(options, callback);
      },
      connectTimeout: 60_000,
    });
    const { client: c, retries } = client(server.origin, agent, { timeout: 300 });
    const res = await c.request({ ...send, idempotent: false });
    expect(res.status).toBe(200);
    expect(server.receipts).toHaveLength(1);
    expect((retries[0]!.error as MluviiTimeoutError).sent).toBe(false);
    hanging?.(new Error("test over"), null);
  });

  it("takes the per-request timeout over the client's", async () => {
    const server = await serve(silent);
    const { client: c } = client(server.origin, newAgent(), { timeout: 10_000, maxRetries: 0 });
    const error = (await c.request({ ...send, idempotent: true, timeout: 50 }).catch((e) => e)) as MluviiTimeoutError;
    expect(error.timeout).toBe(50);
  });
});

describe("AbortSignal", () => {
  it("aborts an in-flight request with MluviiAbortError carrying the reason", async () => {
    const controller = new AbortController();
    const reason = new Error("shutting down");
    const server = await serve(() => controller.abort(reason)); // aborts once the request has arrived
    const { client: c } = client(server.origin, newAgent());
    const error = (await c.request({ ...send, idempotent: true, signal: controller.signal }).catch((e) => e)) as Error;
    expect(error).toBeInstanceOf(MluviiAbortError);
    expect(error.cause).toBe(reason);
    expect(server.receipts).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const server = await serve((_r, res) => json(res, 200, {}));
    const { client: c } = client(server.origin, newAgent());
    const error = await c.request({ ...send, idempotent: true, signal: AbortSignal.abort() }).catch((e) => e);
    expect(error).toBeInstanceOf(MluviiAbortError);
    await new Promise((r) => setTimeout(r, 20));
    expect(server.receipts).toHaveLength(0);
  });

  it("stops waiting in a backoff delay", async () => {
    const server = await serve((_r, res) => json(res, 503, {}, { "retry-after": "30" }));
    const { client: c, retries } = client(server.origin, newAgent());
    const controller = new AbortController();
    const pending = c.request({ ...send, idempotent: true, signal: controller.signal }).catch((e) => e);
    while (retries.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(await pending).toBeInstanceOf(MluviiAbortError);
    expect(server.receipts).toHaveLength(1);
  });
});
