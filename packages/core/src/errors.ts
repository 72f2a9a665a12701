import type * as z from "zod";
import { brandErrorClass, ContactkitError } from "./error-brand";

/** Why a payload could not be turned into an event. */
export type ParseErrorKind =
  /** The text is not JSON (or the bytes are not UTF-8). */
  | "json"
  /** The JSON nests deeper than the configured bound. */
  | "depth"
  /** The input is of a kind that cannot carry an event (e.g. a number where an object was expected). */
  | "input"
  /** The event type could not be read from the payload. */
  | "discriminator"
  /** The event type is not one the family knows, and `strict` was set. */
  | "unknown_type"
  /** The payload does not match the schema of its event type. */
  | "schema";

/** One problem found in a payload, located by a JSON path such as `$.data.items[0].name`. */
export interface ContactkitIssue {
  /** JSON path of the offending value, `$` for the root. */
  readonly path: string;
  /**
   * The same location as keys and array indexes (`["data", "items", 0, "name"]`; `[]` for the root), when the
   * parser had them: schema issues carry it, unless the family's `relocatePath` moved the path. A key longer than
   * {@link MAX_QUOTED_LENGTH} characters is cut and ends in `…`, as in `path`.
   */
  readonly pathSegments?: readonly (string | number)[];
  /** Machine-readable code (zod's issue code, or `json`, `depth`, `discriminator`, `unknown_type`). */
  readonly code: string;
  /** Human-readable description; never contains the offending value. */
  readonly message: string;
}

/** Position of a JSON syntax error. */
export interface JsonErrorPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export interface ContactkitParseErrorInit {
  readonly vendor: string;
  readonly family: string;
  readonly kind: ParseErrorKind;
  readonly issues: readonly ContactkitIssue[];
  readonly eventType?: string | undefined;
  readonly position?: JsonErrorPosition | undefined;
  /** The parsed payload (or the raw text for JSON errors), kept for `report()` only. */
  readonly payload?: unknown;
}

/** Most issues an error keeps (the message still counts them all): a hostile payload cannot make a huge error. */
export const MAX_ISSUES = 100;
/** Longest event type an error keeps, in characters; a longer one is cut and marked with `…`. */
export const MAX_EVENT_TYPE_LENGTH = 128;
/** Longest text read from a payload (event type, key name) that a message or JSON path quotes, in characters. */
export const MAX_QUOTED_LENGTH = 64;

/**
 * Quotes text read from a payload for a message or a JSON path: JSON string escapes (so CR, LF and every other
 * control character appear as escapes and cannot forge a log line), plus the Unicode line and paragraph separators
 * and NEL, and at most {@link MAX_QUOTED_LENGTH} characters, a longer text cut and followed by its length.
 */
export function quoteUntrusted(text: string, max: number = MAX_QUOTED_LENGTH): string {
  const cut = text.length > max;
  // NEL (U+0085) and the Unicode separators are line breaks to some log viewers; JSON.stringify leaves them as is.
  const quoted = JSON.stringify(cut ? text.slice(0, max) : text).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return cut ? `${quoted.slice(0, -1)}…" (${text.length} characters)` : quoted;
}

/** An event type bounded to {@link MAX_EVENT_TYPE_LENGTH} characters, for errors and logs. */
export function boundEventType(type: string | undefined): string | undefined {
  return type !== undefined && type.length > MAX_EVENT_TYPE_LENGTH ? `${type.slice(0, MAX_EVENT_TYPE_LENGTH)}…` : type;
}

/**
 * The single error type every contactkit parser produces. Its `message` names vendor, family, event type and
 * JSON paths but never payload values (payloads carry personal data and messages end up in logs);
 * `report()` gives the detailed view, with received values, for debugging.
 */
export class ContactkitParseError extends ContactkitError {
  static {
    brandErrorClass(ContactkitParseError, "ContactkitParseError");
  }

  override readonly name = "ContactkitParseError";
  /** Vendor whose payload failed, e.g. `mluvii`. */
  readonly vendor: string;
  /** Event family, e.g. `webhooks`. */
  readonly family: string;
  /** What went wrong, see {@link ParseErrorKind}. */
  readonly kind: ParseErrorKind;
  /** Event type when it could be read from the payload (at most {@link MAX_EVENT_TYPE_LENGTH} characters). */
  readonly eventType: string | undefined;
  /** The problems found, each with its JSON path: the first {@link MAX_ISSUES}; `message` gives the total. */
  readonly issues: readonly ContactkitIssue[];
  /** For `kind: "json"`: where the syntax error is. */
  readonly position: JsonErrorPosition | undefined;
  readonly #payload: unknown;

  constructor(init: ContactkitParseErrorInit) {
    super(summarise(init));
    this.vendor = init.vendor;
    this.family = init.family;
    this.kind = init.kind;
    this.eventType = boundEventType(init.eventType);
    this.issues = init.issues.length > MAX_ISSUES ? init.issues.slice(0, MAX_ISSUES) : init.issues;
    this.position = init.position;
    this.#payload = init.payload;
  }

