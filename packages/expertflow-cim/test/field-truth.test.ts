/**
 * Field truth: the schemas require a field only where Expertflow's own model requires it in every supported
 * release, and accept `null` wherever that model allows it (see vendor-model.ts for how the model was read).
 * Generated cases: a minimal payload per event type, and every single-field variant (an optional field removed, a
 * nullable field set to `null`) of every real payload, plus random combinations of them.
 */
import { isDeepStrictEqual } from "node:util";
import { editAt, type FieldVariant, fieldSites, minimalOf, type PathSegment, valueAt } from "@contactkit/core/testing";
import {
  expertflowCim,
  expertflowCimSchemas,
  handRaiseDataSchema,
  participantRoleChangedDataSchema,
  studioEnvelopeSchema,
} from "@contactkit/expertflow-cim";
import * as fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import { type CorpusCase, onePerEventType, prepared, realCases } from "./corpus";
import { mayBeAbsent, objectSchemasOf, objectsOnly, shapeOf, sinceOf, vendorMinimal } from "./schema-walk";
import { vendorObjects } from "./vendor-model";

type EventType = keyof typeof expertflowCimSchemas;
const schemaOf = (type: string): z.ZodType => expertflowCimSchemas[type as EventType] as z.ZodType;

const counts = { minimal: 0, vendorMinimal: 0, variants: 0, combined: 0, realPayloads: 0 };
afterAll(() => {
  console.log(
    `expertflow-cim: minimal cases ${counts.minimal + counts.vendorMinimal} (${counts.minimal} schema-minimal + ${counts.vendorMinimal} vendor-minimal, one of each per event type), property cases ${counts.variants + counts.combined} (${counts.variants} single-field variants + ${counts.combined} random combinations, over ${counts.realPayloads} real payloads)`,
  );
});

function parseTo(value: unknown, expected: string) {
  const r = expertflowCim.safeParse(value);
  if (!r.ok) throw new Error(r.error.report());
  expect(r.known && r.type).toBe(expected);
  return r.event as unknown;
}

describe("the schemas match the vendor's model, field by field", () => {
  it("names a public source for every object", () => {
    const publicSource = /^(expertflow\/[\w.-]+@[0-9a-f]{40}:\S+|https:\/\/docs\.expertflow\.com\/\S+)$/;
    for (const o of vendorObjects) {
      expect(o.sources.length, o.name).toBeGreaterThan(0);
      for (const source of o.sources) expect(source, o.name).toMatch(publicSource);
      for (const f of [...o.required, ...o.nullable, ...Object.keys(o.since ?? {})])
        expect(o.fields, o.name).toContain(f);
    }
  });

  for (const o of vendorObjects) {
    it(`${o.name}: required, nullable and since as the vendor's model says`, () => {
      const shape = shapeOf(o.schema);
      const actual = o.fields.map((field) => {
        const schema = shape[field];
        if (!schema) return { field, declared: false };
        return {
          field,
          required: !mayBeAbsent(schema),
          nullable: schema.safeParse(null).success,
          since: sinceOf(schema),
        };
      });
      const expected = o.fields.map((field) => ({
        field,
        required: o.required.includes(field),
        nullable: o.nullable.includes(field),
        since: o.since?.[field],
      }));
      expect(actual).toEqual(expected);
    });
  }

  it("describes every key of every object schema an event reaches (vendor field or a listed extra)", () => {
    const packageOwn = new Set<unknown>([studioEnvelopeSchema, handRaiseDataSchema]);
    const roleChangeMetadata = objectsOnly(objectSchemasOf(participantRoleChangedDataSchema)).find(
      (s) => "reason" in shapeOf(s),
    );
    packageOwn.add(roleChangeMetadata);
    const reached = new Set<unknown>();
    for (const schema of Object.values(expertflowCimSchemas)) objectSchemasOf(schema, reached);
    const undescribed: string[] = [];
    for (const schema of objectsOnly(reached)) {
      const shape = shapeOf(schema);
      const isRoot = "envelope" in shape && "name" in shape;
      if (packageOwn.has(schema) || (isRoot && !("eventEmitter" in shape))) continue; // CONVERSATION_STARTED
      const rows = isRoot
        ? vendorObjects.filter((o) => o.name === "CimEvent")
        : vendorObjects.filter((o) => o.schema === schema);
      if (rows.length === 0) {
        undescribed.push(`object with keys ${Object.keys(shape).join(",")}`);
        continue;
      }
      const known = new Set(rows.flatMap((r) => [...r.fields, ...Object.keys(r.extras ?? {})]));
      for (const key of Object.keys(shape)) if (!known.has(key)) undescribed.push(`${rows[0]?.name}.${key}`);
    }
    expect(undescribed).toEqual([]);
  });
});

