/**
 * The differential test of the generated fast parsers, shared by every family's test: a payload goes through a
 * family twice — as shipped (generated parsers first), and with zod's `jitless` switch on, which turns generated code
 * off so zod's runtime parser does all the validating — and the two results must be the same, down to the key order
 * of the typed event. Also: fuzzed variants of real payloads, built with fast-check.
 */
import fc from "fast-check";
import { expect } from "vitest";
import * as z from "zod";
import type { EventFamily, ParseInput, ParseOptions, SafeParseResult } from "../src";

/** Runs `f` with zod's runtime parser only (zod's `jitless` switch, which contactkit honours too). */
export function withZodRuntimeOnly<T>(f: () => T): T {
  const before = z.core.globalConfig.jitless;
  z.config({ jitless: true });
  try {
    return f();
  } finally {
    z.config({ jitless: before ?? false });
  }
}

/**
 * A value with its key order made explicit (objects become `[key, value]` lists), so `toEqual` compares order too,
 * and `undefined` and `-0` are kept distinct.
 */
export function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return { array: value.map(ordered) };
  if (value !== null && typeof value === "object") {
    return { object: Object.keys(value).map((key) => [key, ordered((value as Record<string, unknown>)[key])]) };
  }
  if (value === undefined) return { undefined: true };
  if (Object.is(value, -0)) return { negativeZero: true };
  return value;
}

/**
 * Everything a caller can observe in a result: ok, known, type, event (key order included), warnings, error (kind,
 * type, message, issues, position, report) and `raw`.
 */
export function digest<M extends object>(result: SafeParseResult<M>, withRaw = true): unknown {
  // `raw`, and the error report that quotes it, are compared only between two parses of the same input.
  const raw = withRaw ? ordered(result.raw) : "(not compared)";
  if (!result.ok) {
    const { kind, eventType, message, issues, position, vendor, family } = result.error;
    const report = withRaw ? result.error.report() : "(not compared)";
    return { ok: false, kind, eventType, message, issues, position, vendor, family, report, raw };
  }
  return {
    ok: true,
    known: result.known,
    type: result.type,
    // An unknown event carries `raw` too.
    event: result.known || withRaw ? ordered(result.event) : { ...result.event, raw: "(not compared)" },
    warnings: result.warnings,
    raw,
  };
}

/** Parses `input` both ways and expects the same result; returns the shipped result. */
export function expectSameAsZodRuntime<M extends object>(
  family: EventFamily<M>,
  input: ParseInput,
  options?: ParseOptions,
): SafeParseResult<M> {
  const fast = family.safeParse(input, options);
  const reference = withZodRuntimeOnly(() => family.safeParse(input, options));
  expect(digest(fast)).toEqual(digest(reference));
  return fast;
}

/** Keys a mutation may add: ordinary ones and those that have tripped JavaScript code before. */
const extraKeys = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("__proto__", "constructor", "toString", "prototype", "type", "name", "activity", "eventType", "id"),
);

/** One edit of a JSON value; `at` picks the object or array it applies to. */
interface Mutation {
  readonly at: number;
  readonly kind: "delete" | "null" | "replace" | "retype" | "extra" | "case" | "empty";
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("delete", "null", "replace", "retype", "extra", "case", "empty"),
  key: extraKeys,
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("", "x", 0, -1, 1.5, 2 ** 53, true, null, [], {})),
});

/** The objects and arrays inside a JSON value, outermost first. */
function containers(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === "object") {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

function retype(value: unknown): unknown {
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : 0;
  if (Array.isArray(value)) return { ...value };
  if (value !== null && typeof value === "object") return Object.values(value);
  return "null";
}

function flipCase(value: unknown): unknown {
  if (typeof value !== "string" || value.length === 0) return value;
  const lower = value.toLowerCase();
  return lower === value ? value.toUpperCase() : lower;
}

/** Applies mutations to a copy of `base` (which must be JSON); the result is JSON too. */
export function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  const root = { root: structuredClone(base) };
  for (const m of mutations) {
    const all = containers(root).slice(1);
    const target = (all.length > 0 ? all[m.at % all.length] : root) as Record<string, unknown>;
    const keys = Object.keys(target);
    const fallback = Array.isArray(target) ? "0" : m.key;
    const key = keys.length > 0 ? (keys[Math.floor(m.at / Math.max(all.length, 1)) % keys.length] as string) : fallback;
    switch (m.kind) {
      case "delete":
        if (Array.isArray(target)) target.splice(Number(key), 1);
        else delete target[key];
        break;
      case "null":
        target[key] = null;
        break;
      case "replace":
        target[key] = structuredClone(m.value);
        break;
      case "retype":
        target[key] = retype(target[key]);
        break;
      case "case":
        target[key] = flipCase(target[key]);
        break;
      case "empty":
        target[key] = Array.isArray(target[key]) ? [] : typeof target[key] === "string" ? "" : {};
        break;
      case "extra":
        // An own data property even for `__proto__`, as JSON.parse creates it.
        if (!Array.isArray(target)) {
          Object.defineProperty(target, m.key, {
            value: structuredClone(m.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        break;
    }
  }
  // Through JSON text and back: plain JSON values only (fast-check may build null-prototype objects), and any own
  // `__proto__` key stays an own data property, as JSON.parse makes it.
  return JSON.parse(JSON.stringify(root.root) ?? "null");
}

/** Fuzzed variants of `base`: up to four random edits (keys dropped, nulled, retyped, replaced, added, re-cased). */
export function variantsOf(base: unknown): fc.Arbitrary<unknown> {
  return fc.array(mutation, { maxLength: 4 }).map((mutations) => mutate(base, mutations));
}

/**
 * The differential property for one family: for every base payload and fuzzed variants of it, as text and as a
 * parsed value, tolerant and strict, the shipped result equals zod's runtime parser's; text and its parsed value
 * agree (but for `raw`, which for text has any own `__proto__` keys removed). Returns how many payloads it parsed.
 */
export function checkFamily<M extends object>(
  family: EventFamily<M>,
  bases: readonly unknown[],
  numRuns: number,
): { parses: number; accepted: number; guarded: number } {
  const counts = { parses: 0, accepted: 0, guarded: 0 };
  const check = (value: unknown): void => {
    const text = JSON.stringify(value);
    for (const options of [undefined, { strict: true }]) {
      const fromText = expectSameAsZodRuntime(family, text, options);
      const fromValue = expectSameAsZodRuntime(family, JSON.parse(text), options);
      expect(digest(fromText, false)).toEqual(digest(fromValue, false));
      counts.parses += 4;
      if (fromText.ok && fromText.known) counts.accepted += 2;
    }
    // `is` narrows only what really has the narrowed type: the value itself passes that type's schema.
    for (const type of family.types) {
      if (!family.is(value, type)) continue;
      counts.guarded++;
      expect(family.schemas[type].safeParse(value).success).toBe(true);
      expect(family.typeOf(value)).toBe(type);
    }
  };
  for (const base of bases) check(base);
  fc.assert(
    fc.property(
      fc.nat({ max: bases.length - 1 }).chain((i) => variantsOf(bases[i])),
      check,
    ),
    { numRuns },
  );
  return counts;
}
