import type { ContactkitIssue, JsonErrorPosition } from "./errors";
import { locateJsonSyntaxError } from "./json-location";

/** Default bound on JSON nesting; vendor payloads nest a dozen levels at most. */
export const DEFAULT_MAX_DEPTH = 128;

/** What a caller may hand to a parser: JSON text, its UTF-8 bytes, or an already-parsed value. */
export type ParseInput = string | Uint8Array | ArrayBuffer | unknown;

/** Result of {@link decodeJson}. */
export type DecodeResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly kind: "json" | "depth";
      readonly issue: ContactkitIssue;
      readonly position?: JsonErrorPosition;
      /** The text that failed, for the error's debugging report. */
      readonly text?: string;
    };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Turns text, bytes or a parsed value into a JSON value that is safe to validate:
 * - bytes must be valid UTF-8 (a BOM is dropped);
 * - nesting deeper than `maxDepth` (or a cyclic object) is an error, never a stack overflow;
 * - own `__proto__` keys, which `JSON.parse` creates as plain data, are removed from a copy so that no later
 *   assignment can turn them into a prototype; the input itself is never mutated.
 */
export function decodeJson(input: ParseInput, maxDepth: number = DEFAULT_MAX_DEPTH): DecodeResult {
  const parsed = parseJsonInput(input);
  return parsed.ok ? checkValue(parsed.value, maxDepth) : parsed;
}

/** True when `input` is JSON text or its bytes, as opposed to an already-parsed value. */
export function isJsonText(input: ParseInput): input is string | Uint8Array | ArrayBuffer {
  return typeof input === "string" || input instanceof Uint8Array || input instanceof ArrayBuffer;
}

/** Parses text or bytes (an already-parsed value is returned as it is), without the safety checks. */
export function parseJsonInput(input: ParseInput): DecodeResult {
  if (!isJsonText(input)) return { ok: true, value: input };
  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = utf8.decode(input);
    } catch {
      return { ok: false, kind: "json", issue: { path: "$", code: "json", message: "the body is not valid UTF-8" } };
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const at = locateJsonSyntaxError(text);
    const position = at ? { offset: at.offset, line: at.line, column: at.column } : undefined;
    const message = at ? `expected ${at.expected}` : "the text is not JSON";
    return {
      ok: false,
      kind: "json",
      issue: { path: "$", code: "json", message },
      ...(position ? { position } : {}),
      text,
    };
  }
}

/**
 * The safety checks of {@link decodeJson} for a parsed value: the depth bound and `__proto__` removal. Families
 * apply it to what they validate — for an already-parsed input with an envelope, only the prepared part, so a
 * live object such as a Node-RED `msg` (with its cyclic `req`/`res`) can be parsed.
 */
export function checkValue(value: unknown, maxDepth: number = DEFAULT_MAX_DEPTH): DecodeResult {
  const flags = scan(value, 0, maxDepth);
  if (flags & TOO_DEEP) {
    return {
      ok: false,
      kind: "depth",
      issue: { path: "$", code: "depth", message: `the payload nests deeper than ${maxDepth} levels (or is cyclic)` },
    };
  }
  return { ok: true, value: flags & HAS_PROTO_KEY ? withoutProtoKeys(value) : value };
}

const HAS_PROTO_KEY = 1;
const TOO_DEEP = 2;

function scan(value: unknown, depth: number, maxDepth: number): number {
  if (value === null || typeof value !== "object") return 0;
  if (depth >= maxDepth) return TOO_DEEP;
  let flags = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      flags |= scan(value[i], depth + 1, maxDepth);
      if (flags & TOO_DEEP) return flags;
    }
    return flags;
  }
  for (const key in value) {
    if (key === "__proto__") flags |= HAS_PROTO_KEY;
    flags |= scan((value as Record<string, unknown>)[key], depth + 1, maxDepth);
    if (flags & TOO_DEEP) return flags;
  }
  return flags;
}

function withoutProtoKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(withoutProtoKeys);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === "__proto__") continue;
    out[key] = withoutProtoKeys((value as Record<string, unknown>)[key]);
  }
  return out;
}
