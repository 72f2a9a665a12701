import * as z from "zod";
import { type ContactkitIssue, ContactkitParseError, fromZodIssues } from "./errors";
import type {
  Discriminator,
  EventFamily,
  EventFamilyDefinition,
  KnownParseSuccess,
  ParseFailure,
  ParseOptions,
  ParseWarning,
  SafeParseResult,
  UnknownEvent,
} from "./family-types";
import { type FastParser, REJECT, UNSURE } from "./fast-parser";
import { Rejected, type Validator, validatorOf } from "./fast-validator";
import {
  checkValue,
  DEFAULT_MAX_DEPTH,
  DecodeFailure,
  depthFailure,
  HAS_PROTO_KEY,
  isJsonText,
  mayHaveProtoKey,
  type ParseInput,
  parseText,
  scanValue,
  TEXT_CHECK_VALUE,
  TEXT_TOO_DEEP,
  TOO_DEEP,
  textDepth,
  textOf,
  withoutProtoKeys,
} from "./json";
import { isJsonObject } from "./objects";
import { standardSchemaOf } from "./standard-schema";
import { strictify } from "./strict";

export type {
  Discriminator,
  EventFamily,
  EventFamilyDefinition,
  EventMapOf,
  EventSchemas,
  ExhaustiveHandlers,
  KnownEventOf,
  KnownParseSuccess,
  ParsedEvent,
  ParseFailure,
  ParseOptions,
  ParseWarning,
  PartialHandlers,
  SafeParseResult,
  UnknownEvent,
  UnknownParseSuccess,
} from "./family-types";

/**
 * Defines an event family: one discriminator and one schema per event type, giving `safeParse`, `parse`, `is`,
 * `match` and JSON Schema export. Dispatch reads the discriminator and validates against that one schema, so
 * a family of 50 types costs the same as validating the single matching schema. Each type's validator is built at
 * its first use: a generated fast parser, with zod's runtime parser for the errors.
 *
 * @example
 * interface PingEventMap { Ping: { type: "Ping"; at: string } }
 * const pings = defineEventFamily<PingEventMap>({
 *   vendor: "acme", family: "pings", discriminator: "type",
 *   schemas: { Ping: z.object({ type: z.literal("Ping"), at: z.string() }) },
 * });
 * const r = pings.safeParse('{"type":"Ping","at":"2024-01-01T00:00:00Z"}');
 */
