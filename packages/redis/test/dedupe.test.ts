import { createMluviiWebhookHandler } from "@contactkit/mluvii-webhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRedisConnection, createRedisDedupeStore, type RedisConnection } from "../src";
import {
  canStartRedis,
  createTestRedisServer,
  haveRedis,
  type TestRedisServer,
  uniquePrefix,
  useRedis,
} from "./redis-server";

describe.skipIf(!haveRedis)("createRedisDedupeStore (real redis-server)", () => {
  let server: Awaited<ReturnType<typeof useRedis>>;
  let connections: RedisConnection[];

  beforeAll(async () => {
    server = await useRedis();
    const keyPrefix = uniquePrefix("dedupe"); // one namespace shared by the three replicas
    connections = [1, 2, 3].map(() => createRedisConnection({ url: server.url, keyPrefix }));
    await Promise.all(connections.map((c) => c.ready()));
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.close()));
    await server?.release();
  });

  it("claims a key once; a live claim is pending, a committed key is seen; only the owner commits or releases", async () => {
    const [a, b] = connections.map((redis) => createRedisDedupeStore({ redis }));
    if (!a || !b) throw new Error("two stores expected");
    await expect(a.claim("two-phase", "attempt-1", 60_000)).resolves.toBe("claimed");
    await expect(b.claim("two-phase", "attempt-2", 60_000)).resolves.toBe("pending");
    await b.release("two-phase", "attempt-2"); // not its claim: nothing happens
    await expect(b.commit("two-phase", "attempt-2", 60_000)).resolves.toBe(false);
    await expect(b.claim("two-phase", "attempt-3", 60_000)).resolves.toBe("pending");
    await a.release("two-phase", "attempt-1");
    await expect(b.claim("two-phase", "attempt-4", 60_000)).resolves.toBe("claimed");
    await expect(b.commit("two-phase", "attempt-4", 60_000)).resolves.toBe(true);
    await expect(a.claim("two-phase", "attempt-5", 60_000)).resolves.toBe("seen");
    await a.release("two-phase", "attempt-4"); // a release never removes a committed key
    await expect(a.claim("two-phase", "attempt-6", 60_000)).resolves.toBe("seen");
  });

  it("a lapsed lease can be claimed again, and the lapsed claim can no longer commit", async () => {
    const store = createRedisDedupeStore({ redis: connections[0] as RedisConnection });
    await expect(store.claim("lease", "slow", 200)).resolves.toBe("claimed");
    await expect.poll(() => store.claim("lease", "next", 60_000), { timeout: 10_000, interval: 50 }).toBe("claimed");
    await expect(store.commit("lease", "slow", 60_000)).resolves.toBe(false);
    await expect(store.commit("lease", "next", 60_000)).resolves.toBe(true);
  });

  it("of 300 concurrent claims for one key from three replicas, exactly one is claimed", async () => {
    const stores = connections.map((redis) => createRedisDedupeStore({ redis }));
    for (let round = 0; round < 10; round++) {
      const key = `claim-race:${round}`;
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          (stores[i % 3] as (typeof stores)[number]).claim(key, `attempt-${i}`, 60_000),
        ),
      );
      expect(answers.filter((a) => a === "claimed")).toHaveLength(1);
      expect(answers.filter((a) => a === "pending")).toHaveLength(299);
    }
  });

  it("records a key once with the deprecated seen: the first call says unseen, later ones seen", async () => {
    const store = createRedisDedupeStore({ redis: connections[0] as RedisConnection });
    await expect(store.seen("SessionEnded:1", 60_000)).resolves.toBe(false);
    await expect(store.seen("SessionEnded:1", 60_000)).resolves.toBe(true);
    await expect(store.seen("SessionEnded:2", 60_000)).resolves.toBe(false);
  });

  it("of 300 concurrent calls for one key from three replicas, exactly one wins", async () => {
    const stores = connections.map((redis) => createRedisDedupeStore({ redis }));
    for (let round = 0; round < 20; round++) {
      const key = `race:${round}`;
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) => (stores[i % 3] as (typeof stores)[number]).seen(key, 60_000)),
      );
      expect(answers.filter((seen) => !seen)).toHaveLength(1);
    }
  });

  it("forgets a key, so the platform's retry is processed", async () => {
    const [a, b] = connections.map((redis) => createRedisDedupeStore({ redis }));
    await expect(a?.seen("retry-me", 60_000)).resolves.toBe(false);
    await b?.forget?.("retry-me");
    await expect(b?.seen("retry-me", 60_000)).resolves.toBe(false);
    await expect(a?.seen("retry-me", 60_000)).resolves.toBe(true);
  });

  it("remembers a key for its TTL only", async () => {
    const store = createRedisDedupeStore({ redis: connections[0] as RedisConnection });
    await expect(store.seen("short", 500)).resolves.toBe(false);
    await expect(store.seen("short", 500)).resolves.toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect(store.seen("short", 500)).resolves.toBe(false);
  });

  it("stores a huge key as its hash, and still tells it apart from a similar one", async () => {
    const store = createRedisDedupeStore({ redis: connections[0] as RedisConnection });
    const huge = "k".repeat(100_000);
    await expect(store.seen(huge, 60_000)).resolves.toBe(false);
    await expect(store.seen(huge, 60_000)).resolves.toBe(true);
    await expect(store.seen(`${huge}!`, 60_000)).resolves.toBe(false);
    await store.forget?.(huge);
    await expect(store.seen(huge, 60_000)).resolves.toBe(false);
  });
});

