/**
 * Remembering which deliveries were accepted, so a platform's at-least-once retries are processed once.
 *
 * The protocol has two phases so that a failed or unknown store outcome can never turn the platform's retry into a
 * duplicate: a receiver first **claims** the delivery's key with a short lease and a claim id unique to this
 * attempt, and **commits** it (the key is now "seen" for its TTL) only once the event was accepted for processing;
 * when it answers anything else it **releases** the claim. Only the claim's owner can commit or release it, and a
 * claim whose outcome is unknown (the store timed out but the write may have landed) simply lapses with its lease.
 */

/** Outcome of {@link LeasingDedupeStore.claim}. */
export type DedupeClaimOutcome =
  /** The key was free (or its lease had lapsed): this attempt holds it now. */
  | "claimed"
  /** A committed delivery with this key was seen within its TTL: a duplicate. */
  | "seen"
  /** Another attempt holds a live lease on the key (it is being accepted right now): retry later. */
  | "pending";

/**
 * A dedupe store with the two-phase protocol. Implementations must be atomic per key: of two concurrent claims
 * of a free key exactly one gets `claimed`; `commit` and `release` act only while the key holds `claimId`.
 */
export interface LeasingDedupeStore {
  /** Claims `key` for `leaseMs` under `claimId` (unique per delivery attempt). */
  claim(key: string, claimId: string, leaseMs: number): DedupeClaimOutcome | Promise<DedupeClaimOutcome>;
  /** Marks the claimed key as seen for `ttlMs`. False when `claimId` no longer holds the key (its lease lapsed). */
  commit(key: string, claimId: string, ttlMs: number): boolean | Promise<boolean>;
  /** Frees the key if `claimId` still holds it, so the platform's next delivery is processed. */
  release(key: string, claimId: string): void | Promise<void>;
  /** @deprecated One-phase API kept for callers of the built-in stores; receivers use `claim`/`commit`/`release`. */
  seen?(key: string, ttlMs: number): boolean | Promise<boolean>;
  /** @deprecated See `seen`. */
  forget?(key: string): void | Promise<void>;
}

/**
 * @deprecated The one-phase store of contactkit 0.x, still accepted by receivers. `seen` records the key before
 * the delivery is accepted, so a store that fails after writing (a timeout whose write lands later) can make the
 * platform's retry a duplicate. Implement {@link LeasingDedupeStore} instead.
 */
export interface SeenDedupeStore {
  /** Returns true when `key` was recorded within its TTL; otherwise records it for `ttlMs` and returns false. */
  seen(key: string, ttlMs: number): boolean | Promise<boolean>;
  /** Forgets `key`; receivers call it when they recorded a delivery but then did not accept it. */
  forget?(key: string): void | Promise<void>;
}

/** Where a receiver remembers deliveries: a {@link LeasingDedupeStore} (or, deprecated, a {@link SeenDedupeStore}). */
export type DedupeStore = LeasingDedupeStore | SeenDedupeStore;

/** Options for {@link createMemoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /** Most keys kept; the oldest recorded go first. Default 10,000. */
  readonly maxEntries?: number;
  /** Most bytes of keys kept (UTF-16 size plus a fixed per-entry overhead); the oldest recorded go first. Default 4 MiB. */
  readonly maxBytes?: number;
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

/** The in-memory store: a {@link LeasingDedupeStore} that can tell its size. */
export interface MemoryDedupeStore extends LeasingDedupeStore {
  /** Keys held (seen or claimed). */
  readonly size: number;
  /** Bytes the keys take, as counted against `maxBytes`. */
  readonly bytes: number;
  /** The byte bound. */
  readonly maxBytes: number;
  /** @deprecated Claims and commits at once; see {@link SeenDedupeStore}. */
  seen(key: string, ttlMs: number): boolean;
  /** @deprecated Removes the key whatever holds it. */
  forget(key: string): void;
}

/** Rough cost of one entry beside its key (map slot, record, numbers), so tiny keys are bounded too. */
const ENTRY_OVERHEAD_BYTES = 96;

interface Entry {
  expiresAt: number;
  /** The claim holding the key, or `undefined` once committed. */
  claimId: string | undefined;
}

/**
 * In-process dedupe store: the zero-setup default. It only sees its own process's deliveries (several replicas
 * need a shared store, e.g. `createRedisDedupeStore`). Bounded by entries and by bytes: when either bound is
 * reached the oldest recorded keys are evicted first (insertion order, not an LRU: reading a key does not refresh
 * it). Receivers hand it hashed keys beyond 100 characters; a key larger than the whole byte bound is not kept.
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): MemoryDedupeStore {
  const maxEntries = Math.max(1, options.maxEntries ?? 10_000);
  const maxBytes = Math.max(ENTRY_OVERHEAD_BYTES, options.maxBytes ?? 4 * 1_048_576);
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const cost = (key: string): number => key.length * 2 + ENTRY_OVERHEAD_BYTES;

  const remove = (key: string): void => {
    if (entries.delete(key)) bytes -= cost(key);
  };
  const live = (key: string, t: number): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= t) {
      remove(key);
      return undefined;
    }
    return entry;
  };
  // Re-inserting moves the key to the young end, so eviction order follows the last write.
  const put = (key: string, entry: Entry): void => {
    remove(key);
    if (cost(key) > maxBytes) return;
    entries.set(key, entry);
    bytes += cost(key);
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      remove(oldest);
    }
  };

  const store: MemoryDedupeStore = {
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    maxBytes,
    claim(key, claimId, leaseMs) {
      const t = now();
      const entry = live(key, t);
      if (entry) return entry.claimId === undefined ? "seen" : "pending";
      put(key, { expiresAt: t + leaseMs, claimId });
      return "claimed";
    },
    commit(key, claimId, ttlMs) {
      const t = now();
      const entry = live(key, t);
      if (!entry || entry.claimId !== claimId) return false;
      put(key, { expiresAt: t + ttlMs, claimId: undefined });
      return true;
    },
    release(key, claimId) {
      if (entries.get(key)?.claimId === claimId) remove(key);
    },
    seen(key, ttlMs) {
      const t = now();
      if (live(key, t)) return true;
      put(key, { expiresAt: t + ttlMs, claimId: undefined });
      return false;
    },
    forget(key) {
      remove(key);
    },
  };
  return store;
}
