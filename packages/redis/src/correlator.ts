import { randomUUID } from "node:crypto";
import type { ReceiverLogger } from "@contactkit/core";
import {
  type DeliveryOutcome,
  MluviiChatbotClosedError,
  type MluviiChatbotResponse,
  MluviiChatbotResponseTimeoutError,
  type ResponseCorrelator,
  type ResponseWaiter,
} from "@contactkit/mluvii-chatbot";
import { connectionInternals, type RedisConnection, redisScript } from "./connection";
import { causeSummary, RedisUnavailableError } from "./errors";

/** Options of {@link createRedisCorrelator}. */
export interface RedisCorrelatorOptions {
  /** The replica's connection (share it with the dedupe store). */
  readonly redis: RedisConnection;
  /**
   * This replica's id: the channel its responses are forwarded on. Unique per running process; default a random
   * UUID. Letters, digits and `._:-` only.
   */
  readonly replicaId?: string;
  /**
   * After a waiter times out (or is aborted after sending), the next response of its key arriving within this
   * window is that request's late answer, on whichever replica it lands, so it cannot resolve a newer request of
   * the same kind. Default 30 000 ms, as the in-memory correlator; 0 disables.
   */
  readonly lateResponseWindowMs?: number;
  /**
   * A response was routed to this replica for a waiter it no longer has (it timed out a moment before, was
   * cancelled, or was failed by a Redis outage). Default: logged at `warn`.
   */
  readonly onOrphanedResponse?: (response: MluviiChatbotResponse) => void;
  /** Failures of background clean-up (withdrawing a cancelled waiter). Default: logged at `warn`. */
  readonly onError?: (error: unknown) => void;
  /** Logger; lines carry activity names and session ids, never payloads. */
  readonly logger?: ReceiverLogger;
}

/** Counters of a {@link RedisCorrelator}, since it was created. */
export interface RedisCorrelatorStats {
  /** Waiters registered in Redis. */
  readonly registered: number;
  /** Waiters of this replica resolved with their response (by this replica or forwarded by another). */
  readonly resolved: number;
  /** Responses this replica received for its own waiters from other replicas. */
  readonly received: number;
  /** Responses this replica received and forwarded to the replica owning the waiter. */
  readonly forwarded: number;
  /** Responses that answered a request whose waiter had already timed out or was cancelled (`late`). */
  readonly late: number;
  /** Responses nobody waited for, or whose waiter's replica is gone (`unmatched`). */
  readonly unmatched: number;
  /** Forwarded responses whose waiter this replica no longer had. */
  readonly orphaned: number;
  /** Waiters failed with `RedisUnavailableError` (Redis away at registration, or lost while awaiting). */
  readonly failedUnavailable: number;
}

/** A `ResponseCorrelator` of `@contactkit/mluvii-chatbot` shared by replicas through Redis. */
export interface RedisCorrelator extends ResponseCorrelator {
  /** This replica's id. */
  readonly replicaId: string;
  /** Counters since creation. */
  stats(): RedisCorrelatorStats;
}

/**
 * Registers a waiter: appends `deadline|owedUntil|replica|waiter` to the key's list, with times from Redis's own
 * clock (replicas' clocks may differ), and keeps the list alive until its last entry stops mattering.
 */
const REGISTER = redisScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local deadline = now + tonumber(ARGV[1])
local owed = deadline + tonumber(ARGV[2])
local entry = string.format('%d|%d|%s', deadline, owed, ARGV[3])
redis.call('RPUSH', KEYS[1], entry)
local ttl = owed - now + 1000
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return entry`);

/**
 * Hands a response to the oldest live entry of its key, first in first out: a waiter still within its deadline
 * takes it (forwarded on its replica's channel unless that is the caller), an expired one within its late window
 * consumes it as late, older entries are dropped.
 */
const DELIVER = redisScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
while true do
  local e = redis.call('LPOP', KEYS[1])
  if not e then return {'unmatched', ''} end
  local d, o, replica, waiter = string.match(e, '^(%d+)|(%d+)|([^|]*)|(.*)$')
  if d then
    if tonumber(d) >= now then
      if replica == ARGV[2] then return {'local', waiter} end
      if redis.call('PUBLISH', ARGV[1] .. replica, waiter .. '\\n' .. ARGV[3]) > 0 then return {'remote', waiter} end
      return {'gone', waiter}
    end
    if tonumber(o) >= now then return {'late', waiter} end
  end
end`);