export function defineEventFamily<M extends object>(definition: EventFamilyDefinition<M>): EventFamily<M> {
  const { vendor, family, schemas, prepare, inspect, relocatePath, checkInput } = definition;
  const readType = compileDiscriminator(definition.discriminator);
  const typePath = typeof definition.discriminator === "string" ? definition.discriminator.split(".") : undefined;
  // The common discriminator, one key (`eventType`, `activity`), is read inline on the hot path.
  const typeKey = typePath?.length === 1 ? typePath[0] : undefined;
  const entries = new Map<string, TypeEntry>();
  for (const [type, schema] of Object.entries(schemas) as [string, z.ZodType][]) {
    entries.set(type, { type, schema, tolerant: undefined, fast: undefined, strict: undefined });
  }
  const byLowerCase = definition.caseInsensitiveTypes
    ? new Map([...entries.values()].map((entry) => [entry.type.toLowerCase(), entry]))
    : undefined;
  const lookup = (type: string): TypeEntry | undefined => entries.get(type) ?? byLowerCase?.get(type.toLowerCase());
  const types = Object.freeze([...entries.keys()]) as readonly (keyof M & string)[];
  const noWarnings: readonly ParseWarning[] = Object.freeze([]);

  const failure = (
    kind: ContactkitParseError["kind"],
    issues: readonly ContactkitIssue[],
    raw: unknown,
    eventType?: string,
  ): ParseFailure => ({
    ok: false,
    error: new ContactkitParseError({ vendor, family, kind, issues, eventType, payload: raw }),
    raw,
  });

  const decodeFailure = (failed: DecodeFailure): ParseFailure => ({
    ok: false,
    error: new ContactkitParseError({
      vendor,
      family,
      kind: failed.kind,
      issues: [failed.issue],
      position: failed.position,
      payload: failed.text,
    }),
    raw: undefined,
  });

  /**
   * Validates a value as `entry` with the generated fast parser: the output, or {@link REJECT} / {@link UNSURE} for
   * what it does not accept (then ask {@link validateSlowly}).
   */
  function validate(entry: TypeEntry, value: unknown, strict: boolean): unknown {
    // `z.config({ jitless: true })` turns generated code off, here too (checked per call: it can change at run time).
    if (z.core.globalConfig.jitless) return UNSURE;
    return strict ? strictValidator(entry).fast(value) : (entry.fast ?? tolerantValidator(entry).fast)(value);
  }

  /** zod's runtime parser: the output, or {@link Rejected} with zod's issues. */
  function validateSlowly(entry: TypeEntry, value: unknown, strict: boolean): unknown {
    return (strict ? strictValidator(entry) : tolerantValidator(entry)).runtime(value);
  }

  /** The value to validate for a type spelled differently: with a key-path discriminator, a copy spelled as `entry`. */
  function canonical(entry: TypeEntry, prepared: unknown): unknown {
    return typePath === undefined ? prepared : withValueAt(prepared, typePath, entry.type);
  }

  /**
   * Text: nesting is bounded before `JSON.parse` where it matters (see `textDepth`), and the parsed value is
   * walked only when the text may nest too deep or may hold a `__proto__` key (usually neither).
   */
  function fromText(text: string, options: ParseOptions | undefined): SafeParseResult<M> {
    const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
    const depth = textDepth(text, maxDepth);
    if (depth === TEXT_TOO_DEEP) return decodeFailure(depthFailure(maxDepth));
    let original: unknown;
    try {
      original = JSON.parse(text);
    } catch {
      return decodeFailure(parseText(text) as DecodeFailure);
    }
    if (depth === TEXT_CHECK_VALUE || mayHaveProtoKey(text)) return fromWalkedValue(original, maxDepth, options);
    return finish(original, original, prepare ? prepare(original) : original, options);
  }

  /** Parsed text that may nest too deep or hold own `__proto__` keys: walked, and copied without those keys. */
  function fromWalkedValue(original: unknown, maxDepth: number, options: ParseOptions | undefined) {
    const flags = scanValue(original, maxDepth);
    if (flags & TOO_DEEP) return decodeFailure(depthFailure(maxDepth));
    let prepared = prepare ? prepare(original) : original;
    let raw = original;
    if (flags & HAS_PROTO_KEY) {
      raw = withoutProtoKeys(original);
      prepared = prepare ? withoutProtoKeys(prepared) : raw;
    }
    return finish(original, raw, prepared, options);
  }

  /**
   * Bytes are decoded as UTF-8 and parsed as text. An already-parsed value is checked where it is validated: it
   * may be a live object (a Node-RED msg with cyclic req/res) that nothing here reads beyond what `prepare` picks.
   */
  function fromOther(input: ParseInput, options: ParseOptions | undefined): SafeParseResult<M> {
    if (isJsonText(input)) {
      const text = textOf(input);
      return text instanceof DecodeFailure ? decodeFailure(text) : fromText(text, options);
    }
    const checked = checkValue(prepare ? prepare(input) : input, options?.maxDepth ?? DEFAULT_MAX_DEPTH);
    if (!checked.ok) return decodeFailure(checked as DecodeFailure);
    return finish(input, input, checked.value, options);
  }

  /**
   * The rest of a parse, the same for every input: the event type, warnings, validation. `original` is the payload
   * as JSON.parse built it (or as given): `prepare`, the discriminator and `inspect` see it whatever the input was,
   * so a text and its parsed value cannot disagree. `prepared` is what is validated and `raw` what results carry.
   */
  function finish(
    original: unknown,
    raw: unknown,
    prepared: unknown,
    options: ParseOptions | undefined,
  ): SafeParseResult<M> {
    if (checkInput !== undefined) {
      const issue = checkInput(original);
      if (issue !== undefined) return failure("input", [issue], raw);
    }
    const type = typeKey !== undefined ? readKey(prepared, typeKey) : readType(prepared, original);
    if (type === undefined) return discriminatorFailure(raw);
    let entry = entries.get(type);
    // Only a type spelled differently is validated from a copy with the canonical spelling.
    let value = prepared;
    if (entry === undefined && byLowerCase !== undefined) {
      entry = byLowerCase.get(type.toLowerCase());
      if (entry !== undefined) value = canonical(entry, prepared);
    }
    const knownType = entry === undefined ? type : entry.type;
    const warnings = inspect === undefined ? noWarnings : inspect(original, knownType);
    const strict = options?.strict === true;
    if (entry === undefined) return unknownEvent(type, raw, warnings, strict);
    let event = validate(entry, value, strict);
    if (event === REJECT || event === UNSURE) {
      event = validateSlowly(entry, value, strict);
      if (event instanceof Rejected) return schemaFailure(event, original, raw, knownType);
    }
    return { ok: true, known: true, type: knownType, event, raw, warnings } as KnownParseSuccess<M>;
  }

  function discriminatorFailure(raw: unknown): ParseFailure {
    const message = discriminatorMessage(definition.discriminator);
    return failure("discriminator", [{ path: "$", code: "discriminator", message }], raw);
  }

  function unknownEvent(type: string, raw: unknown, warnings: readonly ParseWarning[], strict: boolean) {
    if (strict) {
      const message = "event type is not known to this family";
      return failure("unknown_type", [{ path: "$", code: "unknown_type", message }], raw, type);
    }
    const event: UnknownEvent = { kind: "unknown", vendor, family, type, raw };
    return { ok: true, known: false, type, event, raw, warnings } as const;
  }

  function schemaFailure(rejected: Rejected, original: unknown, raw: unknown, type: string): ParseFailure {
    const issues = fromZodIssues(rejected.issues);
    const located = relocatePath ? issues.map((i) => relocated(i, relocatePath(i.path, original))) : issues;
    return failure("schema", located, raw, type);
  }

  function safeParse(input: ParseInput, options?: ParseOptions): SafeParseResult<M> {
    try {
      return typeof input === "string" ? fromText(input, options) : fromOther(input, options);
    } catch {
      // Only reading the input can throw here: a getter or a Proxy trap of an already-parsed value.
      return failure("input", [{ path: "$", code: "unreadable", message: UNREADABLE }], undefined);
    }
  }

  const self: EventFamily<M> = {
    vendor,
    family,
    types,
    schemas,
    safeParse,
    parse(input, options) {
      const r = safeParse(input, options);
      if (!r.ok) throw r.error;
      return r;
    },
    is<K extends keyof M & string>(value: unknown, type: K): value is M[K] {
      const entry = entries.get(type);
      if (!entry) return false;
      try {
        if (readType(value, value) !== type) return false;
        const out = validate(entry, value, false);
        return (out !== REJECT && out !== UNSURE) || !(validateSlowly(entry, value, false) instanceof Rejected);
      } catch {
        return false;
      }
    },
    typeOf(value) {
      try {
        const type = readType(prepare ? prepare(value) : value, value);
        return type === undefined ? undefined : (lookup(type)?.type ?? type);
      } catch {
        return undefined;
      }
    },
    match: matchImpl as EventFamily<M>["match"],
    toJSONSchema(type) {
      const entry = entries.get(type);
      if (!entry) throw new RangeError(`${vendor} ${family}: no event type "${type}"`);
      return z.toJSONSchema(entry.schema, { unrepresentable: "any", io: "input" }) as Record<string, unknown>;
    },
    toJSONSchemas() {
      const out = {} as Record<keyof M & string, Record<string, unknown>>;
      for (const type of types) out[type] = self.toJSONSchema(type);
      return out;
    },
    "~standard": standardSchemaOf(safeParse),
  };
  return Object.freeze(self);
}

