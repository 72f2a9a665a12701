// Every enumeration of a vendor package follows one rule: a PascalCase constant made by `defineOpenEnum` (values,
// schema and guard together), a type of the same name, and the former names as deprecated aliases of the same
// objects. `describeVocabulary` checks that rule over everything a package's entry point exports.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

type Definition = {
  values: readonly string[];
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } };
  is(v: unknown): boolean;
};
const isDefinition = (value: unknown): value is Definition =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as Definition).values) &&
  typeof (value as Definition).is === "function";

/** Options of {@link describeVocabulary}. */
export interface VocabularyContractOptions {
  /** Exported SCREAMING_CASE arrays that are not enumerations of a field (e.g. the event map's keys). */
  readonly notVocabularies?: readonly string[];
}

/** The vocabulary rule, over the exports of one package entry point (`import * as api from "…"`). */
export function describeVocabulary(api: object, options: VocabularyContractOptions = {}): void {
  const exports = Object.entries(api) as [string, unknown][];
  const enums = exports.filter((entry): entry is [string, Definition] => isDefinition(entry[1]));
  const notVocabularies = new Set(options.notVocabularies ?? []);

  describe("vocabulary", () => {
    it("has its enumerations as PascalCase defineOpenEnum constants", () => {
      expect(enums.length).toBeGreaterThan(0);
      for (const [name, definition] of enums) {
        expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
        expect(Object.isFrozen(definition.values)).toBe(true);
        expect(new Set(definition.values).size).toBe(definition.values.length);
      }
    });

    it("keeps every former values list as an alias of a constant's values (same array)", () => {
      const lists = exports.filter(
        ([name, value]) => Array.isArray(value) && !/^[A-Z][a-z]/.test(name) && !notVocabularies.has(name),
      );
      expect(lists.length).toBeGreaterThan(0);
      for (const [name, list] of lists) {
        expect(
          enums.some(([, d]) => d.values === list),
          `${name} is an alias`,
        ).toBe(true);
      }
    });

    it.each(enums)(
      "%s: known values parse and pass the guard; any other string parses too (open) but is not known",
      (_name, d) => {
        for (const value of d.values) {
          expect(d.is(value)).toBe(true);
          expect(d.schema.safeParse(value)).toMatchObject({ success: true, data: value });
        }
        fc.assert(
          fc.property(fc.string(), (value) => {
            expect(d.is(value)).toBe(d.values.includes(value));
            expect(d.schema.safeParse(value)).toMatchObject({ success: true, data: value });
          }),
        );
        expect(d.is(42)).toBe(false);
        expect(d.schema.safeParse(42).success).toBe(false);
      },
    );
  });
}
