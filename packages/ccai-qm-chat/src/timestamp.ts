/**
 * The chat `timestamp` field is "a UNIX timestamp … in Unix epoch time"
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data), with no unit given and in no
 * example. These helpers tell seconds from milliseconds by magnitude.
 */

/** The unit an epoch timestamp is in. */
export type EpochUnit = "seconds" | "milliseconds";

/**
 * Epoch values at or above this are milliseconds: 1e11 seconds is the year 5138, while 1e11 milliseconds is
 * March 1973, before CCAI Platform existed. Any realistic value is therefore unambiguous.
 */
export const EPOCH_MILLIS_THRESHOLD = 1e11;

/** Reads a timestamp given as a number or a string of decimal digits; `undefined` when it is neither. */
function toNumber(value: number | string): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  return /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : undefined;
}

/**
 * Tells whether an epoch timestamp is in seconds or milliseconds (by magnitude, see
 * {@link EPOCH_MILLIS_THRESHOLD}); `undefined` when the value is not a non-negative number or digit string.
 *
 * @example epochUnit(1726261457) // "seconds"; epochUnit(1726261457000) // "milliseconds"
 */
export function epochUnit(value: number | string): EpochUnit | undefined {
  const n = toNumber(value);
  if (n === undefined) return undefined;
  return n >= EPOCH_MILLIS_THRESHOLD ? "milliseconds" : "seconds";
}

/** Converts an epoch timestamp in either unit to milliseconds since the epoch (`undefined` when unreadable). */
export function epochToMillis(value: number | string): number | undefined {
  const n = toNumber(value);
  if (n === undefined) return undefined;
  return n >= EPOCH_MILLIS_THRESHOLD ? Math.round(n) : Math.round(n * 1000);
}

/** Converts an epoch timestamp in either unit to a `Date` (`undefined` when unreadable). */
export function epochToDate(value: number | string): Date | undefined {
  const ms = epochToMillis(value);
  return ms === undefined ? undefined : new Date(ms);
}