/** The pid of the redis-server listening on `port`, from `INFO server` (the test harness does not expose it). */
async function redisPid(port: number): Promise<number> {
  const { connect } = await import("node:net");
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write("INFO server\r\n"));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
      const match = /process_id:(\d+)/.exec(text);
      if (match) {
        socket.destroy();
        resolve(Number(match[1]));
      }
    });
    socket.on("error", reject);
  });
}

describe.skipIf(!canStartRedis)(
  "dedupe with a stalled Redis (SIGSTOP longer than commandTimeoutMs, then SIGCONT)",
  () => {
    let server: TestRedisServer | undefined;
    let redis: RedisConnection | undefined;
    let pid: number | undefined;
    afterEach(async () => {
      if (pid !== undefined) process.kill(pid, "SIGCONT");
      await redis?.close();
      await server?.kill();
      pid = undefined;
    });

    it("a delivery answered 503 while Redis stalled is processed exactly once on retry, never dropped as a duplicate", async () => {
      server = await createTestRedisServer();
      redis = createRedisConnection({ url: server.url, commandTimeoutMs: 1_000, keyPrefix: uniquePrefix("stall") });
      await redis.ready();
      const processed: number[] = [];
      const handler = createMluviiWebhookHandler({
        credentials: [{ username: "mluvii", password: "pw" }],
        // A lease far longer than the test: the retry gets through because the failed claim is released, not lapsed.
        dedupe: { store: createRedisDedupeStore({ redis }), onStoreError: "closed", leaseMs: 120_000 },
        process: (parsed) => {
          if (parsed.known && parsed.type === "SessionCreated") processed.push(parsed.event.data.id);
        },
        onError: () => {},
      });
      const bodyOf = (id: number) =>
        JSON.stringify({ eventType: "SessionCreated", data: { id, tenantId: 1, channel: "Chat", source: "Default" } });
      const deliver = async (body = bodyOf(77)) => {
        const response = await handler(
          new Request("http://receiver/mluvii", {
            method: "POST",
            body,
            headers: { authorization: `Basic ${Buffer.from("mluvii:pw").toString("base64")}` },
          }),
        );
        await handler.drain();
        return { status: response.status, body: (await response.json()) as { duplicate?: boolean } };
      };

      // Retries until an answer other than "retry later" (a loaded machine may time a command out).
      const deliverUntilAnswered = async (body = bodyOf(77)) => {
        let answer = await deliver(body);
        for (let tries = 0; answer.status === 503 && tries < 150; tries++) {
          await new Promise((r) => setTimeout(r, 100));
          answer = await deliver(body);
        }
        return answer;
      };

      expect((await deliverUntilAnswered(bodyOf(76))).status).toBe(200); // Redis and the connection are warm
      pid = await redisPid(server.port);
      process.kill(pid, "SIGSTOP");
      expect((await deliver()).status).toBe(503); // the claim is written but not answered within commandTimeoutMs
      process.kill(pid, "SIGCONT");
      pid = undefined;
      // Redis resumes and executes the stalled claim (its reply is dropped by the timed-out caller), then the
      // release the receiver sent right after the failure.
      const retry = await deliverUntilAnswered();
      expect(retry).toEqual({ status: 200, body: { ok: true, type: "SessionCreated" } }); // processed, not "duplicate"
      expect(processed).toEqual([76, 77]);
      expect((await deliverUntilAnswered()).body.duplicate).toBe(true);
      expect(processed).toEqual([76, 77]);
      handler.close();
    });
  },
);