/**
 * Withdraws a waiter: `remove` takes its entry out (the request never left); `owe` turns it into a late-answer
 * marker that consumes the next response of its key within the late window.
 */
const WITHDRAW = redisScript(`
if ARGV[2] == 'remove' then return redis.call('LREM', KEYS[1], 1, ARGV[1]) end
local pos = redis.call('LPOS', KEYS[1], ARGV[1])
if not pos then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local owner = string.match(ARGV[1], '^%d+|%d+|(.*)$')
redis.call('LSET', KEYS[1], pos, string.format('%d|%d|%s', now - 1, now + tonumber(ARGV[3]), owner))
return 1`);

/**
 * Removes the entry of `replica|waiter` (its full text unknown): a REGISTER whose reply was lost with the connection
 * may still have run, and its entry must not stand for a request that was never sent.
 */
const REMOVE_OWNER = redisScript(`
local suffix = ARGV[1]
for _, e in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  if string.sub(e, -string.len(suffix)) == suffix then return redis.call('LREM', KEYS[1], 1, e) end
end
return 0`);

interface Waiter {
  readonly key: string;
  readonly resolve: (response: MluviiChatbotResponse) => void;
  readonly reject: (reason: unknown) => void;
  /** The Redis entry, once registered. */
  entry?: string;
  /** How to withdraw the entry once it is known, when the waiter failed before registration finished. */
  pendingWithdraw?: "remove" | "owe";
  timer?: ReturnType<typeof setTimeout>;
  detachAbort?: () => void;
}

const REPLICA_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The mluvii chatbot's response correlator on Redis, for bots running as several replicas: a `…Response`
 * callback may land on any replica, which hands it to the replica that awaits it. Per (session, response
 * activity) waiters are served first in first out across all replicas, exactly as the in-memory correlator does
 * within one process. While Redis is away, requests fail before they are sent and pending waiters fail at once,
 * both with `RedisUnavailableError`; nothing hangs until its timeout.
 *
 * @example
 * const redis = createRedisConnection({ url: process.env.REDIS_URL });
 * const bot = createMluviiBot({ chatbotId: 42, api, correlator: createRedisCorrelator({ redis }) });
 */
