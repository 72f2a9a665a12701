import * as z from "zod";
import { type ContactkitIssue, ContactkitParseError, fromZodIssues } from "./errors";
import { checkValue, DEFAULT_MAX_DEPTH, type DecodeResult, isJsonText, type ParseInput, parseJsonInput } from "./json";
import { strictify } from "./strict";

/** A non-fatal observation about a payload that parsed (e.g. an envelope field disagreeing with the event). */
export interface ParseWarning {
  /** Machine-readable code, e.g. `intent_mismatch`. */
  readonly code: string;
  /** Human-readable description; like error messages, it carries no payload values. */
  readonly message: string;
  /** JSON path the warning is about, when there is one. */
  readonly path?: string;
}

/**
 * An event whose type the family does not know (a type the vendor added, or one it removed). It is a value,
 * not an error: a service keeps running and can log, store or forward it.
 */
export interface UnknownEvent {
  /** Always `"unknown"`. */
  readonly kind: "unknown";
  /** Vendor of the family that read it. */
  readonly vendor: string;
  /** Family that read it. */
  readonly family: string;
  /** The event type as read from the payload. */
  readonly type: string;
  /** The payload exactly as it arrived (after JSON decoding). */
  readonly raw: unknown;
}

/** A payload parsed to one of the family's known event types. `type` and `event` are correlated. */
export type KnownParseSuccess<M extends object> = {
  [K in keyof M & string]: {
    readonly ok: true;
    readonly known: true;
    /** The event type (discriminator value). */
    readonly type: K;
    /** The validated, typed view of the event. */
    readonly event: M[K];
    /** The payload exactly as it arrived (after JSON decoding). */
    readonly raw: unknown;
    /** Non-fatal observations. */
    readonly warnings: readonly ParseWarning[];
  };
}[keyof M & string];

/** A payload whose event type the family does not know; see {@link UnknownEvent}. */
export interface UnknownParseSuccess {
  readonly ok: true;
  readonly known: false;
  /** The event type as read from the payload. */
  readonly type: string;
  readonly event: UnknownEvent;
  readonly raw: unknown;
  readonly warnings: readonly ParseWarning[];
}

/** A payload that is not a valid event of the family. */
export interface ParseFailure {
  readonly ok: false;
  readonly error: ContactkitParseError;
  /** The decoded payload, or `undefined` when the input was not JSON. */
  readonly raw: unknown;
}

/** What `parse` returns and `safeParse` returns on success. */
export type ParsedEvent<M extends object> = KnownParseSuccess<M> | UnknownParseSuccess;

/** The result of `safeParse`: the same shape in every contactkit vendor package. */
export type SafeParseResult<M extends object> = ParsedEvent<M> | ParseFailure;

/** Options for `parse`/`safeParse`. */
export interface ParseOptions {
  /**
   * Contract-test mode: unknown event types, unknown keys and unknown enum values become errors.
   * Default false (tolerant reader).
   */
  readonly strict?: boolean;
  /** Bound on JSON nesting. Default {@link DEFAULT_MAX_DEPTH}. */
  readonly maxDepth?: number;
}

/** How a family reads the event type: a dotted key path (`"cimEvent.name"`) or a function of the payload. */
export type Discriminator = string | ((raw: unknown) => string | undefined);

/** One schema per event type, each checked against the event map's interface. */
export type EventSchemas<M extends object> = { readonly [K in keyof M & string]: z.ZodType<M[K]> };

/** Definition of an event family, see {@link defineEventFamily}. */
export interface EventFamilyDefinition<M extends object> {
  /** Vendor name used in errors, e.g. `mluvii`. */
  readonly vendor: string;
  /** Family name used in errors, e.g. `webhooks`. */
  readonly family: string;
  /** How to read the event type from the (prepared) payload. */
  readonly discriminator: Discriminator;
  /** One schema per known event type. */
  readonly schemas: EventSchemas<M>;
  /**
   * Optional: normalises the payload (e.g. unwraps an envelope) before discrimination and validation.
   * Must not mutate its argument. `raw` in results stays the payload as it arrived.
   */
  readonly prepare?: (raw: unknown) => unknown;
  /**
   * Optional, with `prepare`: maps an issue's JSON path in the prepared value (`$.data.id`) to the path in the
   * payload as it arrived (`$.payload.entities.cimEvent.data.id`), so errors point where the user can look.
   */
  readonly relocatePath?: (path: string, raw: unknown) => string;
  /** Optional: observations that do not fail parsing (e.g. an envelope field that disagrees with the event). */
  readonly inspect?: (raw: unknown, type: string) => readonly ParseWarning[];
}

