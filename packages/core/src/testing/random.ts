/**
 * The randomness test-event factories draw ids from. A seeded source makes an event reproducible (property tests
 * replay a failure from its seed); the default source is fresh on every call.
 */
export interface TestRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive, safe integers). */
  integer(min: number, max: number): number;
  /**
   * Whether ids from this source must never repeat in the process. The default source promises it (a test that
   * sends a thousand events never sees a false duplicate); a seeded one does not, so it stays reproducible.
   */
  readonly unique: boolean;
}

/** mulberry32: tiny, fast, and good enough to pick test ids; not for anything secret. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function fromFloats(next: () => number, unique: boolean): TestRandom {
  return {
    next,
    unique,
    integer(min, max) {
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
        throw new RangeError("integer(min, max) needs safe integers with min <= max");
      }
      // Two draws give 64 bits, enough for any safe-integer range without modulo bias worth caring about here.
      const span = max - min + 1;
      const wide = Math.floor(next() * 2 ** 32) * 2 ** 21 + Math.floor(next() * 2 ** 21);
      return min + (wide % span);
    },
  };
}

/** Cryptographic randomness where the runtime has it (Node ≥ 20, Bun, Deno, workers), else `Math.random`. */
function defaultFloat(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?<T extends Uint32Array>(array: T): T } }).crypto;
  if (crypto?.getRandomValues) return crypto.getRandomValues(new Uint32Array(1))[0]! / 4_294_967_296;
  return Math.random();
}

/**
 * A source of test randomness: seeded (`createTestRandom(42)`, the same ids every run) or, without a seed, fresh
 * randomness with ids unique in the process.
 *
 * @example
 * const event = createTestEvent("SessionEnded", {}, { random: createTestRandom(7) }); // same ids every run
 */
export function createTestRandom(seed?: number): TestRandom {
  return seed === undefined ? fromFloats(defaultFloat, true) : fromFloats(mulberry32(seed), false);
}
