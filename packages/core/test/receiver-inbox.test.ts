/**
 * The receiver on an inbox: acknowledged only once recorded, 503 when it cannot be, retries with backoff, dead
 * letters with their error, timeouts, close({ drainMs }) reports, receive-only replicas, and nothing silent.
 */
import * as fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  basicAuth,
  createMemoryDedupeStore,
  createMemoryInbox,
  createRouter,
  createWebhookHandler,
  type Inbox,
  type InboxRecord,
  startInboxWorkers,
  type WebhookHandler,
  type WebhookHandlerOptions,
} from "../src";
import type { ContactkitLogger } from "../src/observe/types";
import { created, type ShopEventMap, shop } from "./support";

const URL_ = "https://hooks.example/acme";
const authorization = `Basic ${Buffer.from("mluvii:s3cret").toString("base64")}`;
const auth = basicAuth({ credentials: [{ username: "mluvii", password: "s3cret" }] });
const post = (body: string = JSON.stringify(created), headers: Record<string, string> = {}) =>
  new Request(URL_, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", authorization, ...headers },
  });

/** A logger that keeps every line. */
function recordingLogger() {
  const lines: { level: string; message: string; meta: Record<string, unknown> | undefined }[] = [];
  const at =
    (level: string) =>
    (message: string, meta?: Record<string, unknown>): void =>
      void lines.push({ level, message, meta });
  const logger: ContactkitLogger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { logger, lines };
}

const handlers: WebhookHandler[] = [];
const make = (options: Partial<WebhookHandlerOptions<ShopEventMap>> = {}) => {
  const handler = createWebhookHandler<ShopEventMap>({ family: shop, auth, logger: false, ...options });
  handlers.push(handler);
  return handler;
};
afterEach(async () => {
  await Promise.all(handlers.splice(0).map((h) => h.close()));
});

/** Resolves when `check` holds, polling; fails after a generous deadline instead of hanging. */
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Wraps an inbox so its `put` can be made to fail or to wait. */
function controllableInbox(inner: Inbox) {
  const control = {
    fail: undefined as Error | undefined,
    gate: undefined as Promise<void> | undefined,
    puts: 0,
  };
  const inbox: Inbox = {
    ...inner,
    durable: true,
    async put(record: InboxRecord, event?: unknown) {
      control.puts++;
      if (control.gate) await control.gate;
      if (control.fail) throw control.fail;
      return inner.put(record, event);
    },
    take: (o) => inner.take(o),
    ack: (e) => inner.ack(e),
    retry: (e, d, err) => inner.retry(e, d, err),
    deadLetter: (e, a, err) => inner.deadLetter(e, a, err),
    stats: () => inner.stats(),
    close: () => inner.close(),
  };
  return { inbox, control };
}