/** A known event type, its schema and its validators (each built at first use). */
interface TypeEntry {
  readonly type: string;
  readonly schema: z.ZodType;
  tolerant: Validator | undefined;
  /** The tolerant validator's fast parser, read first on the hot path. */
  fast: FastParser | undefined;
  strict: Validator | undefined;
}

/** An issue at the path `relocatePath` gave: its segments are dropped when the path moved (they name the old place). */
function relocated(issue: ContactkitIssue, path: string): ContactkitIssue {
  return path === issue.path ? issue : { path, code: issue.code, message: issue.message };
}

const UNREADABLE = "the input could not be read (a property getter or Proxy trap threw)";

function tolerantValidator(entry: TypeEntry): Validator {
  entry.tolerant ??= validatorOf(entry.schema);
  entry.fast = entry.tolerant.fast;
  return entry.tolerant;
}

function strictValidator(entry: TypeEntry): Validator {
  entry.strict ??= validatorOf(strictify(entry.schema));
  return entry.strict;
}

/** A copy of `value` with `replacement` at the key path `keys` (each level copied, nothing mutated). */
function withValueAt(value: unknown, keys: readonly string[], replacement: string): unknown {
  if (keys.length === 0 || !isJsonObject(value)) return replacement;
  const [key, ...rest] = keys as [string, ...string[]];
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  copy[key] = withValueAt(copy[key], rest, replacement);
  return copy;
}

function matchImpl<R>(
  parsed: { readonly known: boolean; readonly type: string; readonly event: unknown },
  handlers: Readonly<Record<string, ((event: never) => R) | undefined>>,
  fallback: (event: never) => R,
): R {
  const handler = parsed.known && Object.hasOwn(handlers, parsed.type) ? handlers[parsed.type] : undefined;
  return ((handler ?? fallback) as (event: unknown) => R)(parsed.event);
}

/** The non-empty string at own key `key` of a JSON object, or `undefined`. */
function readKey(value: unknown, key: string): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const type = value[key];
  return typeof type === "string" && type.length > 0 && Object.hasOwn(value, key) ? type : undefined;
}

function compileDiscriminator(discriminator: Discriminator): (prepared: unknown, raw: unknown) => string | undefined {
  if (typeof discriminator === "function") return discriminator;
  const keys = discriminator.split(".");
  if (keys.length === 1) return (prepared) => readKey(prepared, discriminator);
  return (raw) => {
    let cur: unknown = raw;
    for (const key of keys) {
      if (!isJsonObject(cur) || !Object.hasOwn(cur, key)) return undefined;
      cur = cur[key];
    }
    return typeof cur === "string" && cur.length > 0 ? cur : undefined;
  };
}

function discriminatorMessage(discriminator: Discriminator): string {
  return typeof discriminator === "string"
    ? `expected an object with a non-empty string at "${discriminator}" naming the event type`
    : "the event type could not be read from the payload";
}
