import { createHash } from "node:crypto";
import type { DedupeClaimOutcome, LeasingDedupeStore } from "@contactkit/core";
import { connectionInternals, type RedisConnection } from "./connection";
import type { RedisOperation } from "./errors";

/** Options of {@link createRedisDedupeStore}. */
export interface RedisDedupeStoreOptions {
  /** The replica's connection (share it with the correlator). */
  readonly redis: RedisConnection;
}

/** Core's two-phase dedupe store on Redis (plus the deprecated one-phase `seen`/`forget`). */
export interface RedisDedupeStore extends LeasingDedupeStore {
  /** @deprecated `SET key NX PX ttl`: claims and commits at once (see core's `SeenDedupeStore`). */
  seen(key: string, ttlMs: number): Promise<boolean>;
  /** @deprecated `DEL key`, whoever holds it. */
  forget(key: string): Promise<void>;
}

/** Keys longer than this are stored as their SHA-256, so a huge idempotency key cannot bloat Redis. */
const MAX_KEY_LENGTH = 256;
/** A claimed key holds `claim:<claim id>`; a committed one holds this. */
const SEEN = "seen";

/** `SET NX` the claim; when the key exists, tell a committed delivery (`seen`) from a live claim (`pending`). */
const CLAIM = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
if redis.call('GET', KEYS[1]) == '${SEEN}' then return 'seen' end
return 'pending'
`;
/** Commits only while this attempt's claim holds the key. */
const COMMIT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], '${SEEN}', 'PX', ARGV[2])
return 1
`;
/** Releases only this attempt's claim, never a commit or another attempt's claim. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

const ms = (value: number): string => String(Math.max(1, Math.ceil(value)));

/**
 * Core's webhook `DedupeStore` on Redis, shared by every replica. A receiver claims a delivery's key with one
 * `SET key claim:<id> NX PX lease` (in a script that also tells a committed key from a live claim), so of two
 * replicas receiving the same delivery at the same moment exactly one processes it; once the delivery is
 * accepted it commits the key (`seen` for the TTL), otherwise it releases its own claim. A claim whose reply was
 * lost (Redis stalled past `commandTimeoutMs`, the write landing later) only holds the key for its lease, and
 * the receiver's release right after the failure usually frees it at once — a retry is never a duplicate of an
 * attempt that was not accepted.
 *
 * While Redis is away every call throws `RedisUnavailableError` at once; the receiver's `dedupe.onStoreError`
 * decides: `"open"` processes the delivery anyway (a redelivery may be processed twice), `"closed"` answers 503 so
 * the platform retries later.
 *
 * @example
 * const redis = createRedisConnection({ url: process.env.REDIS_URL });
 * const receiver = createMluviiWebhookHandler({
 *   auth: { callbackUrls: [process.env.MLUVII_WEBHOOK_URL!] },
 *   dedupe: { store: createRedisDedupeStore({ redis }), onStoreError: "closed" },
 *   process: router,
 * });
 */
export function createRedisDedupeStore(options: RedisDedupeStoreOptions): RedisDedupeStore {
  const conn = connectionInternals(options.redis);
  const prefix = `${options.redis.keyPrefix}dedupe:`;
  const keyOf = (key: string): string =>
    prefix + (key.length > MAX_KEY_LENGTH ? `sha256:${createHash("sha256").update(key).digest("hex")}` : key);
  const claimValue = (claimId: string): string => `claim:${claimId}`;
  // Plain EVAL, not EVALSHA: a release sent while Redis stalls must run right after the stalled claim, and an
  // EVALSHA answered NOSCRIPT then would leave nobody to resend it as EVAL. Redis caches the compiled scripts.
  const run = (script: string, key: string, args: string[], operation: RedisOperation) =>
    conn.command(["EVAL", script, "1", keyOf(key), ...args], operation);
  return {
    async claim(key, claimId, leaseMs) {
      const reply = await run(CLAIM, key, [claimValue(claimId), ms(leaseMs)], "dedupe");
      // Anything unexpected is "retry later": never a duplicate, never a second processing.
      const outcome: DedupeClaimOutcome = reply === "claimed" || reply === "seen" ? reply : "pending";
      return outcome;
    },
    async commit(key, claimId, ttlMs) {
      return Number(await run(COMMIT, key, [claimValue(claimId), ms(ttlMs)], "dedupe")) === 1;
    },
    async release(key, claimId) {
      await run(RELEASE, key, [claimValue(claimId)], "forget");
    },
    async seen(key, ttlMs) {
      const reply = await conn.command(["SET", keyOf(key), SEEN, "NX", "PX", ms(ttlMs)], "dedupe");
      return reply === null;
    },
    async forget(key) {
      await conn.command(["DEL", keyOf(key)], "forget");
    },
  };
}
