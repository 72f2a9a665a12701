/**
 * The schemas against mluvii's own models (`vendor-model.ts`): each field required and nullable exactly as the
 * vendor's model says; for every activity a minimal payload (only what the vendor requires) parses; removing any
 * vendor-optional field or nulling any vendor-nullable field of a real fixture still parses, to the same event
 * with only that field changed.
 */
import type { EventFamily } from "@contactkit/core";
import { editAt, type PathSegment } from "@contactkit/core/testing";
import { mluviiChatbotCallbacks, mluviiChatbotRequests } from "@contactkit/mluvii-chatbot";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import type { ObjectModel } from "../../../test-support/mluvii-model/csharp-rule";
import {
  dictionaryNullCases,
  differencesFromModel,
  type ModelVariant,
  minimalByModel,
  modelVariants,
} from "../../../test-support/mluvii-model/field-truth";
import { type JsonFixture, jsonFixtures } from "./support/fixtures";
import { callbackModels, modelKeyOf, requestModels } from "./vendor-model";

interface Case {
  readonly name: string;
  readonly type: string;
  readonly modelKey: string;
  readonly value: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: the two families have different event maps; only their shared verbs are used
type AnyFamily = EventFamily<any>;

interface Suite {
  readonly label: string;
  readonly family: AnyFamily;
  readonly models: Record<string, ObjectModel>;
  readonly fixtures: JsonFixture[];
}

/** The doc examples that are valid JSON as printed and parse as they are (the rest are repaired in their own test). */
const docExamples = jsonFixtures("docs-activities");

const suites: Suite[] = [
  {
    label: "mluvii chatbot-callbacks",
    family: mluviiChatbotCallbacks,
    models: callbackModels,
    fixtures: [...jsonFixtures("csharp-models/callbacks"), ...docExamples],
  },
  {
    label: "mluvii chatbot-requests",
    family: mluviiChatbotRequests,
    models: requestModels,
    fixtures: [
      ...jsonFixtures("csharp-models/requests"),
      ...jsonFixtures("sample-bots"),
      ...jsonFixtures("docs-text-messages"),
      ...jsonFixtures("sdk-writer"),
      ...docExamples,
    ],
  },
];

/** The fixtures of a suite that its family reads as a known event, each with the vendor model it is checked by. */
function casesOf(suite: Suite): Case[] {
  const out: Case[] = [];
  for (const fixture of suite.fixtures) {
    const parsed = suite.family.safeParse(fixture.value);
    if (!parsed.ok || !parsed.known) continue;
    out.push({
      name: `${fixture.folder}/${fixture.stem}`,
      type: parsed.type,
      modelKey: modelKeyOf(suite.models, fixture.stem, parsed.type),
      value: fixture.value,
    });
  }
  return out;
}

const counts = new Map<string, { minimal: number; property: number }>();
const count = (label: string, key: "minimal" | "property", n = 1) => {
  const entry = counts.get(label) ?? { minimal: 0, property: 0 };
  entry[key] += n;
  counts.set(label, entry);
};

afterAll(() => {
  for (const [label, { minimal, property }] of counts) {
    console.log(`${label}: minimal cases ${minimal}, property cases ${property}`);
  }
});

/** The same edit applied to the parsed original: what a variant must parse to. */
function expectedAfter(event: unknown, edits: readonly { path: readonly PathSegment[]; kind: "absent" | "null" }[]) {
  let out = event;
  for (const edit of edits) out = editAt(out, edit.path, edit.kind);
  return out;
}

for (const suite of suites) {
  const cases = casesOf(suite);
  const schemaOf = (type: string) => (suite.family.schemas as Record<string, z.ZodType>)[type] as z.ZodType;

  describe(`${suite.label}: the schemas say what mluvii's models say`, () => {
    it("every event type has a vendor model and fixtures", () => {
      const modelled = new Set(cases.map((c) => c.type));
      expect(suite.family.types.filter((t: string) => !modelled.has(t))).toEqual([]);
      for (const key of Object.keys(suite.models)) {
        expect(
          cases.some((c) => c.modelKey === key),
          key,
        ).toBe(true);
      }
    });

    for (const [key, model] of Object.entries(suite.models)) {
      it(`${key}: every field is required and nullable as ${model.source.split(":").pop()} says`, () => {
        const mine = cases.filter((c) => c.modelKey === key);
        const type = mine[0]?.type ?? key;
        const sameEvent = cases.filter((c) => c.type === type).map((c) => c.value);
        expect(
          differencesFromModel(
            schemaOf(type),
            mine.map((c) => c.value),
            model,
            sameEvent,
          ),
        ).toEqual([]);
        for (const c of mine) {
          for (const nulled of dictionaryNullCases(c.value, model)) {
            expect(suite.family.safeParse(nulled.value).ok, `${c.name} ${nulled.path} = null`).toBe(nulled.nullable);
          }
        }
      });
    }
  });

  describe(`${suite.label}: payloads the vendor's model allows parse`, () => {
    for (const [key, model] of Object.entries(suite.models)) {
      it(`${key}: the minimal payload (only what the vendor requires) parses, in strict mode too`, () => {
        const first = cases.find((c) => c.modelKey === key);
        expect(first, key).toBeDefined();
        if (!first) return;
        const minimal = minimalByModel(first.value, model);
        for (const options of [{}, { strict: true }]) {
          const parsed = suite.family.safeParse(minimal, options);
          if (!parsed.ok) throw new Error(parsed.error.report());
          expect(parsed.known && parsed.type).toBe(first.type);
        }
        count(suite.label, "minimal");
      });
    }

    it.each(cases.map((c) => [c.name, c] as const))(
      "%s: each vendor-optional field removed, each vendor-nullable field nulled, still parses to the same event",
      (_name, c) => {
        const original = suite.family.parse(c.value);
        const model = suite.models[c.modelKey] as ObjectModel;
        let n = 0;
        for (const variant of modelVariants(schemaOf(c.type), c.value, model)) {
          const parsed = suite.family.safeParse(variant.value);
          if (!parsed.ok) throw new Error(`${variant.kind} ${variant.site.jsonPath}: ${parsed.error.report()}`);
          expect(parsed.known && parsed.type, variant.site.jsonPath).toBe(c.type);
          expect(parsed.event, `${variant.kind} ${variant.site.jsonPath}`).toEqual(
            expectedAfter(original.event, [{ path: variant.site.path, kind: variant.kind }]),
          );
          n++;
        }
        count(suite.label, "property", n);
      },
    );

    it("any set of those edits at once still parses to the same event with just those fields changed", () => {
      const withVariants = cases
        .map((c) => ({
          c,
          variants: [...modelVariants(schemaOf(c.type), c.value, suite.models[c.modelKey] as ObjectModel)],
        }))
        .filter((entry) => entry.variants.length > 1);
      fc.assert(
        fc.property(
          fc
            .constantFrom(...withVariants)
            .chain(({ c, variants }) => fc.tuple(fc.constant(c), fc.subarray(variants, { minLength: 2 }))),
          ([c, picked]) => {
            const edits = independent(picked);
            const value = expectedAfter(
              c.value,
              edits.map((v) => ({ path: v.site.path, kind: v.kind })),
            );
            const parsed = suite.family.safeParse(value);
            if (!parsed.ok) throw new Error(parsed.error.report());
            expect(parsed.event).toEqual(
              expectedAfter(
                suite.family.parse(c.value).event,
                edits.map((v) => ({ path: v.site.path, kind: v.kind })),
              ),
            );
          },
        ),
        { numRuns: 200 },
      );
      count(suite.label, "property", 200);
    });
  });
}

/**
 * Drops edits inside a field another edit already removes or nulls, and orders removals of array items last to
 * first, so that applying them one after another changes exactly the fields they name.
 */
function independent(variants: readonly ModelVariant[]): ModelVariant[] {
  const key = (path: readonly PathSegment[]) => path.map(String).join("\u0000");
  const kept = variants.filter(
    (v) =>
      !variants.some(
        (other) =>
          other !== v &&
          other.site.path.length < v.site.path.length &&
          key(v.site.path.slice(0, other.site.path.length)) === key(other.site.path),
      ),
  );
  return kept.sort((a, b) => key(b.site.path).localeCompare(key(a.site.path)));
}
