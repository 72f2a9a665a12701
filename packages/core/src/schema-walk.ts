import type * as z from "zod";

/**
 * Rebuilds `schema` with each direct child schema replaced by `map(child, schema)`, for every zod container a
 * family may use (objects and their catchall, arrays, tuples, record values, unions, intersections, pipes, lazy
 * schemas and the wrappers: optional, nullable, default, prefault, nonoptional, catch, readonly). Returns `schema`
 * itself when no child changed, so a walk keeps the identity of every subtree it did not touch. A lazy schema's
 * child is mapped when the lazy is first resolved, so recursive schemas are never walked eagerly.
 */
export function mapChildren(schema: z.ZodType, map: (child: z.ZodType, parent: z.ZodType) => z.ZodType): z.ZodType {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const m = (child: unknown): z.ZodType => map(child as z.ZodType, schema);
  const rebuild = (changes: Record<string, unknown>) => schema.clone({ ...def, ...changes } as typeof def);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const mapped: Record<string, z.ZodType> = {};
      let changed = false;
      for (const key of Object.keys(shape)) {
        const child = shape[key] as z.ZodType;
        const next = m(child);
        mapped[key] = next;
        changed ||= next !== child;
      }
      const catchall = def.catchall as z.ZodType | undefined;
      const nextCatchall = catchall ? m(catchall) : catchall;
      return changed || nextCatchall !== catchall ? rebuild({ shape: mapped, catchall: nextCatchall }) : schema;
    }
    case "array": {
      const element = m(def.element);
      return element !== def.element ? rebuild({ element }) : schema;
    }
    case "tuple": {
      const items = (def.items as z.ZodType[]).map(m);
      const rest = def.rest ? m(def.rest) : def.rest;
      const changed = rest !== def.rest || items.some((item, i) => item !== (def.items as z.ZodType[])[i]);
      return changed ? rebuild({ items, rest }) : schema;
    }
    case "record": {
      const valueType = m(def.valueType);
      return valueType !== def.valueType ? rebuild({ valueType }) : schema;
    }
    case "union": {
      const options = (def.options as z.ZodType[]).map(m);
      return options.some((option, i) => option !== (def.options as z.ZodType[])[i]) ? rebuild({ options }) : schema;
    }
    case "intersection": {
      const left = m(def.left);
      const right = m(def.right);
      return left !== def.left || right !== def.right ? rebuild({ left, right }) : schema;
    }
    case "pipe": {
      const input = m(def.in);
      const output = m(def.out);
      return input !== def.in || output !== def.out ? rebuild({ in: input, out: output }) : schema;
    }
    case "lazy": {
      const getter = def.getter as () => z.ZodType;
      let memo: z.ZodType | undefined;
      return rebuild({
        getter: () => {
          memo ??= m(getter());
          return memo;
        },
      });
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "catch":
    case "readonly": {
      const innerType = m(def.innerType);
      return innerType !== def.innerType ? rebuild({ innerType }) : schema;
    }
    default:
      return schema;
  }
}
