import * as z from "zod";

/**
 * A vendor enumeration that stays open: the known literals autocomplete in editors, and a value the vendor adds
 * later still type-checks and parses (in tolerant mode) instead of breaking a running service.
 */
export type OpenEnum<T extends string> = T | (string & {});

/** Closed twin of every open-enum schema, used when a family parses in strict mode. */
const closedTwins = new WeakMap<z.ZodType, z.ZodType>();

/** @internal The closed (strict) version of an open-enum schema, if `schema` is one. */
export function closedTwinOf(schema: z.ZodType): z.ZodType | undefined {
  return closedTwins.get(schema);
}

/**
 * Schema for an open enumeration: accepts the known `values` and, in tolerant mode, any other string.
 * In strict mode (`safeParse(x, { strict: true })`) only the known values pass.
 *
 * @example
 * const channel = openEnum(["Chat", "Email", "Phone"]);
 * type Channel = z.output<typeof channel>; // "Chat" | "Email" | "Phone" | (string & {})
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T): z.ZodType<OpenEnum<T[number]>> {
  const closed = z.enum(values);
  // Tolerant parsing only needs "is a string"; a union would try the enum first on every value. The known
  // values stay visible in JSON Schema as `examples`, and strict mode swaps in the closed twin.
  const open = z.string().meta({
    examples: [...values],
    description: `Known values: ${values.join(", ")} (open: new values are accepted).`,
  });
  closedTwins.set(open, closed);
  return open as unknown as z.ZodType<OpenEnum<T[number]>>;
}

/** Schema for an integer id within ±(2^53 − 1): larger ids are errors, never silently rounded. */
export function safeInt(): z.ZodType<number> {
  return z.int();
}

/** Schema for a non-negative integer number of milliseconds since the Unix epoch. */
export function epochMillis(): z.ZodType<number> {
  return z.int().nonnegative();
}

/**
 * A datetime kept exactly as the vendor sent it: ISO-8601 text (0–7 fractional digits, offset optional unless
 * required) — or, where a vendor does so, epoch milliseconds or the empty string for "not set".
 * Convert with {@link toDate} or {@link parseDateTime} when you need a `Date`.
 */
export type DateTimeString = string;

/** Options for {@link dateTime}. */
export interface DateTimeOptions {
  /** Whether the text must end with `Z` or `±hh:mm`. Default `"optional"`. */
  readonly offset?: "optional" | "required";
  /** Accept `""` (a vendor's "not set"). Default false. */
  readonly allowEmpty?: boolean;
  /** Accept epoch milliseconds as a number. Default false. */
  readonly allowEpochMillis?: boolean;
}

const ISO_OPTIONAL_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_REQUIRED_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Output type of {@link dateTime} for the given options. */
export type DateTimeValue<O extends DateTimeOptions> = O extends { allowEpochMillis: true }
  ? DateTimeString | number
  : DateTimeString;

/**
 * Schema for a datetime kept as received. ISO-8601 `YYYY-MM-DDThh:mm:ss[.f{1,7}][Z|±hh:mm]`; see
 * {@link DateTimeOptions} for empty strings and epoch milliseconds.
 */
export function dateTime<const O extends DateTimeOptions = {}>(options?: O): z.ZodType<DateTimeValue<O>> {
  const re = options?.offset === "required" ? ISO_REQUIRED_OFFSET : ISO_OPTIONAL_OFFSET;
  const text = z.string().regex(re, {
    message: `Invalid datetime: expected ISO-8601 with 0-7 fractional digits${options?.offset === "required" ? " and an offset" : ""}`,
  });
  // "" is folded into the one regex (no union: a union's failure path is costly, see `optional`).
  const textOrEmpty = options?.allowEmpty
    ? z
        .string()
        .regex(new RegExp(`^(?:${re.source.slice(1, -1)})?$`), {
          message: "Invalid datetime: expected ISO-8601 with 0-7 fractional digits, or the empty string",
        })
        .meta({
          description: 'ISO-8601 datetime, or "" meaning not set.',
          examples: ["", "2024-05-01T10:00:00.1234567+02:00"],
        })
    : text;
  const variants: z.ZodType[] = [textOrEmpty];
  if (options?.allowEpochMillis) variants.push(epochMillis());
  const schema = variants.length === 1 ? textOrEmpty : z.union(variants as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  return schema as unknown as z.ZodType<DateTimeValue<O>>;
}

/** A datetime with everything the text said, including digits below the millisecond that `Date` cannot hold. */
export interface PreciseDateTime {
  /** The instant, to the millisecond. */
  readonly date: Date;
  /** Milliseconds since the Unix epoch. */
  readonly epochMillis: number;
  /** All fractional-second digits as received (`""` when none), e.g. `"1234567"`. */
  readonly fraction: string;
  /** Fractional digits below the millisecond (`""` when none), e.g. `"4567"` for `.1234567`. */
  readonly subMillisecond: string;
  /** The offset as received (`"Z"`, `"+02:00"`), or `null` when the text had none. */
  readonly offset: string | null;
}

/** Options for {@link parseDateTime} and {@link toDate}. */
export interface ParseDateTimeOptions {
  /** Offset assumed for text without one. Default `"Z"` (UTC). */
  readonly assumeOffset?: string;
}

const PARTS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a datetime as kept by {@link dateTime}. Returns `undefined` for `""` (not set); throws `RangeError`
 * for anything else that is not a datetime.
 */
export function parseDateTime(value: string | number, options?: ParseDateTimeOptions): PreciseDateTime | undefined {
  if (value === "") return undefined;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError("epoch milliseconds must be a safe integer");
    return { date: new Date(value), epochMillis: value, fraction: "", subMillisecond: "", offset: "Z" };
  }
  const m = PARTS.exec(value);
  if (!m) throw new RangeError("not an ISO-8601 datetime");
  const [, base, fraction = "", offset] = m;
  const ms = fraction.slice(0, 3).padEnd(3, "0");
  let zone = offset ?? options?.assumeOffset ?? "Z";
  if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const epoch = Date.parse(`${base}.${ms}${zone}`);
  if (Number.isNaN(epoch)) throw new RangeError("not a valid calendar datetime");
  return {
    date: new Date(epoch),
    epochMillis: epoch,
    fraction,
    subMillisecond: fraction.slice(3),
    offset: offset ?? null,
  };
}

/** Converts a kept datetime to a `Date` (`undefined` for `""`). */
export function toDate(value: string | number, options?: ParseDateTimeOptions): Date | undefined {
  return parseDateTime(value, options)?.date;
}

/**
 * An optional object field (`key?: T`, absent rather than `undefined`), like zod's `.exactOptional()` but cheap
 * when the key is absent. zod's compiled object parser runs every field's schema even for absent keys and
 * discards the result; `.exactOptional()` runs the inner schema on `undefined`, and for a union that means
 * building and formatting an issue per branch (~1 µs a field). `.optional()` returns at once on `undefined`.
 * The type is the exact-optional one, so `z.ZodType<Iface>` checks hold under `exactOptionalPropertyTypes`;
 * the only runtime difference, an explicit `undefined` being accepted, cannot occur in JSON.
 */
export function optional<T extends z.ZodType>(schema: T): z.ZodExactOptional<T> {
  return schema.optional() as unknown as z.ZodExactOptional<T>;
}
