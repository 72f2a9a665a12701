/**
 * The in-memory inbox: zero set-up, bounded, and not durable — what it holds is lost with the process (a deploy,
 * a crash). It keeps each parsed event next to its body, so the default receiver path never parses twice.
 */
import { InboxClosedError, InboxFullError } from "./errors";
import type { DeadLetter, Inbox, InboxEntry, InboxError, InboxRecord, InboxStats, InboxTakeOptions } from "./types";

/** Options for {@link createMemoryInbox}. */
export interface MemoryInboxOptions {
  /** Most unfinished events held (waiting, scheduled for a retry, or leased); `put` rejects beyond. Default 10,000. */
  readonly maxPending?: number;
  /** Most dead letters kept; beyond, the oldest is dropped (and counted in `droppedDeadLetters`). Default 1,000. */
  readonly maxDeadLetters?: number;
  /**
   * An entry leased longer than this is taken again by the next `take` (its worker is presumed dead). Keep it
   * above the workers' `jobTimeoutMs`. Default 300,000.
   */
  readonly leaseMs?: number;
}

/** The in-memory {@link Inbox}, with synchronous counts for a receiver's `stats`. */
export interface MemoryInbox extends Inbox {
  readonly durable: false;
  /** Unfinished events now (the synchronous form of `stats().pending`). */
  readonly pending: number;
  /** Dead letters dropped because `maxDeadLetters` was reached. */
  readonly droppedDeadLetters: number;
}

interface Held {
  readonly id: string;
  readonly record: InboxRecord;
  readonly event: unknown;
  attempts: number;
  /** When its current lease started; set while leased. */
  leasedAt: number;
  timer?: ReturnType<typeof setTimeout> | undefined;
}

/** The synchronous put of each in-memory inbox, for the receiver (see {@link putInMemoryNow}). */
const syncPuts = new WeakMap<Inbox, (record: InboxRecord, event: unknown) => Error | undefined>();

/**
 * Records in an in-memory inbox synchronously: `undefined` when recorded, the error when refused, `false` when
 * `inbox` is not one of ours (then use `put`). Lets the receiver accept without a promise hop, so an in-memory
 * dedupe claim and its commit still run without interleaving — as before the inbox existed.
 * @internal
 */
export function putInMemoryNow(inbox: Inbox, record: InboxRecord, event: unknown): Error | undefined | false {
  const put = syncPuts.get(inbox);
  return put ? put(record, event) : false;
}

const DEFAULT_MAX_PENDING = 10_000;
const DEFAULT_MAX_DEAD_LETTERS = 1_000;
const DEFAULT_LEASE_MS = 300_000;

