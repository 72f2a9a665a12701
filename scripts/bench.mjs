#!/usr/bin/env node
// `pnpm bench [package]`: runs every package's bench/*.bench.ts in turn (with tsx, which resolves the workspace
// packages to their sources through tsconfig paths), prints their tables of ratios, and — for a full run —
// writes them to docs/benchmarks.md with the machine they were measured on.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const only = process.argv[2];
const sections = [];
let failed = 0;
for (const pkg of readdirSync(join(root, "packages")).sort()) {
  if (only && pkg !== only) continue;
  const dir = join(root, "packages", pkg, "bench");
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort()) {
    const title = `${pkg}/bench/${file}`;
    console.log(`\n# ${title}`);
    try {
      const out = execFileSync(process.execPath, ["--import", "tsx", join(dir, file)], { cwd: root, encoding: "utf8" });
      process.stdout.write(out);
      sections.push(
        `## \`${title}\`\n\n\`pnpm exec tsx packages/${pkg}/bench/${file}\`\n${out.replace(/^## /gm, "### ")}`,
      );
    } catch (error) {
      failed++;
      process.stdout.write(String(error.stdout ?? ""));
      console.error(String(error.stderr ?? error.message));
    }
  }
}
if (!only && failed === 0) {
  const header = [
    "# Benchmarks",
    "",
    "Written by `pnpm bench`. Figures are ratios measured within one run (cases interleaved, fastest batch of each),",
    "so they compare code paths rather than machines; absolute times vary with the machine and its load.",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg()[0]?.toFixed(1)}.`,
    "",
  ];
  writeFileSync(join(root, "docs/benchmarks.md"), `${header.join("\n")}\n${sections.join("\n")}`);
  console.log("\nwrote docs/benchmarks.md");
}
process.exit(failed ? 1 : 0);
