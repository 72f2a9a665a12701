/** How long a failed event waits before its next attempt. */

/** Exponential backoff with jitter, or a function of the attempts made so far. */
export type InboxBackoff =
  | {
      /** Delay after the first failure, before jitter. Default 1,000 ms. */
      readonly baseMs?: number;
      /** Longest delay. Default 300,000 ms. */
      readonly maxMs?: number;
    }
  | ((attempts: number) => number);

const DEFAULT_BASE_MS = 1_000;
const DEFAULT_MAX_MS = 300_000;

/**
 * The delay before the next attempt, after `attempts` attempts failed (1 after the first): `baseMs × 2^(attempts−1)`
 * capped at `maxMs`, then a random point in its upper half ("equal jitter"), so events that failed together (a
 * downstream outage) do not all come back at the same instant, yet none comes back much sooner than planned.
 */
export function backoffDelay(backoff: InboxBackoff | undefined, attempts: number, random = Math.random): number {
  if (typeof backoff === "function") return Math.max(0, backoff(attempts));
  const base = Math.max(0, backoff?.baseMs ?? DEFAULT_BASE_MS);
  const max = Math.max(0, backoff?.maxMs ?? DEFAULT_MAX_MS);
  const planned = Math.min(max, base * 2 ** Math.min(30, Math.max(0, attempts - 1)));
  return Math.round(planned / 2 + random() * (planned / 2));
}