describe("receiver on an inbox: acknowledged only once recorded", () => {
  it("answers 200 only after put resolved", async () => {
    const { inbox, control } = controllableInbox(createMemoryInbox());
    let open!: () => void;
    control.gate = new Promise((resolve) => {
      open = resolve;
    });
    const h = make({ inbox, process: () => {} });
    let answered = false;
    const answer = h(post()).then((response) => {
      answered = true;
      return response;
    });
    await until(() => control.puts === 1, "the put");
    // Several turns of the event loop: the answer must still wait for the put.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    open();
    expect((await answer).status).toBe(200);
    await h.drain();
    expect(h.stats).toMatchObject({ accepted: 1, processed: 1 });
  });

  it("a rejected put answers 503 with Retry-After, is logged, and releases the dedupe claim (the retry is not a duplicate)", async () => {
    const { logger, lines } = recordingLogger();
    const { inbox, control } = controllableInbox(createMemoryInbox());
    const processed: string[] = [];
    const h = make({
      inbox,
      logger,
      onError: () => {},
      dedupe: { key: (p) => p.type, store: createMemoryDedupeStore() },
      process: (p) => void processed.push(p.type),
    });
    control.fail = new Error("connection refused (secret=hunter2)");
    const refused = await h(post());
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(h.stats).toMatchObject({ unavailable: 1, accepted: 0 });
    const line = lines.find((l) => l.level === "error" && l.message.includes("could not record"));
    expect(line?.meta).toMatchObject({ status: 503, type: "OrderCreated", error: "Error" });
    expect(JSON.stringify(lines)).not.toContain("hunter2");

    control.fail = undefined;
    const retried = await h(post());
    expect(await retried.json()).toEqual({ ok: true, type: "OrderCreated" });
    await h.drain();
    expect(processed).toEqual(["OrderCreated"]);
    expect(await (await h(post())).json()).toEqual({ ok: true, duplicate: true });
  });

  it("a full inbox answers 503 (overflow), tells onOverflow and counts it", async () => {
    const overflowed: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const h = make({
      inbox: createMemoryInbox({ maxPending: 1 }),
      process: () => gate,
      queue: { onOverflow: (p) => void overflowed.push(p.type) },
    });
    expect((await h(post())).status).toBe(200);
    const full = await h(post());
    expect(full.status).toBe(503);
    expect(full.headers.get("retry-after")).toBe("1");
    expect(overflowed).toEqual(["OrderCreated"]);
    expect(h.stats.overflowed).toBe(1);
    release();
    await h.drain();
    expect((await h(post())).status).toBe(200);
  });

  it("the handler's context carries the request's headers (in-memory inbox)", async () => {
    const seen: (string | null)[] = [];
    const h = make({ process: (_p, context) => void seen.push(context.headers.get("x-request-id")) });
    await h(post(undefined, { "x-request-id": "r-1" }));
    await h.drain();
    expect(seen).toEqual(["r-1"]);
  });
});

