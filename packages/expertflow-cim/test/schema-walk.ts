// Walking the package's zod schemas for the field-truth tests: which object schemas an event reaches, and the
// payload that keeps only what the vendor's model requires.
import type * as z from "zod";
import { type VendorObject, vendorObjects } from "./vendor-model";

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

/** The fields of a zod object schema. */
export const shapeOf = (schema: unknown): Record<string, z.ZodType> => defOf(schema).shape as Record<string, z.ZodType>;

/** Whether an object schema lets the key be absent (zod's own rule). */
export const mayBeAbsent = (field: z.ZodType): boolean =>
  (field as unknown as { _zod: { optin?: string } })._zod.optin === "optional";

/** The `since` a field's metadata records. */
export const sinceOf = (field: z.ZodType): string | undefined =>
  (field.meta() as { since?: string } | undefined)?.since;

/** Every zod object schema reachable from `schema` (through wrappers, arrays, unions, records and catchalls). */
export function objectSchemasOf(schema: unknown, seen = new Set<unknown>()): Set<unknown> {
  if (seen.has(schema)) return seen;
  seen.add(schema);
  const def = defOf(schema);
  const visit = (s: unknown) => {
    if (s) objectSchemasOf(s, seen);
  };
  if (WRAPPERS.has(def.type)) visit(def.innerType);
  else if (def.type === "object") {
    for (const field of Object.values(def.shape as Record<string, unknown>)) visit(field);
    visit(def.catchall);
  } else if (def.type === "array") visit(def.element);
  else if (def.type === "union") for (const option of def.options as unknown[]) visit(option);
  else if (def.type === "record") visit(def.valueType);
  else if (def.type === "pipe") visit(def.in);
  return seen;
}

/** Only the object schemas of {@link objectSchemasOf}. */
export const objectsOnly = (schemas: Set<unknown>): unknown[] => [...schemas].filter((s) => defOf(s).type === "object");

/** The vendor rows that describe an object schema (two for a task: `task/Task` and the older `dto/TaskDto`). */
export const vendorRowsFor = (schema: unknown): VendorObject[] => vendorObjects.filter((o) => o.schema === schema);

/** An event's root object: its fields are the CimEvent's (or the Studio intent's) plus `envelope`. */
const isEventRoot = (schema: unknown): boolean => {
  const shape = shapeOf(schema);
  return "envelope" in shape && "name" in shape && "eventEmitter" in shape;
};

function accepts(schema: unknown, value: unknown): boolean {
  return (schema as z.ZodType).safeParse(value).success;
}

function resolve(schema: unknown, value: unknown): unknown {
  let current: unknown = schema;
  for (let guard = 0; current && guard < 64; guard++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else if (def.type === "union") current = (def.options as unknown[]).find((o) => accepts(o, value));
    else return current;
  }
  return current;
}

/**
 * `value` with every field removed that the vendor's model does not require (at every depth, in every object the
 * vendor table describes); objects the table does not describe (the Studio envelope) lose what the package schema
 * lets be absent. What is left is the smallest payload the vendor's model allows.
 */
export function vendorMinimal(schema: unknown, value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const resolved = resolve(schema, value);
  if (!resolved) return structuredClone(value);
  const def = defOf(resolved);
  if (def.type === "object" && isRecord(value)) {
    const shape = def.shape as Record<string, z.ZodType>;
    const rows = isEventRoot(resolved) ? vendorObjects.filter((o) => o.name === "CimEvent") : vendorRowsFor(resolved);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const field = shape[key];
      if (!field) continue;
      const listed = rows.filter((row) => row.fields.includes(key));
      const keep = listed.length > 0 ? listed.some((row) => row.required.includes(key)) : !mayBeAbsent(field);
      if (keep) out[key] = vendorMinimal(field, child);
    }
    return out;
  }
  if (def.type === "array" && Array.isArray(value)) return value.map((item) => vendorMinimal(def.element, item));
  if (def.type === "record" && isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vendorMinimal(def.valueType, v)]));
  }
  return structuredClone(value);
}
