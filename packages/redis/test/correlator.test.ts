import type { GetCallParamsResponse, MluviiChatbotResponse, ResponseWaiter } from "@contactkit/mluvii-chatbot";
import { MluviiChatbotClosedError, MluviiChatbotResponseTimeoutError } from "@contactkit/mluvii-chatbot";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRedisConnection, createRedisCorrelator, type RedisConnection, type RedisCorrelator } from "../src";
import { connectionInternals } from "../src/connection";
import { haveRedis, uniquePrefix, useRedis } from "./redis-server";

const callParams = (sessionId: number, marker: string): GetCallParamsResponse => ({
  activity: "GetCallParamsResponse",
  sessionId,
  language: "cs",
  source: "Default",
  callParams: { marker },
});
const key = (sessionId: number) => ({ sessionId, activity: "GetCallParamsResponse" as const });
/** The call parameters a waiter resolved with (it awaits a `GetCallParamsResponse`). */
const paramsOf = async (waiter: ResponseWaiter) => ((await waiter.response) as GetCallParamsResponse).callParams;

describe.skipIf(!haveRedis)("createRedisCorrelator (real redis-server)", () => {
  let server: Awaited<ReturnType<typeof useRedis>>;
  const keyPrefix = uniquePrefix("correlator");
  const opened: RedisConnection[] = [];
  const correlators: RedisCorrelator[] = [];
  let session = 1000;

  let inspector: RedisConnection;
  beforeAll(async () => {
    server = await useRedis();
    inspector = createRedisConnection({ url: server.url });
    await inspector.ready();
  });

  /** Reads Redis directly, to wait for background clean-up without consuming anything. */
  const inspect = (...args: string[]) => connectionInternals(inspector).command(args, "dedupe");
  const entriesOf = async (sessionId: number) =>
    (await inspect("LRANGE", `${keyPrefix}corr:${sessionId}:GetCallParamsResponse`, "0", "-1")) as string[];
  /** Entries of the session's list still within their deadline on Redis's clock. */
  const liveEntries = async (sessionId: number) => {
    const [seconds, micros] = (await inspect("TIME")) as [string, string];
    const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    return (await entriesOf(sessionId)).filter((entry) => Number(entry.split("|")[0]) >= now).length;
  };
  afterEach(async () => {
    for (const c of correlators.splice(0)) c.close();
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await inspector?.close();
    await server?.release();
  });

  async function replica(options: { lateResponseWindowMs?: number; replicaId?: string } = {}) {
    const redis = createRedisConnection({ url: server.url, keyPrefix });
    opened.push(redis);
    await redis.ready();
    const correlator = createRedisCorrelator({ redis, ...options });
    correlators.push(correlator);
    return correlator;
  }

  it("hands a response delivered on another replica to the replica awaiting it", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const waiter = a.register(key(sessionId), { timeoutMs: 5_000 });
    await waiter.registered;
    expect(a.pending()).toBe(1);
    await expect(b.deliver(callParams(sessionId, "for-a"))).resolves.toBe("delivered");
    await expect(waiter.response).resolves.toEqual(callParams(sessionId, "for-a"));
    expect(a.pending()).toBe(0);
    expect(a.stats()).toMatchObject({ registered: 1, resolved: 1, received: 1, forwarded: 0 });
    expect(b.stats()).toMatchObject({ forwarded: 1, resolved: 0 });
  });

  it("resolves a waiter of its own replica without a round trip through pub/sub", async () => {
    const a = await replica();
    const sessionId = session++;
    const waiter = a.register(key(sessionId), { timeoutMs: 5_000 });
    await waiter.registered;
    const response = callParams(sessionId, "own");
    await expect(a.deliver(response)).resolves.toBe("delivered");
    // The very object delivered, not a JSON copy.
    expect(await waiter.response).toBe(response);
    expect(a.stats()).toMatchObject({ resolved: 1, received: 0 });
  });

  it("serves waiters of one key first in first out across replicas", async () => {
    const [a, b, c] = [await replica(), await replica(), await replica()];
    const sessionId = session++;
    const first = a.register(key(sessionId), { timeoutMs: 5_000 });
    await first.registered;
    const second = b.register(key(sessionId), { timeoutMs: 5_000 });
    await second.registered;
    const third = a.register(key(sessionId), { timeoutMs: 5_000 });
    await third.registered;
    for (const marker of ["1", "2", "3"]) await c.deliver(callParams(sessionId, marker));
    expect(await paramsOf(first)).toEqual({ marker: "1" });
    expect(await paramsOf(second)).toEqual({ marker: "2" });
    expect(await paramsOf(third)).toEqual({ marker: "3" });
  });

  it("keeps keys apart: another session's or another activity's response does not resolve a waiter", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const waiter = a.register(key(sessionId), { timeoutMs: 5_000 });
    await waiter.registered;
    await expect(b.deliver(callParams(sessionId + 1, "other session"))).resolves.toBe("unmatched");
    const other: MluviiChatbotResponse = {
      activity: "SetCallParamsResponse",
      sessionId,
      success: true,
      errorMessage: null,
    };
    await expect(b.deliver(other)).resolves.toBe("unmatched");
    expect(a.pending()).toBe(1);
    await b.deliver(callParams(sessionId, "mine"));
    expect(await paramsOf(waiter)).toEqual({ marker: "mine" });
  });

  it("treats the next response after a timeout as that request's late answer, on any replica", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const timedOut = a.register(key(sessionId), { timeoutMs: 100 });
    await timedOut.registered;
    await expect(timedOut.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    await expect.poll(() => liveEntries(sessionId)).toBe(0); // past Redis's deadline too
    const newer = b.register(key(sessionId), { timeoutMs: 5_000 });
    await newer.registered;
    await expect(b.deliver(callParams(sessionId, "late"))).resolves.toBe("late");
    await expect(a.deliver(callParams(sessionId, "fresh"))).resolves.toBe("delivered");
    expect(await paramsOf(newer)).toEqual({ marker: "fresh" });
    expect(a.stats().late + b.stats().late).toBe(1);
  });

  it("with lateResponseWindowMs 0, an expired waiter does not consume the next response", async () => {
    const [a, b] = [await replica({ lateResponseWindowMs: 0 }), await replica({ lateResponseWindowMs: 0 })];
    const sessionId = session++;
    const timedOut = a.register(key(sessionId), { timeoutMs: 50 });
    await timedOut.registered;
    await expect(timedOut.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    await expect.poll(() => liveEntries(sessionId)).toBe(0);
    expect(await entriesOf(sessionId)).toHaveLength(1); // still there, but no longer owed anything
    await expect(b.deliver(callParams(sessionId, "x"))).resolves.toBe("unmatched");
  });

  it("cancel before sending removes the waiter; cancel after a possible send owes the next response", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const neverSent = a.register(key(sessionId), { timeoutMs: 5_000 });
    await neverSent.registered;
    neverSent.cancel(new Error("POST refused"));
    await expect(neverSent.response).rejects.toThrow("POST refused");
    // Clean-up runs in the background; wait until Redis shows it (reading, not delivering).
    await expect.poll(() => entriesOf(sessionId)).toEqual([]);
    const maybeSent = a.register(key(sessionId), { timeoutMs: 5_000 });
    await maybeSent.registered;
    maybeSent.cancel(new Error("connection reset after write"), { responseMayArrive: true });
    await expect.poll(() => liveEntries(sessionId)).toBe(0);
    expect(await entriesOf(sessionId)).toHaveLength(1); // now a late-answer marker
    const next = b.register(key(sessionId), { timeoutMs: 5_000 });
    await next.registered;
    await expect(b.deliver(callParams(sessionId, "answer to maybeSent"))).resolves.toBe("late");
    await expect(b.deliver(callParams(sessionId, "for next"))).resolves.toBe("delivered");
    expect(await paramsOf(next)).toEqual({ marker: "for next" });
  });

  it("an abort signal rejects with its reason and owes the response", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const controller = new AbortController();
    const waiter = a.register(key(sessionId), { timeoutMs: 5_000, signal: controller.signal });
    await waiter.registered;
    controller.abort(new Error("guest left"));
    await expect(waiter.response).rejects.toThrow("guest left");
    await expect.poll(() => liveEntries(sessionId)).toBe(0);
    await expect(b.deliver(callParams(sessionId, "late"))).resolves.toBe("late");
  });

  it("reports a response whose waiter's replica is gone as unmatched", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const waiter = a.register(key(sessionId), { timeoutMs: 5_000 });
    await waiter.registered;
    a.close(); // the replica stops listening; its entry stays in Redis
    await expect(waiter.response).rejects.toBeInstanceOf(MluviiChatbotClosedError);
    const channel = `${keyPrefix}corr:to:${a.replicaId}`;
    await expect.poll(async () => ((await inspect("PUBSUB", "NUMSUB", channel)) as unknown[])[1]).toBe(0);
    expect(await entriesOf(sessionId)).toHaveLength(1);
    await expect(b.deliver(callParams(sessionId, "to nobody"))).resolves.toBe("unmatched");
  });

  it("rejects every pending waiter on close, and registers nothing after it", async () => {
    const a = await replica();
    const waiters = [1, 2, 3].map((n) => a.register(key(session + n), { timeoutMs: 5_000 }));
    session += 4;
    await Promise.all(waiters.map((w) => w.registered));
    a.close();
    for (const w of waiters) await expect(w.response).rejects.toBeInstanceOf(MluviiChatbotClosedError);
    const after = a.register(key(session++), { timeoutMs: 5_000 });
    await expect(after.registered).rejects.toBeInstanceOf(MluviiChatbotClosedError);
    expect(a.pending()).toBe(0);
  });

  it("a process restarted under the same replicaId never takes its predecessor's forwarded responses", async () => {
    const b = await replica();
    const sessionId = session++;
    const before = await replica({ replicaId: "pod-7" });
    const old = before.register(key(sessionId), { timeoutMs: 5_000 });
    await old.registered;
    before.close();
    const after = await replica({ replicaId: "pod-7" });
    const mine = after.register(key(sessionId + 1), { timeoutMs: 5_000 });
    await mine.registered;
    // The predecessor's entry is popped and forwarded to pod-7, whose new instance does not own it.
    await expect(b.deliver(callParams(sessionId, "for the old process"))).resolves.toBe("delivered");
    await expect.poll(() => after.stats().orphaned).toBe(1);
    expect(after.pending()).toBe(1);
    await b.deliver(callParams(sessionId + 1, "for the new process"));
    expect(await paramsOf(mine)).toEqual({ marker: "for the new process" });
  });

  it("removes the entry of a registration whose reply was lost to a timeout", async () => {
    const redis = createRedisConnection({ url: server.url, keyPrefix, commandTimeoutMs: 100 });
    opened.push(redis);
    await redis.ready();
    const a = createRedisCorrelator({ redis });
    correlators.push(a);
    const blocker = createRedisConnection({ url: server.url, commandTimeoutMs: 5_000 });
    opened.push(blocker);
    await blocker.ready();
    const sessionId = session++;
    const warm = a.register(key(sessionId), { timeoutMs: 5_000 }); // subscribes and loads the script first
    await warm.registered;
    warm.cancel(new Error("not needed"));
    // Busy the server for 400 ms: the REGISTER behind it runs late, after the client gave up on its reply.
    const busy = connectionInternals(blocker).command(
      [
        "EVAL",
        "local s = redis.call('TIME') repeat local t = redis.call('TIME') until (t[1] - s[1]) * 1000000 + t[2] - s[2] > 400000 return 1",
        "0",
      ],
      "dedupe",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lost = a.register(key(sessionId), { timeoutMs: 5_000 });
    await expect(lost.registered).rejects.toMatchObject({ name: "RedisUnavailableError", operation: "register" });
    await busy;
    const length = () =>
      connectionInternals(blocker).command(["LLEN", `${keyPrefix}corr:${sessionId}:GetCallParamsResponse`], "dedupe");
    await expect.poll(length).toBe(0);
  });

  it("rejects replica ids that would break its entry format", async () => {
    const redis = createRedisConnection({ url: server.url });
    opened.push(redis);
    expect(() => createRedisCorrelator({ redis, replicaId: "a|b" })).toThrow(/replicaId/);
    expect(() => createRedisCorrelator({ redis, replicaId: "" })).toThrow(/replicaId/);
  });

  it("rejects a connection it did not make", () => {
    expect(() => createRedisCorrelator({ redis: { keyPrefix: "x" } as unknown as RedisConnection })).toThrow(
      /createRedisConnection/,
    );
  });
});
