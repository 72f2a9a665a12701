/**
 * Failure behaviour on a real redis-server that the tests start late, kill (SIGKILL, no persistence: a crash
 * that loses every key) and start again: nothing hangs, errors are `RedisUnavailableError` naming the operation,
 * no request is sent whose response could not be routed, and everything works again once Redis is back.
 */
import type { DedupeStore } from "@contactkit/core";
import { MluviiChatbotResponseTimeoutError, type SetCallParamsResponse } from "@contactkit/mluvii-chatbot";
import { createMluviiWebhookHandler } from "@contactkit/mluvii-webhooks";
import { afterEach, describe, expect, it } from "vitest";
import {
  createRedisConnection,
  createRedisCorrelator,
  createRedisDedupeStore,
  type RedisConnectionStatus,
  RedisUnavailableError,
} from "../src";
import { connectionInternals } from "../src/connection";
import { canStartRedis, createTestRedisServer, type TestRedisServer, uniquePrefix } from "./redis-server";
import { type ReplicaCluster, startCluster, WEBHOOK_PASSWORD, WEBHOOK_USER } from "./support/replicas";

let server: TestRedisServer | undefined;
let cluster: ReplicaCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  await server?.kill();
  cluster = undefined;
  server = undefined;
});

const activityPosts = (c: ReplicaCluster, activity: string) =>
  c.sim.transcript.filter({ route: "chatbot-activity" }).filter((e) => e.activity === activity).length;

/** A webhook receiver on `store` that records what it processed, called fetch-style. */
function receiver(store: DedupeStore, onStoreError: "open" | "closed") {
  const processed: string[] = [];
  const handler = createMluviiWebhookHandler({
    credentials: [{ username: WEBHOOK_USER, password: WEBHOOK_PASSWORD }],
    dedupe: { store, onStoreError },
    process: (parsed) => {
      processed.push(parsed.type);
    },
  });
  const authorization = `Basic ${Buffer.from(`${WEBHOOK_USER}:${WEBHOOK_PASSWORD}`).toString("base64")}`;
  const deliver = async (id: number) => {
    const body = JSON.stringify({
      eventType: "SessionCreated",
      data: { id, tenantId: 1, channel: "Chat", source: "Default" },
    });
    const response = await handler(
      new Request("http://replica/mluvii/webhooks", { method: "POST", body, headers: { authorization } }),
    );
    await handler.drain();
    return response.status;
  };
  return { processed, deliver };
}

