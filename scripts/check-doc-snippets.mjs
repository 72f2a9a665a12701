#!/usr/bin/env node
// Type-checks the TypeScript in our Markdown: every ```ts block of README.md, docs/**/*.md (except generated
// folders) and packages/*/README.md is written to node_modules/.cache/doc-snippets/ and compiled with the
// repository's tsconfig (strict, workspace packages resolved to sources: the snippets sit outside every package, so
// each package's `@contactkit/source` exports become `paths` here, read from its package.json). A block that must not be checked is
// fenced as ```ts nocheck. Each block is a module of its own: it imports what it uses and declares its inputs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const outDir = join(root, "node_modules/.cache/doc-snippets");
const skipDirs = new Set(["api", "events", "node_modules"]);

function markdownFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return skipDirs.has(name) ? [] : markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

const files = [
  join(root, "README.md"),
  ...markdownFiles(join(root, "docs")),
  ...readdirSync(join(root, "packages")).flatMap((p) =>
    markdownFiles(join(root, "packages", p)).filter((f) => !f.includes("/test/")),
  ),
];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const written = [];
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const re = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```/gm;
  let n = 0;
  for (const m of text.matchAll(re)) {
    n++;
    if (m[2].includes("nocheck")) continue;
    const line = text.slice(0, m.index).split("\n").length;
    const name = `${relative(root, file).replace(/[^A-Za-z0-9]+/g, "_")}_${n}.ts`;
    writeFileSync(join(outDir, name), `// ${relative(root, file)}:${line}\n${m[3]}\nexport {};\n`);
    written.push(name);
  }
}
/** `@contactkit/<pkg>[/<sub>]` → the source file its `@contactkit/source` export condition names, for every package. */
function sourcePaths() {
  const paths = {};
  for (const dir of readdirSync(join(root, "packages"))) {
    const manifestPath = join(root, "packages", dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    for (const [sub, target] of Object.entries(manifest.exports ?? {})) {
      const source = typeof target === "object" && target !== null ? target["@contactkit/source"] : undefined;
      if (source) paths[`${manifest.name}${sub.slice(1)}`] = [join(root, "packages", dir, source)];
    }
  }
  return paths;
}

writeFileSync(
  join(outDir, "tsconfig.json"),
  JSON.stringify({
    extends: join(root, "tsconfig.json"),
    compilerOptions: { noEmit: true, noUnusedLocals: false, paths: sourcePaths() },
    include: ["*.ts"],
  }),
);
try {
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(outDir, "tsconfig.json")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
} catch (error) {
  // Point each error back at the Markdown file and line the snippet came from.
  const out = String(error.stdout ?? "").replace(/^([^\s(]+\.ts)\((\d+),(\d+)\)/gm, (_all, f, l) => {
    const path = join(outDir, f.split("/").pop());
    const origin = existsSync(path) ? readFileSync(path, "utf8").split("\n")[0].slice(3) : f;
    const [md, start] = origin.split(":");
    return `${md}:${Number(start) + Number(l) - 1} (snippet ${f.split("/").pop()}:${l})`;
  });
  console.error(`doc snippets do not type-check:\n${out}`);
  process.exit(1);
}
console.log(`doc snippets: ${written.length} TypeScript blocks from ${files.length} Markdown files type-check`);
