import type * as z from "zod";
import type { ContactkitIssue, ContactkitParseError } from "./errors";
import type { DEFAULT_MAX_DEPTH, ParseInput } from "./json";
import type { StandardSchemaProps } from "./standard-schema";

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

/**
 * How a family reads the event type: a dotted key path (`"cimEvent.name"`) of the prepared payload, or a function
 * of the prepared payload (and, as its second argument, the payload as it arrived — e.g. to honour an envelope
 * field that `prepare` unwrapped).
 */
export type Discriminator = string | ((prepared: unknown, raw: unknown) => string | undefined);

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
   * Optional: event types match the discriminator regardless of letter case (`"ping"` is `Ping`), as some vendors
   * read them. An exact match costs one lookup as usual; only a miss is lower-cased and looked up again. With a
   * key-path discriminator, the payload is then validated with the canonical name at that path (in a copy).
   */
  readonly caseInsensitiveTypes?: boolean;
  /**
   * Optional: a vendor rule about the payload as a whole (e.g. "one event per request, never an array"), checked
   * before the event type is read. It sees the decoded payload as it arrived (not the `prepare`d one; `prepare` has
   * run already, so it must take any JSON value) and returns the issue that makes it no event of this family, or
   * `undefined`. A payload with an issue fails with kind `input` and that issue, which must not quote payload
   * values. It runs on every parse: keep it to a few checks.
   */
  readonly checkInput?: (payload: unknown) => ContactkitIssue | undefined;
  /**
   * Optional: normalises the payload (e.g. unwraps an envelope) before discrimination and validation.
   * Must not mutate its argument. `raw` in results stays the payload as it arrived. It sees the payload as
   * `JSON.parse` built it — own `__proto__` keys included, whether the input was text or an already-parsed value,
   * so both give the same result; it should treat such a key as absent (the validated value never contains one).
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
  /**
   * Type guard: whether `value` itself is a valid event of `type` — the typed view, as `parse` returns it in
   * `event`. Nothing is normalised first: a payload that only parses after the family's `prepare` (an envelope, a
   * differently spelled type) is not narrowed, since it does not have the narrowed shape.
   */
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
  /**
   * Standard Schema v1 (https://standardschema.dev), so the family plugs into any validator that takes one (hono's
   * `sValidator`, tRPC, TanStack Form): `validate` is `safeParse`, synchronous, its `value` the {@link ParsedEvent}
   * that `parse` returns — an unknown event type is a value there too. Each schema in `schemas` is a zod schema and
   * has its own `~standard` (vendor `zod`, output the event itself).
   */
  readonly "~standard": StandardSchemaProps<unknown, ParsedEvent<M>>;
}

/** The event map behind a family: `EventMapOf<typeof mluviiWebhooks>["SessionCreated"]`. */
export type EventMapOf<F> = F extends EventFamily<infer M> ? M : never;
/** Union of a family's known events. */
export type KnownEventOf<F> = F extends EventFamily<infer M> ? M[keyof M & string] : never;
