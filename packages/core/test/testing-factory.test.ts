import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createTestRandom,
  type DeepPartial,
  defineTestEventFactory,
  freshIdLike,
  mergeOverrides,
  refreshIds,
  shiftTimestamps,
  TestEventError,
} from "../src/testing";
import { type OrderCreated, type ShopEventMap, shop } from "./support";

const factory = defineTestEventFactory<ShopEventMap>({
  family: shop,
  examples: {
    OrderCreated: {
      kind: "OrderCreated",
      data: { id: 7380342, channel: "web", at: "2024-05-06T08:31:13.722852+02:00", note: "gift", tags: ["a"] },
    },
    OrderCancelled: { kind: "OrderCancelled", data: { id: 7380342, reason: "changed my mind" } },
  },
  idKeys: ["id"],
});

const json = fc.jsonValue({ maxDepth: 3 });
const plainObject = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 5 });

describe("mergeOverrides", () => {
  it("lays every override leaf over the base, replaces arrays whole and changes neither input", () => {
    fc.assert(
      fc.property(plainObject, plainObject, (base, overrides) => {
        const before = JSON.stringify([base, overrides]);
        const merged = mergeOverrides<Record<string, unknown>>(base, overrides);
        expect(JSON.stringify([base, overrides])).toBe(before);
        for (const [key, value] of Object.entries(overrides)) {
          if (key === "__proto__") continue;
          const baseValue = base[key];
          const bothObjects = [value, baseValue].every((v) => v !== null && typeof v === "object" && !Array.isArray(v));
          if (!bothObjects) expect(merged[key]).toEqual(value);
        }
        for (const key of Object.keys(base)) if (!Object.hasOwn(overrides, key)) expect(merged[key]).toEqual(base[key]);
      }),
    );
  });

  it("merges nested objects, removes keys given as undefined, never follows __proto__", () => {
    const base: { data: { id: number; tags: string[]; note?: string; nested: { keep: number; drop: number } } } = {
      data: { id: 1, tags: ["a", "b"], note: "x", nested: { keep: 1, drop: 2 } },
    };
    const merged = mergeOverrides(base, { data: { tags: ["c"], note: undefined, nested: { drop: 3 } } });
    expect(merged).toEqual({ data: { id: 1, tags: ["c"], nested: { keep: 1, drop: 3 } } });
    const hostile = JSON.parse('{"__proto__":{"polluted":true}}');
    mergeOverrides({}, hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("types overrides as a deep partial: arrays whole, undefined only for optional keys, open enums as strings", () => {
    expectTypeOf<{ data: { channel: "fax" } }>().toExtend<DeepPartial<OrderCreated>>();
    expectTypeOf<{ data: { channel: { length: 1 } } }>().not.toExtend<DeepPartial<OrderCreated>>();
    expectTypeOf<{ data: { tags: ["x"] } }>().toExtend<DeepPartial<OrderCreated>>();
    expectTypeOf<{ data: { note: undefined } }>().toExtend<DeepPartial<OrderCreated>>();
    expectTypeOf<{ data: { id: undefined } }>().not.toExtend<DeepPartial<OrderCreated>>();
    expectTypeOf<{ data: { tags: [1] } }>().not.toExtend<DeepPartial<OrderCreated>>();
  });
});

describe("freshIdLike and refreshIds", () => {
  const shapes: [string | number, RegExp][] = [
    [7380342, /^[1-9]\d{6}$/],
    [50878507, /^[1-9]\d{7}$/],
    ["684ffef60eaa0f7ecef7da95", /^[0-9a-f]{24}$/],
    ["460df46c-adf9-11ed-afa1-0242ac120002", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/],
    ["MB7a504ce7f418447bb4a48b8f3fa609d0", /^MB[0-9a-f]{32}$/],
    ["846802BF90D1", /^[0-9A-F]{12}$/],
    ["12345", /^\d{5}$/],
  ];

  it("keeps each id's shape and size for any seed", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = createTestRandom(seed);
        for (const [example, shape] of shapes) expect(String(freshIdLike(example, random))).toMatch(shape);
      }),
    );
  });

  it("never repeats an id from the default source, even where the id is short", () => {
    const random = createTestRandom();
    const seen = new Set(Array.from({ length: 2000 }, () => freshIdLike(1234, random)));
    expect(seen.size).toBe(2000);
    // 900 three-digit ids exist: past them, ids grow by a digit instead of repeating.
    const short = Array.from({ length: 1500 }, () => freshIdLike(127, random));
    expect(new Set(short).size).toBe(1500);
    expect(short.filter((id) => String(id).length === 3).length).toBeGreaterThan(850);
  });

  it("finds ids by key, by key with parents, or by path from the root, and follows string ids everywhere", () => {
    const conversation = "684ffef60eaa0f7ecef7da95";
    const event = {
      id: "684fff257b651e4d09f9e1cd",
      conversationId: conversation,
      eventEmitter: { id: "38327e73-4a21-4ad4-a958-a6385c8636aa" },
      roomInfo: { id: "684ffef60eaa0f7ecef7da94" },
      data: { _id: conversation, participants: [{ id: 1, channel: { id: "6837f9ed2822143c1c58ccd1" } }] },
      token: "GQLAJRxeLTC7rVOhclj79Q..",
    };
    const fresh = refreshIds(event, {
      keys: ["$.id", "conversationId", "roomInfo.id", "participants.id", "token"],
      random: createTestRandom(9),
    });
    expect(fresh.id).not.toBe(event.id);
    expect(fresh.eventEmitter.id).toBe(event.eventEmitter.id);
    expect(fresh.roomInfo.id).not.toBe(event.roomInfo.id);
    expect(fresh.data._id).toBe(fresh.conversationId);
    expect(fresh.conversationId).not.toBe(conversation);
    expect(fresh.data.participants[0]?.id).not.toBe(1);
    expect(fresh.data.participants[0]?.channel.id).toBe("6837f9ed2822143c1c58ccd1");
    expect(fresh.token).not.toBe(event.token);
    expect(fresh.token).toMatch(/^[A-Z]{6}[a-z]{2}[A-Z]{3}\d[a-z][A-Z]{2}[a-z]{4}\d{2}[A-Z]\.\.$/);
  });

  it("is reproducible from a seed", () => {
    expect(freshIdLike(7380342, createTestRandom(5))).toBe(freshIdLike(7380342, createTestRandom(5)));
  });

  it("replaces ids under the given keys consistently and leaves every other value alone", () => {
    const event = { id: 10001, task: { conversationId: "684ffef60eaa0f7ecef7da95", id: 10001 }, tenantId: 62 };
    const fresh = refreshIds(event, { keys: ["id", "conversationId"], random: createTestRandom(1) });
    expect(fresh.id).not.toBe(10001);
    expect(fresh.task.id).toBe(fresh.id);
    expect(fresh.task.conversationId).toMatch(/^[0-9a-f]{24}$/);
    expect(fresh.task.conversationId).not.toBe(event.task.conversationId);
    expect(fresh.tenantId).toBe(62);
    expect(event.id).toBe(10001);
  });
});

