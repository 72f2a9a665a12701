/**
 * The generated parsers on their own, over random schemas built from every construct the families use (objects in
 * each unknown-key mode, optional and exact-optional keys, nullable, arrays, records, unions, discriminated unions,
 * open enums, datetime regexes, lazy schemas, strict twins) and some they may (defaults, refinements, transforms,
 * tuples): for random variants of a valid value, whatever a parser accepts must be exactly what zod's runtime parser
 * returns, and whatever it rejects outright, zod's runtime must reject too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { dateTime, epochMillis, openEnum, optional, safeInt, strictify } from "../src";
import { fastParserOf, REJECT, UNSURE } from "../src/fast-parser";
import { ordered, variantsOf } from "./differential-support";

/** A schema and a value it accepts. */
interface Case {
  readonly schema: z.ZodType;
  readonly sample: unknown;
}

const leaves: readonly (() => Case)[] = [
  () => ({ schema: z.string(), sample: "text" }),
  () => ({ schema: z.number(), sample: 1.5 }),
  () => ({ schema: safeInt(), sample: 42 }),
  () => ({ schema: epochMillis(), sample: 1_700_000_000_000 }),
  () => ({ schema: z.number().lt(10).gte(-3), sample: 2 }),
  () => ({ schema: z.number().positive(), sample: 3 }),
  () => ({ schema: z.int().nonnegative().lte(0), sample: 0 }),
  () => ({ schema: z.boolean(), sample: true }),
  () => ({ schema: z.null(), sample: null }),
  () => ({ schema: z.literal("Ping"), sample: "Ping" }),
  () => ({ schema: z.literal([1, 2, "two"]), sample: 2 }),
  () => ({ schema: z.enum(["Chat", "Email"]), sample: "Email" }),
  () => ({ schema: openEnum(["Guest", "User"]), sample: "User" }),
  () => ({ schema: z.unknown(), sample: { any: [1, "x"] } }),
  () => ({ schema: dateTime(), sample: "2024-05-01T10:00:00.1234567+02:00" }),
  () => ({ schema: dateTime({ allowEmpty: true, allowEpochMillis: true }), sample: "" }),
  () => ({ schema: z.string().min(2), sample: "abc" }),
  () => ({ schema: z.email(), sample: "a@example.com" }),
  () => ({ schema: z.string().refine((s) => s !== "forbidden"), sample: "allowed" }),
  () => ({ schema: z.string().transform((s) => s.length), sample: "four" }),
];

const keyNames = fc.constantFrom("id", "name", "type", "data", "constructor", "toString", "a-b", "0", "é");

const schemaCase: fc.Arbitrary<Case> = fc.letrec<{ case: Case }>((tie) => ({
  case: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    fc.constantFrom(...leaves).map((leaf) => leaf()),
    // wrappers
    tie("case").map((c) => ({ schema: c.schema.nullable(), sample: c.sample })),
    tie("case").map((c) => ({ schema: c.schema.optional(), sample: c.sample })),
    tie("case").map((c) => ({ schema: c.schema.exactOptional(), sample: c.sample })),
    tie("case").map((c) => ({ schema: optional(c.schema), sample: c.sample })),
    tie("case").map((c) => ({ schema: c.schema.default(c.sample as never), sample: c.sample })),
    tie("case").map((c) => ({ schema: z.lazy(() => c.schema), sample: c.sample })),
    // containers
    tie("case").map((c) => ({ schema: z.array(c.schema), sample: [c.sample, c.sample] })),
    tie("case").map((c) => ({ schema: z.record(z.string(), c.schema), sample: { k: c.sample } })),
    fc.tuple(tie("case"), tie("case")).map(([a, b]) => ({ schema: z.union([a.schema, b.schema]), sample: b.sample })),
    fc
      .tuple(tie("case"), tie("case"))
      .map(([a, b]) => ({ schema: z.tuple([a.schema, b.schema]), sample: [a.sample, b.sample] })),
    fc
      .tuple(
        fc.uniqueArray(fc.tuple(keyNames, tie("case")), { maxLength: 4, selector: ([key]) => key }),
        fc.constantFrom("strip", "loose", "strict", "catchall"),
        tie("case"),
      )
      .map(([entries, mode, extra]) => {
        const shape = Object.fromEntries(entries.map(([key, c]) => [key, c.schema]));
        const sample = Object.fromEntries(entries.map(([key, c]) => [key, c.sample]));
        const object =
          mode === "loose"
            ? z.looseObject(shape)
            : mode === "strict"
              ? z.strictObject(shape)
              : mode === "catchall"
                ? z.object(shape).catchall(extra.schema)
                : z.object(shape);
        return { schema: object, sample: mode === "catchall" ? { ...sample, extraKey: extra.sample } : sample };
      }),
    fc.tuple(tie("case"), tie("case")).map(([a, b]) => ({
      schema: z.discriminatedUnion("type", [
        z.object({ type: z.literal("a"), value: a.schema }),
        z.object({ type: z.literal("b"), value: b.schema, more: z.string().exactOptional() }),
      ]),
      sample: { type: "b", value: b.sample },
    })),
  ),
})).case;

