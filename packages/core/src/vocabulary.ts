import * as z from "zod";
import { registerFastStringCheck } from "./inline-checks";

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

/**
 * A vendor enumeration as one value: its known `values`, the {@link openEnum} `schema` that parses them, and a guard
 * for the known ones. Made by {@link defineOpenEnum}.
 */
export interface OpenEnumDefinition<T extends string> {
  /** The known values, in the vendor's order. */
  readonly values: readonly [T, ...T[]];
  /** The open-enum schema: any string in tolerant parsing, only `values` in strict mode. */
  readonly schema: z.ZodType<OpenEnum<T>>;
  /** Whether `value` is one of the known values (an open enum's value may be one the vendor added later). */
  is(value: unknown): value is T;
}

/** The type of an open enumeration made by {@link defineOpenEnum}: its known values plus any other string. */
export type OpenEnumOf<D> = D extends OpenEnumDefinition<infer T> ? OpenEnum<T> : never;

/** The known values of an open enumeration made by {@link defineOpenEnum}, without the open `string` branch. */
export type KnownValueOf<D> = D extends OpenEnumDefinition<infer T> ? T : never;

/**
 * Defines a vendor enumeration once — values, schema and type together — so the three cannot drift.
 *
 * The naming rule every contactkit package follows: the constant is named for the concept in PascalCase and
 * singular (`ChatState`, not `CHAT_STATES` or `chatStates`), and its type has the same name:
 * `type ChatState = OpenEnumOf<typeof ChatState>`. Values are `ChatState.values`, the schema for event schemas
 * is `ChatState.schema`.
 *
 * @example
 * export const Channel = defineOpenEnum(["Chat", "Email", "Phone"]);
 * export type Channel = OpenEnumOf<typeof Channel>; // "Chat" | "Email" | "Phone" | (string & {})
 * const schema = z.object({ channel: Channel.schema });
 * Channel.values; // readonly ["Chat", "Email", "Phone"]
 */
export function defineOpenEnum<const T extends readonly [string, ...string[]]>(
  values: T,
): OpenEnumDefinition<T[number]> {
  const frozen = Object.freeze([...values]) as unknown as readonly [T[number], ...T[number][]];
  const known = new Set<string>(frozen);
  return Object.freeze({
    values: frozen,
    schema: openEnum(values),
    is: (value: unknown): value is T[number] => typeof value === "string" && known.has(value),
  });
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

/** The two decimal digits of `text` at `index` as a number (the shape regex has made sure they are digits). */
const twoDigits = (text: string, index: number): number =>
  (text.charCodeAt(index) - 48) * 10 + (text.charCodeAt(index + 1) - 48);

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar, which ISO-8601 and `Date` both use. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Largest offset accepted, in hours: Java's `ZoneOffset` range (±18:00), the widest any vendor runtime writes. */
const MAX_OFFSET_HOURS = 18;

/**
 * Why a text that already has the datetime shape (`YYYY-MM-DDThh:mm:ss[.f][offset]`, checked by the regex) names
 * no instant, or `undefined` when it is a real calendar datetime. A few integer comparisons, no `Date`: this runs
 * on every datetime field of every event. The reason names the part, never the value (messages reach logs).
 *
 * Ranges: month 1–12, day within its month (leap years by the Gregorian rule), hour 0–23 (ISO-8601's old
 * `24:00` end-of-day form is rejected: `Date` reads it as the next day), minute and second 0–59, offset at most
 * ±18:00 with minutes 0–59. Second `60` (a leap second) is rejected: no vendor's datetime type (.NET `DateTime`,
 * Java `Instant`) can hold one, and neither can `Date`.
 */
function calendarProblem(text: string): string | undefined {
  const month = twoDigits(text, 5);
  if (month < 1 || month > 12) return "the month is not 01-12";
  const day = twoDigits(text, 8);
  // Days 01-28 exist in every month; only later days need the year.
  if (day < 1 || (day > 28 && day > daysInMonth(Number(text.slice(0, 4)), month))) return "the day is not in its month";
  if (twoDigits(text, 11) > 23) return "the hour is not 00-23";
  if (twoDigits(text, 14) > 59) return "the minute is not 00-59";
  if (twoDigits(text, 17) > 59) return "the second is not 00-59";
  // After the seconds come only fraction digits and the offset, so the offset is the text's tail of length 5
  // (`±hhmm`) or 6 (`±hh:mm`), or `Z`, or nothing.
  const last = text.charCodeAt(text.length - 1);
  if (text.length === 19 || last === 90 /* Z */) return undefined;
  const signAt = text.charCodeAt(text.length - 3) === 58 /* : */ ? text.length - 6 : text.length - 5;
  const sign = text.charCodeAt(signAt);
  if (sign !== 43 /* + */ && sign !== 45 /* - */) return undefined; // no offset: the tail is fraction digits
  const hours = twoDigits(text, signAt + 1);
  const minutes = twoDigits(text, text.length - 2);
  if (minutes > 59 || hours > MAX_OFFSET_HOURS || (hours === MAX_OFFSET_HOURS && minutes > 0)) {
    return "the offset is not within ±18:00";
  }
  return undefined;
}

/**
 * Schema for a datetime kept as received. ISO-8601 `YYYY-MM-DDThh:mm:ss[.f{1,7}][Z|±hh:mm]` naming a real
 * calendar instant: `2024-02-30`, month `13`, hour `24`, second `60` or an offset beyond ±18:00 are errors at the
 * field's path. See {@link DateTimeOptions} for empty strings and epoch milliseconds.
 */
export function dateTime<const O extends DateTimeOptions = {}>(options?: O): z.ZodType<DateTimeValue<O>> {
  const re = options?.offset === "required" ? ISO_REQUIRED_OFFSET : ISO_OPTIONAL_OFFSET;
  const shapeMessage = `Invalid datetime: expected ISO-8601 with 0-7 fractional digits${options?.offset === "required" ? " and an offset" : ""}`;
  // The regex is the fast first check (of the shape only, so exported JSON Schemas keep their `pattern`); `abort`
  // keeps the calendar check from running on text of the wrong shape.
  // "" is folded into the one regex (no union: a union's failure path is costly, see `optional`).
  const shape = options?.allowEmpty
    ? z.string().regex(new RegExp(`^(?:${re.source.slice(1, -1)})?$`), {
        message: `${shapeMessage}, or the empty string`,
        abort: true,
      })
    : z.string().regex(re, { message: shapeMessage, abort: true });
  const checked = shape.check((ctx) => {
    if (ctx.value === "") return; // only reachable when allowEmpty let it through the regex
    const problem = calendarProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: `Invalid datetime: ${problem}`, input: ctx.value });
  });
  // The generated parsers run the same test inline (the regex before it has `abort`, so it only sees the shape).
  const calendar = checked._zod.def.checks?.at(-1);
  if (calendar) registerFastStringCheck(calendar, (value) => value === "" || calendarProblem(value) === undefined);
  // Metadata belongs to one schema instance, so it goes on the last one.
  const text = options?.allowEmpty
    ? checked.meta({
        description: 'ISO-8601 datetime, or "" meaning not set.',
        examples: ["", "2024-05-01T10:00:00.1234567+02:00"],
      })
    : checked;
  const schema = options?.allowEpochMillis ? z.union([text, epochMillis()]) : text;
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
  /** Offset assumed for text without one (`"Z"`, `"±hh:mm"` or `"±hhmm"`, within ±18:00). Default `"Z"` (UTC). */
  readonly assumeOffset?: string;
}

