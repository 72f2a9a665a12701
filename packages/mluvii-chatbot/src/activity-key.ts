/*
 * Where a callback names its activity: `activity`, or `Activity` as Czech docs and mluvii's Python bots send Ping.
 */
import { isJsonObject, type ParseWarning } from "@contactkit/core";

type ActivityKey = "activity" | "Activity";

/** The non-empty string under `key`, if the payload has one. */
function activityUnder(raw: object, key: ActivityKey): string | undefined {
  const value = Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * The activity name as sent, read from `activity` or, as Czech docs and mluvii's Python bots send Ping,
 * `Activity`. Both keys with names that differ beyond letter case is ambiguous: `undefined`, and
 * {@link isAmbiguous} says why.
 */
function readActivity(raw: unknown): { key: ActivityKey; value: string } | undefined {
  if (!isJsonObject(raw)) return undefined;
  const camel = activityUnder(raw, "activity");
  const pascal = activityUnder(raw, "Activity");
  if (camel !== undefined && pascal !== undefined && camel.toLowerCase() !== pascal.toLowerCase()) return undefined;
  if (camel !== undefined) return { key: "activity", value: camel };
  return pascal === undefined ? undefined : { key: "Activity", value: pascal };
}

/** Whether `activity` and `Activity` both name an activity, and not the same one (letter case aside). */
export function isAmbiguous(raw: unknown): boolean {
  // Almost every payload has no PascalCase key: one own-property test decides (this runs on every parse).
  if (!isJsonObject(raw) || !Object.hasOwn(raw, "Activity")) return false;
  const camel = activityUnder(raw, "activity");
  const pascal = activityUnder(raw, "Activity");
  return camel !== undefined && pascal !== undefined && camel.toLowerCase() !== pascal.toLowerCase();
}

/**
 * Copies the payload with the activity under the camelCase key: `{"Activity":"Ping"}` → `{"activity":"Ping"}`. The
 * PascalCase key is always dropped, so strict mode does not take it for an unknown key. Letter case (`"ping"`) is
 * read by the family (`caseInsensitiveTypes`: mluvii's server binds activities case-insensitively, as the Bot
 * Framework samples `mluvii/mluviibot` rely on). An ambiguous payload is left as it is: it has no activity to read.
 * Never mutates `raw`.
 */
export function normaliseActivity(raw: unknown): unknown {
  // Letter case is the family's business (`caseInsensitiveTypes`): only a PascalCase key needs moving here, and
  // almost no payload has one, so that is tested first.
  if (!isJsonObject(raw) || !Object.hasOwn(raw, "Activity")) return raw;
  const read = readActivity(raw);
  if (!read) return raw;
  const { Activity: _pascal, ...rest } = raw as Record<string, unknown>;
  return { ...rest, activity: read.value };
}

const NO_WARNINGS: readonly ParseWarning[] = Object.freeze([]);

/**
 * The family's `inspect`: a warning when the activity name arrived in another letter case than `names` spell it
 * (or under the PascalCase key), naming the key and the canonical name, never what was sent.
 */
export function activityCaseInspector(
  names: readonly string[],
): (raw: unknown, type: string) => readonly ParseWarning[] {
  const known = new Set(names.map((name) => name.toLowerCase()));
  return (raw, type) => {
    // The usual case, the canonical name under the camelCase key, needs no further reading.
    if ((raw as Record<string, unknown>).activity === type && !Object.hasOwn(raw as object, "Activity")) {
      return NO_WARNINGS;
    }
    const read = readActivity(raw);
    if (!read || read.value === type || !known.has(read.value.toLowerCase())) return NO_WARNINGS;
    return [{ code: "activity_case", message: `activity name normalised to "${type}"`, path: `$.${read.key}` }];
  };
}