/** Creates an in-memory {@link Inbox}: bounded, with retries after a delay, dead letters and lease reclaim. */
export function createMemoryInbox(options: MemoryInboxOptions = {}): MemoryInbox {
  const maxPending = Math.max(1, options.maxPending ?? DEFAULT_MAX_PENDING);
  const maxDeadLetters = Math.max(0, options.maxDeadLetters ?? DEFAULT_MAX_DEAD_LETTERS);
  const leaseMs = Math.max(1, options.leaseMs ?? DEFAULT_LEASE_MS);
  // Ready entries, first in first out: an array read from `head`, compacted now and then (shift() is O(n)).
  let ready: Held[] = [];
  let head = 0;
  const scheduled = new Set<Held>();
  // Insertion order is lease order (a re-lease deletes and re-inserts), so the oldest lease comes first.
  const leased = new Map<string, Held>();
  const dead = new Map<string, DeadLetter>();
  let waiters: (() => void)[] = [];
  let sequence = 0;
  let dropped = 0;
  let closed = false;
  let reclaimTimer: ReturnType<typeof setTimeout> | undefined;

  const readyCount = (): number => ready.length - head;
  const pendingCount = (): number => readyCount() + scheduled.size + leased.size;
  const nextId = (): string => String(++sequence);

  const wake = (): void => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };

  const makeReady = (held: Held): void => {
    ready.push(held);
    wake();
  };

  /** Wakes waiters when the oldest lease lapses, so a blocked `take` reclaims it without polling. */
  const armReclaim = (): void => {
    if (reclaimTimer || closed || waiters.length === 0) return;
    const oldest = leased.values().next().value;
    if (!oldest) return;
    reclaimTimer = setTimeout(
      () => {
        reclaimTimer = undefined;
        wake();
      },
      Math.max(0, oldest.leasedAt + leaseMs - Date.now()),
    );
    reclaimTimer.unref?.();
  };

  // The hot path (a worker waiting, an event put, the worker woken) sets no timer and no listener per wait: one
  // shared timer wakes every waiter at the earliest deadline (each re-checks its own), and each signal is watched once.
  let wakeUpTimer: ReturnType<typeof setTimeout> | undefined;
  let wakeUpAt = Number.POSITIVE_INFINITY;
  const armWakeUp = (inMs: number): void => {
    const at = Date.now() + inMs;
    if (wakeUpTimer && wakeUpAt <= at) return;
    clearTimeout(wakeUpTimer);
    wakeUpAt = at;
    wakeUpTimer = setTimeout(() => {
      wakeUpTimer = undefined;
      wakeUpAt = Number.POSITIVE_INFINITY;
      wake();
    }, inMs);
    // An idle worker waiting for events must not keep the process alive by itself (the server does that).
    wakeUpTimer.unref?.();
  };
  const watched = new WeakSet<AbortSignal>();
  const watch = (signal: AbortSignal): void => {
    if (watched.has(signal)) return;
    watched.add(signal);
    signal.addEventListener("abort", wake, { once: true });
  };

  const lease = (held: Held, now: number): InboxEntry => {
    held.leasedAt = now;
    leased.delete(held.id);
    leased.set(held.id, held);
    const { type, body, key, receivedAt } = held.record;
    return { id: held.id, type, body, key, receivedAt, attempts: held.attempts, event: held.event };
  };

  const takeReady = (max: number): InboxEntry[] => {
    const now = Date.now();
    const taken: InboxEntry[] = [];
    for (const held of leased.values()) {
      if (taken.length >= max || held.leasedAt + leaseMs > now) break;
      taken.push(lease(held, now));
    }
    while (taken.length < max && head < ready.length) {
      const held = ready[head] as Held;
      ready[head++] = undefined as unknown as Held;
      taken.push(lease(held, now));
    }
    if (head > 1_024 && head * 2 > ready.length) {
      ready = ready.slice(head);
      head = 0;
    }
    return taken;
  };

  /** The entry's current lease, or `undefined` when it was finished (or reclaimed and finished) already. */
  const release = (entry: InboxEntry): Held | undefined => {
    const held = leased.get(entry.id);
    if (held) leased.delete(entry.id);
    return held;
  };

  const toDeadLetter = (held: Held, attempts: number, error: InboxError): void => {
    if (maxDeadLetters === 0) {
      dropped++;
      return;
    }
    while (dead.size >= maxDeadLetters) {
      const oldest = dead.keys().next().value as string;
      dead.delete(oldest);
      dropped++;
    }
    const { type, body, key, receivedAt } = held.record;
    dead.set(held.id, {
      id: held.id,
      type,
      body,
      key,
      receivedAt,
      attempts,
      error: { name: error.name, message: error.message },
      deadAt: Date.now(),
    });
  };

  const putNow = (record: InboxRecord, event: unknown): Error | undefined => {
    if (closed) return new InboxClosedError();
    if (pendingCount() >= maxPending) return new InboxFullError(maxPending);
    makeReady({ id: nextId(), record, event, attempts: 0, leasedAt: 0 });
    return undefined;
  };

  const inbox: MemoryInbox = {
    durable: false,
    get pending() {
      return pendingCount();
    },
    get droppedDeadLetters() {
      return dropped;
    },
    put(record, event) {
      const refused = putNow(record, event);
      return refused ? Promise.reject(refused) : Promise.resolve();
    },
    async take({ max, blockMs, signal }: InboxTakeOptions) {
      const until = Date.now() + Math.max(0, blockMs);
      if (signal) watch(signal);
      for (;;) {
        if (closed || signal?.aborted || max <= 0) return [];
        const taken = takeReady(max);
        if (taken.length > 0) return taken;
        const left = until - Date.now();
        if (left <= 0) return [];
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          armWakeUp(left);
          armReclaim();
        });
      }
    },
    async ack(entry) {
      release(entry);
    },
    async retry(entry, delayMs) {
      const held = release(entry);
      if (!held || closed) return;
      held.attempts = entry.attempts + 1;
      if (delayMs <= 0) {
        makeReady(held);
        return;
      }
      scheduled.add(held);
      held.timer = setTimeout(() => {
        held.timer = undefined;
        scheduled.delete(held);
        makeReady(held);
      }, delayMs);
      // A scheduled retry must not keep a process alive that has nothing else to do.
      held.timer.unref?.();
    },
    async deadLetter(entry, attempts, error) {
      const held = release(entry);
      if (held) toDeadLetter(held, attempts, error);
    },
    async listDeadLetters(listOptions) {
      const limit = Math.max(0, listOptions?.limit ?? 100);
      const letters: DeadLetter[] = [];
      for (const letter of dead.values()) {
        if (letters.length >= limit) break;
        letters.push(letter);
      }
      return letters;
    },
    async getDeadLetter(id) {
      return dead.get(id);
    },
    async replayDeadLetter(id) {
      const letter = dead.get(id);
      if (!letter || closed) return false;
      dead.delete(id);
      const { type, body, key, receivedAt } = letter;
      makeReady({ id: nextId(), record: { type, body, key, receivedAt }, event: undefined, attempts: 0, leasedAt: 0 });
      return true;
    },
    async purgeDeadLetters(id) {
      if (id === undefined) {
        const count = dead.size;
        dead.clear();
        return count;
      }
      return dead.delete(id) ? 1 : 0;
    },
    async stats(): Promise<InboxStats> {
      return { pending: pendingCount(), deadLettered: dead.size };
    },
    async close() {
      closed = true;
      clearTimeout(reclaimTimer);
      clearTimeout(wakeUpTimer);
      for (const held of scheduled) clearTimeout(held.timer);
      wake();
    },
  };
  syncPuts.set(inbox, putNow);
  return inbox;
}