describe("workers: retries, timeouts, dead letters", () => {
  it("retries a failing handler with backoff until it succeeds; each failure is logged with its attempt", async () => {
    const { logger, lines } = recordingLogger();
    let calls = 0;
    const h = make({
      logger,
      workers: { backoff: { baseMs: 1, maxMs: 5 } },
      process: () => {
        calls++;
        if (calls < 3) throw new Error("downstream 502");
      },
    });
    expect((await h(post())).status).toBe(200);
    await h.drain();
    expect(calls).toBe(3);
    expect(h.stats).toMatchObject({ processed: 1, failed: 2, retried: 2, deadLettered: 0 });
    // No onError: each failure is logged at error level, and each retry with its attempt.
    const failures = lines.filter((l) => l.message.includes("processing failed"));
    expect(failures.map((l) => [l.level, l.meta?.type, l.meta?.error])).toEqual([
      ["error", "OrderCreated", "Error"],
      ["error", "OrderCreated", "Error"],
    ]);
    const retries = lines.filter((l) => l.message.includes("retry scheduled"));
    expect(retries.map((l) => [l.level, l.meta?.attempt, l.meta?.type])).toEqual([
      ["warn", 1, "OrderCreated"],
      ["warn", 2, "OrderCreated"],
    ]);
  });

  it("dead-letters an event after maxAttempts with its error (name and bounded message)", async () => {
    const { logger, lines } = recordingLogger();
    const inbox = createMemoryInbox();
    const errors: unknown[] = [];
    const h = make({
      inbox,
      logger,
      onError: (e) => errors.push(e),
      workers: { maxAttempts: 3, backoff: { baseMs: 1, maxMs: 2 } },
      process: () => {
        throw new TypeError(`bad ${"x".repeat(5_000)}`);
      },
    });
    const body = JSON.stringify(created);
    expect((await h(post(body))).status).toBe(200);
    await h.drain();
    expect(errors).toHaveLength(3);
    expect(h.stats).toMatchObject({ failed: 3, retried: 2, deadLettered: 1, processed: 0, pending: 0 });
    const [letter] = await inbox.listDeadLetters();
    expect(letter?.attempts).toBe(3);
    expect(letter?.type).toBe("OrderCreated");
    expect(letter?.error.name).toBe("TypeError");
    expect(letter?.error.message.length).toBeLessThanOrEqual(501);
    expect(new TextDecoder().decode(letter?.body)).toBe(body);
    const dead = lines.find((l) => l.message.includes("dead-lettered"));
    expect(dead?.level).toBe("error");
    expect(dead?.meta).toMatchObject({ type: "OrderCreated", attempts: 3, error: "TypeError" });
    // With onError, the retries are warnings (the error itself went to onError).
    expect(lines.filter((l) => l.message.includes("retry scheduled")).map((l) => l.level)).toEqual(["warn", "warn"]);
  });

  it("an attempt past jobTimeoutMs has its signal aborted, counts as timed out and is retried", async () => {
    const signals: AbortSignal[] = [];
    let calls = 0;
    const h = make({
      onError: () => {},
      workers: { jobTimeoutMs: 50, maxAttempts: 2, backoff: { baseMs: 1, maxMs: 1 } },
      process: (_p, { signal }) => {
        calls++;
        signals.push(signal);
        return calls === 1 ? new Promise(() => {}) : undefined;
      },
    });
    await h(post());
    await h.drain();
    expect(calls).toBe(2);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    expect(h.stats).toMatchObject({ timedOut: 1, retried: 1, processed: 1 });
  });

  it("a router with its own onError: retried, its errors reported to the router once per attempt", async () => {
    const routerErrors: unknown[] = [];
    const receiverErrors: unknown[] = [];
    const router = createRouter(shop)
      .on("OrderCreated", () => {
        throw new Error("handler bug");
      })
      .onError((e) => void routerErrors.push(e));
    const h = make({
      process: router,
      onError: (e) => receiverErrors.push(e),
      workers: { maxAttempts: 2, backoff: { baseMs: 1, maxMs: 1 } },
    });
    await h(post());
    await h.drain();
    expect(routerErrors).toHaveLength(2);
    expect(receiverErrors).toHaveLength(0);
    expect(h.stats.deadLettered).toBe(1);
  });

  it("backoff grows exponentially within jitter bounds and is capped (generated)", async () => {
    const { backoffDelay } = await import("../src/inbox/backoff");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 0.999_999, noNaN: true }),
        (baseMs, maxMs, attempts, r) => {
          const planned = Math.min(maxMs, baseMs * 2 ** Math.min(30, attempts - 1));
          const delay = backoffDelay({ baseMs, maxMs }, attempts, () => r);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(planned / 2));
          expect(delay).toBeLessThanOrEqual(Math.ceil(planned));
        },
      ),
    );
  });
});

