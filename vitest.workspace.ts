/**
 * The list of test projects, one per package. vitest 4 reads projects from `vitest.config.ts`, which
 * imports this list; keep one entry per package here.
 */
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Workspace packages resolve to their sources in tests, so a test never depends on a stale build. */
const alias = [
  // A subpath export `@contactkit/<pkg>/<sub>` is the source file `packages/<pkg>/src/<sub>.ts`.
  { find: /^@contactkit\/([a-z-]+)\/([a-z/-]+)$/, replacement: `${root}packages/$1/src/$2.ts` },
  { find: /^@contactkit\/([a-z-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
];

const packages = [
  "core",
  "mluvii-webhooks",
  "mluvii-api",
  "mluvii-chatbot",
  "ccai-qm-chat",
  "expertflow-cim",
  "mluvii-simulator",
  "cli",
  "redis",
];

export default [
  ...packages.map((name) => ({
    resolve: { alias },
    test: { name, root: `${root}packages/${name}`, include: ["test/**/*.test.ts"], testTimeout: 20_000 },
  })),
  // Examples are smoke-run where they can run.
  {
    resolve: { alias },
    test: { name: "examples", root: `${root}examples`, include: ["*/test/**/*.test.ts"], testTimeout: 30_000 },
  },
];
