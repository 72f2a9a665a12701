/**
 * What the default logger writes of a line's `meta`: a plain, bounded, JSON-safe copy in which whatever looks like
 * a secret is redacted and long strings are cut, so that a careless `meta` cannot put a token, a payload or a
 * megabyte into a log line.
 */

/** Bounds of a sanitised `meta`. */
export interface SanitizeLimits {
  /** Longest string kept whole; longer ones are cut and marked with their length. */
  readonly maxStringLength: number;
  /** Include error stacks (off by default: they can be long and name local paths). */
  readonly stacks: boolean;
}

const MAX_DEPTH = 3;
const MAX_KEYS = 32;
const MAX_ITEMS = 16;
/** Keys whose string values are credentials by name. */
const SECRET_KEY = /passw|secret|token|authori[sz]ation|cookie|api[-_]?key|credential|signature|private[-_]?key/i;
/** Values that are credentials by form: an HTTP credential, a JWT, a long opaque token (no `/`, so never a path). */
const SECRET_VALUE = [
  /^\s*(bearer|basic|digest|negotiate)\s+\S/i,
  /^eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*$/,
  /^(?=[\w+=.-]*\d)(?=[\w+=.-]*[A-Za-z])[\w+=.-]{32,}$/,
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const REDACTED = "[redacted]";

/** Credentials inside a longer text: after an auth scheme, or a JWT. */
const EMBEDDED_SECRET = /\b(bearer|basic|digest)(\s+)[\w+/=.~-]{6,}|\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/gi;

/** Whether a string looks like a credential (kept out of logs whatever its key). */
export function looksSecret(value: string): boolean {
  return !UUID.test(value) && SECRET_VALUE.some((pattern) => pattern.test(value));
}

/** A text for a log: a credential-looking whole redacted, embedded credentials replaced, cut to `max`. */
export function scrub(value: string, max: number): string {
  if (looksSecret(value)) return REDACTED;
  const text = cut(value, max);
  return text.replace(EMBEDDED_SECRET, (_match, scheme?: string, space?: string) =>
    scheme ? `${scheme}${space}${REDACTED}` : REDACTED,
  );
}

/** Cuts a string to `max` characters, saying how long it was. */
export function cut(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max)}…(${value.length} chars)`;
}

/** A plain, bounded copy of `value` for a log line. */
export function sanitize(value: unknown, limits: SanitizeLimits): unknown {
  return clean(value, limits, 0, new WeakSet());
}

function clean(value: unknown, limits: SanitizeLimits, depth: number, seen: WeakSet<object>): unknown {
  switch (typeof value) {
    case "string":
      return scrub(value, limits.maxStringLength);
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "boolean":
      return value;
    case "bigint":
      return value.toString();
    case "undefined":
      return undefined;
    case "function":
    case "symbol":
      return `[${typeof value}]`;
  }
  if (value === null) return null;
  const object = value as object;
  if (seen.has(object)) return "[circular]";
  if (object instanceof Error) return errorSummary(object, limits);
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? "Invalid Date" : object.toISOString();
  // Bytes are payloads: their size is all a log needs.
  if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer) return `[${object.byteLength} bytes]`;
  if (object instanceof Map || object instanceof Set) return `[${object.constructor.name} of ${object.size}]`;
  if (depth >= MAX_DEPTH) return Array.isArray(object) ? `[array of ${object.length}]` : "[object]";
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      const items = object.slice(0, MAX_ITEMS).map((item) => clean(item, limits, depth + 1, seen));
      if (object.length > MAX_ITEMS) items.push(`…(${object.length - MAX_ITEMS} more)`);
      return items;
    }
    return cleanRecord(object as Record<string, unknown>, limits, depth, seen);
  } finally {
    seen.delete(object);
  }
}

function cleanRecord(
  record: Record<string, unknown>,
  limits: SanitizeLimits,
  depth: number,
  seen: WeakSet<object>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let kept = 0;
  let skipped = 0;
  for (const key of Object.keys(record)) {
    if (kept >= MAX_KEYS) {
      skipped++;
      continue;
    }
    let item: unknown;
    try {
      item = record[key];
    } catch {
      item = "[unreadable]";
    }
    if (item === undefined) continue;
    kept++;
    // A credential by name is redacted whatever its form; numbers and booleans (`tokenCount`, `hasToken`) are not.
    const secretByName = SECRET_KEY.test(key) && typeof item !== "number" && typeof item !== "boolean";
    out[cut(key, 64)] = secretByName ? REDACTED : clean(item, limits, depth + 1, seen);
  }
  if (skipped > 0) out["…"] = `${skipped} more keys`;
  return out;
}

/** An error as a log shows it: name, message (cut), its code, and its stack only when asked. */
export function errorSummary(error: Error, limits: SanitizeLimits): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: cut(String(error.name), 100),
    message: clean(String(error.message), limits, MAX_DEPTH, new WeakSet()),
  };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") out.code = clean(code, limits, MAX_DEPTH, new WeakSet());
  if (limits.stacks && typeof error.stack === "string") out.stack = cut(error.stack, 4_000);
  return out;
}
