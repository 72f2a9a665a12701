#!/usr/bin/env node
// `pnpm bench`: runs every package's bench/*.bench.ts in turn (with tsx, which resolves the workspace
// packages to their sources through tsconfig paths) and prints their tables of ratios.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const only = process.argv[2];
let failed = 0;
for (const pkg of readdirSync(join(root, "packages")).sort()) {
  if (only && pkg !== only) continue;
  const dir = join(root, "packages", pkg, "bench");
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort()) {
    console.log(`\n# ${pkg}/bench/${file}`);
    try {
      execFileSync(process.execPath, ["--import", "tsx", join(dir, file)], { cwd: root, stdio: "inherit" });
    } catch {
      failed++;
    }
  }
}
process.exit(failed ? 1 : 0);