describe.skipIf(!canStartRedis)("Redis failures (real redis-server, simulator)", () => {
  it("Redis down at start: requests fail before sending, dedupe follows its policy; all works once Redis is up", async () => {
    server = await createTestRedisServer(false);
    cluster = await startCluster({ redisUrl: server.url, replicas: 2, webhooks: false, waitForRedis: false });
    const [a, b] = cluster.replicas;
    if (!a || !b) throw new Error("two replicas expected");
    expect(a.redis.status).toBe("connecting");
    const notReady = await a.redis.ready({ timeoutMs: 100 }).catch((error: unknown) => error);
    expect(notReady).toBeInstanceOf(RedisUnavailableError);
    expect((notReady as RedisUnavailableError).operation).toBe("connect");

    const session = await cluster.sim.startSession({ callParams: { who: "early guest" } });
    const error = await a.bot.getCallParams(session.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect((error as RedisUnavailableError).operation).toBe("register");
    expect((error as Error).message).not.toContain(server.url);
    expect(activityPosts(cluster, "GetCallParams")).toBe(0); // nothing was sent to mluvii
    expect(a.correlator.pending()).toBe(0);

    const closed = receiver(createRedisDedupeStore({ redis: a.redis }), "closed");
    const open = receiver(createRedisDedupeStore({ redis: b.redis }), "open");
    expect(await closed.deliver(1)).toBe(503); // the platform retries later; nothing processed twice
    expect(closed.processed).toEqual([]);
    expect(await open.deliver(1)).toBe(200); // processed anyway; a duplicate may slip through meanwhile
    expect(open.processed).toEqual(["SessionCreated"]);

    await server.start();
    await Promise.all([a.redis.ready({ timeoutMs: 10_000 }), b.redis.ready({ timeoutMs: 10_000 })]);
    expect(a.redis.status).toBe("ready");
    const params = await a.bot.getCallParams(session.id);
    expect(params.callParams?.who).toBe("early guest");
    expect(await closed.deliver(2)).toBe(200);
    expect(await open.deliver(2)).toBe(200); // the same delivery on the other replica: a duplicate now
    expect([...closed.processed, ...open.processed]).toEqual(["SessionCreated", "SessionCreated"]);
  });

  it("Redis lost mid-flight: pending awaits fail at once, new requests are not sent; after Redis is back all works", async () => {
    server = await createTestRedisServer();
    const statuses: RedisConnectionStatus[] = [];
    cluster = await startCluster({ redisUrl: server.url, replicas: 3, webhooks: false, responseTimeoutMs: 60_000 });
    const { sim, replicas } = cluster;
    const [a, b] = replicas;
    if (!a || !b) throw new Error("replicas expected");
    // One more connection, only to watch its status changes.
    const watcher = createRedisConnection({
      url: server.url,
      onStatusChange: (s) => statuses.push(s),
      maxReconnectDelayMs: 200,
    });
    await watcher.ready();

    const sessions = await Promise.all(
      Array.from({ length: 30 }, (_, n) => sim.startSession({ callParams: { n: String(n) } })),
    );
    // Hold every GetCallParamsResponse back so the awaits are pending when Redis dies.
    sim.faults.inject({
      route: "bot-callback",
      kind: "latency",
      ms: 400,
      activity: "GetCallParamsResponse",
      times: 30,
    });
    const awaits = sessions.map((s, n) =>
      (replicas[n % replicas.length] ?? a).bot.getCallParams(s.id).then(
        () => "resolved" as const,
        (error: unknown) => error,
      ),
    );
    // Wait until all 30 requests reached mluvii (so their waiters are registered in Redis).
    await expect.poll(() => activityPosts(cluster as ReplicaCluster, "GetCallParams")).toBe(30);
    await server.kill();
    const settled = await Promise.all(awaits);
    // Every await settled with a typed error at once: none with a timeout error (60 s, beyond the test's own limit).
    expect(settled.every((e) => e instanceof RedisUnavailableError && e.operation === "await")).toBe(true);
    expect(settled.some((e) => e instanceof MluviiChatbotResponseTimeoutError)).toBe(false);
    for (const r of replicas) expect(r.correlator.pending()).toBe(0);
    expect(replicas.reduce((t, r) => t + r.correlator.stats().failedUnavailable, 0)).toBe(30);

    // During the outage: requests fail before they are sent; the late responses are reported, not lost silently.
    const before = activityPosts(cluster, "GetGuestIdentity");
    const during = await b.bot.getGuestIdentity(sessions[0]?.id ?? 0).catch((e: unknown) => e);
    expect(during).toBeInstanceOf(RedisUnavailableError);
    expect((during as RedisUnavailableError).operation).toBe("register");
    expect(activityPosts(cluster, "GetGuestIdentity")).toBe(before);
    await sim.idle(); // the held-back responses arrive at replicas that cannot route them: reported, not dropped silently
    const routingErrors = replicas.flatMap((r) => r.callbackErrors);
    expect(routingErrors).toHaveLength(30);
    expect(routingErrors.every((e) => e instanceof RedisUnavailableError && e.operation === "deliver")).toBe(true);

    // Redis back (empty: it lost every key): requests and forwarding work again across replicas.
    await server.start();
    await Promise.all(replicas.map((r) => r.redis.ready({ timeoutMs: 10_000 })));
    const again = await Promise.all(
      sessions.map((s, n) => (replicas[(n + 1) % replicas.length] ?? a).bot.getCallParams(s.id)),
    );
    expect(again.map((r) => r.callParams?.n)).toEqual(sessions.map((_, n) => String(n)));
    expect(statuses).toEqual(["ready", "down", "ready"]);
    await watcher.close();
  });

  it("Redis restarted empty: an answer owed from before never goes to a newer request, which waits until it cannot come", async () => {
    server = await createTestRedisServer();
    const keyPrefix = uniquePrefix("restart");
    const connect = () =>
      createRedisConnection({
        url: (server as TestRedisServer).url,
        keyPrefix,
        commandTimeoutMs: 300,
        connectTimeoutMs: 300,
        maxReconnectDelayMs: 100,
      });
    const [ra, rb, inspector] = [connect(), connect(), connect()];
    await Promise.all([ra.ready(), rb.ready(), inspector.ready()]);
    const a = createRedisCorrelator({ redis: ra, lateResponseWindowMs: 1_000 });
    const b = createRedisCorrelator({ redis: rb, lateResponseWindowMs: 1_000 });
    const serial = { sessionId: 1, activity: "SetCallParamsResponse" as const };
    const answer = (marker: string): SetCallParamsResponse => ({ ...serial, success: true, errorMessage: marker });
    const settledSoon = async (promise: Promise<unknown>) => {
      let done = false;
      promise.then(
        () => (done = true),
        () => (done = true),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      return done;
    };

    const groups = { sessionId: 1, activity: "GetAvailableGroupsResponse" as const };
    const before = a.register(serial, { timeoutMs: 3_000 });
    const narrowRead = a.register({ ...groups, query: '{"groupIds":[1]}' }, { timeoutMs: 3_000 });
    // Both sent to mluvii: their answers may come until their deadline plus the late window.
    await Promise.all([before.registered, narrowRead.registered]);
    await server.kill();
    await expect(before.response).rejects.toMatchObject({ name: "RedisUnavailableError", operation: "await" });
    await expect(narrowRead.response).rejects.toMatchObject({ operation: "await" });
    await server.start(); // empty: every lane is gone
    await Promise.all([ra.ready({ timeoutMs: 10_000 }), rb.ready({ timeoutMs: 10_000 }), inspector.ready()]);
    // On reconnecting, replica a tells Redis what it may still owe.
    const holdLeft = async () => {
      const hold = await connectionInternals(inspector).command(
        ["HGET", `${keyPrefix}corr:epoch`, "hold:SetCallParamsResponse"],
        "dedupe",
      );
      const [seconds, micros] = (await connectionInternals(inspector).command(["TIME"], "dedupe")) as string[];
      return Number(hold ?? 0) - (Number(seconds) * 1000 + Math.floor(Number(micros) / 1000));
    };
    await expect.poll(holdLeft, { timeout: 10_000 }).toBeGreaterThan(1_000);

    const after = b.register(serial, { timeoutMs: 5_000 });
    const wideRead = b.register(groups, { timeoutMs: 5_000 });
    const read = b.register({ sessionId: 1, activity: "GetCallParamsResponse" }, { timeoutMs: 5_000 });
    await read.registered; // reads without parameters are never held: any answer of theirs describes the state
    read.cancel(new Error("not needed"));
    expect(await settledSoon(after.registered)).toBe(false);
    expect(await settledSoon(wideRead.registered)).toBe(false); // a read of another query might take its answer
    // The answers to the requests from before the restart arrive: nobody takes them.
    await expect(b.deliver(answer("for before"))).resolves.toBe("unmatched");
    await expect(
      b.deliver({ ...groups, availableGroups: [] } as unknown as Parameters<typeof b.deliver>[0]),
    ).resolves.toBe("unmatched");
    expect(await settledSoon(after.registered)).toBe(false);
    await Promise.all([after.registered, wideRead.registered]); // once they can no longer arrive
    wideRead.cancel(new Error("not needed"));
    await expect(a.deliver(answer("for after"))).resolves.toBe("delivered");
    expect(((await after.response) as SetCallParamsResponse).errorMessage).toBe("for after");
    a.close();
    b.close();
    await Promise.all([ra.close(), rb.close(), inspector.close()]);
  });

  it("Redis stalled: a delivery it runs only after its caller gave up does nothing; the waiter gets the next one", async () => {
    server = await createTestRedisServer();
    const connect = () =>
      createRedisConnection({
        url: (server as TestRedisServer).url,
        keyPrefix: uniquePrefix("stall"),
        commandTimeoutMs: 300,
      });
    const ra = connect();
    const rb = createRedisConnection({ url: server.url, keyPrefix: ra.keyPrefix, commandTimeoutMs: 300 });
    await Promise.all([ra.ready(), rb.ready()]);
    const a = createRedisCorrelator({ redis: ra });
    const b = createRedisCorrelator({ redis: rb });
    const serial = { sessionId: 1, activity: "SetCallParamsResponse" as const };
    const answer = (marker: string): SetCallParamsResponse => ({ ...serial, success: true, errorMessage: marker });
    const waiter = a.register(serial, { timeoutMs: 10_000 });
    await waiter.registered;
    await b.deliver({ ...serial, sessionId: 2, success: true, errorMessage: null }); // b has learnt Redis's clock

    server.pause();
    const stale = await Promise.resolve(b.deliver(answer("given up"))).catch((e: unknown) => e);
    expect(stale).toMatchObject({ name: "RedisUnavailableError", operation: "deliver" }); // reported undeliverable …
    server.resume();
    // … so it must not resolve anything when Redis works off its backlog.
    let resolvedWith: string | null | undefined;
    waiter.response.then((r) => {
      resolvedWith = (r as SetCallParamsResponse).errorMessage;
    });
    await rb.ready();
    await connectionInternals(rb).command(["PING"], "dedupe"); // the stale script ran (or was refused) before this
    await new Promise((resolve) => setTimeout(resolve, 100)); // a forward would have arrived
    expect(resolvedWith).toBeUndefined();
    await expect(b.deliver(answer("fresh"))).resolves.toBe("delivered");
    expect(((await waiter.response) as SetCallParamsResponse).errorMessage).toBe("fresh");
    a.close();
    b.close();
    await Promise.all([ra.close(), rb.close()]);
  });

  it("a correlator made while Redis is down starts working when it comes up", async () => {
    server = await createTestRedisServer(false);
    const redis = createRedisConnection({ url: server.url, maxReconnectDelayMs: 100 });
    const correlator = createRedisCorrelator({ redis });
    const early = correlator.register({ sessionId: 1, activity: "GetCallParamsResponse" }, { timeoutMs: 60_000 });
    await expect(early.registered).rejects.toBeInstanceOf(RedisUnavailableError);
    await expect(early.response).rejects.toBeInstanceOf(RedisUnavailableError);
    const store = createRedisDedupeStore({ redis });
    await expect(store.seen("k", 1_000)).rejects.toMatchObject({ name: "RedisUnavailableError", operation: "dedupe" });
    await expect(store.forget?.("k")).rejects.toMatchObject({ operation: "forget" });

    await server.start();
    await redis.ready({ timeoutMs: 10_000 });
    const waiter = correlator.register({ sessionId: 1, activity: "GetCallParamsResponse" }, { timeoutMs: 5_000 });
    await waiter.registered;
    await correlator.deliver({ activity: "GetCallParamsResponse", sessionId: 1, callParams: { ok: "yes" } });
    await expect(waiter.response).resolves.toMatchObject({ callParams: { ok: "yes" } });
    correlator.close();
    await redis.close();
    expect(redis.status).toBe("closed");
    await expect(store.seen("k", 1_000)).rejects.toBeInstanceOf(RedisUnavailableError);
  });
});
