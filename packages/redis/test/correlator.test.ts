import type {
  GetCallParamsResponse,
  MluviiChatbotResponse,
  ResponseWaiter,
  SetCallParamsResponse,
} from "@contactkit/mluvii-chatbot";
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
const serialKey = (sessionId: number) => ({ sessionId, activity: "SetCallParamsResponse" as const });
const setResult = (sessionId: number, marker: string): SetCallParamsResponse => ({
  activity: "SetCallParamsResponse",
  sessionId,
  success: true,
  errorMessage: marker,
});
/** Whether a promise has settled within a short look (its settling needs a Redis round trip at most). */
async function settledSoon(promise: Promise<unknown>, ms = 150): Promise<boolean> {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return done;
}
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
  const entriesOf = async (sessionId: number, activity = "GetCallParamsResponse") =>
    (await inspect("LRANGE", `${keyPrefix}corr:lane:${sessionId}:${activity}`, "0", "-1")) as string[];
  /** Entries of the session's lane still waiting (state `w`, within their deadline) on Redis's clock. */
  const waitingEntries = async (sessionId: number, activity = "GetCallParamsResponse") => {
    const [seconds, micros] = (await inspect("TIME")) as [string, string];
    const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    return (await entriesOf(sessionId, activity)).filter((entry) => {
      const [deadline, , state] = entry.split("|");
      return state === "w" && Number(deadline) >= now;
    }).length;
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
    // A short command timeout: it is also the slack Redis adds to each deadline.
    const redis = createRedisConnection({ url: server.url, keyPrefix, commandTimeoutMs: 300 });
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

  it("one answer serves the pending reads of a query on every replica; their own answers are then spent", async () => {
    const [a, b, c] = [await replica(), await replica(), await replica()];
    const sessionId = session++;
    const first = a.register(key(sessionId), { timeoutMs: 5_000 });
    const second = b.register(key(sessionId), { timeoutMs: 5_000 });
    const third = a.register(key(sessionId), { timeoutMs: 5_000 });
    await Promise.all([first.registered, second.registered, third.registered]);
    await expect(c.deliver(callParams(sessionId, "1"))).resolves.toBe("delivered");
    expect(await paramsOf(first)).toEqual({ marker: "1" });
    expect(await paramsOf(second)).toEqual({ marker: "1" });
    expect(await paramsOf(third)).toEqual({ marker: "1" });
    await expect(c.deliver(callParams(sessionId, "2"))).resolves.toBe("delivered");
    await expect(c.deliver(callParams(sessionId, "3"))).resolves.toBe("delivered");
    await expect(c.deliver(callParams(sessionId, "4"))).resolves.toBe("unmatched");
    expect(await entriesOf(sessionId)).toEqual([]);
  });

  it("reads of another query wait for the lane, across replicas", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const narrow = a.register({ ...key(sessionId), query: '{"groupIds":[1]}' }, { timeoutMs: 5_000 });
    await narrow.registered;
    const wide = b.register(key(sessionId), { timeoutMs: 5_000 });
    expect(await settledSoon(wide.registered)).toBe(false);
    await expect(b.deliver(callParams(sessionId, "narrow"))).resolves.toBe("delivered");
    await wide.registered; // told at once that the lane emptied
    await expect(a.deliver(callParams(sessionId, "wide"))).resolves.toBe("delivered");
    expect(await paramsOf(narrow)).toEqual({ marker: "narrow" });
    expect(await paramsOf(wide)).toEqual({ marker: "wide" });
    expect(b.stats().waitedForLane).toBe(1);
  });

  it("admits one request of a serialised kind per session at a time, across replicas", async () => {
    const [a, b, c] = [await replica(), await replica(), await replica()];
    const sessionId = session++;
    const first = a.register(serialKey(sessionId), { timeoutMs: 5_000 });
    await first.registered;
    const second = b.register(serialKey(sessionId), { timeoutMs: 5_000 });
    const third = a.register(serialKey(sessionId), { timeoutMs: 5_000 });
    expect(await settledSoon(second.registered)).toBe(false);
    expect(await settledSoon(third.registered, 0)).toBe(false);
    await expect(c.deliver(setResult(sessionId, "1"))).resolves.toBe("delivered");
    await expect((await first.response) as SetCallParamsResponse).toMatchObject({ errorMessage: "1" });
    // Exactly one of the two is admitted next.
    await Promise.race([second.registered, third.registered]);
    expect(await waitingEntries(sessionId, "SetCallParamsResponse")).toBe(1);
    await c.deliver(setResult(sessionId, "2"));
    await Promise.all([second.registered, third.registered]);
    await c.deliver(setResult(sessionId, "3"));
    const markers = await Promise.all(
      [second, third].map(async (w) => ((await w.response) as SetCallParamsResponse).errorMessage),
    );
    expect(markers.sort()).toEqual(["2", "3"]);
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

  it("a serial request that timed out holds its lane on every replica until its late answer arrives", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const timedOut = a.register(serialKey(sessionId), { timeoutMs: 100 });
    await timedOut.registered;
    await expect(timedOut.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    const newer = b.register(serialKey(sessionId), { timeoutMs: 5_000 });
    expect(await settledSoon(newer.registered)).toBe(false);
    // Redis keeps the entry waiting a command timeout longer than the replica (the admission reply may have taken
    // that long); an answer then goes to the old waiter's replica and is orphaned there. Past that, it is late.
    await expect.poll(() => waitingEntries(sessionId, "SetCallParamsResponse")).toBe(0);
    expect(await settledSoon(newer.registered, 0)).toBe(false);
    await expect(b.deliver(setResult(sessionId, "late"))).resolves.toBe("late");
    await newer.registered;
    await expect(a.deliver(setResult(sessionId, "fresh"))).resolves.toBe("delivered");
    expect(((await newer.response) as SetCallParamsResponse).errorMessage).toBe("fresh");
    expect(a.stats().late + b.stats().late).toBe(1);
  });

  it("a read's late answer serves a newer read of the same query on another replica", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const timedOut = a.register(key(sessionId), { timeoutMs: 100 });
    await timedOut.registered;
    await expect(timedOut.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    await expect.poll(() => waitingEntries(sessionId)).toBe(0); // past Redis's deadline too
    const newer = b.register(key(sessionId), { timeoutMs: 5_000 });
    await newer.registered; // reads never wait for reads of their query
    await expect(a.deliver(callParams(sessionId, "late"))).resolves.toBe("delivered");
    expect(await paramsOf(newer)).toEqual({ marker: "late" });
  });

  it("with lateResponseWindowMs 0, the lane is free once the deadline passed in Redis", async () => {
    const [a, b] = [await replica({ lateResponseWindowMs: 0 }), await replica({ lateResponseWindowMs: 0 })];
    const sessionId = session++;
    const timedOut = a.register(serialKey(sessionId), { timeoutMs: 50 });
    await timedOut.registered;
    await expect(timedOut.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    const next = b.register(serialKey(sessionId), { timeoutMs: 5_000 });
    await next.registered; // after the deadline plus the slack (a command timeout)
    await expect(a.deliver(setResult(sessionId, "x"))).resolves.toBe("delivered");
    expect(((await next.response) as SetCallParamsResponse).errorMessage).toBe("x");
  });

  it("cancel before sending releases the lane; cancel after a possible send holds it for the late answer", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const neverSent = a.register(serialKey(sessionId), { timeoutMs: 5_000 });
    await neverSent.registered;
    const behind = b.register(serialKey(sessionId), { timeoutMs: 5_000 });
    neverSent.cancel(new Error("POST refused"));
    await expect(neverSent.response).rejects.toThrow("POST refused");
    await behind.registered; // admitted once the entry is gone
    behind.cancel(new Error("connection reset after write"), { responseMayArrive: true });
    await expect.poll(() => waitingEntries(sessionId, "SetCallParamsResponse")).toBe(0);
    expect(await entriesOf(sessionId, "SetCallParamsResponse")).toHaveLength(1); // its answer is owed
    const next = a.register(serialKey(sessionId), { timeoutMs: 5_000 });
    expect(await settledSoon(next.registered)).toBe(false);
    await expect(a.deliver(setResult(sessionId, "answer to behind"))).resolves.toBe("late");
    await next.registered;
    await expect(b.deliver(setResult(sessionId, "for next"))).resolves.toBe("delivered");
    expect(((await next.response) as SetCallParamsResponse).errorMessage).toBe("for next");
  });

  it("an abort signal rejects with its reason and owes the response", async () => {
    const [a, b] = [await replica(), await replica()];
    const sessionId = session++;
    const controller = new AbortController();
    const waiter = a.register(key(sessionId), { timeoutMs: 5_000, signal: controller.signal });
    await waiter.registered;
    controller.abort(new Error("guest left"));
    await expect(waiter.response).rejects.toThrow("guest left");
    await expect.poll(() => waitingEntries(sessionId)).toBe(0);
    await expect(b.deliver(callParams(sessionId, "late"))).resolves.toBe("late");
    const queuedController = new AbortController();
    const holder = a.register(serialKey(sessionId), { timeoutMs: 5_000 });
    await holder.registered;
    const queued = b.register(serialKey(sessionId), { timeoutMs: 5_000, signal: queuedController.signal });
    queuedController.abort(new Error("gave up waiting"));
    await expect(queued.registered).rejects.toThrow("gave up waiting");
    expect(b.pending()).toBe(0);
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
      connectionInternals(blocker).command(
        ["LLEN", `${keyPrefix}corr:lane:${sessionId}:GetCallParamsResponse`],
        "dedupe",
      );
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
