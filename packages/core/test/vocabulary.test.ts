import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { dateTime, epochMillis, openEnum, optional, parseDateTime, safeInt, strictify, toDate } from "../src";

describe("openEnum", () => {
  const channel = openEnum(["Chat", "Email"]);
  it("accepts known and new values in tolerant mode, only known ones strictly", () => {
    expect(channel.parse("Chat")).toBe("Chat");
    expect(channel.parse("Carrier")).toBe("Carrier");
    expect(strictify(channel).safeParse("Carrier").success).toBe(false);
    expect(strictify(channel).safeParse("Email").success).toBe(true);
    expect(channel.safeParse(1).success).toBe(false);
  });
  it("closes enums nested in objects, arrays, nullable and optional wrappers", () => {
    const schema = z.object({ list: z.array(z.object({ c: channel.nullable() })), o: channel.exactOptional() });
    const strict = strictify(schema);
    expect(schema.safeParse({ list: [{ c: "X" }], o: "Y" }).success).toBe(true);
    expect(strict.safeParse({ list: [{ c: "X" }] }).success).toBe(false);
    expect(strict.safeParse({ list: [{ c: null }], o: "Y" }).success).toBe(false);
    expect(strict.safeParse({ list: [{ c: "Chat" }], o: "Email" }).success).toBe(true);
    expect(strict.safeParse({ list: [{ c: "Chat", extra: 1 }] }).success).toBe(false);
  });
});

