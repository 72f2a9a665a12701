import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  // The webhook event names come from a devDependency through a type-only import: inline them so the published
  // declarations do not import @contactkit/mluvii-webhooks.
  dts: { resolve: ["@contactkit/mluvii-webhooks"] },
  clean: true,
  target: "node20",
  platform: "node",
  tsconfig: "tsconfig.build.json",
});
