/**
 * What durable acknowledgement costs: a mluvii webhook receiver's acknowledgement latency (the fetch handler called
 * with a `Request` until its `Response` resolves: authenticate, read, validate, record in the inbox, answer) with
 * the Redis inbox (`XADD` in a script, one round trip to a redis-server on the same machine) against the default
 * in-memory inbox. Both receivers run their workers (a handler that does nothing), dedupe off so only the inbox
 * differs; a third case is a receive-only replica (`workers: false`, its own inbox), which shows what the
 * workers' take and ack scripts on the same connection and process add. Cases interleaved round by round (order rotated), so load on the machine hits both alike; a bare PING
 * round trip on the same connection is the reference row.
 * Needs a local redis-server (started on a free loopback port, killed at the end); prints a skip notice without one.
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/redis/bench/inbox.bench.ts   (or `pnpm bench redis`)
 */
import { loadavg } from "node:os";
import type { WebhookHandler } from "@contactkit/core";
import { createMluviiWebhookHandler } from "@contactkit/mluvii-webhooks";
import { percentile } from "../../../scripts/bench-utils";
import { createRedisConnection, createRedisInbox, type RedisConnection, type RedisInbox } from "../src";
import { connectionInternals } from "../src/connection";
import { canStartRedis, createTestRedisServer, type TestRedisServer } from "../test/redis-server";

const WARMUP = 1_000;
const ROUNDS = 200;
const PER_ROUND = 25;
const AUTHORIZATION = `Basic ${Buffer.from("bench:bench-pa55").toString("base64")}`;

let nextId = 1;
/** One delivery as mluvii sends it (a SessionCreated event, see mluvii's webhook docs), each with its own id. */
function delivery(): Request {
  const body = JSON.stringify({
    eventType: "SessionCreated",
    data: { id: nextId++, tenantId: 62, channel: "Phone", source: "OutgoingCall" },
  });
  return new Request("http://127.0.0.1/mluvii/webhooks", {
    method: "POST",
    headers: { authorization: AUTHORIZATION, "content-type": "application/json" },
    body,
  });
}

async function acknowledge(handler: WebhookHandler): Promise<number> {
  const request = delivery();
  const start = process.hrtime.bigint();
  const response = await handler(request);
  const elapsed = Number(process.hrtime.bigint() - start) / 1_000;
  if (response.status !== 200) throw new Error(`answered ${response.status}, expected 200`);
  return elapsed;
}

const us = (value: number): string => value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0);

if (!canStartRedis) {
  console.log("\n## Inbox acknowledgement latency — skipped: redis-server not found\n");
  console.log("Install `redis-server` (Debian/Ubuntu: `apt-get install redis-server`) or set `REDIS_SERVER_BIN`.");
} else {
  let server: TestRedisServer | undefined;
  let redis: RedisConnection | undefined;
  const inboxes: RedisInbox[] = [];
  const handlers: WebhookHandler[] = [];
  try {
    server = await createTestRedisServer();
    redis = createRedisConnection({ url: server.url, keyPrefix: "bench:" });
    await redis.ready();
    const inbox = createRedisInbox({ redis, name: "bench" });
    const receiveOnlyInbox = createRedisInbox({ redis, name: "bench-receive-only" });
    inboxes.push(inbox, receiveOnlyInbox);
    const receiver = (options: { inbox?: RedisInbox; workers?: false }) => {
      const handler = createMluviiWebhookHandler({
        credentials: [{ username: "bench", password: "bench-pa55" }],
        dedupe: false,
        logger: false,
        process: async () => {},
        ...options,
      });
      handlers.push(handler);
      return handler;
    };
    const memory = receiver({});
    const durable = receiver({ inbox });
    const receiveOnly = receiver({ inbox: receiveOnlyInbox, workers: false });
    const commands = connectionInternals(redis);
    const cases: { name: string; run: () => Promise<number> }[] = [
      { name: "in-memory inbox (default)", run: () => acknowledge(memory) },
      { name: "Redis inbox", run: () => acknowledge(durable) },
      { name: "Redis inbox, receive-only replica (workers: false)", run: () => acknowledge(receiveOnly) },
      {
        name: "reference: one Redis PING round trip",
        run: async () => {
          const start = process.hrtime.bigint();
          await commands.command(["PING"], "connect");
          return Number(process.hrtime.bigint() - start) / 1_000;
        },
      },
    ];

    const loadBefore = loadavg()[0] ?? 0;
    for (const { run } of cases) for (let i = 0; i < WARMUP; i++) await run();
    const samples = cases.map((): number[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < cases.length; k++) {
        const index = (round + k) % cases.length;
        const { run } = cases[index] as (typeof cases)[number];
        for (let i = 0; i < PER_ROUND; i++) (samples[index] as number[]).push(await run());
      }
    }
    const loadAfter = loadavg()[0] ?? 0;
    const stats = cases.map(({ name }, index) => {
      const list = samples[index] as number[];
      return { name, p50: percentile(list, 50), p99: percentile(list, 99) };
    });
    const [base, redisRow] = stats as [(typeof stats)[number], (typeof stats)[number]];

    console.log(`\n## Inbox acknowledgement latency: ${ROUNDS * PER_ROUND} deliveries per case, loopback Redis\n`);
    console.log(
      "Time from calling the mluvii webhook receiver (fetch handler) with a delivery until its 200 `Response`: " +
        "authenticate, read, validate, record in the inbox. Cases interleaved in rounds of " +
        `${PER_ROUND} (order rotated) after ${WARMUP} warm-up deliveries each; workers process in the background. ` +
        `Load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.`,
    );
    console.log("");
    console.log("| case | p50 µs | p99 µs | p50 ÷ in-memory | p99 ÷ in-memory |");
    console.log("|---|---:|---:|---:|---:|");
    for (const [index, r] of stats.entries()) {
      const reference = index === cases.length - 1;
      console.log(
        `| ${r.name} | ${us(r.p50)} | ${us(r.p99)} | ${reference ? "–" : (r.p50 / base.p50).toFixed(2)} | ` +
          `${reference ? "–" : (r.p99 / base.p99).toFixed(2)} |`,
      );
    }
    console.log(
      `\ninbox ack latency: memory p50 ${us(base.p50)} µs p99 ${us(base.p99)} µs; redis p50 ${us(redisRow.p50)} µs ` +
        `p99 ${us(redisRow.p99)} µs; ratio p50 ${(redisRow.p50 / base.p50).toFixed(2)} p99 ` +
        `${(redisRow.p99 / base.p99).toFixed(2)}; load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`,
    );
    await Promise.all(handlers.map((handler) => handler.drain()));
  } finally {
    for (const handler of handlers) await handler.close();
    for (const inbox of inboxes) await inbox.close();
    await redis?.close();
    await server?.kill();
  }
}
