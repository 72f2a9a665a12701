import { packageBuild } from "../../tsup.base";

// /testing and /manifest import the package's own main entry by name (external here, a self-reference at run time), so the main
// entry shares no chunk with it: its bundle and its declarations stay free of test code, and both use one family.
export default packageBuild(
  {
    index: "src/index.ts",
    testing: "src/testing.ts",
    "testing/arbitraries": "src/testing/arbitraries.ts",
    manifest: "src/manifest.ts",
  },
  { external: ["@contactkit/mluvii-webhooks"] },
);
