import { describe, expect, it } from "vitest";
import * as z from "zod";
import { optional } from "../src";
import { editAt, fieldSites, fieldVariants, minimalOf, valueAt } from "../src/testing";

const item = z.object({ sku: z.string(), note: optional(z.string().nullable()) });
const schema = z.object({
  type: z.literal("Order"),
  id: z.number(),
  customer: z.object({ name: z.string().nullable(), email: z.string().exactOptional() }).nullable(),
  items: z.array(item),
  meta: z.record(z.string(), z.object({ by: z.string().optional() })).optional(),
  payment: z.union([z.object({ card: z.string() }), z.object({ iban: z.string(), bic: z.string().nullish() })]),
  later: z.lazy(() => z.object({ at: z.string().optional() })).optional(),
});
const value = {
  type: "Order",
  id: 1,
  customer: { name: "Ann", email: "a@example.com" },
  items: [{ sku: "a", note: "x" }, { sku: "b" }],
  meta: { k: { by: "me" } },
  payment: { iban: "CZ00", bic: "FIO" },
  later: { at: "now" },
  extra: { ignored: true },
};

describe("fieldSites", () => {
  it("finds every declared field with what the schema allows in its place", () => {
    const sites = Object.fromEntries(fieldSites(schema, value).map((s) => [s.jsonPath, [s.optional, s.nullable]]));
    expect(sites).toEqual({
      "$.type": [false, false],
      "$.id": [false, false],
      "$.customer": [false, true],
      "$.customer.name": [false, true],
      "$.customer.email": [true, false],
      "$.items": [false, false],
      "$.items[0].sku": [false, false],
      "$.items[0].note": [true, true],
      "$.items[1].sku": [false, false],
      "$.meta": [true, false],
      "$.meta.k.by": [true, false],
      "$.payment": [false, false],
      "$.payment.iban": [false, false],
      "$.payment.bic": [true, true],
      "$.later": [true, false],
      "$.later.at": [true, false],
    });
  });
});

describe("fieldVariants", () => {
  it("yields one parseable copy per optional field removed and per nullable field nulled", () => {
    const variants = [...fieldVariants(schema, value)];
    expect(variants.map((v) => `${v.kind} ${v.site.jsonPath}`)).toEqual([
      "null $.customer",
      "null $.customer.name",
      "absent $.customer.email",
      "absent $.items[0].note",
      "null $.items[0].note",
      "absent $.meta",
      "absent $.meta.k.by",
      "absent $.payment.bic",
      "null $.payment.bic",
      "absent $.later",
      "absent $.later.at",
    ]);
    for (const v of variants) {
      expect(schema.safeParse(v.value).success, v.site.jsonPath).toBe(true);
      expect(valueAt(v.value, v.site.path)).toBe(v.kind === "null" ? null : undefined);
    }
    expect(value.customer.email).toBe("a@example.com"); // the input is never changed
  });
});

describe("minimalOf", () => {
  it("keeps only what the schema requires, at every depth, and still parses", () => {
    const minimal = minimalOf(schema, value);
    expect(minimal).toEqual({
      type: "Order",
      id: 1,
      customer: { name: "Ann" },
      items: [{ sku: "a" }, { sku: "b" }],
      payment: { iban: "CZ00" },
    });
    expect(schema.safeParse(minimal).success).toBe(true);
  });
});

describe("editAt", () => {
  it("removes array items by index and refuses paths that do not exist", () => {
    expect(editAt([1, 2, 3], [1], "absent")).toEqual([1, 3]);
    expect(() => editAt({ a: 1 }, ["b", "c"], "null")).toThrow(RangeError);
  });
});
