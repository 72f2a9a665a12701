import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisConnection, createRedisDedupeStore, type RedisConnection } from "../src";
import { haveRedis, uniquePrefix, useRedis } from "./redis-server";

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

  it("records a key once: the first call says unseen, later ones seen", async () => {
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
