/**
 * The schemas against mluvii's own payload models (`vendor-model.ts`): each field required and nullable exactly
 * as the C# type says; for every event type a minimal payload (only what the vendor requires) parses; nulling any
 * vendor-nullable field of a real fixture still parses, to the same event with only that field changed.
 */
import { editAt, type PathSegment } from "@contactkit/core/testing";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
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
import { fixtures } from "./support/fixtures";
import { webhookModels } from "./vendor-model";

const LABEL = "mluvii webhooks";

interface Case {
  readonly name: string;
  readonly type: string;
  readonly value: unknown;
}

const cases: Case[] = [...fixtures("docs-webhooks"), ...fixtures("model")]
  .filter((f) => !f.expectedType.startsWith("_unknown"))
  .map((f) => ({ name: f.file, type: f.expectedType, value: JSON.parse(f.text) as unknown }));

const schemaOf = (type: string) => (mluviiWebhooks.schemas as Record<string, z.ZodType>)[type] as z.ZodType;
const modelOf = (type: string) => webhookModels[type] as ObjectModel;

let minimalCases = 0;
let propertyCases = 0;
afterAll(() => console.log(`${LABEL}: minimal cases ${minimalCases}, property cases ${propertyCases}`));

function applyEdits(value: unknown, edits: readonly { path: readonly PathSegment[]; kind: "absent" | "null" }[]) {
  let out = value;
  for (const edit of edits) out = editAt(out, edit.path, edit.kind);
  return out;
}

describe(`${LABEL}: the schemas say what mluvii's payload models say`, () => {
  it("every event type has a model and a fixture", () => {
    expect(Object.keys(webhookModels).sort()).toEqual([...mluviiWebhooks.types].sort());
    expect(mluviiWebhooks.types.filter((t) => !cases.some((c) => c.type === t))).toEqual([]);
  });

  it.each([...mluviiWebhooks.types])("%s: every field is required and nullable as its payload class says", (type) => {
    const model = modelOf(type);
    const mine = cases.filter((c) => c.type === type).map((c) => c.value);
    // Events sharing a payload class (the 27 generic activities) together show every field of it.
    const sameModel = cases.filter((c) => webhookModels[c.type] === model).map((c) => c.value);
    expect(differencesFromModel(schemaOf(type), mine, model, sameModel)).toEqual([]);
    for (const value of mine) {
      for (const nulled of dictionaryNullCases(value, model)) {
        expect(mluviiWebhooks.safeParse(nulled.value).ok, `${nulled.path} = null`).toBe(nulled.nullable);
      }
    }
  });
});

describe(`${LABEL}: payloads the vendor's model allows parse`, () => {
  it.each([...mluviiWebhooks.types])("%s: the minimal payload parses, in strict mode too", (type) => {
    const first = cases.find((c) => c.type === type);
    if (!first) throw new Error(`no fixture for ${type}`);
    const minimal = minimalByModel(first.value, modelOf(type));
    for (const options of [{}, { strict: true }]) {
      const parsed = mluviiWebhooks.safeParse(minimal, options);
      if (!parsed.ok) throw new Error(parsed.error.report());
      expect(parsed.known && parsed.type).toBe(type);
    }
    minimalCases++;
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: each vendor-nullable field nulled still parses to the same event",
    (_name, c) => {
      const original = mluviiWebhooks.parse(c.value);
      for (const variant of modelVariants(schemaOf(c.type), c.value, modelOf(c.type))) {
        const parsed = mluviiWebhooks.safeParse(variant.value);
        if (!parsed.ok) throw new Error(`${variant.kind} ${variant.site.jsonPath}: ${parsed.error.report()}`);
        expect(parsed.event, `${variant.kind} ${variant.site.jsonPath}`).toEqual(
          applyEdits(original.event, [{ path: variant.site.path, kind: variant.kind }]),
        );
        propertyCases++;
      }
    },
  );

  it("any set of those edits at once still parses to the same event with just those fields changed", () => {
    const withVariants = cases
      .map((c) => ({ c, variants: [...modelVariants(schemaOf(c.type), c.value, modelOf(c.type))] }))
      .filter((entry) => entry.variants.length > 1);
    fc.assert(
      fc.property(
        fc
          .constantFrom(...withVariants)
          .chain(({ c, variants }) => fc.tuple(fc.constant(c), fc.subarray(variants, { minLength: 2 }))),
        ([c, picked]) => {
          const edits = independent(picked).map((v) => ({ path: v.site.path, kind: v.kind }));
          const parsed = mluviiWebhooks.safeParse(applyEdits(c.value, edits));
          if (!parsed.ok) throw new Error(parsed.error.report());
          expect(parsed.event).toEqual(applyEdits(mluviiWebhooks.parse(c.value).event, edits));
        },
      ),
      { numRuns: 200 },
    );
    propertyCases += 200;
  });
});

/** Drops edits inside a field another edit already nulls, so each edit changes exactly the field it names. */
function independent(variants: readonly ModelVariant[]): ModelVariant[] {
  const key = (path: readonly PathSegment[]) => path.map(String).join("\u0000");
  return variants.filter(
    (v) =>
      !variants.some(
        (other) =>
          other !== v &&
          other.site.path.length < v.site.path.length &&
          key(v.site.path.slice(0, other.site.path.length)) === key(other.site.path),
      ),
  );
}