/** Handlers for every known type, used by the exhaustive form of `match`. */
export type ExhaustiveHandlers<M extends object, R> = { readonly [K in keyof M & string]: (event: M[K]) => R };
/** Handlers for some known types, used with a fallback. */
export type PartialHandlers<M extends object, R> = { readonly [K in keyof M & string]?: (event: M[K]) => R };

/** A family of events from one vendor surface: the uniform consumer API of every contactkit package. */
export interface EventFamily<M extends object> {
  /** Vendor name, e.g. `mluvii`. */
  readonly vendor: string;
  /** Family name, e.g. `webhooks`. */
  readonly family: string;
  /** Every known event type. */
  readonly types: readonly (keyof M & string)[];
  /** The schema of each known event type. */
  readonly schemas: EventSchemas<M>;
  /** Parses text, bytes or a value; never throws. */
  safeParse(input: ParseInput, options?: ParseOptions): SafeParseResult<M>;
  /** Like `safeParse`, but throws {@link ContactkitParseError} on failure. */
  parse(input: ParseInput, options?: ParseOptions): ParsedEvent<M>;
  /** Type guard: whether `value` is a valid event of `type` (validates it). */
  is<K extends keyof M & string>(value: unknown, type: K): value is M[K];
  /** Reads the event type of a payload without validating it (`undefined` when it has none). */
  typeOf(value: unknown): string | undefined;
  /** Exhaustive: a handler for every known type, and one for unknown events. */
  match<R>(parsed: ParsedEvent<M>, handlers: ExhaustiveHandlers<M, R>, onUnknown: (event: UnknownEvent) => R): R;
  /** Partial: handlers for some types, and a fallback for the rest (known or unknown). */
  match<R>(
    parsed: ParsedEvent<M>,
    handlers: PartialHandlers<M, R>,
    otherwise: (event: M[keyof M & string] | UnknownEvent) => R,
  ): R;
  /** JSON Schema (draft 2020-12) of one event type. */
  toJSONSchema(type: keyof M & string): Record<string, unknown>;
  /** JSON Schema of every known event type, keyed by type. */
  toJSONSchemas(): Record<keyof M & string, Record<string, unknown>>;
}

/** The event map behind a family: `EventMapOf<typeof mluviiWebhooks>["SessionCreated"]`. */
export type EventMapOf<F> = F extends EventFamily<infer M> ? M : never;
/** Union of a family's known events. */
export type KnownEventOf<F> = F extends EventFamily<infer M> ? M[keyof M & string] : never;

