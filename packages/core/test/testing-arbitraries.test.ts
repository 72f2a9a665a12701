import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineTestEventFactory } from "../src/testing";
import { arbitraryOf, arbitraryOfAny } from "../src/testing/arbitraries";
import { type ShopEventMap, shop } from "./support";

const factory = defineTestEventFactory<ShopEventMap>({
  family: shop,
  examples: {
    OrderCreated: {
      kind: "OrderCreated",
      data: { id: 7380342, channel: "web", at: "2024-05-06T08:31:13.72+02:00", note: "gift", tags: ["a"] },
    },
    OrderCancelled: { kind: "OrderCancelled", data: { id: 7380342, reason: "changed my mind" } },
  },
  idKeys: ["id"],
});

describe("arbitraryOf", () => {
  it("generates only valid events of the type", () => {
    fc.assert(
      fc.property(arbitraryOf(factory, "OrderCreated"), (event) => {
        expect(shop.safeParse(event)).toMatchObject({ ok: true, known: true, type: "OrderCreated" });
      }),
    );
  });

  it("generates optional fields absent and nullable fields null, ids and times varied", () => {
    const samples = fc.sample(arbitraryOf(factory, "OrderCreated"), { numRuns: 200, seed: 42 });
    expect(samples.some((e) => !("note" in e.data))).toBe(true);
    expect(samples.some((e) => e.data.tags === null)).toBe(true);
    expect(samples.some((e) => e.data.tags !== null && "note" in e.data)).toBe(true);
    expect(new Set(samples.map((e) => e.data.id)).size).toBeGreaterThan(150);
    expect(new Set(samples.map((e) => e.data.at)).size).toBeGreaterThan(150);
  });

  it("keeps the overrides it is given", () => {
    fc.assert(
      fc.property(arbitraryOf(factory, "OrderCreated", { data: { channel: "phone" } }), (event) => {
        expect(event.data.channel).toBe("phone");
      }),
    );
  });

  it("arbitraryOfAny covers every type", () => {
    const types = new Set(fc.sample(arbitraryOfAny(factory), { numRuns: 100, seed: 1 }).map((e) => e.kind));
    expect([...types].sort()).toEqual(["OrderCancelled", "OrderCreated"]);
  });
});