describe("shiftTimestamps", () => {
  const isoWithOffset = fc
    .tuple(
      fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2090, 0, 1) }),
      fc.constantFrom("", ".3", ".72", ".722", ".7228", ".722852", ".7228520"),
      fc.constantFrom("", "Z", "+02:00", "-07:00", "+0530"),
    )
    .map(([ms, fraction, offset]) => ({ ms, text: `${new Date(ms).toISOString().slice(0, 19)}${fraction}${offset}` }));

  it("moves the latest timestamp to now, keeps gaps and each one's format", () => {
    fc.assert(
      fc.property(
        fc.array(isoWithOffset, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 2e12 }),
        (stamps, shiftBy) => {
          const value = { at: stamps.map((s) => s.text), nested: { startTime: 1_700_000_000_000 } };
          const now = Date.UTC(2030, 0, 1) + shiftBy;
          const shifted = shiftTimestamps(value, { now });
          shifted.at.forEach((text, i) => {
            const original = stamps[i]!.text;
            // Same fraction digits and the same offset text.
            expect(text.slice(19).replace(/^\.\d+/, (f) => `.${"d".repeat(f.length - 1)}`)).toBe(
              original.slice(19).replace(/^\.\d+/, (f) => `.${"d".repeat(f.length - 1)}`),
            );
            expect(text.slice(19).replace(/^\.\d+/, "")).toBe(original.slice(19).replace(/^\.\d+/, ""));
          });
          expect(JSON.stringify(value.nested)).toBe('{"startTime":1700000000000}');
        },
      ),
    );
  });

  it("keeps the gaps between timestamps and puts the latest at now", () => {
    const value = { started: "2024-05-06T08:31:13.722852+02:00", ended: "2024-05-06T08:41:13.722852+02:00", t: 1 };
    const now = Date.UTC(2031, 6, 1, 12, 0, 0, 500);
    const shifted = shiftTimestamps(value, { now });
    expect(shifted.ended).toBe("2031-07-01T14:00:00.500852+02:00");
    expect(shifted.started).toBe("2031-07-01T13:50:00.500852+02:00");
    expect(shifted.t).toBe(1);
    expect(shiftTimestamps({ timestamp: 1750073125012, count: 1750073125012 }, { now: 2e12 })).toEqual({
      timestamp: 2e12,
      count: 1750073125012,
    });
  });
});