/**
 * Defines an event family: one discriminator and one schema per event type, giving `safeParse`, `parse`, `is`,
 * `match` and JSON Schema export. Dispatch reads the discriminator and validates against that one schema, so
 * a family of 50 types costs the same as validating the single matching schema.
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
  const { vendor, family, schemas, prepare, inspect, relocatePath } = definition;
  const readType = compileDiscriminator(definition.discriminator);
  const known = new Map<string, z.ZodType>(Object.entries(schemas) as [string, z.ZodType][]);
  const types = Object.freeze([...known.keys()]) as readonly (keyof M & string)[];
  const noWarnings: readonly ParseWarning[] = Object.freeze([]);

  const fail = (
    kind: ContactkitParseError["kind"],
    issues: ContactkitIssue[],
    raw: unknown,
    eventType?: string,
  ): ParseFailure => ({
    ok: false,
    error: new ContactkitParseError({ vendor, family, kind, issues, eventType, payload: raw }),
    raw,
  });

  const decodeFailure = (decoded: Extract<DecodeResult, { ok: false }>): ParseFailure => ({
    ok: false,
    error: new ContactkitParseError({
      vendor,
      family,
      kind: decoded.kind,
      issues: [decoded.issue],
      position: decoded.position,
      payload: decoded.text,
    }),
    raw: undefined,
  });

  function safeParse(input: ParseInput, options?: ParseOptions): SafeParseResult<M> {
    const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
    const parsed = parseJsonInput(input);
    if (!parsed.ok) return decodeFailure(parsed);
    // Text is checked whole. An already-parsed value with an envelope is checked where it is validated: it may be
    // a live object (a Node-RED msg with cyclic req/res) that nothing here reads beyond what `prepare` picks.
    let raw = parsed.value;
    let prepared: unknown;
    if (prepare && !isJsonText(input)) {
      const checked = checkValue(prepare(raw), maxDepth);
      if (!checked.ok) return decodeFailure(checked);
      prepared = checked.value;
    } else {
      const checked = checkValue(raw, maxDepth);
      if (!checked.ok) return decodeFailure(checked);
      raw = checked.value;
      prepared = prepare ? prepare(raw) : raw;
    }
    const type = readType(prepared);
    if (type === undefined) {
      return fail(
        "discriminator",
        [{ path: "$", code: "discriminator", message: discriminatorMessage(definition.discriminator) }],
        raw,
      );
    }
    const warnings = inspect ? inspect(raw, type) : noWarnings;
    const schema = known.get(type);
    if (!schema) {
      if (options?.strict) {
        return fail(
          "unknown_type",
          [{ path: "$", code: "unknown_type", message: "event type is not known to this family" }],
          raw,
          type,
        );
      }
      const event: UnknownEvent = { kind: "unknown", vendor, family, type, raw };
      return { ok: true, known: false, type, event, raw, warnings };
    }
    const result = (options?.strict ? strictify(schema) : schema).safeParse(prepared);
    if (!result.success) {
      const issues = fromZodIssues(result.error.issues);
      return fail(
        "schema",
        relocatePath ? issues.map((i) => ({ ...i, path: relocatePath(i.path, raw) })) : issues,
        raw,
        type,
      );
    }
    return { ok: true, known: true, type, event: result.data, raw, warnings } as KnownParseSuccess<M>;
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
      const schema = known.get(type);
      if (!schema) return false;
      const prepared = prepare ? prepare(value) : value;
      return readType(prepared) === type && schema.safeParse(prepared).success;
    },
    typeOf(value) {
      return readType(prepare ? prepare(value) : value);
    },
    match: matchImpl as EventFamily<M>["match"],
    toJSONSchema(type) {
      const schema = known.get(type);
      if (!schema) throw new RangeError(`${vendor} ${family}: no event type "${type}"`);
      return z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as Record<string, unknown>;
    },
    toJSONSchemas() {
      const out = {} as Record<keyof M & string, Record<string, unknown>>;
      for (const type of types) out[type] = self.toJSONSchema(type);
      return out;
    },
  };
  return Object.freeze(self);
}

function matchImpl<R>(
  parsed: { readonly known: boolean; readonly type: string; readonly event: unknown },
  handlers: Readonly<Record<string, ((event: never) => R) | undefined>>,
  fallback: (event: never) => R,
): R {
  const handler = parsed.known && Object.hasOwn(handlers, parsed.type) ? handlers[parsed.type] : undefined;
  return ((handler ?? fallback) as (event: unknown) => R)(parsed.event);
}

function compileDiscriminator(discriminator: Discriminator): (raw: unknown) => string | undefined {
  if (typeof discriminator === "function") return discriminator;
  const keys = discriminator.split(".");
  if (keys.length === 1) {
    // The common case (`eventType`, `activity`): one own-property read.
    return (raw) => {
      if (raw === null || typeof raw !== "object" || Array.isArray(raw) || !Object.hasOwn(raw, discriminator))
        return undefined;
      const value = (raw as Record<string, unknown>)[discriminator];
      return typeof value === "string" && value.length > 0 ? value : undefined;
    };
  }
  return (raw) => {
    let cur: unknown = raw;
    for (const key of keys) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur) || !Object.hasOwn(cur, key)) return undefined;
      cur = (cur as Record<string, unknown>)[key];
    }
    return typeof cur === "string" && cur.length > 0 ? cur : undefined;
  };
}

function discriminatorMessage(discriminator: Discriminator): string {
  return typeof discriminator === "string"
    ? `expected an object with a non-empty string at "${discriminator}" naming the event type`
    : "the event type could not be read from the payload";
}
