/**
 * The receiver's side of the dedupe protocol: bounded keys, claim ids, and one adapter over both store kinds.
 */
import type { DedupeClaimOutcome, DedupeStore, LeasingDedupeStore } from "./dedupe";

/** Keys up to this length reach the store as they are; longer ones as `sha256:<64 hex>`. */
export const MAX_PLAIN_KEY_LENGTH = 100;

const encoder = new TextEncoder();

/**
 * The key as the store sees it. Long keys are hashed with SHA-256 (Web Crypto, available in every runtime core
 * supports): collision-resistant, so two deliveries can never be confused, and fixed in size, so a key built from
 * payload text (an unknown event type can be a megabyte) cannot bloat the store. Hashing is asynchronous, so only
 * long keys pay for it; short keys stay synchronous.
 */
export function storeKey(key: string): string | Promise<string> {
  if (key.length <= MAX_PLAIN_KEY_LENGTH) return key;
  return crypto.subtle.digest("SHA-256", encoder.encode(key)).then((digest) => {
    let hex = "";
    for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
    return `sha256:${hex}`;
  });
}

/** A unique id for one delivery attempt's claim. */
export const newClaimId = (): string => crypto.randomUUID();

/** Runs `then` on a value or a promise of it, staying synchronous for plain values. */
export function whenReady<T, R>(value: T | PromiseLike<T>, then: (value: T) => R | Promise<R>): R | Promise<R> {
  return isThenable(value) ? Promise.resolve(value).then(then) : then(value);
}

export function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/**
 * The two-phase protocol over any store: a {@link LeasingDedupeStore} as it is, a deprecated one-phase store by
 * `seen` for `ttlMs` (claim and commit at once) and `forget` (release).
 */
export function asLeasingStore(store: DedupeStore, ttlMs: number): LeasingDedupeStore {
  if ("claim" in store && typeof store.claim === "function") return store;
  const legacy = store as {
    seen(key: string, ttlMs: number): boolean | Promise<boolean>;
    forget?(key: string): unknown;
  };
  return {
    claim: (key) => whenReady(legacy.seen(key, ttlMs), (seen): DedupeClaimOutcome => (seen ? "seen" : "claimed")),
    commit: () => true,
    release: (key) => {
      const forgotten = legacy.forget?.(key);
      return isThenable(forgotten) ? Promise.resolve(forgotten).then(() => {}) : undefined;
    },
  };
}
