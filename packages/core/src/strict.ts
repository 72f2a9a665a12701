import * as z from "zod";
import { mapChildren } from "./schema-walk";
import { closedTwinOf } from "./vocabulary";

const cache = new WeakMap<z.ZodType, z.ZodType>();
const sources = new WeakMap<z.ZodType, z.ZodType>();

/** @internal The tolerant schema a strict twin was derived from (`undefined` for any other schema). */
export function strictSourceOf(twin: z.ZodType): z.ZodType | undefined {
  return sources.get(twin);
}

/**
 * Derives the strict twin of a tolerant schema: objects reject unknown keys and open enums accept only their
 * known values, at every depth. Built lazily, once per schema, the first time a caller parses with `strict`.
 */
export function strictify<T extends z.ZodType>(schema: T): T {
  return strictifyAny(schema) as T;
}

function strictifyAny(schema: z.ZodType): z.ZodType {
  const hit = cache.get(schema);
  if (hit) return hit;
  let out = closedTwinOf(schema);
  if (!out) {
    const mapped = mapChildren(schema, strictifyAny);
    const def = mapped._zod.def as z.core.$ZodObjectDef;
    // Unknown keys become errors, unless the object declares a catchall of its own (a typed open map).
    const openCatchall = def.type === "object" && (!def.catchall || def.catchall._zod.def.type === "unknown");
    out = openCatchall ? mapped.clone({ ...def, catchall: z.never() } as z.core.$ZodTypeDef) : mapped;
  }
  cache.set(schema, out);
  if (out !== schema) sources.set(out, schema);
  return out;
}
