import { randomUUID } from "node:crypto";
import { callHook, type ReceiverLogger } from "@contactkit/core";
import {
  correlationModeOf,
  type DeliveryOutcome,
  MluviiChatbotClosedError,
  type MluviiChatbotResponse,
  type MluviiChatbotResponseActivity,
  MluviiChatbotResponseTimeoutError,
  RESPONSE_ACTIVITIES,
  type ResponseCorrelator,
  type ResponseWaiter,
} from "@contactkit/mluvii-chatbot";
import { connectionInternals, type RedisConnection } from "./connection";
import { ACQUIRE, DELIVER, SYNC_EPOCH, WITHDRAW } from "./correlator-scripts";
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
   * How long an answer stays owed to a request that stopped waiting after it may have been sent (timed out, or
   * cancelled or aborted after admission), on every replica: an answer arriving within this window is reported
   * `late`, and a serialised kind admits no other request of the session until it arrives or the window passes.
   * Default 30 000 ms, as the in-memory correlator. 0 releases the lane at once, at the price of handing a late
   * answer to the next request of the kind.
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
  /** Waiters admitted to their lane in Redis. */
  readonly registered: number;
  /** Waiters that had to wait for their lane (an earlier request of a serialised kind, or a read of another query). */
  readonly waitedForLane: number;
  /** Waiters of this replica resolved with a response (by this replica or forwarded by another). */
  readonly resolved: number;
  /** Responses this replica received for its own waiters from other replicas. */
  readonly received: number;
  /** Waiters of other replicas this replica's responses were forwarded to. */
  readonly forwarded: number;
  /** Responses that answered a request which had stopped waiting (`late`). */
  readonly late: number;
  /** Responses nobody waited for, or whose waiter's replica is gone (`unmatched`). */
  readonly unmatched: number;
  /** Forwarded responses whose waiter this replica no longer had. */
  readonly orphaned: number;
  /** Waiters failed with `RedisUnavailableError` (Redis away before admission, or lost while awaiting). */
  readonly failedUnavailable: number;
}

/** A `ResponseCorrelator` of `@contactkit/mluvii-chatbot` shared by replicas through Redis. */
export interface RedisCorrelator extends ResponseCorrelator {
  /** This replica's id. */
  readonly replicaId: string;
  /** Counters since creation. */
  stats(): RedisCorrelatorStats;
}

type TicketState = "queued" | "acquiring" | "waiting" | "done";

interface Ticket {
  readonly id: string;
  readonly lane: string;
  readonly sessionId: number;
  readonly activity: MluviiChatbotResponseActivity;
  readonly query: string;
  readonly timeoutMs: number;
  state: TicketState;
  waited?: boolean;
  /**
   * An answer forwarded before this replica saw its admission's reply: the two travel on different connections,
   * so Redis can admit the request and serve it (another read's answer) before the reply is read here.
   */
  early?: MluviiChatbotResponse;
  timer?: ReturnType<typeof setTimeout>;
  detachAbort?: (() => void) | undefined;
  admitted(): void;
  resolve(response: MluviiChatbotResponse): void;
  reject(reason: unknown): void;
}

/** This replica's requests of one lane, admitted one after the other (only the head talks to Redis). */
interface LocalLane {
  readonly queue: Ticket[];
  /** Ends the head's wait for its turn early: the lane emptied, or the head failed. */
  wake?: (() => void) | undefined;
}

const REPLICA_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/**
 * Reads whose request has no parameters: any answer of the kind is an answer to every such read, so they need no
 * hold after Redis lost its state. (`GetAvailableGroups` and `GetAvailableOperators` take `groupIds`/`groupId`: an
 * answer to one query must not serve another.)
 */
const PARAMETERLESS_READS: ReadonlySet<string> = new Set([
  "GetCallParamsResponse",
  "GetGuestIdentityResponse",
  "GetHeroCardsResponse",
  "GetMediaObjectsResponse",
  "ObtainCrmIdentityResponse",
]);
/** Longest pause between two admission attempts of a waiting request, should a lane-emptied message be lost. */
const MAX_RETRY_MS = 1_000;

