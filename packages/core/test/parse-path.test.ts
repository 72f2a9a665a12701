/**
 * The hardened parse path: nesting bounded before JSON.parse, payload text bounded and escaped in every message,
 * reading failures as typed errors, text and value agreeing, case-insensitive event types, and `is` narrowing only
 * what really has the type.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { defineEventFamily } from "../src";
import { mayHaveProtoKey, PRESCAN_MIN_LENGTH } from "../src/json";
import { digest } from "./differential-support";
import { created, shop } from "./support";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("nesting is bounded before JSON.parse", () => {
  it("rejects a 1 MiB body of nested arrays without calling JSON.parse", () => {
    const parse = vi.spyOn(JSON, "parse");
    const half = 512 * 1024;
    const r = shop.safeParse(`${"[".repeat(half)}${"]".repeat(half)}`);
    expect(!r.ok && r.error.kind).toBe("depth");
    expect(parse).not.toHaveBeenCalled();
  });

  it("measures depth outside strings only: brackets inside strings neither count nor hide real nesting", () => {
    const filler = JSON.stringify("[".repeat(PRESCAN_MIN_LENGTH));
    const shallow = `{"kind":"OrderCreated","note":${filler},"data":${JSON.stringify(created.data)}}`;
    expect(shop.safeParse(shallow).ok).toBe(true);
    // Closing brackets, escaped quotes and backslashes inside a string must not cancel the nesting after it.
    const closers = JSON.stringify(']\\"'.repeat(PRESCAN_MIN_LENGTH / 4));
    const deep = `{"kind":"OrderCreated","s":${closers},"x":${"[".repeat(200)}${"]".repeat(200)}}`;
    const parse = vi.spyOn(JSON, "parse");
    const r = shop.safeParse(deep);
    expect(!r.ok && r.error.kind).toBe("depth");
    expect(parse).not.toHaveBeenCalled();
  });

  it("text of any size and its parsed value get the same depth verdict (fast-check)", () => {
    const nested = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small", maxDepth: 8 },
        fc.string(),
        fc.integer(),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 3 }), tie("value"), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(nested, fc.integer({ min: 1, max: 8 }), fc.boolean(), (value, maxDepth, pad) => {
        // Padding takes the text past the size where it is scanned before parsing.
        const text = JSON.stringify(pad ? { pad: " ".repeat(PRESCAN_MIN_LENGTH), value } : value);
        const fromText = shop.safeParse(text, { maxDepth });
        const fromValue = shop.safeParse(JSON.parse(text), { maxDepth });
        expect(!fromText.ok && fromText.error.kind === "depth").toBe(!fromValue.ok && fromValue.error.kind === "depth");
      }),
      { numRuns: 500 },
    );
  });
});

describe("payload text in errors is bounded and escaped", () => {
  const strictShop = (input: unknown) => shop.safeParse(input, { strict: true });

  it("a 1 MB event type makes a short message, without the raw text", () => {
    const type = `X${"y".repeat(1_000_000)}`;
    const r = strictShop({ kind: type });
    expect(!r.ok && r.error.kind).toBe("unknown_type");
    if (r.ok) return;
    expect(r.error.message.length).toBeLessThan(300);
    expect(r.error.message).toContain("(1000001 characters)");
    expect((r.error.eventType ?? "").length).toBeLessThanOrEqual(129);
    expect(JSON.stringify(r.error).length).toBeLessThan(1_000);
  });

  it("CR, LF and the Unicode line separators never pass into a message, a path or an issue (fast-check)", () => {
    const breaks = fc.constantFrom("\r", "\n", "\u2028", "\u2029", "\u0085", "\r\n", "\u001b[31m");
    const hostile = fc
      .tuple(fc.string({ maxLength: 20 }), breaks, fc.string({ maxLength: 20 }))
      .map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(hostile, hostile, (type, key) => {
        const unknownType = strictShop({ kind: type });
        const unknownKey = strictShop({ ...created, data: { ...created.data, [key]: 1 } });
        const badValueAtKey = shop.safeParse({ kind: "OrderCreated", data: { ...created.data, id: { [key]: 1 } } });
        for (const r of [unknownType, unknownKey, badValueAtKey]) {
          expect(r.ok).toBe(false);
          if (r.ok) continue;
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that no control character appears.
          const lineBreak = /[\r\n\u2028\u2029\u0085\u001b]/;
          expect(r.error.message).not.toMatch(lineBreak);
          expect(JSON.stringify(r.error.issues)).not.toMatch(lineBreak);
          for (const issue of r.error.issues) expect(`${issue.path} ${issue.message}`).not.toMatch(lineBreak);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("unknown keys are listed by name at most five, each cut to 64 characters", () => {
    const keys = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`${"k".repeat(200)}${i}`, i]));
    const r = strictShop({ ...created, data: { ...created.data, ...keys } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.error.issues.find((i) => i.code === "unrecognized_keys");
    expect(issue?.message).toMatch(/and 995 more$/);
    expect((issue?.message ?? "").length).toBeLessThan(800);
  });

  it("keeps at most 100 issues, and counts them all in the message", () => {
    const r = shop.safeParse({ ...created, data: { ...created.data, tags: Array.from({ length: 5000 }, () => 1) } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues).toHaveLength(100);
    expect(r.error.message).toContain("(and 4999 more issues)");
  });
});

describe("reading the input", () => {
  it("a throwing getter is a typed error, not a throw", () => {
    const input = {
      kind: "OrderCreated",
      get data(): unknown {
        throw new Error("secret-token-123");
      },
    };
    const r = shop.safeParse(input);
    expect(!r.ok && r.error.kind).toBe("input");
    if (!r.ok) {
      expect(r.error.issues[0]?.code).toBe("unreadable");
      expect(r.error.message).not.toContain("secret-token-123");
    }
    expect(() => shop.is(input, "OrderCreated")).not.toThrow();
    expect(shop.typeOf(input)).toBe("OrderCreated");
  });

  it("a Proxy whose every trap throws is a typed error, for safeParse, is and typeOf", () => {
    const hostile = new Proxy(
      {},
      Object.fromEntries(
        ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf"].map((trap) => [
          trap,
          () => {
            throw new Error("trap");
          },
        ]),
      ),
    );
    const r = shop.safeParse(hostile);
    expect(!r.ok && r.error.kind).toBe("input");
    expect(shop.is(hostile, "OrderCreated")).toBe(false);
    expect(shop.typeOf(hostile)).toBeUndefined();
  });
});

describe("text and its parsed value agree, __proto__ keys included", () => {
  interface M {
    Ping: { type: "Ping"; n: number };
  }
  // A family with an envelope, whose `prepare` looks at what the envelope holds.
  const wrapped = defineEventFamily<M>({
    vendor: "v",
    family: "f",
    discriminator: (prepared, raw) =>
      raw !== prepared ? (raw as { type?: string }).type : (prepared as { type?: string }).type,
    prepare: (raw) => {
      const item = (raw as { item?: unknown } | null)?.item;
      return item !== null && typeof item === "object" && Object.keys(item).length > 0 ? item : raw;
    },
    schemas: { Ping: z.object({ type: z.literal("Ping"), n: z.number() }) },
  });

  it("for payloads with __proto__ keys anywhere, text and value give the same result but for raw (fast-check)", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small", maxDepth: 4 },
        fc.constantFrom("Ping", 1, null, true),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom("__proto__", "type", "item", "n", "x"), tie("value"), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      // A string value is not a parsed payload: as input it is text.
      fc.property(
        json.filter((value) => typeof value !== "string"),
        (value) => {
          const text = JSON.stringify(value);
          for (const family of [shop, wrapped]) {
            for (const options of [undefined, { strict: true }]) {
              const fromText = family.safeParse(text, options);
              const fromValue = family.safeParse(JSON.parse(text), options);
              expect(digest(fromText, false)).toEqual(digest(fromValue, false));
            }
          }
        },
      ),
      { numRuns: 2_000 },
    );
    const text = '{"type":"Ping","item":{"__proto__":{"type":"Ping","n":1}}}';
    expect(digest(wrapped.safeParse(text), false)).toEqual(digest(wrapped.safeParse(JSON.parse(text)), false));
  });
});

describe("__proto__ keys written with escapes", () => {
  const escapes: Record<string, readonly string[]> = {
    _: [String.raw`\u005f`, String.raw`\u005F`],
    p: [String.raw`\u0070`],
    r: [String.raw`\u0072`],
    o: [String.raw`\u006f`, String.raw`\u006F`],
    t: [String.raw`\u0074`],
  };
  // Czech text as .NET escapes it, with escaped quotes and a line break: escapes that cannot spell `__proto__`.
  const czech = String.raw`"P\u0159\u00edli\u0161 \"quoted\"\n"`;

  it("are found and removed however the key is spelled (fast-check)", () => {
    const spelling = fc.array(fc.nat(), { minLength: 9, maxLength: 9 }).map((picks) =>
      [..."__proto__"]
        .map((c, i) => {
          const pick = picks[i] as number;
          const options = escapes[c] as readonly string[];
          return pick % 3 === 0 ? c : (options[pick % options.length] as string);
        })
        .join(""),
    );
    fc.assert(
      fc.property(spelling, fc.boolean(), (key, withCzech) => {
        const note = withCzech ? czech : '"x"';
        const data = JSON.stringify(created.data);
        const text = `{"kind":"OrderCreated","note":${note},"${key}":{"polluted":1},"data":${data}}`;
        expect(mayHaveProtoKey(text)).toBe(true);
        const r = shop.safeParse(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(Object.hasOwn(r.raw as object, "__proto__")).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it("other escapes cost no walk of the value", () => {
    expect(mayHaveProtoKey(`{"name":${czech}}`)).toBe(false);
    expect(JSON.parse(`{"name":${czech}}`).name).toContain("Příliš");
  });
});

describe("case-insensitive event types", () => {
  interface M {
    Ping: { activity: "Ping" };
    GetCallParamsResponse: { activity: "GetCallParamsResponse"; sessionId: number };
  }
  const family = defineEventFamily<M>({
    vendor: "v",
    family: "f",
    discriminator: "activity",
    caseInsensitiveTypes: true,
    schemas: {
      Ping: z.object({ activity: z.literal("Ping") }),
      GetCallParamsResponse: z.object({ activity: z.literal("GetCallParamsResponse"), sessionId: z.int() }),
    },
  });

  it("reads a type in any letter case as the canonical one, validated with the canonical name in place", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Ping", "GetCallParamsResponse"),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (type, upper) => {
          const spelled = [...type].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join("");
          const raw = { activity: spelled, sessionId: 5 };
          const r = family.safeParse(JSON.stringify(raw));
          expect(r.ok && r.known && r.type).toBe(type);
          if (r.ok) {
            expect(r.event).toMatchObject({ activity: type });
            expect(r.raw).toEqual(raw);
          }
          expect(family.typeOf(raw)).toBe(type);
          // The value itself does not have the type's shape unless spelled canonically.
          expect(family.is(raw, type)).toBe(spelled === type);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("an exact-case family does not", () => {
    expect(shop.safeParse({ ...created, kind: "ordercreated" })).toMatchObject({ ok: true, known: false });
  });
});

describe("is() narrows only values that have the type", () => {
  interface M {
    Ping: { type: "Ping" };
  }
  const family = defineEventFamily<M>({
    vendor: "v",
    family: "f",
    discriminator: "type",
    prepare: (raw) => (raw as { item?: unknown } | null)?.item ?? raw,
    schemas: { Ping: z.object({ type: z.literal("Ping") }) },
  });

  it("an envelope that parses to the type is not itself of the type", () => {
    expect(family.safeParse({ item: { type: "Ping" } })).toMatchObject({ ok: true, type: "Ping" });
    expect(family.is({ item: { type: "Ping" } }, "Ping")).toBe(false);
    expect(family.is({ type: "Ping" }, "Ping")).toBe(true);
  });

  it("for any value, is(value, type) implies the type's schema accepts the value itself (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.constant(created), fc.record({ item: fc.constant(created) })),
        (value) => {
          for (const type of shop.types) {
            if (shop.is(value, type)) expect(shop.schemas[type].safeParse(value).success).toBe(true);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
