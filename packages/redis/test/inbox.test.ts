import { InboxClosedError, InboxFullError } from "@contactkit/core";
import { createMluviiWebhookHandler } from "@contactkit/mluvii-webhooks";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisConnection, createRedisInbox, type RedisConnection, RedisUnavailableError } from "../src";
import { canStartRedis, createTestRedisServer, haveRedis, uniquePrefix, useRedis } from "./redis-server";

const record = (n: number, body = `{"n":${n}}`) => ({
  type: "SessionCreated",
  body: new TextEncoder().encode(body),
  key: `key-${n}`,
  receivedAt: 1_700_000_000_000 + n,
});
const failure = { name: "Error", message: "handler failed" };

describe.skipIf(!haveRedis)("createRedisInbox (real redis-server)", () => {
  let server: Awaited<ReturnType<typeof useRedis>>;
  let redis: RedisConnection;
  const opened: RedisConnection[] = [];

  /** A connection of its own per replica, one key namespace per test. */
  async function replicas(count: number, keyPrefix = uniquePrefix("inbox")): Promise<RedisConnection[]> {
    const made = Array.from({ length: count }, () => createRedisConnection({ url: server.url, keyPrefix }));
    opened.push(...made);
    await Promise.all(made.map((c) => c.ready()));
    return made;
  }

  beforeAll(async () => {
    server = await useRedis();
    [redis] = (await replicas(1)) as [RedisConnection];
  });
  afterAll(async () => {
    await Promise.all(opened.map((c) => c.close()));
    await server?.release();
  });

  it("returns every body byte for byte, with type, key and receivedAt, and deletes acked entries", async () => {
    const [conn] = (await replicas(1)) as [RedisConnection];
    const inbox = createRedisInbox({ redis: conn });
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2_000 }),
        fc.string({ maxLength: 50 }),
        fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
        async (body, type, key) => {
          await inbox.put({ type, body, key, receivedAt: 42 });
          const [entry, ...rest] = await inbox.take({ max: 10, blockMs: 0 });
          expect(rest).toHaveLength(0);
          expect(entry).toMatchObject({ type, receivedAt: 42, attempts: 0 });
          expect(entry?.key).toBe(key);
          expect(Buffer.from(entry?.body ?? []).equals(Buffer.from(body))).toBe(true);
          if (entry) await inbox.ack(entry);
        },
      ),
      { numRuns: 60 },
    );
    await expect(inbox.stats()).resolves.toEqual({ pending: 0, deadLettered: 0 });
    await expect(conn.status).toBe("ready");
  });

  it("a retry is taken again only once due, with one attempt more, and the stream keeps only unfinished work", async () => {
    const inbox = createRedisInbox({ redis: (await replicas(1))[0] as RedisConnection });
    await inbox.put(record(1));
    const [first] = await inbox.take({ max: 1, blockMs: 0 });
    if (!first) throw new Error("no entry");
    await inbox.retry(first, 400, failure);
    await expect(inbox.stats()).resolves.toMatchObject({ pending: 1 });
    await expect(inbox.take({ max: 1, blockMs: 0 })).resolves.toEqual([]);
    const [again] = await inbox.take({ max: 1, blockMs: 10_000 });
    expect(again).toMatchObject({ type: "SessionCreated", key: "key-1", attempts: 1 });
    expect(again?.id).not.toBe(first.id);
    if (again) await inbox.ack(again);
    await expect(inbox.stats()).resolves.toEqual({ pending: 0, deadLettered: 0 });
  });

  it("dead letters keep the error and attempts; list, get, replay (attempts 0) and purge", async () => {
    const inbox = createRedisInbox({ redis: (await replicas(1))[0] as RedisConnection });
    for (const n of [1, 2, 3]) await inbox.put(record(n));
    const taken = await inbox.take({ max: 3, blockMs: 0 });
    expect(taken).toHaveLength(3);
    for (const entry of taken) await inbox.deadLetter(entry, 5, { name: "TypeError", message: "x".repeat(5_000) });
    const dead = await inbox.listDeadLetters();
    expect(dead.map((d) => d.key)).toEqual(["key-1", "key-2", "key-3"]);
    expect(dead[0]).toMatchObject({ attempts: 5, error: { name: "TypeError" }, type: "SessionCreated" });
    expect(dead[0]?.error.message.length).toBeLessThanOrEqual(500);
    await expect(inbox.listDeadLetters({ limit: 2 })).resolves.toHaveLength(2);
    const [one, two] = dead;
    if (!one || !two) throw new Error("dead letters expected");
    await expect(inbox.getDeadLetter(one.id)).resolves.toEqual(one);
    await expect(inbox.getDeadLetter("not-an-id")).resolves.toBeUndefined();
    await expect(inbox.replayDeadLetter(one.id)).resolves.toBe(true);
    await expect(inbox.replayDeadLetter(one.id)).resolves.toBe(false);
    const [replayed] = await inbox.take({ max: 5, blockMs: 0 });
    expect(replayed).toMatchObject({ key: "key-1", attempts: 0 });
    expect(Buffer.from(replayed?.body ?? []).toString()).toBe('{"n":1}');
    await expect(inbox.purgeDeadLetters(two.id)).resolves.toBe(1);
    await expect(inbox.purgeDeadLetters(two.id)).resolves.toBe(0);
    await expect(inbox.purgeDeadLetters()).resolves.toBe(1);
    await expect(inbox.stats()).resolves.toEqual({ pending: 1, deadLettered: 0 });
  });

  it("under any sequence of put, take, ack, retry and dead-letter, the stream holds exactly the unfinished entries", async () => {
    const [conn] = (await replicas(1)) as [RedisConnection];
    const op = fc.constantFrom("put", "take", "ack", "retry", "dead");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(op, fc.nat()), { minLength: 1, maxLength: 40 }), async (ops) => {
        const inbox = createRedisInbox({ redis: conn, name: `model-${Math.random().toString(36).slice(2)}` });
        const held: Awaited<ReturnType<typeof inbox.take>> = [];
        const finished: string[] = [];
        let puts = 0;
        let dead = 0;
        for (const [kind, pick] of ops) {
          if (kind === "put") await inbox.put(record(puts++));
          else if (kind === "take") held.push(...(await inbox.take({ max: 3, blockMs: 0 })));
          else if (held.length > 0) {
            const [entry] = held.splice(pick % held.length, 1);
            if (!entry) continue;
            if (kind === "ack") await inbox.ack(entry);
            else if (kind === "retry") await inbox.retry(entry, 0, failure);
            else await inbox.deadLetter(entry, entry.attempts + 1, failure);
            if (kind === "ack") finished.push(entry.key ?? "");
            if (kind === "dead") dead++;
          }
          await expect(inbox.stats()).resolves.toEqual({ pending: puts - finished.length - dead, deadLettered: dead });
        }
        // Whatever is left is still there: held entries settle, the rest is taken; every event ends exactly once.
        for (;;) {
          const rest = held.splice(0).concat(await inbox.take({ max: 10, blockMs: 0 }));
          if (rest.length === 0) break;
          for (const entry of rest) {
            await inbox.ack(entry);
            finished.push(entry.key ?? "");
          }
        }
        const deadKeys = (await inbox.listDeadLetters({ limit: 100 })).map((d) => d.key ?? "");
        await expect(inbox.stats()).resolves.toEqual({ pending: 0, deadLettered: dead });
        expect([...finished, ...deadKeys].sort()).toEqual(Array.from({ length: puts }, (_, n) => `key-${n}`).sort());
        await inbox.close();
      }),
      { numRuns: 40 },
    );
  });

  it("keeps at most maxDeadLetters dead letters, dropping the oldest", async () => {
    const inbox = createRedisInbox({ redis: (await replicas(1))[0] as RedisConnection, maxDeadLetters: 3 });
    for (let n = 0; n < 7; n++) await inbox.put(record(n));
    for (const entry of await inbox.take({ max: 7, blockMs: 0 })) await inbox.deadLetter(entry, 1, failure);
    expect((await inbox.listDeadLetters()).map((d) => d.key)).toEqual(["key-4", "key-5", "key-6"]);
  });

  it("another consumer takes over an entry whose worker died, counting the lost attempt", async () => {
    const [a, b] = await replicas(2);
    const dying = createRedisInbox({ redis: a as RedisConnection, leaseMs: 300 });
    const survivor = createRedisInbox({ redis: b as RedisConnection, leaseMs: 300 });
    await dying.put(record(7));
    const [leased] = await dying.take({ max: 1, blockMs: 0 });
    expect(leased?.attempts).toBe(0);
    await expect(survivor.take({ max: 1, blockMs: 0 })).resolves.toEqual([]); // still leased
    const [taken] = await survivor.take({ max: 1, blockMs: 10_000 });
    expect(taken).toMatchObject({ id: leased?.id, key: "key-7", attempts: 1 });
    // The dead worker's late settlement cannot schedule a second copy: only the lease holder retries.
    if (leased) await dying.retry(leased, 0, failure);
    if (taken) await survivor.ack(taken);
    await expect(survivor.take({ max: 1, blockMs: 300 })).resolves.toEqual([]);
    await expect(survivor.stats()).resolves.toEqual({ pending: 0, deadLettered: 0 });
  });

  it("dead-letters an event that crashes every worker taking it, once its attempts reach maxAttempts", async () => {
    const inbox = createRedisInbox({ redis: (await replicas(1))[0] as RedisConnection, leaseMs: 100, maxAttempts: 3 });
    await inbox.put(record(9));
    const attempts: number[] = [];
    await expect
      .poll(
        async () => {
          for (const entry of await inbox.take({ max: 1, blockMs: 0 })) attempts.push(entry.attempts); // never settled
          return (await inbox.stats()).deadLettered;
        },
        { timeout: 15_000, interval: 50 },
      )
      .toBe(1);
    expect(attempts).toEqual([0, 1, 2]);
    const [dead] = await inbox.listDeadLetters();
    expect(dead).toMatchObject({ key: "key-9", attempts: 3, error: { name: "InboxLeaseExpired" } });
    await expect(inbox.stats()).resolves.toMatchObject({ pending: 0 });
  });

  it("of several consumers taking at once, never two hold one entry", async () => {
    const conns = await replicas(3);
    const inboxes = conns.map((redis) => createRedisInbox({ redis, leaseMs: 60_000 }));
    const total = 600;
    await Promise.all(Array.from({ length: total }, (_, n) => (inboxes[n % 3] as (typeof inboxes)[0]).put(record(n))));
    const seen: string[] = [];
    await Promise.all(
      inboxes.flatMap((inbox) =>
        [1, 2].map(async () => {
          for (;;) {
            const entries = await inbox.take({ max: 7, blockMs: 0 });
            if (entries.length === 0) return;
            seen.push(...entries.map((e) => e.id));
            await Promise.all(entries.map((e) => inbox.ack(e)));
          }
        }),
      ),
    );
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("a waiting take returns at once when aborted, and soon after a put", async () => {
    const inbox = createRedisInbox({ redis, name: "waiting", pollIntervalMs: 60_000 });
    const controller = new AbortController();
    const waiting = inbox.take({ max: 1, blockMs: 60_000, signal: controller.signal });
    controller.abort();
    await expect(waiting).resolves.toEqual([]);
    const next = inbox.take({ max: 1, blockMs: 60_000 });
    await inbox.put(record(3));
    await expect(next).resolves.toMatchObject([{ key: "key-3" }]);
  });

  it("rejects a put once maxLength entries are unfinished", async () => {
    const inbox = createRedisInbox({ redis: (await replicas(1))[0] as RedisConnection, maxLength: 2 });
    await inbox.put(record(1));
    await inbox.put(record(2));
    await expect(inbox.put(record(3))).rejects.toBeInstanceOf(InboxFullError);
    const [entry] = await inbox.take({ max: 1, blockMs: 0 });
    if (entry) await inbox.ack(entry);
    await inbox.put(record(3)); // room again
  });

  it("after close, put and the dead-letter calls reject with InboxClosedError and take returns nothing", async () => {
    const inbox = createRedisInbox({ redis, name: "closing" });
    await inbox.close();
    await expect(inbox.put(record(1))).rejects.toBeInstanceOf(InboxClosedError);
    await expect(inbox.listDeadLetters()).rejects.toBeInstanceOf(InboxClosedError);
    await expect(inbox.take({ max: 1, blockMs: 1_000 })).resolves.toEqual([]);
  });

  it("validates its options", () => {
    expect(() => createRedisInbox({ redis, leaseMs: 0 })).toThrow(/leaseMs/);
    expect(() => createRedisInbox({ redis, name: "a b" })).toThrow(/name/);
  });
});

