import { type PathSegment, valueAt } from "@contactkit/core/testing";

/** Every path to a leaf of `value`: a primitive, `null` or an array (overrides replace arrays whole). */
export function leafPaths(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, key]));
}

/** The nested overrides object that sets each of `paths` to its value in `source`. */
export function overridesFrom(source: unknown, paths: readonly PathSegment[][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    let node = out;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = valueAt(source, path);
  }
  return out;
}
