/**
 * The ACL line in docs/replicas.md is enough for everything the package does: a user created with exactly that line
 * runs the correlator (every script, both modes, withdrawals, the epoch) and the dedupe store on a real redis-server;
 * with the inbox line added, the inbox too.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  createRedisConnection,
  createRedisCorrelator,
  createRedisDedupeStore,
  createRedisInbox,
  type RedisConnection,
} from "../src";
import { connectionInternals } from "../src/connection";
import { canStartRedis, createTestRedisServer, type TestRedisServer } from "./redis-server";

const guide = readFileSync(new URL("../../../docs/replicas.md", import.meta.url), "utf8");
const aclLine = guide.split("\n").find((line) => line.startsWith("ACL SETUSER support-bot on "));
const inboxAclLine = guide.split("\n").find((line) => line.startsWith("ACL SETUSER support-bot +xrange "));

let server: TestRedisServer | undefined;
const opened: RedisConnection[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
  await server?.kill();
  server = undefined;
});

describe.skipIf(!canStartRedis)("the documented ACL (real redis-server)", () => {
  it("lets the correlator and the dedupe store do all they do", async () => {
    expect(aclLine).toBeDefined();
    server = await createTestRedisServer();
    const admin = createRedisConnection({ url: server.url });
    opened.push(admin);
    await admin.ready();
    const words = (aclLine ?? "").split(" ").slice(2);
    await connectionInternals(admin).command(["ACL", "SETUSER", ...words], "dedupe");
    await connectionInternals(admin).command(["SCRIPT", "FLUSH"], "dedupe"); // EVAL after NOSCRIPT, too
    const url = `redis://support-bot:change-me@127.0.0.1:${server.port}`;
    const connect = () => {
      const connection = createRedisConnection({ url, keyPrefix: "support-bot:prod:" });
      opened.push(connection);
      return connection;
    };
    const [ra, rb] = [connect(), connect()];
    await Promise.all([ra.ready(), rb.ready()]);
    const errors: unknown[] = [];
    const a = createRedisCorrelator({ redis: ra, onError: (e) => errors.push(e) });
    const b = createRedisCorrelator({ redis: rb, onError: (e) => errors.push(e) });
    const serial = { sessionId: 1, activity: "SetCallParamsResponse" as const };
    const first = a.register(serial, { timeoutMs: 5_000 });
    await first.registered;
    const second = b.register(serial, { timeoutMs: 5_000 }); // waits: the wait set and its notification
    await expect(b.deliver({ ...serial, success: true, errorMessage: null })).resolves.toBe("delivered");
    await first.response;
    await second.registered;
    second.cancel(new Error("not sent")); // WITHDRAW remove
    const read = a.register({ sessionId: 2, activity: "GetCallParamsResponse" }, { timeoutMs: 5_000 });
    await read.registered;
    read.cancel(new Error("sent"), { responseMayArrive: true }); // WITHDRAW owe
    await expect(a.deliver({ activity: "GetCallParamsResponse", sessionId: 2, callParams: {} })).resolves.toBe("late");
    const store = createRedisDedupeStore({ redis: ra });
    await expect(store.seen("delivery-1", 60_000)).resolves.toBe(false);
    await store.forget?.("delivery-1");
    // Commands on one connection run in order: once this answered, b's background withdrawal has run too.
    await createRedisDedupeStore({ redis: rb }).seen("delivery-2", 60_000);
    a.close();
    b.close();
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!canStartRedis)("the documented inbox ACL (real redis-server)", () => {
  it("lets the inbox do all it does: put, take, reclaim, ack, retry, dead letters, replay, purge, stats, close", async () => {
    expect(inboxAclLine).toBeDefined();
    server = await createTestRedisServer();
    const admin = createRedisConnection({ url: server.url });
    opened.push(admin);
    await admin.ready();
    for (const line of [aclLine, inboxAclLine]) {
      await connectionInternals(admin).command(["ACL", "SETUSER", ...(line ?? "").split(" ").slice(2)], "dedupe");
    }
    await connectionInternals(admin).command(["SCRIPT", "FLUSH"], "dedupe");
    const redis = createRedisConnection({
      url: `redis://support-bot:change-me@127.0.0.1:${server.port}`,
      keyPrefix: "support-bot:prod:",
    });
    opened.push(redis);
    await redis.ready();
    const inbox = createRedisInbox({ redis, leaseMs: 100 });
    const record = (n: number) => ({
      type: "SessionCreated",
      body: new TextEncoder().encode(`{"n":${n}}`),
      receivedAt: n,
    });
    for (const n of [1, 2, 3]) await inbox.put(record(n));
    const [first, second] = await inbox.take({ max: 2, blockMs: 0 });
    if (!first || !second) throw new Error("two entries expected");
    await inbox.ack(first);
    await inbox.retry(second, 0, { name: "Error", message: "failed" });
    const [abandoned] = await inbox.take({ max: 1, blockMs: 1_000 }); // the retry or the third
    if (!abandoned) throw new Error("an entry expected");
    const reclaimed = await inbox.take({ max: 5, blockMs: 5_000 }); // after the lease: XAUTOCLAIM
    for (const entry of reclaimed) await inbox.deadLetter(entry, 1, { name: "Error", message: "failed" });
    const [letter] = await inbox.listDeadLetters();
    if (!letter) throw new Error("a dead letter expected");
    await expect(inbox.getDeadLetter(letter.id)).resolves.toBeDefined();
    await expect(inbox.replayDeadLetter(letter.id)).resolves.toBe(true);
    await inbox.purgeDeadLetters();
    await expect(inbox.stats()).resolves.toMatchObject({ deadLettered: 0 });
    await inbox.close();
  });
});
