// Creates the skeleton of a workspace package (package.json, tsconfig, tsup, typedoc, README).
// Usage: node scripts/scaffold-package.mjs <name> "<description>" [dep,dep] [subpath=src/file.ts,...]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [name, description, depList = "", subpathList = ""] = process.argv.slice(2);
if (!name || !description) throw new Error("usage: scaffold-package <name> <description> [deps] [subpaths]");
const dir = join("packages", name);
if (existsSync(join(dir, "package.json"))) throw new Error(`${dir} exists`);
for (const d of ["src", "test/fixtures", "bench"]) mkdirSync(join(dir, d), { recursive: true });

const deps = Object.fromEntries(
  depList
    .split(",")
    .filter(Boolean)
    .map((d) => (d.includes("@") && !d.startsWith("@contactkit/") ? d.split(/(?<=.)@/) : [d, "workspace:*"])),
);
const subpaths = subpathList
  .split(",")
  .filter(Boolean)
  .map((s) => s.split("="));
const entry = { index: "src/index.ts" };
const exportsMap = { ".": conditions("index") };
for (const [sub, file] of subpaths) {
  const out = sub.replace(/^\.\//, "");
  entry[out] = file;
  exportsMap[sub] = conditions(out);
}
exportsMap["./package.json"] = "./package.json";

function conditions(out) {
  return {
    import: { types: `./dist/${out}.d.ts`, default: `./dist/${out}.js` },
    require: { types: `./dist/${out}.d.cts`, default: `./dist/${out}.cjs` },
  };
}

const pkg = {
  name: `@contactkit/${name}`,
  version: "0.0.0",
  description,
  license: "MIT",
  type: "module",
  sideEffects: false,
  engines: { node: ">=20.19" },
  exports: exportsMap,
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.cts",
  files: ["dist", "README.md"],
  scripts: { build: "tsup" },
  ...(Object.keys(deps).length ? { dependencies: deps } : {}),
  peerDependencies: { zod: "^4" },
  repository: { type: "git", url: "git+https://github.com/contactkit/contactkit.git", directory: `packages/${name}` },
  publishConfig: { access: "public" },
};
writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  join(dir, "tsconfig.build.json"),
  `${JSON.stringify({ extends: "../../tsconfig.base.json", compilerOptions: { noEmit: false, rootDir: "src" }, include: ["src"] }, null, 2)}\n`,
);
writeFileSync(
  join(dir, "tsup.config.ts"),
  `import { packageBuild } from "../../tsup.base";\n\nexport default packageBuild(${JSON.stringify(entry)});\n`,
);
writeFileSync(
  join(dir, "typedoc.json"),
  `${JSON.stringify({ entryPoints: Object.values(entry), tsconfig: "tsconfig.build.json", readme: "README.md", disableGit: true, sourceLinkTemplate: "https://github.com/contactkit/contactkit/blob/main/{path}#L{line}" }, null, 2)}\n`,
);
if (!existsSync(join(dir, "README.md")))
  writeFileSync(join(dir, "README.md"), `# @contactkit/${name}\n\n${description}\n`);
if (!existsSync(join(dir, "src/index.ts"))) writeFileSync(join(dir, "src/index.ts"), "export {};\n");
console.log(`scaffolded ${dir}`);
