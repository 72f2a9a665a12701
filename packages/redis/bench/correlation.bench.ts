/**
 * Latency the response correlator adds to one bot request: `register(key)` → `await registered` →
 * `deliver(response)` (as the callback receiver would) → `await response`, measured per round trip with
 * process.hrtime.bigint. Cases, interleaved round by round (order rotated) so load on the machine hits all alike:
 * - in-memory correlator (the baseline);
 * - Redis, response delivered on the replica that awaits it (ACQUIRE + DELIVER scripts, resolved locally);
 * - Redis, response delivered on another replica (DELIVER script PUBLISHes it to the awaiting replica's channel);
 * - Redis, the same for a serialised kind (`SetCallParamsResponse`: one request at a time per session);
 * - a reference row: one bare PING round trip on the same connection.
 * Then throughput with 100 requests in flight: three Redis replicas, round-robin over awaiting and delivering
 * replica, against the in-memory correlator.
 * Needs a local redis-server (started on a free loopback port, killed at the end); prints a skip notice without one.
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/redis/bench/correlation.bench.ts   (or `pnpm bench` for every package)
 */
import {
  createInMemoryCorrelator,
  type GetCallParamsResponse,
  type MluviiChatbotResponse,
  type ResponseCorrelator,
  type SetCallParamsResponse,
} from "@contactkit/mluvii-chatbot";
import { percentile } from "../../../scripts/bench-utils";
import { createRedisConnection, createRedisCorrelator, type RedisConnection, type RedisCorrelator } from "../src";
import { connectionInternals } from "../src/connection";
import { canStartRedis, createTestRedisServer, type TestRedisServer } from "../test/redis-server";

const WARMUP = 1_000;
const ROUNDS = 250;
const PER_ROUND = 20;
const CONCURRENCY = 100;
const THROUGHPUT_ROUNDS = 5;
const THROUGHPUT_REQUESTS = 6_000;
const TIMEOUT_MS = 5_000;

let nextSession = 1;
const response = (sessionId: number): GetCallParamsResponse => ({
  activity: "GetCallParamsResponse",
  sessionId,
  language: "cs",
  source: "Default",
  callParams: { n: "1" },
});

const serialResponse = (sessionId: number): SetCallParamsResponse => ({
  activity: "SetCallParamsResponse",
  sessionId,
  success: true,
  errorMessage: null,
});

/** One request's correlation: microseconds from `register` until `response` resolves. */
async function roundTrip(
  awaiting: ResponseCorrelator,
  delivering: ResponseCorrelator,
  answer: (sessionId: number) => MluviiChatbotResponse = response,
): Promise<number> {
  const sessionId = nextSession++;
  const start = process.hrtime.bigint();
  const reply = answer(sessionId);
  const waiter = awaiting.register({ sessionId, activity: reply.activity }, { timeoutMs: TIMEOUT_MS });
  await waiter.registered;
  const resolvedAt = waiter.response.then(() => process.hrtime.bigint());
  const [outcome, end] = await Promise.all([delivering.deliver(reply), resolvedAt]);
  if (outcome !== "delivered") throw new Error(`response ${outcome}, expected delivered`);
  return Number(end - start) / 1_000;
}

const us = (value: number): string => value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0);