/**
 * The mluvii chatbot's response correlator on Redis, for bots running as several replicas: a `…Response`
 * callback may land on any replica, which hands it to the replica that awaits it. The lanes are those of the
 * in-memory correlator, kept in Redis: reads share answers per query, other kinds are admitted one at a time per
 * session across all replicas, and an answer owed to a request that stopped waiting is reported `late` wherever it
 * lands. While Redis is away, requests fail before they are sent and pending waiters fail at once, both with
 * `RedisUnavailableError`; nothing hangs until its timeout, and nothing is guessed. After Redis lost its data,
 * requests that an earlier request's answer could be taken for wait until such answers can no longer arrive.
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
  const epochKey = `${prefix}epoch`;
  const laneOf = (sessionId: number, activity: string): string => `${prefix}lane:${sessionId}:${activity}`;
  const waitSetOf = (lane: string): string => `${prefix}wait:${lane.slice(prefix.length + 5)}`;
  // An admission's reply may take up to a command timeout to come back, and the local deadline starts then:
  // Redis keeps the request waiting that much longer, so an answer within the local deadline always finds it.
  const slackMs = conn.commandTimeoutMs;
  // After Redis lost its data, other replicas need up to two reconnect cycles to come back and say what they owe.
  const graceMs = 2 * conn.reconnectCycleMs + conn.commandTimeoutMs;
  const tickets = new Map<string, Ticket>();
  const localLanes = new Map<string, LocalLane>();
  /** Per response activity, until when (local clock) an answer to a request of this replica may still come. */
  const horizons = new Map<string, number>();
  // Waiter ids are unique per correlator instance, so a process restarted under the same replicaId can never
  // take a response forwarded to its predecessor's waiter.
  const instance = randomUUID().slice(0, 8);
  let nextId = 0;
  let closed = false;
  let knownEpoch = "";
  let syncing: Promise<void> | undefined;
  /** A lower bound of Redis's clock minus this process's (Redis's time in a reply is older than its arrival). */
  let clockOffset: number | undefined;
  const sampleClock = (redisNow: string | undefined, arrivedAt: number): void => {
    const now = Number(redisNow);
    if (Number.isFinite(now) && now > 0) clockOffset = now - arrivedAt;
  };
  /**
   * Until when (Redis's clock) a script sent now may take effect: half a command timeout, so that its reply still
   * reaches a caller that waits a whole one. A script Redis runs later (it stalled) does nothing: its caller may have
   * given up and reported failure already.
   */
  const scriptDeadline = (): string =>
    clockOffset === undefined ? "" : String(Math.floor(Date.now() + conn.commandTimeoutMs / 2 + clockOffset));
  const counts = {
    registered: 0,
    waitedForLane: 0,
    resolved: 0,
    received: 0,
    forwarded: 0,
    late: 0,
    unmatched: 0,
    orphaned: 0,
    failedUnavailable: 0,
  };

  // A failing hook must not break the correlator.
  const reportError = (error: unknown): void =>
    callHook(
      options.onError ??
        ((failure: unknown) =>
          logger?.warn?.("contactkit redis correlator: background call failed", { error: causeSummary(failure) })),
      [error],
    );

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

  const withdraw = (ticket: Ticket, mode: "remove" | "owe"): Promise<unknown> =>
    conn.script(
      WITHDRAW,
      [ticket.lane, waitSetOf(ticket.lane)],
      [replicaId, ticket.id, mode, String(lateWindow), channelPrefix],
      "withdraw",
    );

  /**
   * Fails a waiter. `redisSide` says what Redis must learn: `remove` (never sent), `owe` (may have been sent), or
   * `none` (its deadline passes in Redis by itself, or Redis cannot be reached).
   */
  function fail(ticket: Ticket, reason: unknown, redisSide: "remove" | "owe" | "none"): void {
    const previous = ticket.state;
    if (previous === "done") return;
    ticket.state = "done";
    tickets.delete(ticket.id);
    clearTimeout(ticket.timer);
    ticket.detachAbort?.();
    if (reason instanceof RedisUnavailableError) counts.failedUnavailable++;
    ticket.reject(reason);
    // Not admitted yet, so not sent: a queued one leaves the line; an admission in flight is withdrawn once it lands.
    if (previous === "queued") localLanes.get(ticket.lane)?.wake?.();
    else if (previous === "waiting" && redisSide !== "none") withdraw(ticket, redisSide).catch(reportError);
  }

  function resolveLocal(id: string, response: MluviiChatbotResponse): boolean {
    const ticket = tickets.get(id);
    // The waiter must be this response's lane: a forwarded message is only trusted as far as it matches.
    if (!ticket || ticket.lane !== laneOf(response.sessionId, response.activity)) return false;
    if (ticket.state === "acquiring") {
      ticket.early ??= response;
      return true;
    }
    if (ticket.state !== "waiting") return false;
    ticket.state = "done";
    tickets.delete(id);
    clearTimeout(ticket.timer);
    ticket.detachAbort?.();
    counts.resolved++;
    ticket.resolve(response);
    return true;
  }

  const onMessage = (message: string): void => {
    if (message.startsWith("f\n")) {
      localLanes.get(message.slice(2))?.wake?.();
      return;
    }
    const [kind, ids, ...rest] = message.split("\n");
    if (kind !== "r" || ids === undefined) return;
    let response: MluviiChatbotResponse;
    try {
      response = JSON.parse(rest.join("\n")) as MluviiChatbotResponse;
    } catch (error) {
      reportError(error);
      return;
    }
    for (const id of ids.split(",")) {
      counts.received++;
      if (!resolveLocal(id, response)) orphan(response);
    }
  };
  let subscriptionLive = false;
  const subscribed = conn.subscribe(`${channelPrefix}${replicaId}`, onMessage).then(() => {
    subscriptionLive = true;
    // Learn the epoch before the first request needs it (one round trip less then).
    syncEpoch().catch(() => {});
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

  /** Tells Redis this replica's epoch and what it may still owe; learns the current epoch. */
  function syncEpoch(): Promise<void> {
    syncing ??= (async () => {
      try {
        const now = Date.now();
        const owed = RESPONSE_ACTIVITIES.flatMap((a) => [a, String(Math.max(0, (horizons.get(a) ?? 0) - now))]);
        const [epoch, redisNow] = (await conn.script(
          SYNC_EPOCH,
          [epochKey],
          [knownEpoch, randomUUID(), String(graceMs), ...owed],
          "register",
        )) as [string, string];
        sampleClock(redisNow, Date.now());
        knownEpoch = String(epoch);
      } finally {
        syncing = undefined;
      }
    })();
    return syncing;
  }

  // A lost connection means forwarded responses can no longer reach this replica: fail its waiters now.
  const stopWatching = conn.onDown((error) => {
    for (const ticket of [...tickets.values()]) {
      const notSent = ticket.state !== "waiting";
      fail(
        ticket,
        notSent ? new RedisUnavailableError("register", causeSummary(error.cause ?? error), { cause: error }) : error,
        "none",
      );
    }
  });

  /** Entries whose admission may have run although its reply was lost; removed once Redis answers again. */
  const unsure = new Map<string, { ticket: Ticket; until: number }>();
  let retry: ReturnType<typeof setTimeout> | undefined;
  const removeUnsure = (): void => {
    retry = undefined;
    for (const [id, { ticket, until }] of [...unsure]) {
      // Past its deadline and late window the entry no longer matters (and is pruned).
      if (Date.now() > until) unsure.delete(id);
      else
        withdraw(ticket, "remove").then(
          () => unsure.delete(id),
          () => {
            // Still unanswered or away: try again shortly, and when the connection is back.
            if (!retry && !closed) retry = setTimeout(removeUnsure, conn.commandTimeoutMs).unref();
          },
        );
    }
  };
  const stopRetrying = conn.onUp(() => {
    removeUnsure();
    // Redis may have restarted empty: find out now, and hold what this replica may still owe.
    syncEpoch().catch(() => {});
  });

  function admit(ticket: Ticket): void {
    ticket.state = "waiting";
    counts.registered++;
    const owedUntil = Date.now() + ticket.timeoutMs + slackMs + lateWindow;
    if ((horizons.get(ticket.activity) ?? 0) < owedUntil) horizons.set(ticket.activity, owedUntil);
    ticket.timer = setTimeout(
      () =>
        fail(
          ticket,
          new MluviiChatbotResponseTimeoutError(ticket.sessionId, ticket.activity, ticket.timeoutMs),
          "none",
        ),
      ticket.timeoutMs,
    );
    ticket.admitted();
  }

  /** One admission attempt for the head of a local lane. */
  async function acquire(ticket: Ticket): Promise<{ readonly busyMs?: number }> {
    ticket.state = "acquiring";
    const mode = correlationModeOf(ticket.activity);
    for (let attempt = 0; ; attempt++) {
      let reply: [string, string, string];
      try {
        if (!conn.isReady()) throw new RedisUnavailableError("register", "not connected");
        await liveSubscription();
        if (!knownEpoch || clockOffset === undefined) await syncEpoch();
        const lane = ticket.lane;
        try {
          reply = (await conn.script(
            ACQUIRE,
            [lane, waitSetOf(lane), epochKey],
            [
              String(ticket.timeoutMs + slackMs),
              String(lateWindow),
              replicaId,
              ticket.id,
              mode,
              mode === "shared" ? ticket.query : "",
              knownEpoch,
              ticket.activity,
              PARAMETERLESS_READS.has(ticket.activity) ? "1" : "0",
              ticket.waited ? "1" : "0",
              scriptDeadline(),
            ],
            "register",
          )) as [string, string, string];
          sampleClock(reply[2], Date.now());
        } catch (error) {
          // The script may have run although its reply was lost: its entry must not stand for an unsent request.
          unsure.set(ticket.id, { ticket, until: Date.now() + ticket.timeoutMs + slackMs + lateWindow });
          removeUnsure();
          throw error;
        }
      } catch (error) {
        const reason =
          error instanceof RedisUnavailableError
            ? error
            : new RedisUnavailableError("register", causeSummary(error), { cause: error });
        fail(ticket, reason, "none");
        return {};
      }
      // The state may have changed while the script ran (TypeScript cannot see that through the await).
      if ((ticket.state as TicketState) === "done") {
        // Failed (aborted, closed) while the admission ran: it was never sent.
        if (reply[0] === "ok") withdraw(ticket, "remove").catch(reportError);
        return {};
      }
      if (reply[0] === "ok") {
        admit(ticket);
        if (ticket.early) resolveLocal(ticket.id, ticket.early);
        return {};
      }
      if (reply[0] === "expired") {
        fail(ticket, new RedisUnavailableError("register", "Redis ran the admission too late (it stalled)"), "none");
        return {};
      }
      if (reply[0] === "busy") {
        ticket.state = "queued";
        if (!ticket.waited) counts.waitedForLane++;
        ticket.waited = true;
        return { busyMs: Math.max(1, Number(reply[1])) };
      }
      // `epoch`: Redis's state is of another generation (it lost its data, or this is the first call).
      if (attempt >= 2) {
        fail(ticket, new RedisUnavailableError("register", "the correlation state in Redis keeps changing"), "none");
        return {};
      }
      try {
        await syncEpoch();
      } catch {
        // the next attempt fails with the connection's error
      }
      if (ticket.state !== "acquiring") return {};
    }
  }

  /** Admits this replica's requests of a lane in order, waiting for the lane in Redis as long as it is busy. */
  async function drain(key: string, lane: LocalLane): Promise<void> {
    for (let head = lane.queue[0]; head; head = lane.queue[0]) {
      if (head.state === "done") {
        lane.queue.shift();
        continue;
      }
      const { busyMs } = await acquire(head);
      if (busyMs === undefined) {
        lane.queue.shift();
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => lane.wake?.(), Math.min(busyMs, MAX_RETRY_MS));
        lane.wake = () => {
          clearTimeout(timer);
          lane.wake = undefined;
          resolve();
        };
      });
    }
    localLanes.delete(key);
  }

  return {
    replicaId,
    register({ sessionId, activity, query = "" }, { timeoutMs, signal }): ResponseWaiter {
      let admitted!: () => void;
      let rejectRegistered!: (reason: unknown) => void;
      const registered = new Promise<void>((resolve, reject) => {
        admitted = resolve;
        rejectRegistered = reject;
      });
      let resolve!: (response: MluviiChatbotResponse) => void;
      let rejectResponse!: (reason: unknown) => void;
      const response = new Promise<MluviiChatbotResponse>((res, rej) => {
        resolve = res;
        rejectResponse = rej;
      });
      // Callers may never await these if sending fails first; keep that from being an unhandled rejection.
      registered.catch(() => {});
      response.catch(() => {});
      const early = closed ? new MluviiChatbotClosedError() : signal?.aborted ? signal.reason : undefined;
      if (closed || signal?.aborted) {
        rejectRegistered(early);
        rejectResponse(early);
        return { registered, response, cancel: () => {} };
      }
      const lane = laneOf(sessionId, activity);
      const ticket: Ticket = {
        id: `${instance}.${(nextId++).toString(36)}`,
        lane,
        sessionId,
        activity,
        query,
        timeoutMs,
        state: "queued",
        admitted,
        resolve,
        reject: (reason) => {
          rejectRegistered(reason);
          rejectResponse(reason);
        },
      };
      tickets.set(ticket.id, ticket);
      if (signal) {
        const onAbort = () => {
          ticket.detachAbort = undefined; // `once`: already removed
          fail(ticket, signal.reason, "owe");
        };
        signal.addEventListener("abort", onAbort, { once: true });
        ticket.detachAbort = () => signal.removeEventListener("abort", onAbort);
      }
      let local = localLanes.get(lane);
      if (!local) {
        local = { queue: [] };
        localLanes.set(lane, local);
        local.queue.push(ticket);
        drain(lane, local).catch(reportError);
      } else local.queue.push(ticket);
      return {
        registered,
        response,
        cancel: (reason, cancelOptions) => fail(ticket, reason, cancelOptions?.responseMayArrive ? "owe" : "remove"),
      };
    },
    async deliver(response): Promise<DeliveryOutcome> {
      const lane = laneOf(response.sessionId, response.activity);
      if (clockOffset === undefined) {
        // Learn Redis's clock first (once), so that the delivery cannot take effect after this call gave up.
        const time = (await conn.command(["TIME"], "deliver")) as [string, string];
        sampleClock(String(Number(time[0]) * 1000 + Math.floor(Number(time[1]) / 1000)), Date.now());
      }
      const [outcome, own, forwarded, gone, redisNow] = (await conn.script(
        DELIVER,
        [lane, waitSetOf(lane)],
        [channelPrefix, replicaId, JSON.stringify(response), scriptDeadline()],
        "deliver",
      )) as [string, string, string, string, string];
      sampleClock(redisNow, Date.now());
      if (outcome === "expired")
        throw new RedisUnavailableError("deliver", "Redis ran the delivery too late (it stalled); it was not applied");
      let taken = Number(forwarded);
      counts.forwarded += taken;
      for (const id of own ? own.split(",") : []) {
        if (resolveLocal(id, response)) taken++;
        else orphan(response);
      }
      if (taken > 0 || (outcome === "delivered" && Number(gone) === 0 && own === "")) return "delivered";
      if (Number(gone) > 0 || outcome === "unmatched") {
        // `gone`: the waiter's replica no longer listens (it stopped or crashed); `unmatched`: nobody waited.
        counts.unmatched++;
        return "unmatched";
      }
      counts.late++;
      return "late";
    },
    pending: () => tickets.size,
    stats: () => ({ ...counts }),
    close() {
      if (closed) return;
      closed = true;
      stopWatching();
      stopRetrying();
      clearTimeout(retry);
      for (const ticket of [...tickets.values()]) fail(ticket, new MluviiChatbotClosedError(), "none");
      conn.unsubscribe(`${channelPrefix}${replicaId}`).catch(reportError);
    },
  };
}
