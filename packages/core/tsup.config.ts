import { packageBuild } from "../../tsup.base";

export default packageBuild({
  index: "src/index.ts",
  "adapters/node": "src/adapters/node.ts",
  testing: "src/testing.ts",
  "testing/arbitraries": "src/testing/arbitraries.ts",
  manifest: "src/manifest.ts",
});
