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
