#!/usr/bin/env node
/**
 * Fails when a file that ships or that users read cites something they cannot see: the team's internal research
 * notes or seed copies ("vendor notes §2.2", "seed 001", "(§6.3)", a `shared/` path) or its process ("issue note").
 * Every citation must name a public source: a vendor URL or `owner/repo@commit:path`.
 *
 * Scans: every package's `dist/` (run after `pnpm build`), `src/`, README and CHANGELOG, `docs/` (without the
 * generated API reference) and the root README. Run: `node scripts/check-public-refs.mjs`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const INTERNAL = [
  /vendor[ -]notes?\b/i,
  /\bseeds?[ -]?0\d\d\b/i,
  /\bseed(?:s)? (?:file|copy|copies|example)s?\b/i,
  /§\s?\d/,
  /\.\.\/shared\b|\bshared\/(?:seeds|vendor-notes|DESIGN)/,
  /\bissue note\b/i,
];
const TEXT = /\.(?:[cm]?[jt]s|d\.[cm]?ts|md|json|map)$/;

function* files(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === "node_modules" || entry === "api") continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.test(entry)) yield path;
  }
}

const targets = [join(root, "README.md"), ...files(join(root, "docs"))];
for (const pkg of readdirSync(join(root, "packages"))) {
  const dir = join(root, "packages", pkg);
  for (const f of ["README.md", "CHANGELOG.md"]) if (existsSync(join(dir, f))) targets.push(join(dir, f));
  targets.push(...files(join(dir, "src")), ...files(join(dir, "dist")));
}

const hits = [];
for (const file of targets) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    const pattern = INTERNAL.find((p) => p.test(line));
    if (pattern) hits.push(`${relative(root, file)}:${i + 1}: ${line.trim().slice(0, 160)}`);
  });
}
if (hits.length > 0) {
  console.error(`${hits.length} line(s) cite internal documents; cite the public source instead:\n${hits.join("\n")}`);
  process.exit(1);
}
console.log(`public references: ${targets.length} files checked, no internal references`);