describe("close({ drainMs }) and receive-only replicas", () => {
  it("lets a running handler finish within drainMs and reports it processed", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = false;
    const h = make({
      process: async () => {
        started = true;
        await gate;
      },
    });
    await h(post());
    await until(() => started, "the handler to start");
    const closing = h.close({ drainMs: 30_000 });
    expect((await h(post())).status).toBe(503); // refused while closing
    release();
    expect(await closing).toEqual({ processed: 1, abandoned: 0, unfinished: 0, durable: false });
  });

  it("aborts a handler still running after drainMs and reports its event unfinished (lost: in-memory)", async () => {
    const { logger, lines } = recordingLogger();
    let signal: AbortSignal | undefined;
    const h = make({
      logger,
      process: (_p, context) => {
        signal = context.signal;
        return new Promise(() => {});
      },
    });
    await h(post());
    await until(() => signal !== undefined, "the handler to start");
    const report = await h.close({ drainMs: 20 });
    expect(report).toEqual({ processed: 0, abandoned: 1, unfinished: 1, durable: false });
    expect(signal?.aborted).toBe(true);
    expect(lines.some((l) => l.level === "error" && l.message.includes("lost"))).toBe(true);
    // close() again answers the same report.
    expect(await h.close()).toEqual(report);
  });

  it("workers: false records without processing; startInboxWorkers elsewhere processes, parsing the body", async () => {
    const inbox = createMemoryInbox();
    let ran = 0;
    const receiver = make({ inbox, workers: false, process: () => void ran++ });
    expect((await receiver(post())).status).toBe(200);
    await receiver.drain();
    expect(ran).toBe(0);
    expect(inbox.pending).toBe(1);
    // A record put without its parsed event (as a durable inbox returns it) is parsed through the family.
    await inbox.put({ type: "OrderCreated", body: new TextEncoder().encode(JSON.stringify(created)), receivedAt: 1 });
    const types: string[] = [];
    const workers = startInboxWorkers({ inbox, family: shop, process: (p) => void types.push(p.type), logger: false });
    await workers.idle();
    expect(types).toEqual(["OrderCreated", "OrderCreated"]);
    expect(await workers.close()).toEqual({ finished: 0, abandoned: 0 });
    expect(workers.stats).toMatchObject({ processed: 2, running: 0 });
  });

  it("an entry whose body no longer parses is dead-lettered at once, not retried", async () => {
    const inbox = createMemoryInbox();
    await inbox.put({ type: "OrderCreated", body: new TextEncoder().encode('{"kind":"OrderCreated"}'), receivedAt: 1 });
    const workers = startInboxWorkers({ inbox, family: shop, process: () => {}, logger: false });
    await workers.idle();
    await workers.close();
    const [letter] = await inbox.listDeadLetters();
    expect(letter?.attempts).toBe(1);
    expect(letter?.error.name).toBe("ContactkitParseError");
    expect(workers.stats.retried).toBe(0);
  });
});

describe("never silent", () => {
  it("counts and logs rejected requests by reason (401 included), duplicates and invalid payloads", async () => {
    const { logger, lines } = recordingLogger();
    const h = make({ logger, dedupe: { key: (p) => p.type }, process: () => {} });
    await h(post(undefined, { authorization: "Basic d3Jvbmc6d3Jvbmc=" }));
    await h(new Request(URL_, { method: "PUT", headers: { authorization } }));
    await h(post('{"kind":"OrderCreated","data":{"id":"not a number"}}'));
    await h(post());
    await h(post());
    await h.drain();
    expect(h.stats).toMatchObject({
      received: 5,
      accepted: 1,
      duplicates: 1,
      rejected: { unauthorized: 1, method: 1, invalid: 1 },
    });
    const warned = lines.filter((l) => l.level === "warn").map((l) => l.meta?.status);
    expect(warned).toEqual([401, 405, 400, 200]);
  });

  it("the default logger writes warnings to stderr (a 401 is never silent)", async () => {
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      const h = createWebhookHandler<ShopEventMap>({ family: shop, auth });
      handlers.push(h);
      await h(post(undefined, { authorization: "Basic d3Jvbmc6d3Jvbmc=" }));
    } finally {
      process.stderr.write = write;
    }
    const line = written.map((w) => JSON.parse(w) as Record<string, unknown>).find((l) => l.status === 401);
    expect(line).toMatchObject({ level: "warn" });
    expect(JSON.stringify(written)).not.toContain("d3Jvbmc6d3Jvbmc");
  });

  it("a throwing handler with no onError is logged at error level, without payload values (generated)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 6, maxLength: 30 }), async (marker) => {
        const { logger, lines } = recordingLogger();
        const h = make({
          logger,
          workers: { maxAttempts: 1 },
          process: () => {
            throw new Error("handler bug");
          },
        });
        const event = { ...created, data: { ...created.data, note: `«${marker}»` } };
        await h(post(JSON.stringify(event)));
        await h(post(`{"kind":"OrderCreated","data":{"id":"«${marker}»"}}`));
        await h.drain();
        expect(lines.some((l) => l.level === "error" && l.message.includes("processing failed"))).toBe(true);
        expect(JSON.stringify(lines)).not.toContain(`«${marker}»`);
      }),
      { numRuns: 15 },
    );
  });
});
