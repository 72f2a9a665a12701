#!/usr/bin/env node
// `pnpm bench [package]`: runs every package's bench/*.bench.ts in turn (with tsx and the `@contactkit/source`
// condition, which resolve the workspace packages to their sources), prints their tables of ratios, and — for a full run —
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
      const loadBefore = loadavg()[0]?.toFixed(2);
      const out = execFileSync(
        process.execPath,
        ["--conditions=@contactkit/source", "--import", "tsx", join(dir, file)],
        { cwd: root, encoding: "utf8" },
      );
      const load = `Load average ${loadBefore} before, ${loadavg()[0]?.toFixed(2)} after.`;
      process.stdout.write(`${out}\n${load}\n`);
      sections.push(
        `## \`${title}\`\n\n\`pnpm exec tsx --conditions=@contactkit/source packages/${pkg}/bench/${file}\` — ${load}\n${out.replace(/^## /gm, "### ")}`,
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
    "Written by `pnpm bench`. Figures are ratios measured within one process, so they compare code paths rather than",
    "machines; absolute times vary with the machine and its load. The goal benchmarks (`goal.bench.ts`) measure what",
    "receiving an event costs: `(safeParse(text) − JSON.parse(text)) ÷ JSON.parse(text)` on each payload's compact",
    "text, parsed afresh every call, as the median over rounds of paired batches (the two back to back, order",
    "alternating); then the same for the mixed stream of all payloads in turn; then bytes allocated per event against",
    "`JSON.parse`'s (heap growth between forced collections, counted only when V8's GC profiler saw no collection in",
    "between). Other tables take the fastest of interleaved batches. Rows marked *hot value* validate one parsed value",
    "reused in a loop, which flatters every validator; they are not the goal figures.",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg()[0]?.toFixed(1)}.`,
    "",
  ];
  writeFileSync(join(root, "docs/benchmarks.md"), `${header.join("\n")}\n${sections.join("\n")}`);
  console.log("\nwrote docs/benchmarks.md");
}
process.exit(failed ? 1 : 0);
