import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "../fixtures/docs-activities");

/** One extracted JSON example of the "Supported activities and events" page (see scripts/extract-fixtures.mjs). */
export interface ManifestEntry {
  file: string;
  heading: string;
  label: string;
  role: "request" | "response" | "callback" | "initial-params" | "additional-params";
  seedLine: number;
}

export const manifest: ManifestEntry[] = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));

/** The example's text exactly as the doc prints it. */
export const readExample = (file: string): string => readFileSync(join(dir, file), "utf8");

/**
 * Sample values for the doc's `<…>` placeholders (and the bare words the page uses as types). A placeholder
 * missing here stays in the text, so JSON.parse fails and the test names it.
 */
const PLACEHOLDERS: [string, unknown][] = [
  ["<dictionary<string,string[]>: optional>", { header: [], buttons: [], footer: [], body: ["a", "b"] }],
  ["<dictionary<string, string>: optional>", { call_param_fullname: "predefined value" }],
  ["<integer:optional if userId is set>", 7],
  ["<integer:optional if operatorGroupId is set>", 9],
  ["<string obtained via GetMediaObjects>", "terms.pdf"],
  ["<mandatory for API chatbot only>", 1001],
  ["<Group id is optional>", 7],
  ["<optional field>", [7, 8]],
  ["<integer:required>", 5],
  ["<string: optional>", "cs"],
  ["<string | null>", "https://files.example.com/a.pdf"],
  ["<dictionary>", { HandoffReason: "Sales" }],
  ["<boolean>", true],
  ["<bool>", true],
  ["<integer>", 3],
  ["<string>", "text"],
  ["<Guid>", "09ac8a24-b342-14e5-f1cd-6cdf50c5a25e"],
  ["one of: ONLINE, OFFLINE, BUSY", "ONLINE"],
  ["[zero or more of: BUSINESS_HOURS, NO_OPERATORS, QUEUE_FULL, DELETED, CHANNEL_BLOCKED]", ["BUSINESS_HOURS"]],
  [": int", 4],
  [": boolean", false],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Replaces unquoted placeholders by sample JSON values; `overrides` replaces a placeholder's default value. */
export function fillPlaceholders(text: string, overrides: Record<string, unknown> = {}): string {
  let out = text;
  for (const [placeholder, fallback] of PLACEHOLDERS) {
    const value = Object.hasOwn(overrides, placeholder) ? overrides[placeholder] : fallback;
    const prefix = placeholder.startsWith(": ") ? ": " : "";
    // `<…>` placeholders inside quotes (`"fileSource": "<string>"`) are already valid JSON strings: keep them.
    const guard = placeholder.startsWith("<") ? '(?<!")' : "";
    out = out.replace(
      new RegExp(`${guard}${escapeRe(placeholder)}(?![\\w"])`, "g"),
      `${prefix}${JSON.stringify(value)}`,
    );
  }
  return out;
}

/** Structural repairs of the doc's malformed JSON; each test lists the ones its example needs. */
export const REPAIRS = {
  /** `…,\n}` → `…\n}` (EndConversation, DisableGuestInput, queueWorkload, GuestFileUpload …). */
  trailingCommas: (t: string) => t.replace(/,(\s*[}\]])/g, "$1"),
  /** Prose after a value: `<Guid>, (unique identifier from cookie)`. */
  comments: (t: string) => t.replace(/[ \t]+\((?:[^()\n]|\([^()\n]*\))*\),?[ \t]*$/gm, ""),
  /** `"groupId: <…>` → `"groupId": <…>` (GetAvailableOperators/GetAvailableGroups requests). */
  missingQuote: (t: string) => t.replace(/"(\w+): /g, '"$1": '),
} as const;

export type RepairName = keyof typeof REPAIRS;

/** Applies repairs, then explicit edits, then placeholder values. */
export function repairExample(
  text: string,
  options: { repairs?: RepairName[]; edits?: [string, string][]; values?: Record<string, unknown> } = {},
): string {
  let out = text;
  for (const name of options.repairs ?? []) out = REPAIRS[name](out);
  for (const [from, to] of options.edits ?? []) {
    if (!out.includes(from)) throw new Error(`edit target not found: ${from}`);
    out = out.replace(from, to);
  }
  return fillPlaceholders(out, options.values);
}

/** Parses JSON, or returns the SyntaxError. */
export function tryJson(text: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error };
  }
}
