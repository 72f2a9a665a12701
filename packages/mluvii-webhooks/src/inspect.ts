/**
 * Warnings (never failures) for payloads that parse but look like the webhooks page rather than the wire: an enum
 * value that differs from a known one only in letter case. The page writes `client` as "guest"/"user"/"chatbot"
 * and `result` as "submitted"; mluvii sends `Guest`/`User`/`Chatbot` and `Submitted`. Tolerant mode keeps the
 * value as received (it is a valid open-enum string); this warning says why it will not match a `case "Guest"`.
 */
import type { ParseWarning } from "@contactkit/core";
import {
  clientTypes,
  heroCardSubmissionResults,
  sessionChannels,
  sessionSources,
  userAvailabilityStatuses,
  userSimplifiedStatuses,
} from "./vocabulary";

const noWarnings: readonly ParseWarning[] = Object.freeze([]);

/** Per enum field: its known values, and the known value for each lower-cased spelling. */
const enumFields = (
  [
    ["client", clientTypes],
    ["channel", sessionChannels],
    ["source", sessionSources],
    ["result", heroCardSubmissionResults],
    ["status", userSimplifiedStatuses],
    ["availabilityStatus", userAvailabilityStatuses],
  ] as const
).map(([field, values]) => ({
  field,
  known: new Set<string>(values),
  byLowerCase: new Map<string, string>(values.map((v) => [v.toLowerCase(), v])),
}));

/** Inspects a raw mluvii webhook payload; see the module comment. Reads only, never mutates. */
export function inspectMluviiWebhook(raw: unknown): readonly ParseWarning[] {
  const data = raw !== null && typeof raw === "object" ? (raw as { data?: unknown }).data : undefined;
  if (data === null || typeof data !== "object") return noWarnings;
  let warnings: ParseWarning[] | undefined;
  for (const { field, known, byLowerCase } of enumFields) {
    const value = (data as Record<string, unknown>)[field];
    if (typeof value !== "string" || known.has(value) || !Object.hasOwn(data, field)) continue;
    const match = byLowerCase.get(value.toLowerCase());
    if (match === undefined) continue;
    warnings ??= [];
    warnings.push({
      code: "enum_case",
      message: `value differs from the known value "${match}" only in letter case; it is kept as received`,
      path: `$.data.${field}`,
    });
  }
  return warnings ?? noWarnings;
}
