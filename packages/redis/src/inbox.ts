import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import {
  type DeadLetter,
  type Inbox,
  InboxClosedError,
  type InboxEntry,
  type InboxError,
  InboxFullError,
  type InboxRecord,
  type InboxStats,
  type InboxTakeOptions,
} from "@contactkit/core";
import { type CommandArgument, connectionInternals, type RedisConnection, type RedisScript } from "./connection";
import { type RedisOperation, RedisUnavailableError } from "./errors";
import { ACK, DEAD_LETTER, INBOX_KEY_NAMES, LEAVE, PURGE, PUT, REPLAY, RETRY, STATS, TAKE } from "./inbox-scripts";

/** Options of {@link createRedisInbox}. */
export interface RedisInboxOptions {
  /** The replica's connection (share it with the dedupe store and the correlator). */
  readonly redis: RedisConnection;
  /** The inbox's name: receivers and workers of one service use the same. Default `webhooks`. */
  readonly name?: string;
  /** The consumer group the workers read through. Default `workers`. */
  readonly group?: string;
  /** This process's consumer name in the group; unique per process. Default `<hostname>:<pid>:<random>`. */
  readonly consumer?: string;
  /**
   * How long a taken entry stays leased to its worker: an entry not settled within it is taken by another
   * worker (its worker is presumed dead). Keep it well above the workers' `jobTimeoutMs` (default 60 000), or a
   * slow attempt's entry is taken a second time while it still runs. Default 120 000.
   */
  readonly leaseMs?: number;
  /**
   * An entry whose leases lapsed this often (its worker crashed or hung each time, failed attempts counted
   * too) is dead-lettered by `take` instead of being handed out again: a poison event cannot crash workers for
   * ever. Keep it at or above the workers' own attempt limit. Default 10.
   */
  readonly maxAttempts?: number;
  /** Dead letters kept; the oldest go beyond it. Default 10 000. */
  readonly maxDeadLetters?: number;
  /**
   * Unfinished entries at which `put` rejects with core's `InboxFullError` (the receiver answers 503) instead of
   * growing Redis. 0: no limit. Default 100 000.
   */
  readonly maxLength?: number;
  /** How often an idle `take` asks Redis again while it waits for entries, in ms. Default 50. */
  readonly pollIntervalMs?: number;
}

/** Core's `Inbox` on Redis Streams; `durable` is true. */
export interface RedisInbox extends Inbox {
  readonly durable: true;
  /** The inbox's name. */
  readonly name: string;
  /** This process's consumer name in the group. */
  readonly consumer: string;
}

/** Bounds of what an error leaves in Redis: a name and a message, never a stack. */
const MAX_ERROR_NAME = 100;
const MAX_ERROR_MESSAGE = 500;
const STREAM_ID = /^\d{1,20}-\d{1,20}$/;

/**
 * Core's `Inbox` (from `@contactkit/core`) on Redis Streams with a consumer group, shared by every replica: a
 * receiver answers 200 only after `XADD` was answered by Redis (and 503 when Redis is unreachable or stalled past the connection's
 * `commandTimeoutMs`); workers on any replica take entries with `XREADGROUP`, acknowledge with `XACK` (and
 * delete the entry, so the stream holds only unfinished work), and take over entries a dead worker leased
 * (`XAUTOCLAIM` after `leaseMs`). Failed attempts wait in a sorted set until their retry is due; an event that
 * keeps failing goes to a capped dead-letter stream with its error. Each of these steps is one Lua script.
 *
 * Workers poll: an idle `take` asks Redis every `pollIntervalMs` (and at once after a `put` in the same
 * process) rather than blocking in `XREADGROUP … BLOCK`, which on the replica's one shared connection would stall
 * every other command (dedupe claims, the receiver's own `XADD`) behind it. The cost is one short script per
 * interval per idle worker loop, and up to one interval of latency before processing — never before the 200.
 *
 * @example
 * const redis = createRedisConnection({ url: process.env.REDIS_URL });
 * const webhooks = createMluviiWebhookHandler({
 *   auth: { callbackUrls: [process.env.MLUVII_WEBHOOK_URL!] },
 *   inbox: createRedisInbox({ redis }),
 *   process: router,
 * });
 */
