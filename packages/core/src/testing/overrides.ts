import { isJsonObject } from "../objects";

/**
 * Overrides for a test event: every object field optional at every depth, arrays and primitives replaced whole.
 * An optional field may be given `undefined` to remove it (the event then lacks that key). Distributes over
 * unions, so each variant of a union keeps its own fields. Primitives are checked first, so an open enum
 * (`"Chat" | (string & {})`) stays a string rather than being mapped as an object.
 *
 * @example
 * const overrides: DeepPartial<SessionEnded> = { data: { started: null } };
 */
export type DeepPartial<T> = T extends
  | string
  | number
  | boolean
  | bigint
  | symbol
  | null
  | undefined
  | readonly unknown[]
  | ((...args: never[]) => unknown)
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | ({} extends Pick<T, K> ? undefined : never) }
    : T;

/** Only objects made as literals (or JSON) are merged key by key; a `Date` or class instance is a value. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!isJsonObject(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * `base` with `overrides` laid over it, as a new value (neither argument is changed): plain objects are merged key by
 * key at every depth, anything else — arrays, primitives, `null` — replaces what was there, and a key given as
 * `undefined` is removed.
 *
 * @example
 * mergeOverrides({ data: { id: 1, tags: ["a"], note: "x" } }, { data: { tags: ["b"], note: undefined } });
 * // → { data: { id: 1, tags: ["b"] } }
 */
export function mergeOverrides<T>(base: T, overrides: DeepPartial<T> | undefined): T {
  if (overrides === undefined) return structuredClone(base);
  return merge(base, overrides) as T;
}

function merge(base: unknown, overrides: unknown): unknown {
  if (!isPlainObject(overrides) || !isPlainObject(base)) return structuredClone(overrides);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(overrides)) {
    // Own keys only, and never `__proto__`: an override object is data, not a way to reach a prototype.
    if (key === "__proto__") continue;
    if (value === undefined) delete out[key];
    else out[key] = Object.hasOwn(out, key) ? merge(out[key], value) : structuredClone(value);
  }
  return out;
}