const PARTS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:?\d{2})?$/;
const OFFSET = /^(?:Z|[+-]\d{2}:?\d{2})$/;
/** The largest distance from the epoch a `Date` can hold (ECMAScript's time value range), in milliseconds. */
const MAX_DATE_MILLIS = 8.64e15;

/**
 * Parses a datetime as kept by {@link dateTime}. Returns `undefined` for `""` (not set). Never returns another
 * instant than the text names: text that is not an ISO-8601 datetime, or names no calendar instant (`2024-02-30`,
 * hour `24`, second `60`, an offset beyond ±18:00), throws `RangeError` instead of rolling over.
 *
 * @throws RangeError for anything but `""`, a calendar-valid datetime, or epoch milliseconds a `Date` can hold.
 */
export function parseDateTime(value: string | number, options?: ParseDateTimeOptions): PreciseDateTime | undefined {
  if (value === "") return undefined;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_DATE_MILLIS) {
      throw new RangeError("epoch milliseconds must be an integer within ±8.64e15");
    }
    return { date: new Date(value), epochMillis: value, fraction: "", subMillisecond: "", offset: "Z" };
  }
  const m = PARTS.exec(value);
  if (!m) throw new RangeError("not an ISO-8601 datetime");
  const [, base = "", fraction = "", offset] = m;
  let zone = offset ?? options?.assumeOffset ?? "Z";
  if (!OFFSET.test(zone)) throw new RangeError("the assumed offset is not Z, ±hh:mm or ±hhmm");
  const problem = calendarProblem(`${base}${zone}`);
  if (problem) throw new RangeError(`not a calendar datetime: ${problem}`);
  if (zone.length === 5) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const epoch = Date.parse(`${base}.${fraction.slice(0, 3).padEnd(3, "0")}${zone}`);
  if (Number.isNaN(epoch)) throw new RangeError("not a valid calendar datetime");
  return {
    date: new Date(epoch),
    epochMillis: epoch,
    fraction,
    subMillisecond: fraction.slice(3),
    offset: offset ?? null,
  };
}

/** Converts a kept datetime to a `Date` (`undefined` for `""`); throws `RangeError` like {@link parseDateTime}. */
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
