#!/usr/bin/env node
/**
 * `pnpm release:pack`: every public package's tarball in one folder, `release/`, exactly as `npm publish` would
 * upload it (`pnpm pack`: `workspace:*` ranges become the real version, `files` applies), plus
 * `release/overrides.json` mapping each package name to its tarball, for package managers that would otherwise look
 * a tarball's own `@contactkit/*` dependencies up on the registry (pnpm `overrides`, yarn `resolutions`). The README's
 * "Install" section shows how to use them; `scripts/install-check.mjs` runs those commands.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const releaseDir = join(root, "release");
rmSync(releaseDir, { recursive: true, force: true });
mkdirSync(releaseDir);

const overrides = {};
for (const name of readdirSync(join(root, "packages")).sort()) {
  const dir = join(root, "packages", name);
  if (!existsSync(join(dir, "package.json"))) continue;
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (manifest.private) continue;
  if (!existsSync(join(dir, "dist"))) throw new Error(`${manifest.name}: no dist/ — run \`pnpm build\` first`);
  const out = execFileSync("pnpm", ["pack", "--pack-destination", releaseDir], { cwd: dir, encoding: "utf8" });
  const tarball = resolve(dir, out.trim().split("\n").pop());
  overrides[manifest.name] = `file:${tarball}`;
  console.log(`${manifest.name}@${manifest.version} → release/${tarball.split("/").pop()}`);
}
writeFileSync(join(releaseDir, "overrides.json"), `${JSON.stringify(overrides, null, 2)}\n`);
console.log(`\n${Object.keys(overrides).length} tarballs in ${releaseDir}; see "Install" in README.md`);