describe("safeInt and epochMillis", () => {
  it("accepts safe integers only", () => {
    expect(safeInt().parse(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(safeInt().safeParse(2 ** 53).success).toBe(false);
    expect(safeInt().safeParse(1.5).success).toBe(false);
    expect(epochMillis().safeParse(-1).success).toBe(false);
  });
});

describe("dateTime", () => {
  it.each([
    "2024-05-01T10:00:00",
    "2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00.1",
    "2024-05-01T10:00:00.123+02:00",
    "2024-05-01T10:00:00.1234567+02:00",
    "2024-05-01T10:00:00.1234567-0530",
  ])("accepts %s", (value) => {
    expect(dateTime().parse(value)).toBe(value);
  });
  it.each(["2024-05-01", "2024-05-01 10:00:00", "2024-05-01T10:00:00.12345678Z", "2024-05-01T10:00:00:123", ""])(
    "rejects %j by default",
    (value) => {
      expect(dateTime().safeParse(value).success).toBe(false);
    },
  );
  it("requires an offset, allows empty strings and epoch millis when asked", () => {
    expect(dateTime({ offset: "required" }).safeParse("2024-05-01T10:00:00").success).toBe(false);
    expect(dateTime({ allowEmpty: true }).parse("")).toBe("");
    expect(dateTime({ allowEpochMillis: true }).parse(1714557600000)).toBe(1714557600000);
  });
});

describe("parseDateTime and toDate", () => {
  it("keeps the sub-millisecond digits and the offset", () => {
    const p = parseDateTime("2024-05-01T10:00:00.1234567+02:00");
    expect(p?.date.toISOString()).toBe("2024-05-01T08:00:00.123Z");
    expect(p).toMatchObject({ fraction: "1234567", subMillisecond: "4567", offset: "+02:00" });
  });
  it("assumes UTC (or the given offset) when the text has none", () => {
    expect(parseDateTime("2024-05-01T10:00:00")?.offset).toBeNull();
    expect(toDate("2024-05-01T10:00:00")?.toISOString()).toBe("2024-05-01T10:00:00.000Z");
    expect(toDate("2024-05-01T10:00:00", { assumeOffset: "+01:00" })?.toISOString()).toBe("2024-05-01T09:00:00.000Z");
    expect(toDate("2024-05-01T10:00:00.5-0530")?.toISOString()).toBe("2024-05-01T15:30:00.500Z");
  });
  it("handles empty strings, epoch millis and garbage", () => {
    expect(toDate("")).toBeUndefined();
    expect(toDate(0)?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(() => parseDateTime("yesterday")).toThrow(RangeError);
    expect(() => parseDateTime("2024-13-45T10:00:00")).toThrow(RangeError);
  });
});

describe("optional", () => {
  const schema = z.object({
    id: z.union([z.string(), z.number()]).pipe(z.any()),
    tag: optional(z.union([z.string(), z.number()])),
  });
  it("leaves absent keys absent and validates present ones", () => {
    expect(schema.parse({ id: 1 })).toEqual({ id: 1 });
    expect(Object.hasOwn(schema.parse({ id: 1 }), "tag")).toBe(false);
    expect(schema.parse({ id: 1, tag: "x" })).toEqual({ id: 1, tag: "x" });
    expect(schema.safeParse({ id: 1, tag: true }).success).toBe(false);
  });
  it("is closed by strictify like any other wrapper", () => {
    const strict = strictify(z.object({ o: optional(z.object({ a: z.string() })) }));
    expect(strict.safeParse({ o: { a: "x", b: 1 } }).success).toBe(false);
    expect(strict.safeParse({}).success).toBe(true);
  });
});

describe("dateTime allowEmpty", () => {
  it("accepts the empty string and still rejects other non-datetimes", () => {
    const s = dateTime({ allowEmpty: true });
    expect(s.parse("")).toBe("");
    expect(s.parse("2024-05-01T10:00:00Z")).toBe("2024-05-01T10:00:00Z");
    expect(s.safeParse(" ").success).toBe(false);
    expect(s.safeParse("2024-05-01").success).toBe(false);
  });
});

/** Days in a month of the proleptic Gregorian calendar (what ISO-8601 and `Date` use), computed independently. */
const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The parts of a datetime text; `offsetMinutes` is `null` when the text has no offset. */
interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  fraction: string;
  offset: { sign: 1 | -1; hours: number; minutes: number; colon: boolean } | "Z" | null;
}

function textOf(p: DateTimeParts): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
  const fraction = p.fraction ? `.${p.fraction}` : "";
  if (p.offset === null || p.offset === "Z") return `${date}${fraction}${p.offset ?? ""}`;
  const { sign, hours, minutes, colon } = p.offset;
  return `${date}${fraction}${sign < 0 ? "-" : "+"}${pad(hours)}${colon ? ":" : ""}${pad(minutes)}`;
}

const validOffset = fc.oneof(
  fc.constant(null),
  fc.constant("Z" as const),
  fc
    .record({
      sign: fc.constantFrom(1 as const, -1 as const),
      hours: fc.integer({ min: 0, max: 18 }),
      minutes: fc.integer({ min: 0, max: 59 }),
      colon: fc.boolean(),
    })
    .filter((o) => o.hours < 18 || o.minutes === 0),
);

const validParts: fc.Arbitrary<DateTimeParts> = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayIndex: fc.integer({ min: 0, max: 30 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.stringMatching(/^\d{0,7}$/),
    offset: validOffset,
  })
  .map(({ dayIndex, ...p }) => ({ ...p, day: (dayIndex % daysIn(p.year, p.month)) + 1 }));

/** One field pushed out of its range; the rest stays valid. */
const invalidParts: fc.Arbitrary<{ parts: DateTimeParts; broken: string }> = fc
  .tuple(
    validParts,
    fc.oneof(
      fc.record({ field: fc.constant("month"), value: fc.constantFrom(0, 13, 19, 99) }),
      fc.record({ field: fc.constant("day"), value: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ field: fc.constant("hour"), value: fc.integer({ min: 24, max: 99 }) }),
      fc.record({ field: fc.constant("minute"), value: fc.integer({ min: 60, max: 99 }) }),
      fc.record({ field: fc.constant("second"), value: fc.integer({ min: 60, max: 99 }) }),
      fc.record({ field: fc.constant("offsetHours"), value: fc.integer({ min: 19, max: 99 }) }),
      fc.record({ field: fc.constant("offsetMinutes"), value: fc.integer({ min: 60, max: 99 }) }),
      fc.record({ field: fc.constant("offset18"), value: fc.integer({ min: 1, max: 59 }) }),
    ),
  )
  .filter(([p, { field, value }]) => field !== "day" || value === 0 || value > daysIn(p.year, p.month))
  .map(([p, { field, value }]) => {
    const offset =
      typeof p.offset === "object" && p.offset !== null
        ? p.offset
        : { sign: 1 as const, hours: 0, minutes: 0, colon: true };
    if (field === "offsetHours") return { parts: { ...p, offset: { ...offset, hours: value } }, broken: field };
    if (field === "offsetMinutes") return { parts: { ...p, offset: { ...offset, minutes: value } }, broken: field };
    if (field === "offset18")
      return { parts: { ...p, offset: { ...offset, hours: 18, minutes: value } }, broken: field };
    return { parts: { ...p, [field]: value }, broken: field };
  });

describe("calendar-correct datetimes", () => {
  const at = z.object({ at: dateTime() });

  it.each([
    ["2024-02-30T10:00:00Z", "day 30 of February"],
    ["2023-02-29T10:00:00Z", "29 February of a common year"],
    ["1900-02-29T10:00:00Z", "29 February of a century that is not a leap year"],
    ["2024-04-31T10:00:00Z", "day 31 of a 30-day month"],
    ["2024-13-01T10:00:00Z", "month 13"],
    ["2024-00-01T10:00:00Z", "month 0"],
    ["2024-05-00T10:00:00Z", "day 0"],
    ["2024-05-01T24:00:00Z", "hour 24 (ISO-8601's old end-of-day form)"],
    ["2024-05-01T10:60:00Z", "minute 60"],
    ["2016-12-31T23:59:60Z", "second 60 (a leap second)"],
    ["2024-05-01T10:00:00+18:01", "an offset beyond +18:00"],
    ["2024-05-01T10:00:00-1960", "an offset hour beyond 18"],
    ["2024-05-01T10:00:00+05:60", "offset minutes 60"],
  ])("rejects %s (%s) naming the path, without the value, and parseDateTime throws RangeError", (text) => {
    const r = at.safeParse({ at: text });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([["at"]]);
    expect(r.error?.issues[0]?.message).not.toContain(text.slice(0, 10));
    expect(r.error?.issues[0]?.message).toMatch(/^Invalid datetime: /);
    expect(() => parseDateTime(text)).toThrow(RangeError);
  });

  it.each(["2024-02-29T10:00:00Z", "2000-02-29T00:00:00Z", "0000-02-29T00:00:00", "2024-05-01T23:59:59.9999999+18:00"])(
    "accepts the calendar edge %s",
    (text) => {
      expect(dateTime().parse(text)).toBe(text);
      expect(parseDateTime(text)).toBeDefined();
    },
  );

  it("checks the calendar in every variant of the schema (offset required, empty allowed, epoch millis)", () => {
    expect(dateTime({ offset: "required" }).safeParse("2024-02-30T10:00:00Z").success).toBe(false);
    expect(dateTime({ allowEmpty: true }).safeParse("2024-02-30T10:00:00Z").success).toBe(false);
    expect(dateTime({ allowEmpty: true }).safeParse("").success).toBe(true);
    expect(dateTime({ allowEpochMillis: true }).safeParse("2024-02-30T10:00:00Z").success).toBe(false);
  });

  it("reports one issue for text that is not a datetime at all (the calendar check does not pile on)", () => {
    const r = at.safeParse({ at: "2024-99-99" });
    expect(r.error?.issues).toHaveLength(1);
  });

  it("rejects an assumed offset that is not an offset", () => {
    expect(() => parseDateTime("2024-05-01T10:00:00", { assumeOffset: "+25:00" })).toThrow(RangeError);
    expect(() => parseDateTime("2024-05-01T10:00:00", { assumeOffset: "CET" })).toThrow(RangeError);
  });

  it("rejects epoch milliseconds outside the range a Date can hold", () => {
    expect(() => parseDateTime(8.64e15 + 1)).toThrow(RangeError);
    expect(parseDateTime(8.64e15)?.date.getTime()).toBe(8.64e15);
  });

  it("valid datetimes parse and round-trip to the same calendar fields (property)", () => {
    fc.assert(
      fc.property(validParts, (p) => {
        const text = textOf(p);
        expect(dateTime().safeParse(text).success).toBe(true);
        const parsed = parseDateTime(text);
        const offsetMinutes =
          p.offset === null || p.offset === "Z" ? 0 : p.offset.sign * (p.offset.hours * 60 + p.offset.minutes);
        // The instant shifted back by the text's offset must show exactly the text's wall-clock fields.
        const wall = new Date((parsed?.epochMillis ?? Number.NaN) + offsetMinutes * 60_000);
        expect([
          wall.getUTCFullYear(),
          wall.getUTCMonth() + 1,
          wall.getUTCDate(),
          wall.getUTCHours(),
          wall.getUTCMinutes(),
          wall.getUTCSeconds(),
          wall.getUTCMilliseconds(),
        ]).toEqual([p.year, p.month, p.day, p.hour, p.minute, p.second, Number(p.fraction.slice(0, 3).padEnd(3, "0"))]);
        expect(parsed?.fraction).toBe(p.fraction);
      }),
      { numRuns: 2000 },
    );
  });

  it("calendar-invalid datetimes are schema errors at the path and RangeErrors (property)", () => {
    fc.assert(
      fc.property(invalidParts, ({ parts }) => {
        const text = textOf(parts);
        const r = at.safeParse({ at: text });
        expect(r.success).toBe(false);
        expect(r.error?.issues.map((i) => i.path)).toEqual([["at"]]);
        expect(() => parseDateTime(text)).toThrow(RangeError);
      }),
      { numRuns: 2000 },
    );
  });
});
