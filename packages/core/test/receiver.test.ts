import { afterEach, describe, expect, it, vi } from "vitest";
import {
  anyAuth,
  basicAuth,
  bearerAuth,
  createMemoryDedupeStore,
  createRouter,
  createWebhookHandler,
  headerSecretAuth,
  matchesAnySecret,
  noAuth,
  queryTokenAuth,
  timingSafeEqualStrings,
  type WebhookHandlerOptions,
} from "../src";
import { created, type ShopEventMap, shop } from "./support";

const URL_ = "https://hooks.example/acme";
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
const auth = basicAuth({ credentials: [{ username: "mluvii", password: "s3cret" }] });
const post = (body: string | null, headers: Record<string, string> = {}, url = URL_) =>
  new Request(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", authorization: basic("mluvii", "s3cret"), ...headers },
  });
const make = (options: Partial<WebhookHandlerOptions<ShopEventMap>> = {}) =>
  createWebhookHandler<ShopEventMap>({ family: shop, auth, ...options });
const handlers: { close(): void }[] = [];
afterEach(() => {
  for (const h of handlers.splice(0)) h.close();
});

describe("createWebhookHandler: HTTP rules", () => {
  it("accepts POST only, answers GET when enabled", async () => {
    expect((await make()(new Request(URL_))).status).toBe(405);
    expect((await make({ allowGet: true })(new Request(URL_))).status).toBe(200);
    expect((await make()(new Request(URL_, { method: "PUT", body: "{}" }))).status).toBe(405);
  });

  it("authenticates before reading the body", async () => {
    let pulled = 0;
    const body = new ReadableStream(
      {
        pull(controller) {
          pulled++;
          controller.enqueue(new TextEncoder().encode(JSON.stringify(created)));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const res = await make()(
      new Request(URL_, {
        method: "POST",
        body,
        headers: { authorization: basic("mluvii", "nope") },
        duplex: "half",
      } as RequestInit),
    );
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Basic/);
    expect(pulled).toBe(0);
  });

  it("rejects wrong credentials of equal and different lengths, and accepts every rotated secret", async () => {
    const rotating = basicAuth({
      credentials: [
        { username: "mluvii", password: "old-secret" },
        { username: "mluvii", password: "new-secret" },
      ],
    });
    const h = make({ auth: rotating });
    for (const [pass, status] of [
      ["old-secret", 200],
      ["new-secret", 200],
      ["xxx-secret", 401],
      ["x", 401],
      ["new-secret-and-more", 401],
      ["", 401],
    ] as const) {
      expect((await h(post(JSON.stringify(created), { authorization: basic("mluvii", pass) }))).status).toBe(status);
    }
    expect((await h(post(JSON.stringify(created), { authorization: "Bearer new-secret" }))).status).toBe(401);
    const noHeader = new Request(URL_, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect((await h(noHeader)).status).toBe(401);
  });

  it("supports bearer, query-token, header-secret and combined authentication", async () => {
    const body = JSON.stringify(created);
    const bearer = make({ auth: bearerAuth({ tokens: ["t1", "t2"] }) });
    expect((await bearer(post(body, { authorization: "Bearer t2" }))).status).toBe(200);
    expect((await bearer(post(body, { authorization: "Bearer t3" }))).status).toBe(401);
    const query = make({ auth: queryTokenAuth({ tokens: ["q1"] }) });
    expect((await query(post(body, {}, `${URL_}?token=q1`))).status).toBe(200);
    expect((await query(post(body, {}, `${URL_}?token=q2`))).status).toBe(401);
    expect((await query(post(body))).status).toBe(401);
    const header = make({ auth: headerSecretAuth({ header: "x-hook-secret", secrets: ["h1"] }) });
    expect((await header(post(body, { "x-hook-secret": "h1" }))).status).toBe(200);
    const either = make({ auth: anyAuth(auth, queryTokenAuth({ tokens: ["q1"] })) });
    expect((await either(post(body, { authorization: "" }, `${URL_}?token=q1`))).status).toBe(200);
    expect((await either(post(body))).status).toBe(200);
    expect(() => bearerAuth({ tokens: [] })).toThrow(TypeError);
    expect(matchesAnySecret("a", ["b", "a"])).toBe(true);
    expect(matchesAnySecret("a", ["b", "ab", ""])).toBe(false);
    expect(timingSafeEqualStrings("abc", "abc")).toBe(true);
    for (const other of ["abd", "ab", "abcd", "", "xbc"]) expect(timingSafeEqualStrings(other, "abc")).toBe(false);
  });

  it("answers 415 for non-JSON, 400 for bad JSON or schema (configurable), 200 for unknown types", async () => {
    const onInvalid = vi.fn();
    const h = make({ onInvalid });
    expect((await h(post("x=1", { "content-type": "application/x-www-form-urlencoded" }))).status).toBe(415);
    const bad = await h(post("{"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, issues: [{ path: "$", code: "json" }] });
    const invalid = await h(post(JSON.stringify({ kind: "OrderCreated", data: {} })));
    expect(invalid.status).toBe(400);
    expect((await h(post(JSON.stringify({ kind: "Brand new" })))).status).toBe(200);
    expect(onInvalid).toHaveBeenCalledTimes(2);
    expect(new TextDecoder().decode(onInvalid.mock.calls[0]?.[1])).toBe("{");
    const lenient = make({ status: { invalidEvent: 202 } });
    expect((await lenient(post(JSON.stringify({ kind: "OrderCreated" })))).status).toBe(202);
  });

  it("answers 413 beyond the body limit without buffering the rest of a 50 MB body", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 50) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const h = make({ bodyLimit: 2 * 1024 * 1024 });
    const res = await h(
      new Request(URL_, {
        method: "POST",
        body,
        duplex: "half",
        headers: { "content-type": "application/json", authorization: basic("mluvii", "s3cret") },
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(6);
    const declared = await h(post("{}", { "content-length": String(50 * 1024 * 1024) }));
    expect(declared.status).toBe(413);
  });
});

describe("createWebhookHandler: processing", () => {
  it("acknowledges before a slow handler finishes, then processes", async () => {
    let finished = false;
    const h = make({
      process: async () => {
        await new Promise((r) => setTimeout(r, 200));
        finished = true;
      },
    });
    handlers.push(h);
    const res = await h(post(JSON.stringify(created)));
    expect(res.status).toBe(200);
    // The answer came while the handler was still running: no timing assertion needed.
    expect(finished).toBe(false);
    expect(h.stats).toMatchObject({ running: 1, pending: 0 });
    await h.drain();
    expect(h.stats).toMatchObject({ running: 0, pending: 0, processed: 1 });
    expect(finished).toBe(true);
  });

  it("a throwing handler never crashes the process nor changes the acknowledgement", async () => {
    const onError = vi.fn();
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    const router = createRouter(shop).on("OrderCreated", async () => {
      throw new Error("handler bug");
    });
    const h = make({ process: router, onError, workers: { maxAttempts: 1 } });
    const res = await h(post(JSON.stringify(created)));
    expect(res.status).toBe(200);
    await h.drain();
    await new Promise((r) => setTimeout(r, 10));
    process.off("unhandledRejection", unhandled);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(String(onError.mock.calls[0]?.[0])).toBe("Error: handler bug");
    expect(unhandled).not.toHaveBeenCalled();
  });

  it("a hanging handler times out, its signal aborts and its slot frees", async () => {
    const onError = vi.fn();
    let aborted = false;
    const h = make({
      queue: { concurrency: 1, maxPending: 0, jobTimeoutMs: 50 },
      onError,
      process: (_parsed, { signal }) =>
        new Promise(() => {
          signal.addEventListener("abort", () => {
            aborted = true;
          });
        }),
    });
    handlers.push(h);
    expect((await h(post(JSON.stringify(created)))).status).toBe(200);
    expect((await h(post(JSON.stringify(created)))).status).toBe(503);
    await h.drain();
    expect(aborted).toBe(true);
    expect(String(onError.mock.calls[0]?.[0])).toContain("timed out");
    expect((await h(post(JSON.stringify(created)))).status).toBe(200);
  });

  it("answers 503 with Retry-After and calls the overflow hook when the queue is full", async () => {
    const onOverflow = vi.fn();
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const h = make({ queue: { concurrency: 1, maxPending: 1, onOverflow }, process: () => gate });
    handlers.push(h);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await h(post(JSON.stringify(created)))).status);
    expect(statuses).toEqual([200, 200, 503]);
    expect(onOverflow).toHaveBeenCalledTimes(1);
    release();
    await h.drain();
  });

  it("drops duplicate deliveries by key, fails open or closed when the store fails", async () => {
    const processed = vi.fn();
    const h = make({ process: processed, dedupe: { key: (p) => `${p.type}:${JSON.stringify(p.raw)}` } });
    const body = JSON.stringify(created);
    // Concurrent copies: one is accepted; each other one is a duplicate, or (while the first still holds its claim —
    // long keys are hashed asynchronously, so the order depends on timing) 503 so the platform retries later.
    const replies = await Promise.all([h(post(body)), h(post(body)), h(post(body))]);
    const answers = await Promise.all(replies.map(async (r) => `${r.status} ${JSON.stringify(await r.json())}`));
    expect(answers.filter((a) => a === '200 {"ok":true,"type":"OrderCreated"}')).toHaveLength(1);
    for (const other of answers.filter((a) => !a.includes('"type"'))) {
      expect(other).toMatch(/^(200 \{"ok":true,"duplicate":true\}|503 .*)$/);
    }
    // A later copy, once the first was accepted, is always a duplicate.
    expect(await (await h(post(body))).json()).toEqual({ ok: true, duplicate: true });
    await h.drain();
    expect(processed).toHaveBeenCalledTimes(1);

    const broken = { seen: () => Promise.reject(new Error("store down")) };
    const open = make({ process: processed, dedupe: { key: () => "k", store: broken }, onError: () => {} });
    expect((await open(post(body))).status).toBe(200);
    const closed = make({ dedupe: { key: () => "k", store: broken, onStoreError: "closed" }, onError: () => {} });
    expect((await closed(post(body))).status).toBe(503);
  });

  it("handles events inline before the acknowledgement, even when the queue is busy", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const inline: string[] = [];
    const processed: string[] = [];
    const h = make({
      queue: { concurrency: 1, maxPending: 0 },
      handleInline: (p) => {
        inline.push(p.type);
        return p.type === "OrderCancelled";
      },
      process: async (p) => {
        processed.push(p.type);
        await gate;
      },
    });
    handlers.push(h);
    expect((await h(post(JSON.stringify(created)))).status).toBe(200);
    const cancelled = JSON.stringify({ kind: "OrderCancelled", data: { id: 1, reason: "x" } });
    expect((await h(post(cancelled))).status).toBe(200);
    expect(inline).toEqual(["OrderCreated", "OrderCancelled"]);
    expect(processed).toEqual(["OrderCreated"]);
    release();
    await h.drain();
  });

  it("processes before answering in after-handlers mode, answers 500 on failure and processes the retry", async () => {
    const ok = make({ ack: "after-handlers", process: async () => {} });
    expect((await ok(post(JSON.stringify(created)))).status).toBe(200);
    let attempts = 0;
    const failingOnce = make({
      ack: "after-handlers",
      dedupe: { key: (p) => p.type },
      onError: () => {},
      process: async () => {
        attempts++;
        if (attempts === 1) throw new Error("database down");
      },
    });
    expect((await failingOnce(post(JSON.stringify(created)))).status).toBe(500);
    expect(await (await failingOnce(post(JSON.stringify(created)))).json()).toEqual({ ok: true, type: "OrderCreated" });
    expect(await (await failingOnce(post(JSON.stringify(created)))).json()).toEqual({ ok: true, duplicate: true });
    expect(attempts).toBe(2);
  });

  it("still handles inline events when the queue is full, and refuses (and forgets) the others", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const h = make({
      queue: { concurrency: 1, maxPending: 0 },
      dedupe: { key: (p) => JSON.stringify(p.raw) },
      handleInline: (p) => p.type === "OrderCancelled",
      process: () => gate,
    });
    handlers.push(h);
    const cancelled = JSON.stringify({ kind: "OrderCancelled", data: { id: 1, reason: "x" } });
    const other = JSON.stringify({ ...created, data: { ...created.data, id: 2 } });
    expect((await h(post(JSON.stringify(created)))).status).toBe(200);
    expect((await h(post(cancelled))).status).toBe(200);
    expect((await h(post(other))).status).toBe(503);
    release();
    await h.drain();
    expect(await (await h(post(other))).json()).toEqual({ ok: true, type: "OrderCreated" });
  });

  it("warns once about noAuth and never logs secrets", async () => {
    const lines: string[] = [];
    const logger = { warn: (m: string, meta?: object) => lines.push(m + JSON.stringify(meta ?? {})) };
    make({ auth: noAuth(), logger });
    const h = make({ logger });
    await h(post("{}", { authorization: basic("mluvii", "wrong-pass") }));
    expect(lines.join("\n")).toContain("unauthenticated");
    expect(lines.join("\n")).not.toContain("wrong-pass");
  });
});

describe("createMemoryDedupeStore", () => {
  it("expires keys after their TTL and evicts beyond maxEntries", () => {
    let now = 0;
    const store = createMemoryDedupeStore({ maxEntries: 2, now: () => now });
    expect(store.seen("a", 100)).toBe(false);
    expect(store.seen("a", 100)).toBe(true);
    now = 101;
    expect(store.seen("a", 100)).toBe(false);
    store.seen("b", 100);
    store.seen("c", 100);
    expect(store.size).toBe(2);
    expect(store.seen("a", 100)).toBe(false);
  });
});
