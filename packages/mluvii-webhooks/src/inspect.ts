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

const enumFields: ReadonlyArray<readonly [field: string, values: readonly string[]]> = [
  ["client", clientTypes],
  ["channel", sessionChannels],
  ["source", sessionSources],
  ["result", heroCardSubmissionResults],
  ["status", userSimplifiedStatuses],
  ["availabilityStatus", userAvailabilityStatuses],
];

/** Inspects a raw mluvii webhook payload; see the module comment. Reads only, never mutates. */
export function inspectMluviiWebhook(raw: unknown): readonly ParseWarning[] {
  if (raw === null || typeof raw !== "object" || !Object.hasOwn(raw, "data")) return [];
  const data = (raw as { data: unknown }).data;
  if (data === null || typeof data !== "object") return [];
  const warnings: ParseWarning[] = [];
  for (const [field, values] of enumFields) {
    if (!Object.hasOwn(data, field)) continue;
    const value = (data as Record<string, unknown>)[field];
    if (typeof value !== "string" || values.includes(value)) continue;
    const known = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (known !== undefined) {
      warnings.push({
        code: "enum_case",
        message: `value differs from the known value "${known}" only in letter case; it is kept as received`,
        path: `$.data.${field}`,
      });
    }
  }
  return warnings;
}
