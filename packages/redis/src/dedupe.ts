import { createHash } from "node:crypto";
import type { DedupeStore } from "@contactkit/core";
import { connectionInternals, type RedisConnection } from "./connection";

/** Options of {@link createRedisDedupeStore}. */
export interface RedisDedupeStoreOptions {
  /** The replica's connection (share it with the correlator). */
  readonly redis: RedisConnection;
}

/** Keys longer than this are stored as their SHA-256, so a huge idempotency key cannot bloat Redis. */
const MAX_KEY_LENGTH = 256;

/**
 * Core's webhook `DedupeStore` on Redis, shared by every replica: `seen` is one `SET key 1 NX PX ttl`, so
 * of two replicas receiving the same delivery at the same moment exactly one processes it; `forget` is `DEL`
 * (a receiver that answered 500/503 lets the platform's retry through).
 *
 * While Redis is away both throw `RedisUnavailableError` at once; the receiver's `dedupe.onStoreError` decides:
 * `"open"` processes the delivery anyway (a duplicate may slip through), `"closed"` answers 503 so the platform
 * retries later (nothing is processed twice, deliveries wait for Redis).
 *
 * @example
 * const redis = createRedisConnection({ url: process.env.REDIS_URL });
 * const receiver = createMluviiWebhookHandler({
 *   callbackUrls: [process.env.MLUVII_WEBHOOK_URL!],
 *   dedupe: { store: createRedisDedupeStore({ redis }), onStoreError: "closed" },
 *   process: router,
 * });
 */
export function createRedisDedupeStore(options: RedisDedupeStoreOptions): DedupeStore {
  const conn = connectionInternals(options.redis);
  const prefix = `${options.redis.keyPrefix}dedupe:`;
  const keyOf = (key: string): string =>
    prefix + (key.length > MAX_KEY_LENGTH ? `sha256:${createHash("sha256").update(key).digest("hex")}` : key);
  return {
    async seen(key, ttlMs) {
      const ttl = Math.max(1, Math.ceil(ttlMs));
      const reply = await conn.command(["SET", keyOf(key), "1", "NX", "PX", String(ttl)], "dedupe");
      return reply === null;
    },
    async forget(key) {
      await conn.command(["DEL", keyOf(key)], "forget");
    },
  };
}
