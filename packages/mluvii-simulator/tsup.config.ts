import { packageBuild } from "../../tsup.base";

// `shims`: the emulator finds its built UI next to the module through `import.meta.url`, in the CommonJS build too.
export default packageBuild({ index: "src/index.ts" }, { shims: true });