if (!canStartRedis) {
  console.log("\n## Redis correlation latency — skipped: redis-server not found\n");
  console.log("Install `redis-server` (Debian/Ubuntu: `apt-get install redis-server`) or set `REDIS_SERVER_BIN`.");
} else {
  let server: TestRedisServer | undefined;
  const connections: RedisConnection[] = [];
  const correlators: RedisCorrelator[] = [];
  try {
    server = await createTestRedisServer();
    const url = server.url;
    const replica = async (): Promise<RedisCorrelator> => {
      const redis = createRedisConnection({ url, keyPrefix: "bench:" });
      connections.push(redis);
      await redis.ready();
      const correlator = createRedisCorrelator({ redis });
      correlators.push(correlator);
      return correlator;
    };
    const [a, b, c] = [await replica(), await replica(), await replica()] as [
      RedisCorrelator,
      RedisCorrelator,
      RedisCorrelator,
    ];
    const memory = createInMemoryCorrelator();
    const commandsOfA = connectionInternals(connections[0] as RedisConnection);

    const cases: { name: string; run: () => Promise<number> }[] = [
      { name: "in-memory correlator", run: () => roundTrip(memory, memory) },
      { name: "Redis, delivered on the awaiting replica", run: () => roundTrip(a, a) },
      { name: "Redis, delivered on another replica", run: () => roundTrip(a, b) },
      { name: "Redis, serialised kind, delivered on another replica", run: () => roundTrip(a, b, serialResponse) },
      {
        name: "reference: one Redis PING round trip",
        run: async () => {
          const start = process.hrtime.bigint();
          await commandsOfA.command(["PING"], "connect");
          return Number(process.hrtime.bigint() - start) / 1_000;
        },
      },
    ];

    // Warm up every path (JIT, EVALSHA script cache, subscriptions), then sample interleaved.
    for (const { run } of cases) for (let i = 0; i < WARMUP; i++) await run();
    const samples = cases.map((): number[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < cases.length; k++) {
        const index = (round + k) % cases.length;
        const { run } = cases[index] as (typeof cases)[number];
        const list = samples[index] as number[];
        for (let i = 0; i < PER_ROUND; i++) list.push(await run());
      }
    }
    const stats = cases.map(({ name }, index) => {
      const list = samples[index] as number[];
      return { name, p50: percentile(list, 50), p99: percentile(list, 99) };
    });
    const base = stats[0] as (typeof stats)[number];

    console.log(
      `\n## Redis correlation latency: one request at a time, ${ROUNDS * PER_ROUND} samples per case, loopback\n`,
    );
    console.log(
      "Time from `register()` through `await registered`, `deliver(response)` and until `response` resolves, per " +
        "request. Cases interleaved in rounds of " +
        `${PER_ROUND} (order rotated) after ${WARMUP} warm-up requests each; redis-server on the same machine.`,
    );
    console.log("");
    console.log("| case | median µs | p99 µs | median ÷ in-memory | p99 ÷ in-memory | added by Redis (median) µs |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const [index, r] of stats.entries()) {
      const reference = index === cases.length - 1;
      console.log(
        `| ${r.name} | ${us(r.p50)} | ${us(r.p99)} | ${reference ? "–" : (r.p50 / base.p50).toFixed(1)} | ` +
          `${reference ? "–" : (r.p99 / base.p99).toFixed(1)} | ${index === 0 || reference ? "–" : us(r.p50 - base.p50)} |`,
      );
    }

    console.log(
      "\nOn the awaiting replica a request costs two Redis round trips (the ACQUIRE and DELIVER scripts); from " +
        "another replica the response then travels one more hop, PUBLISHed to the awaiting replica's channel. A " +
        "serialised kind runs the same scripts (its lane is empty when the request comes).",
    );

    // Throughput: CONCURRENCY requests in flight, each one the same round trip.
    const replicas = [a, b, c];
    const loads: { name: string; pair: (n: number) => [ResponseCorrelator, ResponseCorrelator] }[] = [
      { name: "in-memory correlator", pair: () => [memory, memory] },
      {
        name: "Redis, 3 replicas, round-robin",
        // Over every 9 requests each (awaiting, delivering) pair occurs once: 1 in 3 delivered locally.
        pair: (n) => [replicas[n % 3] as RedisCorrelator, replicas[Math.floor(n / 3) % 3] as RedisCorrelator],
      },
    ];
    const runLoad = async (pair: (n: number) => [ResponseCorrelator, ResponseCorrelator], requests: number) => {
      let issued = 0;
      const latencies: number[] = [];
      const worker = async () => {
        while (issued < requests) {
          const [awaiting, delivering] = pair(issued++);
          latencies.push(await roundTrip(awaiting, delivering));
        }
      };
      const start = process.hrtime.bigint();
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      return { perSecond: requests / seconds, latencies };
    };
    for (const { pair } of loads) await runLoad(pair, THROUGHPUT_REQUESTS / 2);
    const best = loads.map(() => 0);
    const loadLatencies = loads.map((): number[] => []);
    for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
      for (let k = 0; k < loads.length; k++) {
        const index = (round + k) % loads.length;
        const { pair } = loads[index] as (typeof loads)[number];
        const result = await runLoad(pair, THROUGHPUT_REQUESTS);
        best[index] = Math.max(best[index] as number, result.perSecond);
        (loadLatencies[index] as number[]).push(...result.latencies);
      }
    }
    const memoryRate = best[0] as number;

    console.log(
      `\n## Redis correlation throughput: ${CONCURRENCY} requests in flight, ${THROUGHPUT_ROUNDS} × ${THROUGHPUT_REQUESTS} requests per case\n`,
    );
    console.log(
      "Same round trip, with each request's replicas chosen round-robin (awaiting × delivering, so 1 in 3 responses " +
        "lands on the awaiting replica). Requests/s of the best round; latencies over all rounds.",
    );
    console.log("");
    console.log("| case | requests/s | ÷ in-memory | median µs | p99 µs |");
    console.log("|---|---:|---:|---:|---:|");
    for (const [index, { name }] of loads.entries()) {
      const rate = best[index] as number;
      const list = loadLatencies[index] as number[];
      console.log(
        `| ${name} | ${Math.round(rate).toLocaleString("en-US")} | ${(rate / memoryRate).toFixed(4)} | ` +
          `${us(percentile(list, 50))} | ${us(percentile(list, 99))} |`,
      );
    }
    const replicaStats = correlators.map((r) => r.stats());
    const forwarded = replicaStats.reduce((sum, s) => sum + s.forwarded, 0);
    const problems = replicaStats.reduce((sum, s) => sum + s.late + s.unmatched + s.orphaned + s.failedUnavailable, 0);
    console.error(`(redis replicas: ${forwarded} responses forwarded, ${problems} late/unmatched/orphaned/failed)`);
  } finally {
    for (const correlator of correlators) correlator.close();
    await Promise.all(connections.map((connection) => connection.close()));
    await server?.kill();
  }
}
