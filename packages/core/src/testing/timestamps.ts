const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;
const EPOCH_KEY = /time|stamp|date|At$|_at$/i;
/** Epoch milliseconds between 2001-09-09 and 2286-11-20: anything else under a time-like key is not one. */
const EPOCH_MS_MIN = 1e12;
const EPOCH_MS_MAX = 1e13;

/** Options of {@link shiftTimestamps}. */
export interface ShiftTimestampsOptions {
  /** The instant the latest timestamp moves to. */
  readonly now: Date | number;
  /**
   * Which numbers are epoch milliseconds, by the key they are under. Default: a key that mentions a time, stamp or
   * date (`timestamp`, `startTime`, `createdAt`, `enqueued_at`) holding a number in the epoch-milliseconds range.
   */
  readonly isEpochMillis?: (key: string, value: number) => boolean;
}

interface IsoParts {
  readonly epochMs: number;
  readonly fraction: string;
  readonly offset: string | undefined;
  readonly offsetMinutes: number;
}

function parseIso(text: string): IsoParts | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction = "", offset] = m;
  let offsetMinutes = 0;
  if (offset !== undefined && offset !== "Z") {
    const sign = offset.startsWith("-") ? -1 : 1;
    const digits = offset.slice(1).replace(":", "");
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  const ms = Number(fraction.slice(0, 3).padEnd(3, "0"));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (Number.isNaN(local)) return undefined;
  return { epochMs: local - offsetMinutes * 60_000, fraction, offset, offsetMinutes };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `epochMs` written the way `like` was written: the same offset, the same number of fraction digits. */
function formatLike(epochMs: number, like: IsoParts): string {
  const local = new Date(epochMs + like.offsetMinutes * 60_000);
  const base =
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  // The millisecond digits move with the clock; digits below the millisecond are kept as the example had them.
  const millis = pad(local.getUTCMilliseconds(), 3);
  const fraction =
    like.fraction.length === 0
      ? ""
      : `.${like.fraction.length <= 3 ? millis.slice(0, like.fraction.length) : millis + like.fraction.slice(3)}`;
  return `${base}${fraction}${like.offset ?? ""}`;
}

/**
 * A deep copy of `value` with every timestamp moved so that the latest one is `now`, keeping the gaps between
 * them (a session still ends after it started) and each one's format: ISO-8601 text keeps its offset (or its lack
 * of one) and its number of fraction digits; epoch milliseconds stay numbers.
 *
 * @example
 * shiftTimestamps({ started: "2024-05-06T08:31:13.72+02:00", ended: "2024-05-06T08:41:13.72+02:00" }, { now: Date.now() });
 * // → started ten minutes ago, ended now, both "…+02:00" with two fraction digits
 */
export function shiftTimestamps<T>(value: T, options: ShiftTimestampsOptions): T {
  const isEpoch =
    options.isEpochMillis ??
    ((key: string, n: number) => EPOCH_KEY.test(key) && Number.isInteger(n) && n >= EPOCH_MS_MIN && n < EPOCH_MS_MAX);
  let latest = Number.NEGATIVE_INFINITY;
  const visit = (node: unknown, key: string | undefined): void => {
    if (typeof node === "string") {
      const parts = parseIso(node);
      if (parts) latest = Math.max(latest, parts.epochMs);
    } else if (typeof node === "number") {
      if (key !== undefined && isEpoch(key, node)) latest = Math.max(latest, node);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item, undefined);
    } else if (node !== null && typeof node === "object") {
      for (const [childKey, child] of Object.entries(node)) visit(child, childKey);
    }
  };
  visit(value, undefined);
  const now = typeof options.now === "number" ? options.now : options.now.getTime();
  const delta = Number.isFinite(latest) ? now - latest : 0;
  const shift = (node: unknown, key: string | undefined): unknown => {
    if (typeof node === "string") {
      const parts = parseIso(node);
      return parts ? formatLike(parts.epochMs + delta, parts) : node;
    }
    if (typeof node === "number") return key !== undefined && isEpoch(key, node) ? node + delta : node;
    if (Array.isArray(node)) return node.map((item) => shift(item, undefined));
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(node)) out[childKey] = shift(child, childKey);
    return out;
  };
  return shift(value, undefined) as T;
}
