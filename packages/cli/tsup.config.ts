import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base";

export default defineConfig(
  [
    packageBuild({ index: "src/index.ts" }),
    // The `contactkit` binary: ESM only, with a shebang; its declarations are the library's.
    packageBuild(
      { cli: "src/cli.ts" },
      { format: ["esm"], dts: false, clean: false, banner: { js: "#!/usr/bin/env node" } },
    ),
  ].flat(),
);
