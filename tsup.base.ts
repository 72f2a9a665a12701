/**
 * The one build every package shares: ESM + CJS with `.d.ts` and `.d.cts`, Node 20 syntax, dependencies and
 * peer dependencies external (tsup's default), declarations from the package's `tsconfig.build.json`.
 */
import { defineConfig, type Options } from "tsup";

export function packageBuild(entry: Record<string, string>, overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    platform: "node",
    tsconfig: "tsconfig.build.json",
    ...overrides,
  });
}