describe.skipIf(!canStartRedis)("createRedisInbox when Redis fails (own redis-server)", () => {
  it("rejects put with RedisUnavailableError while Redis is stalled or down, and works again after", async () => {
    const server = await createTestRedisServer();
    const redis = createRedisConnection({ url: server.url, keyPrefix: uniquePrefix("stall"), commandTimeoutMs: 300 });
    try {
      await redis.ready();
      const inbox = createRedisInbox({ redis });
      await inbox.put(record(1));
      server.pause();
      const stalled = await inbox.put(record(2)).catch((e: unknown) => e);
      expect(stalled).toBeInstanceOf(RedisUnavailableError);
      expect((stalled as RedisUnavailableError).operation).toBe("inbox-put");
      server.resume();
      await server.kill();
      await expect(inbox.put(record(3))).rejects.toBeInstanceOf(RedisUnavailableError);
      await server.start();
      await redis.ready({ timeoutMs: 10_000 });
      await expect
        .poll(
          () =>
            inbox.put(record(4)).then(
              () => "ok",
              () => "failed",
            ),
          { timeout: 10_000 },
        )
        .toBe("ok");
      // Redis lost its data (no persistence here): the group is made again and the new entry is taken.
      await expect(inbox.take({ max: 5, blockMs: 0 })).resolves.toMatchObject([{ key: "key-4" }]);
    } finally {
      server.resume();
      await redis.close();
      await server.kill();
    }
  });

  it("a receiver on the Redis inbox answers 503 (never 200) while Redis is stalled or down, 200 once it is back", async () => {
    const server = await createTestRedisServer();
    const redis = createRedisConnection({
      url: server.url,
      keyPrefix: uniquePrefix("receiver"),
      commandTimeoutMs: 300,
    });
    const inbox = createRedisInbox({ redis });
    const receiver = createMluviiWebhookHandler({
      credentials: [{ username: "hook", password: "pa55" }],
      inbox,
      workers: false,
      dedupe: false,
      logger: false,
    });
    let id = 1;
    const deliver = () =>
      receiver(
        new Request("http://127.0.0.1/mluvii/webhooks", {
          method: "POST",
          headers: { authorization: `Basic ${btoa("hook:pa55")}`, "content-type": "application/json" },
          body: JSON.stringify({
            eventType: "SessionCreated",
            data: { id: id++, tenantId: 62, channel: "Phone", source: "OutgoingCall" },
          }),
        }),
      );
    try {
      await redis.ready();
      expect((await deliver()).status).toBe(200);
      server.pause();
      expect((await deliver()).status).toBe(503);
      server.resume();
      expect((await deliver()).status).toBe(200);
      await server.kill();
      expect((await deliver()).status).toBe(503);
      await server.start();
      await redis.ready({ timeoutMs: 10_000 });
      await expect.poll(async () => (await deliver()).status, { timeout: 10_000 }).toBe(200);
      // Exactly the events answered 200 after the restart are recorded (Redis came back empty).
      await expect(inbox.stats()).resolves.toEqual({ pending: 1, deadLettered: 0 });
    } finally {
      server.resume();
      await receiver.close();
      await redis.close();
      await server.kill();
    }
  });
});