describe("a minimal payload of every event type parses", () => {
  const cases = onePerEventType();

  it("covers every event type the family knows", () => {
    expect(cases.map((c) => c.expected).sort()).toEqual([...expertflowCim.types].sort());
  });

  for (const c of cases) {
    it(`${c.expected}: only what the schema requires (${c.label})`, () => {
      const schema = schemaOf(c.expected);
      const minimal = minimalOf(schema, prepared(c.raw));
      expect(fieldSites(schema, minimal).filter((s) => s.optional)).toEqual([]);
      parseTo(minimal, c.expected);
      counts.minimal++;
    });

    it(`${c.expected}: only what the vendor's model requires (${c.label})`, () => {
      const minimal = vendorMinimal(schemaOf(c.expected), prepared(c.raw));
      parseTo(minimal, c.expected);
      counts.vendorMinimal++;
    });
  }
});

/**
 * The single-field variants of a payload (what `fieldVariants` yields), one per field *pattern*: the field's key and
 * its parent's key (`channel.calendarId`). A field repeated in every channel session of a conversation is varied in
 * its first occurrence only, which keeps the cases distinct and the run short on a loaded machine.
 */
function* distinctVariants(schema: z.ZodType, value: unknown): Generator<FieldVariant> {
  const seen = new Set<string>();
  for (const site of fieldSites(schema, value)) {
    const keys = site.path.filter((s): s is string => typeof s === "string");
    const pattern = keys.slice(-2).join(".");
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    if (site.optional) yield { kind: "absent", site, value: editAt(value, site.path, "absent") };
    if (site.nullable && valueAt(value, site.path) !== null) {
      yield { kind: "null", site, value: editAt(value, site.path, "null") };
    }
  }
}

type Edit = { readonly path: readonly PathSegment[]; readonly kind: "absent" | "null" };

/** A copy of `value` with several `editAt` edits applied, deepest first (a parent's edit then wins over its child's). */
function applyEdits(value: unknown, edits: readonly Edit[]): unknown {
  const copy = structuredClone(value);
  for (const edit of [...edits].sort((a, b) => b.path.length - a.path.length)) {
    const parent = valueAt(copy, edit.path.slice(0, -1)) as Record<PathSegment, unknown> | undefined;
    const key = edit.path[edit.path.length - 1] as PathSegment;
    if (parent === undefined || parent === null || typeof parent !== "object") continue;
    if (edit.kind === "null") parent[key] = null;
    else delete parent[key];
  }
  return copy;
}

describe("removing an optional field or nulling a nullable one keeps every real payload valid", () => {
  const cases: CorpusCase[] = realCases();
  counts.realPayloads = cases.length;

  for (const c of cases) {
    it(`${c.label}: every single-field variant parses to ${c.expected} with the rest unchanged`, () => {
      const schema = schemaOf(c.expected);
      const value = prepared(c.raw);
      const original = parseTo(value, c.expected);
      const failures: string[] = [];
      let n = 0;
      for (const variant of distinctVariants(schema, value)) {
        n++;
        const r = expertflowCim.safeParse(variant.value);
        const want = editAt(original, variant.site.path, variant.kind);
        if (!r.ok) failures.push(`${variant.kind} ${variant.site.jsonPath}: ${r.error.issues[0]?.message}`);
        else if (!r.known || r.type !== c.expected)
          failures.push(`${variant.kind} ${variant.site.jsonPath}: now ${r.type}`);
        else if (!isDeepStrictEqual(r.event, want))
          failures.push(`${variant.kind} ${variant.site.jsonPath}: other values changed`);
      }
      expect(failures.slice(0, 10)).toEqual([]);
      expect(n).toBeGreaterThan(0);
      counts.variants += n;
    }, 120_000);

    it(`${c.label}: random combinations of those edits parse too`, () => {
      const schema = schemaOf(c.expected);
      const value = prepared(c.raw);
      const original = parseTo(value, c.expected);
      const edits: Edit[] = [...distinctVariants(schema, value)].map((v) => ({ path: v.site.path, kind: v.kind }));
      fc.assert(
        fc.property(fc.subarray(edits, { minLength: 2, maxLength: 12 }), (picked) => {
          // Two edits of one field (absent and null) cannot both apply; keep the first.
          const byPath = new Map(picked.map((e) => [JSON.stringify(e.path), e]));
          const chosen = [...byPath.values()];
          const r = expertflowCim.safeParse(applyEdits(value, chosen));
          if (!r.ok) throw new Error(r.error.report());
          expect(r.type).toBe(c.expected);
          expect(r.event).toEqual(applyEdits(original, chosen));
          counts.combined++;
        }),
        { numRuns: 20, seed: 12 },
      );
    }, 120_000);
  }
});
