import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { defineEventFamily, type EventSchemas } from "../src";
import { created, type ShopEventMap, shop } from "./support";

const batchIssue = { path: "$", code: "batch", message: "expected one event object, not an array" };
const checkInput = vi.fn((payload: unknown) => (Array.isArray(payload) ? batchIssue : undefined));
const single = defineEventFamily<ShopEventMap>({
  vendor: "acme",
  family: "shop",
  discriminator: "kind",
  schemas: shop.schemas as EventSchemas<ShopEventMap>,
  checkInput,
});

describe("defineEventFamily: checkInput", () => {
  it("fails a payload it has an issue with, as kind input with that issue, for text, bytes and values", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 3 }), (batch) => {
        const text = JSON.stringify(batch);
        for (const input of [text, new TextEncoder().encode(text), batch]) {
          const result = single.safeParse(input);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.kind).toBe("input");
            expect(result.error.issues).toEqual([batchIssue]);
            expect(result.raw).toEqual(batch);
          }
        }
      }),
    );
  });

  it("sees the payload as it arrived and leaves everything else as without it", () => {
    checkInput.mockClear();
    const withCheck = single.safeParse(JSON.stringify(created));
    expect(checkInput).toHaveBeenCalledWith(created);
    expect(withCheck).toEqual(shop.safeParse(JSON.stringify(created)));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const a = single.safeParse(object);
        const b = shop.safeParse(object);
        expect(a.ok).toBe(b.ok);
        if (!a.ok && !b.ok) expect(a.error.kind).toBe(b.error.kind);
      }),
    );
  });
});
