import * as z from "zod";
import { closedTwinOf } from "./vocabulary";

const cache = new WeakMap<z.ZodType, z.ZodType>();

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
  const closed = closedTwinOf(schema);
  if (closed) {
    cache.set(schema, closed);
    return closed;
  }
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const s = (x: unknown): z.ZodType => strictifyAny(x as z.ZodType);
  let out: z.ZodType;
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const strictShape: Record<string, z.ZodType> = {};
      for (const key of Object.keys(shape)) strictShape[key] = s(shape[key]);
      const catchall = def.catchall as z.ZodType | undefined;
      const keepCatchall = catchall && catchall._zod.def.type !== "unknown";
      out = schema.clone({
        ...def,
        shape: strictShape,
        catchall: keepCatchall ? s(catchall) : z.never(),
      } as typeof def);
      break;
    }
    case "array":
      out = schema.clone({ ...def, element: s(def.element) } as typeof def);
      break;
    case "tuple":
      out = schema.clone({
        ...def,
        items: (def.items as z.ZodType[]).map(s),
        rest: def.rest ? s(def.rest) : def.rest,
      } as typeof def);
      break;
    case "record":
      out = schema.clone({ ...def, valueType: s(def.valueType) } as typeof def);
      break;
    case "union":
      out = schema.clone({ ...def, options: (def.options as z.ZodType[]).map(s) } as typeof def);
      break;
    case "intersection":
      out = schema.clone({ ...def, left: s(def.left), right: s(def.right) } as typeof def);
      break;
    case "pipe":
      out = schema.clone({ ...def, in: s(def.in), out: s(def.out) } as typeof def);
      break;
    case "lazy": {
      const getter = def.getter as () => z.ZodType;
      let memo: z.ZodType | undefined;
      out = schema.clone({
        ...def,
        getter: () => {
          memo ??= s(getter());
          return memo;
        },
      } as typeof def);
      break;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "catch":
    case "readonly":
      out = schema.clone({ ...def, innerType: s(def.innerType) } as typeof def);
      break;
    default:
      out = schema;
  }
  cache.set(schema, out);
  return out;
}
