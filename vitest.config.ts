/**
 * One test project per folder under `packages/` that has a `test/` folder, found on disk (a new package needs no
 * entry here), plus `examples`. Project names are folder names: `pnpm exec vitest run --project core`.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Workspace packages resolve to their sources, so a test never depends on a stale build: every package's `exports`
 * carries the `@contactkit/source` condition first (as zod does with `@zod/source`). The rest is vite's default list
 * for the server (node) environment the tests run in, which setting `conditions` replaces — without `module`: a
 * dependency resolved through it (e.g. `@opentelemetry/api`'s bundler-only ESM build, whose imports have no file
 * extensions) is then loaded by Node itself and fails, so tests resolve dependencies as Node does.
 */
const conditions = ["@contactkit/source", "node", "development|production"];
const resolve = { conditions };

/**
 * Child processes the tests start (`node --import tsx …`) resolve the same way. The condition is appended to any
 * NODE_OPTIONS already set; vitest's own workers are already running, so only the children see it.
 */
const env = { NODE_OPTIONS: [process.env.NODE_OPTIONS, "--conditions=@contactkit/source"].filter(Boolean).join(" ") };

const packages = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, "packages", entry.name, "test")))
  .map((entry) => entry.name)
  .sort();

export default defineConfig({
  test: {
    projects: [
      ...packages.map((name) => ({
        resolve,
        ssr: { resolve },
        test: { name, root: join(root, "packages", name), include: ["test/**/*.test.ts"], testTimeout: 20_000, env },
      })),
      // Examples are smoke-run where they can run.
      {
        resolve,
        ssr: { resolve },
        test: {
          name: "examples",
          root: join(root, "examples"),
          include: ["*/test/**/*.test.ts"],
          testTimeout: 30_000,
          env,
        },
      },
    ],
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
