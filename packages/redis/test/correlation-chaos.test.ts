/**
 * Correlation under loss, delay and reordering across three replicas on a real redis-server that the test pauses
 * (SIGSTOP/SIGCONT: commands time out, then run late) and kills and restarts empty (SIGKILL: every key lost)
 * mid-run. Definitions of "misattributed" and "cascaded" are in the chatbot package's chaos harness; requests that
 * failed with `RedisUnavailableError` were refused (never sent) or cut off by the outage, and are counted apart.
 */
import { createMluviiBot, type MluviiBot } from "@contactkit/mluvii-chatbot";
import { afterEach, describe, expect, it } from "vitest";
import {
  createChaosMluvii,
  runCorrelationChaos,
  seededRandom,
} from "../../mluvii-chatbot/test/support/correlation-chaos";
import { createRedisConnection, createRedisCorrelator, type RedisConnection, type RedisCorrelator } from "../src";
import { canStartRedis, createTestRedisServer, type TestRedisServer, uniquePrefix } from "./redis-server";

let server: TestRedisServer | undefined;
const connections: RedisConnection[] = [];
const correlators: RedisCorrelator[] = [];
afterEach(async () => {
  for (const c of correlators.splice(0)) c.close();
  await Promise.all(connections.splice(0).map((c) => c.close()));
  server?.resume();
  await server?.kill();
  server = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!canStartRedis)("correlation chaos (Redis correlator, 3 replicas, Redis paused and killed)", () => {
  it("1,200 mixed requests on 4 sessions, answers dropped, late and reordered: misattributed 0, cascaded 0", async () => {
    const redis = await createTestRedisServer();
    server = redis;
    const seed = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = seededRandom(seed);
    const settings = { timeoutMs: 600, lateWindowMs: 1_200, marginMs: 150 };
    const keyPrefix = uniquePrefix("chaos");
    for (let n = 0; n < 3; n++) {
      const connection = createRedisConnection({
        url: redis.url,
        keyPrefix,
        commandTimeoutMs: 300,
        connectTimeoutMs: 300,
        maxReconnectDelayMs: 100,
      });
      connections.push(connection);
      correlators.push(
        createRedisCorrelator({
          redis: connection,
          replicaId: `chaos-${n}`,
          lateResponseWindowMs: settings.lateWindowMs,
          onOrphanedResponse: () => {},
        }),
      );
    }
    await Promise.all(connections.map((c) => c.ready()));
    const mluvii = createChaosMluvii({
      ...settings,
      random,
      faults: { drop: 0.1, late: 0.06, reorder: 0.25 },
      deliverers: () => correlators,
    });
    const bots: MluviiBot[] = correlators.map((correlator) =>
      createMluviiBot({ chatbotId: 1, api: mluvii.transport, correlator, responseTimeoutMs: settings.timeoutMs }),
    );
    const disruptions: string[] = [];
    const stalls: { from: number; to?: number }[] = [];
    const stall = async (action: () => Promise<void>) => {
      const interval: { from: number; to?: number } = { from: Date.now() };
      stalls.push(interval);
      await action();
      interval.to = Date.now();
    };
    const until = async (progress: () => number, fraction: number) => {
      while (progress() < fraction) await sleep(20);
    };
    const report = await runCorrelationChaos({
      label: "redis",
      bots,
      deliverers: correlators,
      mluvii,
      requests: 1_200,
      sessions: 4,
      concurrency: 48,
      backoffMs: 100,
      random,
      ...settings,
      disruptions: stalls,
      disrupt: async (progress) => {
        await until(progress, 0.25);
        await stall(async () => {
          redis.pause(); // longer than the command timeout: commands fail, then run late
          await sleep(1_000);
          redis.resume();
        });
        disruptions.push("paused 1 s");
        await until(progress, 0.5);
        await stall(async () => {
          await redis.kill(); // every key lost
          await sleep(300);
          await redis.start();
          await Promise.all(connections.map((c) => c.ready({ timeoutMs: 10_000 })));
        });
        disruptions.push("killed and restarted empty");
        await until(progress, 0.75);
        await stall(async () => {
          redis.pause();
          await sleep(500);
          redis.resume();
        });
        disruptions.push("paused 0.5 s");
      },
    });
    const stats = correlators.map((c) => c.stats());
    const sum = (k: keyof (typeof stats)[number]) => stats.reduce((total, s) => total + s[k], 0);
    console.log(report.line);
    console.log(
      `[redis] chaos seed ${seed} (CHAOS_SEED=${seed} repeats it); ${disruptions.join(", ")}; failed while Redis was ` +
        `away ${report.otherFailures}; timed out because Redis stalled after taking their answer ${report.stalled}; failures ${JSON.stringify(report.failureNames)}; late ${sum("late")}, ` +
        `unmatched ${sum("unmatched")}, orphaned ${sum("orphaned")}, waited for lane ${sum("waitedForLane")}`,
    );
    expect(report.problems).toEqual([]);
    expect(report.misattributed).toBe(0);
    expect(report.cascaded).toBe(0);
    expect(report.requests).toBe(1_200);
    expect(report.resolved + report.timedOut + report.otherFailures).toBe(report.requests);
    expect(disruptions).toHaveLength(3);
    expect(report.otherFailures).toBeGreaterThan(0); // the outages really hit requests …
    expect(Object.keys(report.failureNames).sort()).toEqual([
      "MluviiChatbotResponseTimeoutError",
      "RedisUnavailableError",
    ]);
    expect(report.resolved).toBeGreaterThan(report.requests / 2); // … and the rest went on
    for (const c of correlators) expect(c.pending()).toBe(0);
  }, 180_000);
});
