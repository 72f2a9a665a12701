import type * as z from "zod";
import { toJsonPath } from "../errors";
import { isJsonObject } from "../objects";

/** A key or array index on the way from the root of a payload to one of its values. */
export type PathSegment = string | number;

/** A field present in a payload, and what the schema allows in its place. */
export interface FieldSite {
  /** Keys and indexes from the root to the field. */
  readonly path: readonly PathSegment[];
  /** The same path as JSON path text, e.g. `$.data.items[0].name`. */
  readonly jsonPath: string;
  /** The schema accepts the payload without this key. */
  readonly optional: boolean;
  /** The schema accepts `null` as this field's value. */
  readonly nullable: boolean;
}

/** One payload derived from another by removing one optional field or nulling one nullable field. */
export interface FieldVariant {
  /** `absent`: the key was removed; `null`: its value was replaced by `null`. */
  readonly kind: "absent" | "null";
  /** The field that was changed. */
  readonly site: FieldSite;
  /** A deep copy of the payload with the change applied. */
  readonly value: unknown;
}

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as Def;

/** Wrappers whose inner schema decides the shape of a present, non-null value. */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

const isRecord = isJsonObject;

/** The schema that validates `value` in place of `schema`, once wrappers, pipes, lazies and unions are resolved. */
function resolve(schema: z.core.$ZodType, value: unknown): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (let guard = 0; current && guard < 64; guard++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType as z.core.$ZodType;
    else if (def.type === "pipe") current = def.in as z.core.$ZodType;
    else if (def.type === "lazy") current = (def.getter as () => z.core.$ZodType)();
    else if (def.type === "union") {
      // The first branch that accepts the value is the one zod reports it against.
      const options = def.options as z.core.$ZodType[];
      current = options.find((option) => accepts(option, value));
    } else return current;
  }
  return current;
}

function accepts(schema: z.core.$ZodType, value: unknown): boolean {
  return (schema as z.ZodType).safeParse(value).success;
}

/** Whether an object schema lets `key` be absent (zod's own rule for missing keys). */
function keyMayBeAbsent(fieldSchema: z.core.$ZodType): boolean {
  return fieldSchema._zod.optin === "optional";
}

function walk(schema: z.core.$ZodType, value: unknown, path: PathSegment[], out: FieldSite[]): void {
  if (value === null || typeof value !== "object") return;
  const resolved = resolve(schema, value);
  if (!resolved) return;
  const def = defOf(resolved);
  if (def.type === "object" && isRecord(value)) {
    const shape = def.shape as Record<string, z.core.$ZodType>;
    for (const key of Object.keys(value)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : (def.catchall as z.core.$ZodType | undefined);
      if (!field) continue;
      const fieldPath = [...path, key];
      out.push({
        path: fieldPath,
        jsonPath: toJsonPath(fieldPath),
        optional: Object.hasOwn(shape, key) && keyMayBeAbsent(field),
        nullable: accepts(field, null),
      });
      walk(field, value[key], fieldPath, out);
    }
  } else if (def.type === "array" && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(def.element as z.core.$ZodType, value[i], [...path, i], out);
  } else if (def.type === "record" && isRecord(value)) {
    for (const key of Object.keys(value)) walk(def.valueType as z.core.$ZodType, value[key], [...path, key], out);
  } else if (def.type === "tuple" && Array.isArray(value)) {
    const items = def.items as z.core.$ZodType[];
    for (let i = 0; i < items.length; i++) walk(items[i] as z.core.$ZodType, value[i], [...path, i], out);
  } else if (def.type === "intersection") {
    walk(def.left as z.core.$ZodType, value, path, out);
    walk(def.right as z.core.$ZodType, value, path, out);
  }
}

/**
 * Every field present in `value` (at any depth) that `schema` declares, with whether the schema lets it be absent
 * or `null`. Walks the schema and the value together: through objects, arrays, records, wrappers, pipes, lazy
 * schemas and unions (following the branch that accepts the value). Keys the schema does not declare are skipped.
 *
 * @example
 * const sites = fieldSites(mluviiWebhooks.schemas.SessionCreated, fixture);
 * sites.filter((s) => s.nullable).map((s) => s.jsonPath); // ["$.data.guest.email", …]
 */
export function fieldSites(schema: z.ZodType, value: unknown): FieldSite[] {
  const out: FieldSite[] = [];
  walk(schema, value, [], out);
  return out;
}

/**
 * Every single-field variant of `value` the schema allows: one copy per optional field with that key removed, and
 * one per nullable field (whose value is not already `null`) with `null` in its place. The property a tolerant
 * schema must have is that each variant still parses, to the same event with only that field changed.
 */
export function* fieldVariants(schema: z.ZodType, value: unknown): Generator<FieldVariant> {
  for (const site of fieldSites(schema, value)) {
    if (site.optional) yield { kind: "absent", site, value: editAt(value, site.path, "absent") };
    if (site.nullable && valueAt(value, site.path) !== null) {
      yield { kind: "null", site, value: editAt(value, site.path, "null") };
    }
  }
}

/**
 * `value` with every field the schema lets be absent removed, at every depth: the smallest payload of the same
 * shape that the schema still requires. Arrays keep their items (each reduced the same way).
 */
export function minimalOf(schema: z.ZodType, value: unknown): unknown {
  return minimise(schema, value);
}

function minimise(schema: z.core.$ZodType, value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const resolved = resolve(schema, value);
  if (!resolved) return structuredClone(value);
  const def = defOf(resolved);
  if (def.type === "object" && isRecord(value)) {
    const shape = def.shape as Record<string, z.core.$ZodType>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!field || keyMayBeAbsent(field)) continue;
      out[key] = minimise(field, value[key]);
    }
    return out;
  }
  if (def.type === "array" && Array.isArray(value)) {
    return value.map((item) => minimise(def.element as z.core.$ZodType, item));
  }
  if (def.type === "record" && isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = minimise(def.valueType as z.core.$ZodType, value[key]);
    return out;
  }
  return structuredClone(value);
}

/** The value at `path` in `root` (`undefined` when the path does not exist). */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/**
 * A deep copy of `root` with the field at `path` removed (`"absent"`) or set to `null` (`"null"`). Apply the same
 * edit to a parsed event to get the event a variant must parse to.
 */
export function editAt(root: unknown, path: readonly PathSegment[], edit: "absent" | "null"): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return edit === "null" ? null : undefined;
  const parent = valueAt(copy, path.slice(0, -1));
  const last = path[path.length - 1] as PathSegment;
  if (parent === null || typeof parent !== "object") throw new RangeError(`no field at ${toJsonPath(path)}`);
  if (edit === "null") (parent as Record<PathSegment, unknown>)[last] = null;
  else if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else delete (parent as Record<PathSegment, unknown>)[last];
  return copy;
}