export function createRedisInbox(options: RedisInboxOptions): RedisInbox {
  const conn = connectionInternals(options.redis);
  const name = options.name ?? "webhooks";
  const group = options.group ?? "workers";
  const consumer = options.consumer ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = whole(options.leaseMs, 120_000, "leaseMs", 1);
  const maxAttempts = whole(options.maxAttempts, 10, "maxAttempts", 1);
  const maxDeadLetters = whole(options.maxDeadLetters, 10_000, "maxDeadLetters", 1);
  const maxLength = whole(options.maxLength, 100_000, "maxLength", 0);
  const pollIntervalMs = whole(options.pollIntervalMs, 50, "pollIntervalMs", 1);
  if (!/^[\w.:-]{1,100}$/.test(name))
    throw new TypeError("contactkit redis: inbox name must match [A-Za-z0-9_.:-]{1,100}");

  // One hash tag for every key of this inbox: a script's keys must share a slot on a Redis Cluster (which this
  // version's connection does not support yet; the key layout is ready for it).
  const base = `${options.redis.keyPrefix}inbox:{${name}}:`;
  const keys = INBOX_KEY_NAMES.map((k) => base + k);
  const deadKey = `${base}dead`;
  const leaseError = `its worker stopped or overran the ${leaseMs} ms lease on every attempt`;
  let closed = false;
  // Waiting takes, woken by a put or replay in this process; `added` counts those, so a put landing while a
  // take's script runs is not missed by the pause that follows it.
  const wakeups = new Set<() => void>();
  let added = 0;
  const wake = () => {
    added++;
    for (const resolve of [...wakeups]) resolve();
  };

  const run = (script: RedisScript, args: readonly CommandArgument[], operation: RedisOperation, buffers = false) => {
    if (closed) return Promise.reject(new InboxClosedError());
    return conn.script(script, keys, args, operation, { replyBuffers: buffers });
  };

  const inbox: RedisInbox = {
    durable: true,
    name,
    consumer,

    async put(record: InboxRecord) {
      const fields: CommandArgument[] = ["type", record.type, "body", record.body];
      if (record.key !== undefined) fields.push("key", record.key);
      fields.push("receivedAt", String(record.receivedAt), "attempts", "0");
      try {
        await run(PUT, [String(maxLength), ...fields], "inbox-put");
      } catch (error) {
        throw isFullReply(error) ? new InboxFullError(maxLength) : error;
      }
      wake();
    },

    async take({ max, blockMs, signal }: InboxTakeOptions) {
      const count = Math.max(1, Math.floor(max));
      const deadline = Date.now() + Math.max(0, blockMs);
      for (;;) {
        if (signal?.aborted || closed) return [];
        const addedBefore = added;
        const args = [group, consumer, String(count), String(leaseMs), String(maxAttempts)];
        const reply = await run(TAKE, [...args, String(maxDeadLetters), leaseError], "inbox-take", true);
        const entries = toEntries(reply);
        const left = deadline - Date.now();
        if (entries.length > 0 || left <= 0 || closed) return entries;
        if (added === addedBefore) await pause(Math.min(left, pollIntervalMs), signal, wakeups);
      }
    },

    async ack(entry: InboxEntry) {
      await run(ACK, [group, entry.id], "inbox-settle");
    },

    async retry(entry: InboxEntry, delayMs: number, error: InboxError) {
      void error; // the workers log and count it; only a dead letter keeps its error
      const delay = String(Math.max(0, Math.ceil(delayMs)));
      await run(RETRY, [group, consumer, entry.id, delay, String(entry.attempts + 1)], "inbox-settle");
    },

    async deadLetter(entry: InboxEntry, attempts: number, error: InboxError) {
      const args = [group, consumer, entry.id, String(attempts), ...bounded(error)];
      await run(DEAD_LETTER, [...args, String(maxDeadLetters)], "inbox-settle");
    },

    async listDeadLetters({ limit = 100 } = {}) {
      const count = String(Math.max(1, Math.floor(limit)));
      const rows = await admin(["XRANGE", deadKey, "-", "+", "COUNT", count]);
      return Array.isArray(rows) ? rows.map(toDeadLetter) : [];
    },

    async getDeadLetter(id: string) {
      if (!STREAM_ID.test(id)) return undefined;
      const rows = await admin(["XRANGE", deadKey, id, id]);
      return Array.isArray(rows) && rows[0] ? toDeadLetter(rows[0]) : undefined;
    },

    async replayDeadLetter(id: string) {
      if (!STREAM_ID.test(id)) return false;
      const replayed = Number(await run(REPLAY, [id], "inbox-admin")) === 1;
      if (replayed) wake();
      return replayed;
    },

    async purgeDeadLetters(id?: string) {
      if (id !== undefined && !STREAM_ID.test(id)) return 0;
      return Number(await run(PURGE, id === undefined ? [] : [id], "inbox-admin"));
    },

    async stats(): Promise<InboxStats> {
      const [pending, deadLettered] = (await run(STATS, [], "inbox-admin")) as [number, number];
      return { pending: Number(pending), deadLettered: Number(deadLettered) };
    },

    async close() {
      if (closed) return;
      try {
        await run(LEAVE, [group, consumer], "inbox-admin");
      } catch {
        // Best effort: a consumer left in the group holds nothing and costs a few bytes.
      }
      closed = true;
      wake();
    },
  };

  function admin(args: readonly string[]): Promise<unknown> {
    if (closed) return Promise.reject(new InboxClosedError());
    return conn.command(args, "inbox-admin", { replyBuffers: true });
  }

  return inbox;
}

