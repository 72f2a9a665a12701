#!/usr/bin/env node
/**
 * Installs the packed tarballs (`pnpm release:pack` → release/) into scratch projects outside the workspace with
 * npm, pnpm and yarn, running the README's own "Install" commands verbatim (taken from between its
 * `<!-- install-npm -->`-style markers), then runs a webhook receiver and a bot against the simulator from each.
 *
 *   pnpm release:pack && node scripts/install-check/run.mjs [npm,pnpm,yarn]
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const YARN = "@yarnpkg/cli-dist@4.18.1";
const managers = (process.argv[2] ?? "npm,pnpm,yarn").split(",");
if (!existsSync(join(root, "release/overrides.json")))
  throw new Error("no release/ folder: run `pnpm release:pack` first");

const readme = readFileSync(join(root, "README.md"), "utf8");
function commandsFor(manager) {
  const m = new RegExp(
    `<!-- install-${manager} -->\\s*\`\`\`(?:bash|sh)?\\n([\\s\\S]*?)\`\`\`\\s*<!-- /install-${manager} -->`,
  ).exec(readme);
  if (!m) throw new Error(`README.md has no install-${manager} block`);
  return m[1].trim();
}

/** A `yarn` on PATH for the check: Yarn 4 from the npm registry, run by this Node. */
function yarnShim() {
  const dir = join(root, ".runtimes/yarn");
  const js = join(dir, "package/bin/yarn.js");
  if (!existsSync(js)) {
    mkdirSync(dir, { recursive: true });
    const tarball = execFileSync("npm", ["pack", "--silent", YARN], { cwd: dir, encoding: "utf8" })
      .trim()
      .split("\n")
      .pop();
    execFileSync("tar", ["-xzf", tarball], { cwd: dir });
  }
  const bin = join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, "yarn"), `#!/bin/sh\nexec "${process.execPath}" "${js}" "$@"\n`, { mode: 0o755 });
  return bin;
}

const failures = [];
for (const manager of managers) {
  const project = mkdtempSync(join(tmpdir(), `contactkit-install-${manager}-`));
  const env = { ...process.env, CONTACTKIT: root, YARN_ENABLE_TELEMETRY: "0", npm_config_loglevel: "error" };
  if (manager === "yarn") env.PATH = `${yarnShim()}:${env.PATH}`;
  const sh = (script) =>
    execFileSync("bash", ["-euo", "pipefail", "-c", script], {
      cwd: project,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  try {
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "my-service", private: true, type: "module" }, null, 2)}\n`,
    );
    const commands = commandsFor(manager);
    sh(commands);
    for (const file of ["receiver.mjs", "bot.mjs"]) {
      copyFileSync(join(here, file), join(project, file));
      const output = sh(manager === "yarn" ? `yarn node ${file}` : `node ${file}`);
      console.log(`${manager}: ${output.trim().split("\n").pop()}`);
    }
  } catch (error) {
    failures.push(`${manager}: ${error.stderr || error.message}`.slice(0, 3000));
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
if (failures.length) {
  console.error(`install check failed:\n${failures.join("\n")}`);
  process.exit(1);
}
console.log(
  `install check: the README's install commands work with ${managers.join(", ")}; a receiver and a bot run from each`,
);
