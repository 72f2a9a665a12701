/**
 * One receiver process of the inbox chaos test (`inbox-chaos.test.ts` runs three, and `kill -9`s them): a mluvii
 * webhook receiver recording into the Redis inbox, with its workers. The handler fails `CHAOS_FAIL_RATE` of its
 * attempts at random and otherwise counts the event as processed with `HINCRBY <prefix>chaos:processed <key> 1`,
 * so the test can tell processed, processed twice and lost events apart after the fact.
 *
 * Run as `node --import tsx chaos-receiver.ts` from the repository root (tsx resolves the workspace packages to
 * their sources); it prints `listening <port>` once it accepts requests and stops on SIGTERM.
 */
import { createServer } from "node:http";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiWebhookHandler, mluviiIdempotencyKey } from "@contactkit/mluvii-webhooks";
import { createRedisConnection, createRedisDedupeStore, createRedisInbox } from "../../src";
import { connectionInternals } from "../../src/connection";

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is required`);
  return value;
};

const keyPrefix = env("CHAOS_KEY_PREFIX");
const failRate = Number(env("CHAOS_FAIL_RATE"));
const redis = createRedisConnection({
  url: env("CHAOS_REDIS_URL"),
  keyPrefix,
  commandTimeoutMs: 2_000,
  maxReconnectDelayMs: 200,
});
const commands = connectionInternals(redis);
const inbox = createRedisInbox({ redis, leaseMs: Number(env("CHAOS_LEASE_MS")), maxAttempts: 10 });
// `CHAOS_INBOX=memory` runs the receivers on core's in-memory inbox instead: the test must then report lost events
// (how it was checked that the test can fail).
const durable = process.env.CHAOS_INBOX !== "memory";

const receiver = createMluviiWebhookHandler({
  credentials: [{ username: env("CHAOS_USER"), password: env("CHAOS_PASSWORD") }],
  dedupe: { store: createRedisDedupeStore({ redis }), onStoreError: "closed" },
  ...(durable ? { inbox } : {}),
  workers: { concurrency: 8, maxAttempts: 5, jobTimeoutMs: 1_000, backoff: { baseMs: 50, maxMs: 400 } },
  logger: false,
  process: async (parsed) => {
    if (Math.random() < failRate) throw new Error("chaos: the handler failed at random");
    const key = mluviiIdempotencyKey(parsed) ?? `untyped:${parsed.type}`;
    await commands.command(["HINCRBY", `${keyPrefix}chaos:processed`, key, "1"], "dedupe");
  },
});

const server = createServer(toNodeHandler(receiver));
server.listen(Number(env("CHAOS_PORT")), "127.0.0.1", () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});

process.on("SIGTERM", () => {
  server.close();
  void receiver
    .close({ drainMs: 2_000 })
    .then(() => inbox.close())
    .then(() => redis.close())
    .finally(() => process.exit(0));
});
