import { packageBuild } from "../../tsup.base";

// The webhook event names come from a devDependency through a type-only import: inline them so the published
// declarations do not import @contactkit/mluvii-webhooks.
export default packageBuild({ index: "src/index.ts" }, { dts: { resolve: ["@contactkit/mluvii-webhooks"] } });