/** The script replies a flat list `id, attempts, fields` per entry. */
function toEntries(reply: unknown): InboxEntry[] {
  if (!Array.isArray(reply)) return [];
  const entries: InboxEntry[] = [];
  for (let i = 0; i + 2 < reply.length; i += 3) {
    const fields = toFieldMap(reply[i + 2]);
    entries.push({ ...toRecord(fields), id: text(reply[i]), attempts: Number(reply[i + 1]) });
  }
  return entries;
}

function toDeadLetter(row: unknown): DeadLetter {
  const [id, raw] = row as [unknown, unknown];
  const fields = toFieldMap(raw);
  return {
    ...toRecord(fields),
    id: text(id),
    attempts: Number(text(fields.get("attempts"))),
    error: { name: text(fields.get("errorName")), message: text(fields.get("errorMessage")) },
    deadAt: Number(text(fields.get("deadAt"))),
  };
}

function toRecord(fields: Map<string, Buffer>): InboxRecord {
  const key = fields.get("key");
  const body = fields.get("body") ?? Buffer.alloc(0);
  return {
    type: text(fields.get("type")),
    // A copy in a plain Uint8Array: callers may keep it, and it must not pin the reply's buffer pool.
    body: new Uint8Array(body),
    ...(key === undefined ? {} : { key: text(key) }),
    receivedAt: Number(text(fields.get("receivedAt"))),
  };
}

function toFieldMap(raw: unknown): Map<string, Buffer> {
  const fields = new Map<string, Buffer>();
  if (!Array.isArray(raw)) return fields;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const value = raw[i + 1];
    fields.set(text(raw[i]), Buffer.isBuffer(value) ? value : Buffer.from(String(value)));
  }
  return fields;
}

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  return Buffer.isBuffer(value) ? value.toString("utf8") : String(value);
}

function bounded(error: InboxError): [string, string] {
  return [String(error.name).slice(0, MAX_ERROR_NAME), String(error.message).slice(0, MAX_ERROR_MESSAGE)];
}

/** The PUT script's own refusal (`INBOXFULL`), which the connection reports as a `RedisUnavailableError`. */
function isFullReply(error: unknown): boolean {
  return (
    error instanceof RedisUnavailableError &&
    String((error.cause as { message?: unknown } | undefined)?.message ?? "").startsWith("INBOXFULL")
  );
}

/** Waits `ms`, or less when aborted or woken by a local `put`. */
function pause(ms: number, signal: AbortSignal | undefined, wakeups: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      wakeups.delete(done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    // An idle worker polling must not keep the process alive by itself.
    timer.unref?.();
    wakeups.add(done);
    signal?.addEventListener("abort", done, { once: true });
  });
}

function whole(value: number | undefined, fallback: number, label: string, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new TypeError(`contactkit redis: ${label} must be an integer ≥ ${min}`);
  }
  return value;
}
