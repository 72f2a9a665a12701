import type { Telemetry } from "@contactkit/core";
import { type GetCallParamsResponse, MluviiChatbotResponseTimeoutError } from "@contactkit/mluvii-chatbot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisConnection, createRedisCorrelator, type RedisConnection } from "../src";
import { haveRedis, uniquePrefix, useRedis } from "./redis-server";

const callParams = (sessionId: number): GetCallParamsResponse => ({
  activity: "GetCallParamsResponse",
  sessionId,
  language: "cs",
  source: "Default",
  callParams: {},
});
const key = (sessionId: number) => ({ sessionId, activity: "GetCallParamsResponse" as const });

/** A telemetry that keeps `contactkit.correlation.outcomes` counts by outcome. */
function countingTelemetry() {
  const outcomes: Record<string, number> = {};
  const telemetry: Telemetry = {
    startSpan: () => ({ setAttributes() {}, fail() {}, end() {} }),
    count(name, attributes, value = 1) {
      if (name !== "contactkit.correlation.outcomes") return;
      const outcome = String(attributes?.outcome);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + value;
    },
    record() {},
    observeGauge: () => () => {},
  };
  return { telemetry, outcomes };
}

describe.skipIf(!haveRedis)("createRedisCorrelator telemetry (real redis-server)", () => {
  let server: Awaited<ReturnType<typeof useRedis>>;
  let redis: RedisConnection;
  beforeAll(async () => {
    server = await useRedis();
    redis = createRedisConnection({ url: server.url, keyPrefix: uniquePrefix("telemetry"), commandTimeoutMs: 300 });
    await redis.ready();
  });
  afterAll(async () => {
    await redis?.close();
    await server?.release();
  });

  it("counts resolved, timed-out, cancelled, late and unmatched outcomes", async () => {
    const { telemetry, outcomes } = countingTelemetry();
    const correlator = createRedisCorrelator({ redis, telemetry, logger: false, lateResponseWindowMs: 5_000 });
    try {
      const resolved = correlator.register(key(1), { timeoutMs: 5_000 });
      await resolved.registered;
      await expect(correlator.deliver(callParams(1))).resolves.toBe("delivered");
      await resolved.response;

      const timedOut = correlator.register(key(2), { timeoutMs: 50 });
      await timedOut.registered;
      await expect(timedOut.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
      await expect(correlator.deliver(callParams(2))).resolves.toBe("late");

      const cancelled = correlator.register(key(3), { timeoutMs: 5_000 });
      await cancelled.registered;
      cancelled.cancel(new Error("caller gave up"));
      await expect(cancelled.response).rejects.toThrow("caller gave up");

      await expect(correlator.deliver(callParams(4))).resolves.toBe("unmatched");
      expect(outcomes).toEqual({ resolved: 1, "timed-out": 1, late: 1, cancelled: 1, unmatched: 1 });
    } finally {
      correlator.close();
    }
  });
});
