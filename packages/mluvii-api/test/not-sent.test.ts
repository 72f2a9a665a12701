/**
 * The "provably not sent" rule: an operation with effects (sending text, a hand-off) is repeated only when the
 * failed attempt provably never wrote a byte of the request — the connection failed, the dispatcher refused the
 * request, or the request was dropped before undici started writing it. Anything that fails after writing started
 * carries `sent: true` and is not repeated. These cases go through the public client and any undici dispatcher, so
 * they hold whichever undici handler API the client uses.
 */
import {
  createMluviiApiClient,
  MluviiAbortError,
  MluviiConnectionError,
  type MluviiRetryInfo,
} from "@contactkit/mluvii-api";
import { Agent, buildConnector, Dispatcher } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { json, startServer, type TestHandler, type TestServer } from "./support/server";

const servers: TestServer[] = [];
const agents: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const a of agents.splice(0)) await a.close();
  for (const s of servers.splice(0)) await s.close();
});

const path = "/api/v1/Chatbot/1/activity";
const send = { method: "POST", path, body: { activity: "Text", sessionId: 1, text: "hi" }, idempotent: false } as const;
const ok: TestHandler = (_r, res) => json(res, 200, { ok: true });

async function serve(handler: TestHandler) {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

function clientOf(origin: string, dispatcher: Dispatcher, maxRetries = 3) {
  const retries: MluviiRetryInfo[] = [];
  const client = createMluviiApiClient({
    origin,
    getToken: async () => "tok",
    dispatcher,
    retryBaseDelayMs: 5,
    maxRetries,
    hooks: { onRetry: (info) => retries.push(info) },
  });
  return { client, retries };
}

/** An Agent whose first connection waits until the test lets it complete. */
function heldAgent() {
  const connect = buildConnector({});
  let connects = 0;
  let release: (() => void) | undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached: () => void = () => {};
  const connecting = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const agent = new Agent({
    connections: 1,
    connect: (options, callback) => {
      if (connects++ === 0) {
        reached();
        void held.then(() => connect(options, callback));
        return;
      }
      connect(options, callback);
    },
  });
  agents.push(agent);
  return { agent, connecting, release: () => release?.() };
}

/** A dispatcher that refuses its first `count` requests by throwing from `dispatch`, then delegates. */
class RefusingDispatcher extends Dispatcher {
  constructor(
    private readonly inner: Dispatcher,
    private count: number,
    private readonly code: string,
  ) {
    super();
  }
  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    if (this.count-- > 0) throw Object.assign(new Error("refused"), { code: this.code });
    return this.inner.dispatch(options, handler);
  }
  override close(): Promise<void> {
    return this.inner.close();
  }
  override destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

describe("provably not sent", () => {
  it("an abort while the connection is being made drops the request unwritten", async () => {
    const server = await serve(ok);
    const { agent, connecting, release } = heldAgent();
    const { client } = clientOf(server.origin, agent);
    const controller = new AbortController();
    const first = client.request({ ...send, signal: controller.signal }).catch((e: unknown) => e);
    await connecting;
    controller.abort(new Error("stop"));
    expect(await first).toBeInstanceOf(MluviiAbortError);
    // The next request takes the same (single) connection once it completes: had the aborted one been written, the
    // server would have received it first, on that connection.
    release();
    const second = await client.request({ ...send, body: { ...send.body, text: "second" } });
    expect(second.status).toBe(200);
    expect(server.receipts.map((r) => JSON.parse(r.body).text)).toEqual(["second"]);
  });

  it("a dispatcher that throws a transient error from dispatch: sent false, the unsafe call is repeated once", async () => {
    const server = await serve(ok);
    const agent = new Agent();
    agents.push(agent);
    const { client, retries } = clientOf(server.origin, new RefusingDispatcher(agent, 1, "ECONNRESET"));
    const result = await client.request(send);
    expect(result.attempts).toBe(2);
    expect(server.receipts).toHaveLength(1);
    expect(retries[0]?.error).toMatchObject({ sent: false });
  });

  it("a dispatcher that refuses the request as invalid: sent false, but never repeated (it cannot help)", async () => {
    const server = await serve(ok);
    const agent = new Agent();
    agents.push(agent);
    const { client, retries } = clientOf(server.origin, new RefusingDispatcher(agent, 5, "UND_ERR_INVALID_ARG"));
    const error = (await client.request(send).catch((e: unknown) => e)) as MluviiConnectionError;
    expect(error).toBeInstanceOf(MluviiConnectionError);
    expect(error.sent).toBe(false);
    expect(error.code).toBe("UND_ERR_INVALID_ARG");
    expect(error.attempts).toBe(1);
    expect(retries).toHaveLength(0);
  });
});

describe("sent, or possibly sent", () => {
  it("a response cut after its headers: sent true, the unsafe call is not repeated", async () => {
    const server = await serve((_r, res, index) => {
      if (index > 0) return json(res, 200, { ok: true });
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"ok":');
      setImmediate(() => res.socket?.destroy());
    });
    const agent = new Agent();
    agents.push(agent);
    const { client, retries } = clientOf(server.origin, agent);
    const error = (await client.request(send).catch((e: unknown) => e)) as MluviiConnectionError;
    expect(error).toBeInstanceOf(MluviiConnectionError);
    expect(error.sent).toBe(true);
    expect(retries).toHaveLength(0);
    expect(server.receipts).toHaveLength(1);
  });

  it("the same cut response is repeated for a safe call, and the whole body is read on the retry", async () => {
    const server = await serve((_r, res, index) => {
      if (index > 0) return json(res, 200, { ok: true, many: "x".repeat(100_000) });
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"ok":');
      setImmediate(() => res.socket?.destroy());
    });
    const agent = new Agent();
    agents.push(agent);
    const { client } = clientOf(server.origin, agent);
    const result = await client.request({ ...send, idempotent: true });
    expect(result.attempts).toBe(2);
    expect((result.data as { many: string }).many).toHaveLength(100_000);
  });
});
