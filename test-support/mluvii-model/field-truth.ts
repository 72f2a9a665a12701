/**
 * Checks a schema against a vendor model written as data (each package's `test/vendor-model.ts`), and derives the payloads the
 * vendor model allows: the minimal one and every single-field variant. The variants come from the vendor's
 * model, not from the schema under test, so a schema that is too strict fails them.
 */
import { editAt, type FieldSite, fieldSites, type PathSegment, valueAt } from "@contactkit/core/testing";
import type * as z from "zod";
import { expectation, type FieldModel, isOpaque, modelPath, type ObjectModel } from "./csharp-rule";

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Whether `path` lies under a field the model calls opaque (`object`): the model lists nothing there. */
function underOpaque(model: ObjectModel, path: string): boolean {
  return Object.entries(model.fields).some(
    ([field, type]) => isOpaque(type) && (path.startsWith(`${field}.`) || path.startsWith(`${field}[]`)),
  );
}

/**
 * Differences between what the schema does with the fields present in `values` and what the vendor model says:
 * a field the model does not list, a listed field no value shows (`alsoShownBy`: other payloads of the same event,
 * e.g. its other form, that count as showing a field), and every requiredness or nullability that differs. Empty
 * when they agree.
 */
export function differencesFromModel(
  schema: z.ZodType,
  values: readonly unknown[],
  model: ObjectModel,
  alsoShownBy: readonly unknown[] = [],
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of alsoShownBy) for (const site of fieldSites(schema, value)) seen.add(modelPath(site.path));
  for (const value of values) {
    for (const site of fieldSites(schema, value)) {
      const path = modelPath(site.path);
      if (underOpaque(model, path)) continue;
      seen.add(path);
      const field = model.fields[path];
      if (field === undefined) {
        out.push(`${path}: in the schema, not in the vendor model`);
        continue;
      }
      const want = expectation(field);
      if (site.optional === want.required) out.push(`${path}: schema ${site.optional ? "optional" : "required"}`);
      if (site.nullable !== want.nullable) out.push(`${path}: schema ${site.nullable ? "nullable" : "not nullable"}`);
    }
  }
  for (const path of Object.keys(model.fields)) {
    if (!path.endsWith("{}") && !seen.has(path)) out.push(`${path}: no fixture shows it`);
  }
  return [...new Set(out)];
}

/** `value` reduced to the fields the vendor model requires, at every depth (unknown keys dropped too). */
export function minimalByModel(value: unknown, model: ObjectModel, prefix = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => minimalByModel(item, model, `${prefix}[]`));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const dictionary = model.fields[`${prefix}{}`];
    const field: FieldModel | string | undefined = dictionary ?? model.fields[path];
    if (field === undefined || !expectation(field).required) continue;
    out[key] = dictionary !== undefined || isOpaque(field) ? item : minimalByModel(item, model, path);
  }
  return out;
}

/** One payload the vendor model allows: one optional field removed, or one nullable field set to `null`. */
export interface ModelVariant {
  readonly kind: "absent" | "null";
  readonly site: FieldSite;
  readonly value: unknown;
}

/** Every single-field variant of `value` that the vendor model allows (fields the model lists only). */
export function* modelVariants(schema: z.ZodType, value: unknown, model: ObjectModel): Generator<ModelVariant> {
  for (const site of fieldSites(schema, value)) {
    const field = model.fields[modelPath(site.path)];
    if (field === undefined) continue;
    const want = expectation(field);
    if (!want.required) yield { kind: "absent", site, value: editAt(value, site.path, "absent") };
    if (want.nullable && valueAt(value, site.path) !== null) {
      yield { kind: "null", site, value: editAt(value, site.path, "null") };
    }
  }
}

/** A dictionary (`callParams{}` …) with one of its values set to `null`, and whether the model allows that. */
export interface DictionaryNullCase {
  readonly path: string;
  readonly nullable: boolean;
  readonly value: unknown;
}

/** For every dictionary the model lists and `value` holds non-empty: the same payload with its first value `null`. */
export function dictionaryNullCases(value: unknown, model: ObjectModel): DictionaryNullCase[] {
  const out: DictionaryNullCase[] = [];
  for (const [path, field] of Object.entries(model.fields)) {
    if (!path.endsWith("{}")) continue;
    for (const at of concretePaths(value, path.slice(0, -2))) {
      const dictionary = valueAt(value, at);
      const first = isRecord(dictionary) ? Object.keys(dictionary)[0] : undefined;
      if (first === undefined) continue;
      out.push({ path, nullable: expectation(field).nullable, value: editAt(value, [...at, first], "null") });
    }
  }
  return out;
}

/** The concrete paths in `value` that a model path (`a[].b`) names. */
function concretePaths(value: unknown, path: string): PathSegment[][] {
  let current: PathSegment[][] = [[]];
  for (const token of path.match(/[^.[\]]+|\[\]/g) ?? []) {
    const next: PathSegment[][] = [];
    for (const at of current) {
      const here = valueAt(value, at);
      if (token === "[]") {
        if (Array.isArray(here)) for (let i = 0; i < here.length; i++) next.push([...at, i]);
      } else if (isRecord(here) && Object.hasOwn(here, token)) next.push([...at, token]);
    }
    current = next;
  }
  return current;
}