  /**
   * A multi-line report for debugging: every issue with the value received at its path (truncated). It may
   * contain personal data from the payload, so do not log it in production.
   */
  report(): string {
    const lines = [this.message];
    if (this.kind === "json" && typeof this.#payload === "string" && this.position) {
      const { offset } = this.position;
      const text = this.#payload;
      const start = Math.max(0, offset - 40);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are blanked so the report stays on one line.
      const near = text.slice(start, offset + 40).replace(/[\u0000-\u001f]/g, " ");
      lines.push(`  near: ${near}`);
      lines.push(`        ${" ".repeat(offset - start)}^`);
      return lines.join("\n");
    }
    for (const issue of this.issues) {
      const received = valueAtPath(this.#payload, issue.path);
      lines.push(`  ${issue.path}: ${issue.message} (received ${describe(received)})`);
    }
    return lines.join("\n");
  }

  /** A plain object for structured logs; like `message`, it carries no payload values. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      vendor: this.vendor,
      family: this.family,
      kind: this.kind,
      eventType: this.eventType,
      // The path once: segments repeat it for programs, not for logs.
      issues: this.issues.map(({ path, code, message }) => ({ path, code, message })),
      position: this.position,
    };
  }
}

/** Whether `value` is a {@link ContactkitParseError} of any copy of contactkit (ESM or CommonJS build, any version). */
export function isContactkitParseError(value: unknown): value is ContactkitParseError {
  return value instanceof ContactkitParseError;
}

function summarise(init: ContactkitParseErrorInit): string {
  const subject = `${init.vendor} ${init.family}`;
  const first = init.issues[0];
  const more =
    init.issues.length > 1 ? ` (and ${init.issues.length - 1} more issue${init.issues.length > 2 ? "s" : ""})` : "";
  const detail = first ? `${first.path}: ${first.message}${more}` : "no details";
  switch (init.kind) {
    case "json": {
      const at = init.position
        ? ` at line ${init.position.line}, column ${init.position.column} (offset ${init.position.offset})`
        : "";
      return `${subject}: invalid JSON${at}: ${first?.message ?? "unreadable"}`;
    }
    case "schema":
      return `${subject}: invalid ${typeName(init.eventType)} event at ${detail}`;
    case "unknown_type":
      return `${subject}: unknown event type ${typeName(init.eventType)} (strict mode)`;
    default:
      return `${subject}: ${detail}`;
  }
}

const typeName = (type: string | undefined): string => (type === undefined ? '"?"' : quoteUntrusted(type));

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Formats a zod path as a JSON path: `["data", "items", 0]` → `$.data.items[0]`. Other keys are quoted with
 * {@link quoteUntrusted} (escaped, a long key cut), since they come from the payload.
 */
export function toJsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (typeof seg === "string" && seg.length <= MAX_QUOTED_LENGTH && IDENTIFIER.test(seg)) out += `.${seg}`;
    else out += `[${quoteUntrusted(String(seg))}]`;
  }
  return out;
}

/** Unknown keys listed by name in an `unrecognized_keys` message; the rest are counted. */
const MAX_LISTED_KEYS = 5;

/** zod's own message, except where zod quotes the payload (unknown key names): then quoted safely and bounded. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== "unrecognized_keys") return issue.message;
  const listed = issue.keys.slice(0, MAX_LISTED_KEYS).map((key) => quoteUntrusted(key));
  const more = issue.keys.length - listed.length;
  return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/**
 * Converts zod issues to contactkit issues. zod 4's default messages describe types, never received values — but
 * for unknown keys, whose names come from the payload; those are quoted with {@link quoteUntrusted}.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ContactkitIssue[] {
  const out: ContactkitIssue[] = [];
  for (const issue of issues) {
    // A union's per-branch issues are more useful than "invalid input"; flatten the closest branch.
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(...fromZodIssues(best, [...prefix, ...issue.path]));
      continue;
    }
    const full = [...prefix, ...issue.path];
    out.push({
      path: toJsonPath(full),
      pathSegments: boundSegments(full),
      code: issue.code,
      message: issueMessage(issue),
    });
  }
  return out;
}

/** Path segments as a contactkit issue keeps them: a long key cut as in {@link toJsonPath}. */
function boundSegments(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((seg) => {
    if (typeof seg === "number") return seg;
    const key = String(seg);
    return key.length > MAX_QUOTED_LENGTH ? `${key.slice(0, MAX_QUOTED_LENGTH)}…` : key;
  });
}

/** One step of a {@link toJsonPath} path: `.key`, `[index]` or `["quoted key"]` (` (N characters)` after a cut key). */
const PATH_STEP = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")(?: \(\d+ characters\))?\]/y;

/**
 * @internal Reads a JSON path written by {@link toJsonPath} (or a family's `relocatePath`) back into keys and indexes:
 * `$.data.items[0]` → `["data", "items", 0]`. A cut key comes back cut (ending in `…`); text that is not such a path
 * gives `undefined`.
 */
export function jsonPathSegments(path: string): (string | number)[] | undefined {
  if (!path.startsWith("$")) return undefined;
  const out: (string | number)[] = [];
  PATH_STEP.lastIndex = 1;
  while (PATH_STEP.lastIndex < path.length) {
    const step = PATH_STEP.exec(path);
    if (step === null) return undefined;
    const [, key, index, quoted] = step;
    if (key !== undefined) out.push(key);
    else if (index !== undefined) out.push(Number(index));
    else {
      const text = unquote(quoted as string);
      if (text === undefined) return undefined;
      out.push(text);
    }
  }
  return out;
}

/** A quoted key of a JSON path, or `undefined` when a `relocatePath` wrote one that is not a JSON string. */
function unquote(quoted: string): string | undefined {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

function valueAtPath(root: unknown, path: string): unknown {
  const segments = jsonPathSegments(path);
  if (segments === undefined) return undefined;
  let cur: unknown = root;
  for (const key of segments) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = Object.hasOwn(cur, key) ? (cur as Record<string | number, unknown>)[key] : undefined;
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