export function createRedisCorrelator(options: RedisCorrelatorOptions): RedisCorrelator {
  const conn = connectionInternals(options.redis);
  const prefix = `${options.redis.keyPrefix}corr:`;
  const replicaId = options.replicaId ?? randomUUID();
  if (!REPLICA_ID.test(replicaId))
    throw new TypeError("createRedisCorrelator: replicaId must match [A-Za-z0-9._:-]{1,100}");
  const lateWindow = options.lateResponseWindowMs ?? 30_000;
  if (!Number.isFinite(lateWindow) || lateWindow < 0)
    throw new TypeError("createRedisCorrelator: lateResponseWindowMs must be 0 or more");
  const { logger } = options;
  const channelPrefix = `${prefix}to:`;
  const keyOf = (sessionId: number, activity: string): string => `${prefix}${sessionId}:${activity}`;
  const waiters = new Map<string, Waiter>();
  // Waiter ids are unique per correlator instance, so a process restarted under the same replicaId can never
  // take a response forwarded to its predecessor's waiter.
  const instance = randomUUID().slice(0, 8);
  let nextId = 0;
  let closed = false;
  const counts = {
    registered: 0,
    resolved: 0,
    received: 0,
    forwarded: 0,
    late: 0,
    unmatched: 0,
    orphaned: 0,
    failedUnavailable: 0,
  };

  const reportError = (error: unknown): void => {
    try {
      if (options.onError) options.onError(error);
      else logger?.warn?.("contactkit redis correlator: background call failed", { error: causeSummary(error) });
    } catch {
      // a failing hook must not break the correlator
    }
  };

  const orphan = (response: MluviiChatbotResponse): void => {
    counts.orphaned++;
    try {
      if (options.onOrphanedResponse) options.onOrphanedResponse(response);
      else
        logger?.warn?.("contactkit redis correlator: response for a waiter this replica no longer has", {
          activity: response.activity,
          sessionId: response.sessionId,
        });
    } catch (error) {
      reportError(error);
    }
  };

  /** Takes a waiter out of the local table; false when it was no longer there. */
  function settle(id: string): Waiter | undefined {
    const waiter = waiters.get(id);
    if (!waiter) return undefined;
    waiters.delete(id);
    clearTimeout(waiter.timer);
    waiter.detachAbort?.();
    return waiter;
  }

  function withdraw(waiter: Waiter, mode: "remove" | "owe"): void {
    if (waiter.entry === undefined) {
      waiter.pendingWithdraw = mode;
      return;
    }
    conn.script(WITHDRAW, [waiter.key], [waiter.entry, mode, String(lateWindow)], "withdraw").catch(reportError);
  }

  function fail(id: string, reason: unknown, redisSide: "remove" | "owe" | "none"): void {
    const waiter = settle(id);
    if (!waiter) return;
    if (redisSide !== "none") withdraw(waiter, redisSide);
    if (reason instanceof RedisUnavailableError) counts.failedUnavailable++;
    waiter.reject(reason);
  }

  function resolveLocal(id: string, response: MluviiChatbotResponse): boolean {
    // The waiter must be this response's key: a forwarded message is only trusted as far as it matches.
    if (waiters.get(id)?.key !== keyOf(response.sessionId, response.activity)) return false;
    const waiter = settle(id);
    if (!waiter) return false;
    counts.resolved++;
    waiter.resolve(response);
    return true;
  }

  const onMessage = (message: string): void => {
    const cut = message.indexOf("\n");
    if (cut < 0) return;
    let response: MluviiChatbotResponse;
    try {
      response = JSON.parse(message.slice(cut + 1)) as MluviiChatbotResponse;
    } catch (error) {
      reportError(error);
      return;
    }
    counts.received++;
    if (!resolveLocal(message.slice(0, cut), response)) orphan(response);
  };
  let subscriptionLive = false;
  const subscribed = conn.subscribe(`${channelPrefix}${replicaId}`, onMessage).then(() => {
    subscriptionLive = true;
  });
  subscribed.catch(reportError);
  /** Waits for this replica's channel to be subscribed (only at start), at most one command timeout. */
  const liveSubscription = async (): Promise<void> => {
    if (subscriptionLive) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RedisUnavailableError("register", "the replica's channel is not subscribed yet")),
        conn.commandTimeoutMs,
      );
    });
    try {
      await Promise.race([subscribed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  // A lost connection means forwarded responses can no longer reach this replica: fail its waiters now.
  const stopWatching = conn.onDown((error) => {
    for (const id of [...waiters.keys()]) fail(id, error, "none");
  });

  /** Entries whose REGISTER may have run although its reply was lost; removed once Redis answers again. */
  const unsure = new Map<string, { key: string; until: number }>();
  let retry: ReturnType<typeof setTimeout> | undefined;
  const removeUnsure = (): void => {
    retry = undefined;
    for (const [owner, { key, until }] of [...unsure]) {
      // Past its deadline and late window the entry no longer matters (and its list expires).
      if (Date.now() > until) unsure.delete(owner);
      else
        conn.script(REMOVE_OWNER, [key], [`|${owner}`], "withdraw").then(
          () => unsure.delete(owner),
          () => {
            // Still unanswered or away: try again shortly, and when the connection is back.
            if (!retry && !closed) retry = setTimeout(removeUnsure, conn.commandTimeoutMs).unref();
          },
        );
    }
  };
  const stopRetrying = conn.onUp(removeUnsure);

  return {
    replicaId,
    register({ sessionId, activity }, { timeoutMs, signal }): ResponseWaiter {
      const id = `${instance}.${(nextId++).toString(36)}`;
      const key = keyOf(sessionId, activity);
      let waiter!: Waiter;
      const response = new Promise<MluviiChatbotResponse>((resolve, reject) => {
        waiter = { key, resolve, reject };
      });
      // Callers may never await `response` if sending fails first; keep that from being an unhandled rejection.
      response.catch(() => {});
      if (closed) {
        waiter.reject(new MluviiChatbotClosedError());
        return { registered: Promise.reject(new MluviiChatbotClosedError()), response, cancel: () => {} };
      }
      waiters.set(id, waiter);
      // The entry in Redis expires at the same deadline; nothing to withdraw on timeout, it becomes a late marker.
      waiter.timer = setTimeout(
        () => fail(id, new MluviiChatbotResponseTimeoutError(sessionId, activity, timeoutMs), "none"),
        timeoutMs,
      );
      if (signal) {
        const onAbort = () => fail(id, signal.reason, "owe");
        if (signal.aborted) queueMicrotask(onAbort);
        else {
          signal.addEventListener("abort", onAbort, { once: true });
          waiter.detachAbort = () => signal.removeEventListener("abort", onAbort);
        }
      }
      const owner = `${replicaId}|${id}`;
      const registered = (async () => {
        if (!conn.isReady()) throw new RedisUnavailableError("register", "not connected");
        await liveSubscription();
        let entry: string;
        try {
          entry = (await conn.script(
            REGISTER,
            [key],
            [String(timeoutMs), String(lateWindow), owner],
            "register",
          )) as string;
        } catch (error) {
          unsure.set(owner, { key, until: Date.now() + timeoutMs + lateWindow });
          removeUnsure();
          throw error;
        }
        counts.registered++;
        waiter.entry = entry;
        if (waiter.pendingWithdraw) withdraw(waiter, waiter.pendingWithdraw);
      })();
      registered.catch((error: unknown) => {
        const reason =
          error instanceof RedisUnavailableError
            ? error
            : new RedisUnavailableError("register", causeSummary(error), { cause: error });
        fail(id, reason, "none");
      });
      return {
        registered,
        response,
        cancel: (reason, cancelOptions) => fail(id, reason, cancelOptions?.responseMayArrive ? "owe" : "remove"),
      };
    },
    async deliver(response): Promise<DeliveryOutcome> {
      const key = keyOf(response.sessionId, response.activity);
      const [kind, waiterId] = (await conn.script(
        DELIVER,
        [key],
        [channelPrefix, replicaId, JSON.stringify(response)],
        "deliver",
      )) as [string, string];
      switch (kind) {
        case "local":
          if (resolveLocal(waiterId, response)) return "delivered";
          orphan(response);
          return "late";
        case "remote":
          counts.forwarded++;
          return "delivered";
        case "late":
          counts.late++;
          return "late";
        default:
          // `gone`: the waiter's replica no longer listens (it stopped or crashed); `unmatched`: nobody waited.
          counts.unmatched++;
          return "unmatched";
      }
    },
    pending: () => waiters.size,
    stats: () => ({ ...counts }),
    close() {
      if (closed) return;
      closed = true;
      stopWatching();
      stopRetrying();
      clearTimeout(retry);
      for (const id of [...waiters.keys()]) fail(id, new MluviiChatbotClosedError(), "none");
      conn.unsubscribe(`${channelPrefix}${replicaId}`).catch(reportError);
    },
  };
}