/** The outcome of one value: the parser's answer checked against zod's runtime parser. */
function check(schema: z.ZodType, value: unknown): "accepted" | "rejected" | "unsure" {
  const fast = fastParserOf(schema)(value);
  const runtime = schema.safeParse(value);
  if (fast === UNSURE) return "unsure";
  if (fast === REJECT) {
    expect(runtime.success).toBe(false);
    return "rejected";
  }
  expect(runtime.success).toBe(true);
  if (runtime.success) expect(ordered(fast)).toEqual(ordered(runtime.data));
  return "accepted";
}

describe("generated parsers = zod's runtime parser (random schemas)", () => {
  it("on valid samples and their variants, for schemas and their strict twins (fast-check)", () => {
    const counts = { accepted: 0, rejected: 0, unsure: 0 };
    fc.assert(
      fc.property(
        schemaCase.chain((c) => fc.tuple(fc.constant(c), fc.array(variantsOf(c.sample), { maxLength: 6 }))),
        ([c, variants]) => {
          for (const schema of [c.schema, strictify(c.schema)]) {
            for (const value of [c.sample, ...variants]) counts[check(schema, value)]++;
          }
        },
      ),
      { numRuns: 2_000 },
    );
    // Not vacuous: most answers are definite, both ways.
    expect(counts.accepted).toBeGreaterThan(2_000);
    expect(counts.rejected).toBeGreaterThan(2_000);
    expect(counts.unsure).toBeLessThan((counts.accepted + counts.rejected) / 2);
  });

  it("keeps key order, drops unknown keys, copies them for loose objects and rejects them for strict ones", () => {
    const shape = { b: z.string(), a: z.number().exactOptional(), c: z.boolean().nullable() };
    const value = { c: null, z: 1, a: 2, b: "x" };
    expect(Object.keys(fastParserOf(z.object(shape))(value) as object)).toEqual(["b", "a", "c"]);
    expect(Object.keys(fastParserOf(z.looseObject(shape))(value) as object)).toEqual(["b", "a", "c", "z"]);
    expect(fastParserOf(z.strictObject(shape))(value)).toBe(REJECT);
    expect(Object.keys(fastParserOf(z.object(shape))({ b: "x", c: true }) as object)).toEqual(["b", "c"]);
  });

  it("never copies an own __proto__ key, and rejects it in a strict object", () => {
    const value = JSON.parse('{"a":1,"__proto__":{"polluted":true}}');
    const loose = fastParserOf(z.looseObject({ a: z.number() }))(value) as object;
    expect(Object.hasOwn(loose, "__proto__")).toBe(false);
    expect(Object.getPrototypeOf(loose)).toBe(Object.prototype);
    expect(fastParserOf(z.strictObject({ a: z.number() }))(value)).toBe(REJECT);
  });

  it("parses recursive schemas (a getter shape, z.lazy) as zod does, without generating forever", () => {
    const node: z.ZodType = z.object({
      name: z.string(),
      get children() {
        return z.array(node).exactOptional();
      },
    });
    const lazyNode: z.ZodType = z.object({ name: z.string(), next: z.lazy(() => lazyNode).nullable() });
    const tree = { name: "a", children: [{ name: "b", children: [{ name: "c" }] }, { name: "d" }] };
    const chain = { name: "a", next: { name: "b", next: { name: "c", next: null } } };
    for (const [schema, value] of [
      [node, tree],
      [lazyNode, chain],
    ] as const) {
      expect(check(schema, value)).not.toBe("rejected");
      expect(check(schema, { ...value, name: 1 })).not.toBe("accepted");
    }
  });

  it("generates each shared object once, however many schemas contain it", () => {
    const shared = z.object({ id: z.string(), at: dateTime() });
    const first = z.object({ a: shared, b: z.array(shared) });
    const second = z.object({ c: shared.nullable() });
    fastParserOf(first);
    fastParserOf(second);
    const sharedParser = fastParserOf(shared);
    expect(fastParserOf(first).source).toBeDefined();
    // Both containers call the shared object's one parser rather than containing its code.
    expect(fastParserOf(first).source).not.toContain("lastIndex");
    expect(fastParserOf(second).source).not.toContain("lastIndex");
    expect(sharedParser.source).toContain("lastIndex");
  });
});

describe("dateTime() on the fast path", () => {
  it("runs the calendar check inline: valid datetimes parse there, calendar-invalid ones are left to zod", () => {
    const schema = z.object({ at: dateTime(), maybe: dateTime({ allowEmpty: true, allowEpochMillis: true }) });
    const parser = fastParserOf(schema);
    const ok = { at: "2024-02-29T10:00:00.1234567+02:00", maybe: "" };
    expect(parser(ok)).toEqual(ok);
    expect(parser({ ...ok, maybe: 1_700_000_000_000 })).toEqual({ ...ok, maybe: 1_700_000_000_000 });
    for (const at of [
      "2023-02-29T10:00:00Z",
      "2024-13-01T10:00:00Z",
      "2024-01-01T24:00:00Z",
      "2024-01-01T10:00:00+19:00",
    ]) {
      expect(parser({ ...ok, at }), at).toBe(REJECT);
      expect(schema.safeParse({ ...ok, at }).success, at).toBe(false);
    }
    // Generated, not handed to zod (which would show as a call to a delegate): the regex is in the object's code.
    expect(parser.source).toContain("lastIndex");
  });
});
