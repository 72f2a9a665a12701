import { describe, expect, it } from "vitest";
import { decodeJson, locateJsonSyntaxError } from "../src";
import { created, shop } from "./support";

describe("safe JSON", () => {
  it("locates syntax errors by line and column without quoting the payload", () => {
    const text = '{\n  "kind": "OrderCreated"\n  "data": {"secret": "Jane"}\n}';
    const r = shop.safeParse(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe("json");
    expect(r.error.position).toEqual({ offset: 29, line: 3, column: 3 });
    expect(r.error.message).toBe(
      "acme shop: invalid JSON at line 3, column 3 (offset 29): expected ',' or '}' after a property value",
    );
    expect(r.error.message).not.toContain("Jane");
    expect(r.error.report()).toContain('"data"');
  });

  it.each([
    ["", "a value, but the text ended"],
    ["{,}", "a double-quoted property name"],
    ["[1,]", "a value (object, array, string, number, true, false or null)"],
    ['{"a" 1}', "':' after a property name"],
    ["[1 2]", "',' or ']' after an array element"],
    ['"abc', "a complete string"],
    ["{} x", "the end of the text after the top-level value"],
    ["01", "the end of the text after the top-level value"],
  ])("describes %j", (text, expected) => {
    expect(locateJsonSyntaxError(text)?.expected).toContain(expected);
  });

  it("finds no error in valid JSON", () => {
    expect(locateJsonSyntaxError(JSON.stringify({ a: [1, "x", null, true, { b: -1.5e3 }] }))).toBeUndefined();
  });

  it("rejects invalid UTF-8 and accepts a BOM", () => {
    expect(decodeJson(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({ ok: false, kind: "json" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(created))]);
    expect(shop.safeParse(bom).ok).toBe(true);
  });

  it("bounds nesting: a 100,000-deep body is a typed error, not a stack overflow", () => {
    const deepArray = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const deepObject = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    for (const text of [deepArray, deepObject]) {
      const r = shop.safeParse(text);
      expect(!r.ok && r.error.kind).toBe("depth");
    }
    const cyclic: Record<string, unknown> = { kind: "OrderCreated" };
    cyclic.self = cyclic;
    expect(!shop.safeParse(cyclic).ok).toBe(true);
    expect(decodeJson(JSON.parse("[[[[1]]]]"), 3)).toMatchObject({ ok: false, kind: "depth" });
    expect(decodeJson(JSON.parse("[[[1]]]"), 3)).toMatchObject({ ok: true });
  });

  it("never lets __proto__, constructor or prototype keys alter a prototype", () => {
    const text =
      '{"kind":"OrderCreated","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
      '"data":{"id":1,"channel":"web","at":"2024-01-01T00:00:00Z","tags":null,"__proto__":{"polluted":3}}}';
    const r = shop.safeParse(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.raw)).toBe(Object.prototype);
    expect(Object.hasOwn(r.raw as object, "__proto__")).toBe(false);
    expect(Object.getPrototypeOf((r.raw as { data: object }).data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.event)).toBe(Object.prototype);
  });

  it("never mutates an already-parsed input", () => {
    const input = JSON.parse('{"kind":"OrderCreated","__proto__":{"x":1},"data":{"id":1}}');
    const before = structuredClone(input);
    shop.safeParse(input);
    expect(input).toEqual(before);
    expect(Object.hasOwn(input, "__proto__")).toBe(true);
  });

  it("treats ids beyond 2^53 as errors instead of rounding them", () => {
    const text = JSON.stringify(created).replace('"id":42', '"id":9007199254740993');
    const r = shop.safeParse(text);
    expect(!r.ok && r.error.issues[0]?.path).toBe("$.data.id");
  });
});
