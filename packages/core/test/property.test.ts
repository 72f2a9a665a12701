import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shop } from "./support";

const RUNS = 10_000;
const hostileKeys = fc.constantFrom("__proto__", "constructor", "prototype", "kind", "data", "toString");
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.constantFrom("OrderCreated", "OrderCancelled"),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), hostileKeys), tie("value"), { maxKeys: 5 }),
  ),
})).value;

describe("safeParse on arbitrary input (fast-check)", () => {
  it(`never throws, never mutates, never pollutes Object.prototype (${RUNS} runs each)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), jsonish), (value) => {
        const text = JSON.stringify(value) ?? "null";
        const parsed = JSON.parse(text);
        const before = JSON.stringify(parsed);
        for (const input of [text, parsed, { kind: "OrderCreated", data: parsed }]) {
          const r = shop.safeParse(input);
          expect(typeof r.ok).toBe("boolean");
        }
        expect(JSON.stringify(parsed)).toBe(before);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on arbitrary text and bytes (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 64 })), (input) => {
        const r = shop.safeParse(input);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: RUNS },
    );
  });
});
