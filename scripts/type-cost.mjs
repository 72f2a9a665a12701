#!/usr/bin/env node
// Measures what a consumer file costs the type checker: tsc's "Instantiations" for a program made of
// <consumer> minus the same for <baseline> (a file importing the same package and doing nothing), so the
// package's own declarations and zod's are not counted. Prints JSON {baseline, consumer, delta}.
// Usage: node scripts/type-cost.mjs <consumer.ts> <baseline.ts>
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const [consumer, baseline] = process.argv.slice(2).map((p) => resolve(p));
if (!consumer || !baseline) {
  console.error("usage: node scripts/type-cost.mjs <consumer.ts> <baseline.ts>");
  process.exit(2);
}

function instantiations(file) {
  // Inside the repository, so module and @types resolution work exactly as in the real type-check.
  const cache = join(root, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "type-cost-"));
  try {
    const config = join(dir, "tsconfig.json");
    writeFileSync(
      config,
      JSON.stringify({
        extends: join(root, "tsconfig.json"),
        compilerOptions: { noEmit: true, baseUrl: root },
        include: [],
        files: [file],
      }),
    );
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    let out;
    try {
      out = execFileSync(process.execPath, [tsc, "-p", config, "--extendedDiagnostics"], { encoding: "utf8" });
    } catch (error) {
      throw new Error(`type errors in ${file}:\n${error.stdout ?? error.message}`);
    }
    const m = /Instantiations:\s+(\d+)/.exec(out);
    if (!m) throw new Error(`no Instantiations line in tsc output:\n${out}`);
    return Number(m[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const base = instantiations(baseline);
const cons = instantiations(consumer);
console.log(JSON.stringify({ baseline: base, consumer: cons, delta: cons - base }));
