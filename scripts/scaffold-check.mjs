#!/usr/bin/env node
/**
 * `pnpm test:scaffold`: proves that a new vendor is one folder. In a scratch copy of the repository (the files git
 * tracks or would track, as they are on disk now, so uncommitted work is what gets checked), it scaffolds a vendor
 * package with `scripts/scaffold-package.mjs` and, with no other edit, runs the new package's tests, its type-check,
 * lint, the README checks (install lines, type-checked snippets) and the event catalog, which must list the new family.
 *
 * Why a copy in the temp dir rather than a folder under packages/: other engineers' (and CI's) tsc, vitest and
 * biome runs glob packages/*, and a half-written package there would break them; a crash would also leave it behind.
 * The copy gets node_modules the way `pnpm install` would lay them out, without running it (it would rewrite the
 * lockfile and relink the shared store): third-party entries link to this checkout's, and the `@contactkit/*`
 * links are recreated relative to the copy, so workspace packages resolve to the copy's sources.
 *
 *   node scripts/scaffold-check.mjs [--keep]     --keep leaves the copy and prints where it is
 */
import { execFile, execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const keep = process.argv.includes("--keep");
const NAME = "acme-webhooks";
const VENDOR = "acme";
const FAMILY = "webhooks";
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

/** Caches a run in the copy would otherwise write into this checkout's node_modules through a link. */
const NOT_LINKED = new Set([".cache", ".vite", ".vitest"]);

const copy = mkdtempSync(join(tmpdir(), "contactkit-scaffold-"));
// Children resolve exactly as the commands below say, whatever the caller's NODE_OPTIONS (vitest sets one).
const env = { ...process.env, NODE_OPTIONS: "", NO_COLOR: "1", FORCE_COLOR: "0" };
const run = (command, args) => {
  try {
    return execFileSync(command, args, { cwd: copy, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    throw new Error(`${[command, ...args].join(" ")} failed in ${copy}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
};
const execFileAsync = promisify(execFile);
/** {@link run}, without blocking: the checks after scaffolding are independent and run side by side. */
const runAsync = async (label, command, args) => {
  try {
    const { stdout } = await execFileAsync(command, args, { cwd: copy, env, encoding: "utf8", maxBuffer: 64 << 20 });
    return stdout;
  } catch (error) {
    throw new Error(
      `${label}: ${[command, ...args].join(" ")} failed in ${copy}\n${error.stdout ?? ""}${error.stderr ?? ""}`,
    );
  }
};
const bin = (pkg, path) => join(copy, "node_modules", pkg, path);

/** node_modules of `dir` in the copy, laid out as in this checkout (see the header). */
function linkNodeModules(dir) {
  const original = join(root, dir, "node_modules");
  if (!existsSync(original)) return;
  const target = join(copy, dir, "node_modules");
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(original)) {
    if (NOT_LINKED.has(entry)) continue;
    if (entry === "@contactkit") {
      mkdirSync(join(target, entry));
      for (const name of readdirSync(join(original, entry))) {
        const link = join(original, entry, name);
        // Workspace links are relative (`../../packages/core`): the same text points into the copy.
        if (lstatSync(link).isSymbolicLink()) symlinkSync(readlinkSync(link), join(target, entry, name));
      }
    } else symlinkSync(join(original, entry), join(target, entry));
  }
}

/** What `pnpm install` does for a new package: links its `workspace:` dependencies into its node_modules. */
function linkWorkspaceDependencies(dir) {
  const manifest = JSON.parse(readFileSync(join(copy, dir, "package.json"), "utf8"));
  const deps = { ...manifest.dependencies, ...manifest.devDependencies };
  for (const [name, range] of Object.entries(deps)) {
    if (!String(range).startsWith("workspace:")) continue;
    const [scope, bare] = name.split("/");
    mkdirSync(join(copy, dir, "node_modules", scope), { recursive: true });
    symlinkSync(join("..", "..", "..", bare), join(copy, dir, "node_modules", scope, bare));
  }
}

try {
  // 1. The copy: every file git tracks or would track, as on disk.
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of listed) {
    const from = join(root, file);
    if (!existsSync(from)) continue; // deleted, not yet staged
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(from, join(copy, file));
  }
  linkNodeModules(".");
  for (const group of ["packages", "examples"])
    for (const name of readdirSync(join(copy, group))) linkNodeModules(join(group, name));
  console.log(`copied ${listed.length} files to ${copy} (${elapsed()})`);

  // 2. Scaffold, then what `pnpm install` would do. Nothing else in the copy is edited.
  process.stdout.write(run(process.execPath, ["scripts/scaffold-package.mjs", NAME]));
  const dir = join("packages", NAME);
  linkWorkspaceDependencies(dir);
  const created = readdirSync(join(copy, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(copy.length + 1))
    .sort();
  console.log(`the new vendor is one folder, ${dir}/:\n${created.map((f) => `  ${f}`).join("\n")}`);

  // 3. Lint and the README's install lines (quick), then the slow checks side by side.
  run(bin("@biomejs/biome", "bin/biome"), ["check", dir]);
  run(process.execPath, ["scripts/check-readme-installs.mjs", join(dir, "README.md")]);
  console.log(`lint and README install lines ok (${elapsed()})`);
  writeFileSync(
    join(copy, "tsconfig.scaffold-check.json"),
    JSON.stringify({ extends: "./tsconfig.json", include: [`${dir}/src`, `${dir}/test`] }),
  );
  await Promise.all([
    // Its tests, through the repository's vitest config (which finds the package on its own).
    runAsync("tests", process.execPath, [bin("vitest", "vitest.mjs"), "run", "--project", NAME]).then((out) => {
      const passed = /Tests\s+(\d+) passed/.exec(out);
      if (!passed) throw new Error(`tests: no passing tests reported:\n${out}`);
      console.log(`tests: ${passed[1]} passed (${elapsed()})`);
    }),
    // Its type-check: the repository's tsconfig narrowed to the new folder (the whole is the typecheck job's).
    runAsync("type-check", process.execPath, [bin("typescript", "bin/tsc"), "-p", "tsconfig.scaffold-check.json"]).then(
      () => console.log(`type-check ok (${elapsed()})`),
    ),
    // Every ```ts block of the repository's Markdown, the new README's included, type-checks against the sources.
    runAsync("doc snippets", process.execPath, ["scripts/check-doc-snippets.mjs"]).then(() =>
      console.log(`doc snippets ok (${elapsed()})`),
    ),
    // The event catalog finds the family through the package's manifest.
    runAsync("event catalog", process.execPath, [
      "--conditions=@contactkit/source",
      "--import",
      "tsx",
      "scripts/event-catalog.ts",
    ]).then(() => {
      const page = join(copy, "docs/events", `${VENDOR}-${FAMILY}.md`);
      const index = readFileSync(join(copy, "docs/events/README.md"), "utf8");
      if (!existsSync(page) || !readFileSync(page, "utf8").includes("## ExampleCreated"))
        throw new Error(`the event catalog has no page with ExampleCreated for ${VENDOR} ${FAMILY}`);
      if (!index.includes(`| ${VENDOR} | ${FAMILY} | 1 |`))
        throw new Error(`the event catalog's index does not list ${VENDOR} ${FAMILY}`);
      console.log(`event catalog lists ${VENDOR} ${FAMILY} (${elapsed()})`);
    }),
  ]);
  console.log(`scaffold check passed in ${elapsed()}`);
} finally {
  if (keep) console.log(`kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
