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
      readonly position?: JsonErrorPosition | undefined;
      /** The text that failed, for the error's debugging report. */
      readonly text?: string | undefined;
    };

/** A failed decode. A class, so the hot path can tell it from any JSON value with one `instanceof`. */
export class DecodeFailure {
  readonly ok = false;
  constructor(
    readonly kind: "json" | "depth",
    readonly issue: ContactkitIssue,
    readonly position?: JsonErrorPosition,
    readonly text?: string,
  ) {}
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Turns text, bytes or a parsed value into a JSON value that is safe to validate:
 * - bytes must be valid UTF-8 (a BOM is dropped);
 * - nesting deeper than `maxDepth` (or a cyclic object) is an error, never a stack overflow; text that could nest
 *   that deep is measured before `JSON.parse` when it is large (see `textDepth`);
 * - own `__proto__` keys, which `JSON.parse` creates as plain data, are removed from a copy so that no later
 *   assignment can turn them into a prototype; the input itself is never mutated.
 */
export function decodeJson(input: ParseInput, maxDepth: number = DEFAULT_MAX_DEPTH): DecodeResult {
  if (!isJsonText(input)) return checkValue(input, maxDepth);
  const text = textOf(input);
  if (text instanceof DecodeFailure) return text;
  const depth = textDepth(text, maxDepth);
  if (depth === TEXT_TOO_DEEP) return depthFailure(maxDepth);
  const value = parseText(text);
  if (value instanceof DecodeFailure) return value;
  if (depth === TEXT_CHECK_VALUE || mayHaveProtoKey(text)) return checkValue(value, maxDepth);
  return { ok: true, value };
}

/** True when `input` is JSON text or its bytes, as opposed to an already-parsed value. */
export function isJsonText(input: ParseInput): input is string | Uint8Array | ArrayBuffer {
  return typeof input === "string" || input instanceof Uint8Array || input instanceof ArrayBuffer;
}

/** Parses text or bytes (an already-parsed value is returned as it is), without the safety checks. */
export function parseJsonInput(input: ParseInput): DecodeResult {
  if (!isJsonText(input)) return { ok: true, value: input };
  const text = textOf(input);
  if (text instanceof DecodeFailure) return text;
  const value = parseText(text);
  return value instanceof DecodeFailure ? value : { ok: true, value };
}

/** @internal The text of text or UTF-8 bytes (a BOM dropped). */
export function textOf(input: string | Uint8Array | ArrayBuffer): string | DecodeFailure {
  if (typeof input === "string") return input;
  try {
    return utf8.decode(input);
  } catch {
    return new DecodeFailure("json", { path: "$", code: "json", message: "the body is not valid UTF-8" });
  }
}

/** @internal `JSON.parse`, with the syntax error located (never quoted) when the text is not JSON. */
export function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const at = locateJsonSyntaxError(text);
    const position = at ? { offset: at.offset, line: at.line, column: at.column } : undefined;
    const message = at ? `expected ${at.expected}` : "the text is not JSON";
    return new DecodeFailure("json", { path: "$", code: "json", message }, position, text);
  }
}

/** {@link textDepth}: the text nests no deeper than the bound. */
export const TEXT_WITHIN_DEPTH = 0;
/** {@link textDepth}: the text nests deeper than the bound (found before parsing). */
export const TEXT_TOO_DEEP = 1;
/** {@link textDepth}: the text may nest deeper; check the parsed value. */
export const TEXT_CHECK_VALUE = 2;

/**
 * Above this many characters, text that could nest deeper than the bound is measured before `JSON.parse`.
 * `JSON.parse` of nested arrays costs about 6× what a flat body of the same size does (64 KiB: 4.7 ms against
 * 0.7 ms, 1 MiB: 94 ms against 17 ms, Node 20), so below this size the worst case stays a few milliseconds and the
 * parsed value is checked instead — a walk of the value costs a fifth of a scan of its text.
 */
export const PRESCAN_MIN_LENGTH = 65_536;

/**
 * @internal How deep `text` may nest, decided as cheaply as the text allows: nesting deeper than `maxDepth` needs
 * more than `maxDepth` opening brackets, which short text cannot hold and `indexOf` counts at memory speed in
 * the rest (the count stops at `maxDepth + 1`); only large text with that many brackets is scanned in full.
 */
export function textDepth(text: string, maxDepth: number): number {
  if (text.length <= 2 * maxDepth || !moreOpenersThan(text, maxDepth)) return TEXT_WITHIN_DEPTH;
  if (text.length < PRESCAN_MIN_LENGTH) return TEXT_CHECK_VALUE;
  return nestsDeeperThan(text, maxDepth) ? TEXT_TOO_DEEP : TEXT_WITHIN_DEPTH;
}

function moreOpenersThan(text: string, limit: number): boolean {
  let count = 0;
  for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i + 1)) if (++count > limit) return true;
  for (let i = text.indexOf("["); i !== -1; i = text.indexOf("[", i + 1)) if (++count > limit) return true;
  return false;
}

/** @internal Whether JSON text nests deeper than `limit` (brackets inside strings skipped; stops once it does). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump to the closing quote: one not preceded by an odd number of backslashes.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i === -1) return false; // unterminated: JSON.parse reports it
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

/**
 * @internal Whether `JSON.parse(text)` may create an own `__proto__` key: the name written out, or written with
 * escapes — which escape at least one of `_ p r o t` as `\u005f`, `\u0070`, `\u0072`, `\u006f` or `\u0074`. Other
 * escapes (`\u00e1` for á, as .NET writes Czech text; `\"`, `\n`) do not count. Native substring searches only, the
 * escape searches only when the text has a backslash at all.
 */
export function mayHaveProtoKey(text: string): boolean {
  if (text.includes("__proto__")) return true;
  if (text.indexOf("\\") === -1) return false;
  return text.includes("\\u005") || text.includes("\\u006") || text.includes("\\u007");
}

/**
 * The safety checks of {@link decodeJson} for a parsed value: the depth bound and `__proto__` removal. Families
 * apply it to what they validate — for an already-parsed input with an envelope, only the prepared part, so a
 * live object such as a Node-RED `msg` (with its cyclic `req`/`res`) can be parsed.
 */
export function checkValue(value: unknown, maxDepth: number = DEFAULT_MAX_DEPTH): DecodeResult {
  const flags = scanValue(value, maxDepth);
  if (flags & TOO_DEEP) return depthFailure(maxDepth);
  return { ok: true, value: flags & HAS_PROTO_KEY ? withoutProtoKeys(value) : value };
}

/** @internal The failure for nesting deeper than `maxDepth`. */
export function depthFailure(maxDepth: number): DecodeFailure {
  return new DecodeFailure("depth", {
    path: "$",
    code: "depth",
    message: `the payload nests deeper than ${maxDepth} levels (or is cyclic)`,
  });
}

/** @internal {@link scanValue} flag: an own `__proto__` key somewhere. */
export const HAS_PROTO_KEY = 1;
/** @internal {@link scanValue} flag: deeper than the bound (or cyclic). */
export const TOO_DEEP = 2;

/** @internal Walks a value for the depth bound and own `__proto__` keys; returns {@link HAS_PROTO_KEY} | {@link TOO_DEEP}. */
export function scanValue(value: unknown, maxDepth: number): number {
  return scan(value, 0, maxDepth);
}

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

/** @internal A copy of a JSON value without own `__proto__` keys, at every depth. */
export function withoutProtoKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(withoutProtoKeys);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === "__proto__") continue;
    out[key] = withoutProtoKeys((value as Record<string, unknown>)[key]);
  }
  return out;
}
