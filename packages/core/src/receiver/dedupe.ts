/**
 * Remembers which deliveries were already accepted, so a platform's at-least-once retries are processed once.
 * Implementations must be atomic: of two concurrent `seen` calls for a new key, exactly one returns false.
 */
export interface DedupeStore {
  /** Returns true when `key` was recorded within its TTL; otherwise records it for `ttlMs` and returns false. */
  seen(key: string, ttlMs: number): boolean | Promise<boolean>;
  /**
   * Forgets `key`, so the platform's next delivery of the same event is processed. Receivers call it when they
   * recorded a delivery but then could not process it (answering 500 or 503). Optional; without it such a retry
   * is dropped as a duplicate.
   */
  forget?(key: string): void | Promise<void>;
}

/** Options for {@link createMemoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /** Most keys kept; the least recently recorded go first. Default 10,000. */
  readonly maxEntries?: number;
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * In-process LRU dedupe store: the zero-setup default. It only sees its own process's deliveries; several
 * replicas need a shared store.
 */
export function createMemoryDedupeStore(
  options: MemoryDedupeStoreOptions = {},
): DedupeStore & { readonly size: number } {
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const expiries = new Map<string, number>();
  return {
    get size() {
      return expiries.size;
    },
    seen(key, ttlMs) {
      const t = now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > t) return true;
      expiries.delete(key);
      expiries.set(key, t + ttlMs);
      while (expiries.size > maxEntries) {
        const oldest = expiries.keys().next().value as string;
        expiries.delete(oldest);
      }
      return false;
    },
    forget(key) {
      expiries.delete(key);
    },
  };
}