describe("defineTestEventFactory", () => {
  it("creates events that parse to their type, with fresh ids and timestamps at now", () => {
    const before = Date.now();
    const a = factory.create("OrderCreated");
    const b = factory.create("OrderCreated");
    for (const event of [a, b])
      expect(shop.safeParse(event)).toMatchObject({ ok: true, known: true, type: "OrderCreated" });
    expect(a.data.id).not.toBe(b.data.id);
    expect(a.data.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+02:00$/);
    expect(Date.parse(a.data.at)).toBeGreaterThanOrEqual(before - 1);
  });

  it("lays typed overrides over the example", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.array(fc.string(), { maxLength: 3 })), (reason, tags) => {
        expect(factory.create("OrderCancelled", { data: { reason } }).data.reason).toBe(reason);
        const created = factory.create("OrderCreated", { data: { tags, note: undefined } });
        expect(created.data.tags).toEqual(tags);
        expect("note" in created.data).toBe(false);
      }),
    );
  });

  it("throws TestEventError naming the path (never the value) when overrides make the event invalid", () => {
    const secret = "4111-1111-1111-1111";
    const make = () => factory.create("OrderCreated", { data: { at: secret } });
    expect(make).toThrow(TestEventError);
    try {
      make();
    } catch (error) {
      expect((error as TestEventError).issues.map((i) => i.path)).toEqual(["$.data.at"]);
      expect((error as Error).message).toContain("$.data.at");
      expect((error as Error).message).not.toContain(secret);
    }
    expect(() =>
      factory.create("OrderCreated", { kind: "OrderCancelled" } as unknown as DeepPartial<OrderCreated>),
    ).toThrow(/invalid|turned/);
    expect(() => factory.create("Nope" as "OrderCreated")).toThrow(/no event type "Nope"/);
  });

  it("is reproducible from a seed and a clock", () => {
    const options = { random: createTestRandom(3), now: Date.UTC(2030, 0, 1) };
    expect(factory.create("OrderCreated", {}, options)).toEqual(
      factory.create("OrderCreated", {}, { ...options, random: createTestRandom(3) }),
    );
  });
});
