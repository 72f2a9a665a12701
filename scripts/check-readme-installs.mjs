#!/usr/bin/env node
/**
 * Checks what a package README promises a user who copies from it on the npm registry page:
 * - its `npm install` line names the package itself, every package its ```ts examples import, and `zod`;
 * - the pnpm (`pnpm add`) and yarn (`yarn add`) equivalents name the same packages;
 * - it says how to install before the first release (a link to the root README's Install section);
 * - its links are absolute, since relative links break on the registry page.
 *
 *   node scripts/check-readme-installs.mjs [README.md ...]     default: every packages/<name>/README.md
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const INSTALL_LINK = "https://github.com/contactkit/contactkit#install";
const builtins = new Set(builtinModules);

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; undefined for node built-ins and relative paths. */
function packageOf(specifier) {
  if (specifier.startsWith(".") || specifier.startsWith("node:") || builtins.has(specifier)) return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Package names after `<command>` in `text` (flags dropped), one set per occurrence of the command. */
function installed(text, command) {
  const sets = [];
  for (const m of text.matchAll(new RegExp(`${command}((?: +[^\\s\`&;#]+)+)`, "g"))) {
    sets.push(
      new Set(
        m[1]
          .trim()
          .split(/ +/)
          .filter((word) => !word.startsWith("-")),
      ),
    );
  }
  return sets;
}

function check(file) {
  const text = readFileSync(file, "utf8");
  const problems = [];
  const name = /^# (@contactkit\/[a-z0-9-]+)/m.exec(text)?.[1];
  if (!name) return [`no "# @contactkit/<name>" heading`];

  const imported = new Set([name, "zod"]);
  for (const block of text.matchAll(/^```(?:ts|typescript)[^\n]*\n([\s\S]*?)^```/gm)) {
    for (const m of block[1].matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\s+["']([^"']+)["']/g)) {
      const pkg = packageOf(m[1] ?? m[2]);
      if (pkg) imported.add(pkg);
    }
  }

  const shell = [...text.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)].find((b) => /\bnpm install\b/.test(b[1]));
  if (!shell) problems.push("no ```sh block with `npm install`");
  const npm = new Set((shell ? installed(shell[1], "npm install") : []).flatMap((s) => [...s]));
  const missing = [...imported].filter((pkg) => !npm.has(pkg));
  if (missing.length > 0) problems.push(`\`npm install\` misses what the examples import: ${missing.join(", ")}`);

  for (const command of ["pnpm add", "yarn add"]) {
    const named = new Set(installed(text, command).flatMap((s) => [...s]));
    const differs = [...npm].filter((pkg) => !named.has(pkg));
    if (named.size === 0) problems.push(`no \`${command}\` equivalent`);
    else if (differs.length > 0) problems.push(`\`${command}\` misses ${differs.join(", ")}`);
  }

  if (!text.includes(INSTALL_LINK)) problems.push(`no link to ${INSTALL_LINK} (installing before the first release)`);

  const prose = text.replace(/^```[\s\S]*?^```/gm, "");
  for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (!/^(?:https?:|mailto:|#)/.test(m[1])) problems.push(`relative link ${m[1]} (breaks on the registry page)`);
  }
  return problems;
}

const files =
  process.argv.length > 2
    ? process.argv.slice(2).map((f) => resolve(f))
    : readdirSync(join(root, "packages"))
        .map((p) => join(root, "packages", p, "README.md"))
        .filter((f) => existsSync(f));
let failed = 0;
for (const file of files) {
  const problems = check(file);
  if (problems.length === 0) continue;
  failed++;
  console.error(`${relative(root, file)}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
}
if (failed > 0) process.exit(1);
console.log(`readme installs: ${files.length} package READMEs name what their examples import, links are absolute`);
