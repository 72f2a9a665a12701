import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe } from "vitest";
import { describeInboxContract } from "../../../test-support/inbox-contract";
import { createRedisConnection, createRedisInbox, type RedisConnection } from "../src";
import { haveRedis, uniquePrefix, useRedis } from "./redis-server";

describe.skipIf(!haveRedis)("createRedisInbox (real redis-server)", () => {
  let server: Awaited<ReturnType<typeof useRedis>>;
  let redis: RedisConnection;
  beforeAll(async () => {
    server = await useRedis();
    redis = createRedisConnection({ url: server.url, keyPrefix: uniquePrefix("inbox-contract") });
    await redis.ready();
  });
  afterAll(async () => {
    await redis?.close();
    await server?.release();
  });

  // Every inbox gets its own name, so each test starts from an empty stream on the shared connection.
  describeInboxContract("redis", ({ leaseMs }) => createRedisInbox({ redis, leaseMs, name: randomUUID() }));
});
