#!/usr/bin/env node
// Verifies what we publish, not what we think we publish. For every package under packages/:
//   1. `pnpm pack` it to a tarball (workspace:* ranges become real versions, `files` applies);
//   2. publint --strict on that tarball;
//   3. attw (are-the-types-wrong) on that tarball in every resolution mode: node10 (subpaths through
//      `typesVersions`), node16 from CJS and from ESM, and bundler;
//   4. no published declaration imports type-fest unless type-fest is a real dependency;
//   5. test code stays out of the main entry: for a package with a `./testing` subpath, the main bundle (ESM with
//      the chunks it imports, and CJS) names none of the `/testing` exports, holds none of its example data and
//      never mentions fast-check;
//   6. installs all tarballs into a scratch project outside the workspace and, from it, both require()s
//      and imports each package and calls one function from it; for `/testing` subpaths, creates an event, checks
//      that neither the main entry nor `/testing` loads fast-check (an optional peer) and that
//      `/testing/arbitraries` generates valid events with it;
//   7. in that project, with the ESM and the CommonJS build of every package loaded in one process: every exported
//      error class is branded, errors thrown by one build pass `instanceof` and the `is…` guards of the other (both
//      ways, subclass checks exact, look-alikes rejected), and every family's Standard Schema `validate` agrees with
//      its `safeParse`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const packDir = join(root, ".pack");
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir);
const failures = [];
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...opts });

const packages = readdirSync(join(root, "packages"))
  .map((name) => join(root, "packages", name))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

const tarballs = [];
for (const { dir, manifest } of packages) {
  const name = manifest.name;
  if (!existsSync(join(dir, "dist"))) {
    failures.push(`${name}: no dist/ (run pnpm build first)`);
    continue;
  }
  const out = run("pnpm", ["pack", "--pack-destination", packDir], { cwd: dir }).trim().split("\n").pop();
  const tarball = resolve(dir, out);
  tarballs.push({ name, tarball, manifest });

  const { messages, pkg } = await publint({
    pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer },
    strict: true,
  });
  for (const m of messages) {
    const line = `${name}: publint ${m.type}: ${formatMessage(m, pkg) ?? m.code}`;
    if (m.type === "suggestion") console.log(line);
    else failures.push(line);
  }

  try {
    run(join(root, "node_modules/.bin/attw"), [tarball, "--profile", "strict", "--format", "table-flipped"]);
  } catch (error) {
    failures.push(`${name}: attw failed\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }

  const typeFestIsDependency = Boolean(
    manifest.dependencies?.["type-fest"] ?? manifest.peerDependencies?.["type-fest"],
  );
  const listing = run("tar", ["-tzf", tarball])
    .split("\n")
    .filter((f) => /\.d\.c?ts$/.test(f));
  for (const file of listing) {
    const text = run("tar", ["-xzOf", tarball, file]);
    if (!typeFestIsDependency && /from ['"]type-fest['"]/.test(text))
      failures.push(`${name}: ${file} imports type-fest`);
  }
  if (manifest.exports?.["./testing"]) failures.push(...(await testingStaysOut(name, dir)));
  console.log(`packed ${name} → ${out.split("/").pop()} (${listing.length} declaration files)`);
}

/** The text of an ESM file and of every relative module it imports (tsup's shared chunks), recursively. */
function esmGraphText(file, seen = new Set()) {
  if (seen.has(file)) return "";
  seen.add(file);
  const text = readFileSync(file, "utf8");
  const relative = [...text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  return text + relative.map((spec) => esmGraphText(resolve(dirname(file), spec), seen)).join("\n");
}

/** Failures when anything of a package's `/testing` subpath reaches its main entry point. */
async function testingStaysOut(name, dir) {
  const testing = await import(pathToFileURL(join(dir, "dist/testing.js")).href);
  const examples = readdirSync(join(dir, "src/testing"))
    .filter((f) => f === "examples.ts")
    .flatMap((f) =>
      [...readFileSync(join(dir, "src/testing", f), "utf8").matchAll(/export const (\w+)/g)].map((m) => m[1]),
    );
  const symbols = [...Object.keys(testing), ...examples];
  const out = [];
  for (const [label, text] of [
    ["dist/index.js and its chunks", esmGraphText(join(dir, "dist/index.js"))],
    ["dist/index.cjs", readFileSync(join(dir, "dist/index.cjs"), "utf8")],
  ]) {
    const found = symbols.filter((symbol) => new RegExp(`\\b${symbol}\\b`).test(text));
    if (found.length > 0) out.push(`${name}: ${label} contains /testing code (${found.join(", ")})`);
    if (text.includes("fast-check")) out.push(`${name}: ${label} mentions fast-check`);
  }
  return out;
}

// Smoke test: a scratch project outside the workspace, installed from the tarballs only.
const scratch = mkdtempSync(join(tmpdir(), "contactkit-pack-"));
try {
  const overrides = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.tarball}`]));
  const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const fastCheck = rootManifest.devDependencies["fast-check"];
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify(
      { name: "scratch", private: true, dependencies: { ...overrides, zod: "^4", "fast-check": fastCheck }, overrides },
      null,
      2,
    ),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: scratch });
  // One real call per package, through its public entry point. A family is recognised by what only
  // families have (vendor, family, types) — zod schemas also have safeParse.
  const smoke = `
const sessionCreated = '{"eventType":"SessionCreated","data":{"id":1,"tenantId":1,"channel":"Chat","source":"Default","created":"2024-01-01T00:00:00Z"}}';
const calls = {
  "@contactkit/core": (m) => m.defineEventFamily({ vendor: "v", family: "f", discriminator: "t", schemas: {} }).safeParse('{"t":"x"}').known === false,
  "@contactkit/mluvii-webhooks": (m) => m.mluviiWebhooks.safeParse(sessionCreated).known === true,
  "@contactkit/mluvii-api": (m) => typeof m.createMluviiApiClient({ origin: "http://127.0.0.1:9", getToken: async () => "t" }).request === "function",
  "@contactkit/mluvii-chatbot": (m) => m.mluviiChatbotCallbacks.safeParse('{"Activity":"Ping"}').type === "Ping",
  "@contactkit/mluvii-simulator": (m) => typeof m.createMluviiSimulator().start === "function",
  "@contactkit/cli": (m) => m.inspectPayload(sessionCreated)[0].type === "SessionCreated",
  "@contactkit/redis": (m) => {
    // Nothing listens on port 9: the connection must stay "connecting" (no throw), and close must stop it.
    const redis = m.createRedisConnection({ url: "redis://127.0.0.1:9" });
    const ok = redis.status === "connecting" && typeof m.createRedisDedupeStore({ redis }).seen === "function";
    void redis.close();
    return ok && new m.RedisUnavailableError("connect", "x").operation === "connect";
  },
};
function check(name, m) {
  const specific = calls[name];
  if (specific) return specific(m);
  const family = Object.values(m).find((v) => v && typeof v === "object" && typeof v.vendor === "string" && Array.isArray(v.types) && typeof v.safeParse === "function");
  return Boolean(family) && family.safeParse("{}").ok === false && family.types.length > 0;
}
`;
  const names = JSON.stringify(tarballs.map((t) => t.name));
  writeFileSync(
    join(scratch, "smoke.cjs"),
    `${smoke}\nfor (const name of ${names}) { if (!check(name, require(name))) throw new Error("require " + name); }\nconsole.log("require ok");\n`,
  );
  writeFileSync(
    join(scratch, "smoke.mjs"),
    `${smoke}\nfor (const name of ${names}) { if (!check(name, await import(name))) throw new Error("import " + name); }\nconsole.log("import ok");\n`,
  );
  // The /testing subpaths: one real event each, fast-check loaded only by /testing/arbitraries (require.cache shows
  // what CommonJS loaded; the ESM graph was checked statically above).
  const testingPackages = tarballs.filter((t) => t.manifest.exports?.["./testing"] && t.name !== "@contactkit/core");
  const testingSmoke = `
const fastCheckLoaded = () => Object.keys(require.cache).some((file) => /[\\\\/]fast-check[\\\\/]/.test(file));
const sampleType = { "@contactkit/mluvii-webhooks": "SessionEnded", "@contactkit/mluvii-chatbot": "Text", "@contactkit/ccai-qm-chat": "disconnected", "@contactkit/expertflow-cim": "TASK_ENQUEUED" };
const parsesAs = (main, value, type) => Object.values(main).some((v) => v && typeof v === "object" && Array.isArray(v.types) && typeof v.safeParse === "function" && v.safeParse(value).type === type);
for (const name of ${JSON.stringify(testingPackages.map((t) => t.name))}) {
  const type = sampleType[name];
  if (!type) throw new Error(name + ": no sample event type in the pack check");
  const main = require(name);
  const event = require(name + "/testing").createTestEvent(type);
  if (!parsesAs(main, event, type)) throw new Error(name + ": createTestEvent made an event its family rejects");
  if (fastCheckLoaded()) throw new Error(name + ": the main entry or /testing loaded fast-check");
}
const fc = require("fast-check");
for (const name of ${JSON.stringify(testingPackages.map((t) => t.name))}) {
  const [generated] = fc.sample(require(name + "/testing/arbitraries").arbitraryEvent(sampleType[name]), 1);
  if (!parsesAs(require(name), generated, sampleType[name])) throw new Error(name + ": arbitraryEvent made an invalid event");
}
console.log("testing subpaths ok (fast-check loaded only by /testing/arbitraries)");
`;
  writeFileSync(join(scratch, "smoke-testing.cjs"), testingSmoke);
  writeFileSync(
    join(scratch, "smoke-testing.mjs"),
    `for (const name of ${JSON.stringify(testingPackages.map((t) => t.name))}) {
  const testing = await import(name + "/testing");
  if (typeof testing.createTestEvent !== "function" || typeof testing.createTestRequest !== "function") throw new Error(name);
}
console.log("testing subpaths import ok");
`,
  );
  writeFileSync(join(scratch, "interop.mjs"), interopCheck(tarballs));
  for (const file of ["smoke.cjs", "smoke.mjs", "smoke-testing.cjs", "smoke-testing.mjs", "interop.mjs"]) {
    try {
      console.log(`${file}: ${run(process.execPath, [file], { cwd: scratch }).trim()}`);
    } catch (error) {
      failures.push(`${file} failed:\n${error.stderr ?? error.message}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * The dual-package check, run in the scratch project: `import` gives each package's ESM build and `require` its
 * CommonJS build, two copies of every class, as in an application where one dependency imports contactkit and
 * another requires it.
 */
function interopCheck(tarballs) {
  const entries = tarballs.flatMap((t) =>
    Object.keys(t.manifest.exports ?? { ".": {} })
      .filter((key) => key !== "./package.json")
      .map((key) => (key === "." ? t.name : `${t.name}/${key.slice(2)}`)),
  );
  return `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };
const CLASS_BRAND = Symbol.for("contactkit.error.class");
const entries = ${JSON.stringify(entries)};

// Every exported error class, in both builds, carries the brand.
const loaded = [];
for (const entry of entries) {
  const builds = { esm: await import(entry), cjs: require(entry) };
  loaded.push({ entry, ...builds });
  for (const [build, module] of Object.entries(builds)) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function" && value.prototype instanceof Error)
        check(Object.hasOwn(value, CLASS_BRAND), \`\${entry} (\${build}): \${name} is not a branded contactkit error\`);
    }
  }
}

const esm = { core: await import("@contactkit/core"), api: await import("@contactkit/mluvii-api"), bot: await import("@contactkit/mluvii-chatbot") };
const cjs = { core: require("@contactkit/core"), api: require("@contactkit/mluvii-api"), bot: require("@contactkit/mluvii-chatbot") };
check(esm.core.ContactkitParseError !== cjs.core.ContactkitParseError, "ESM and CJS builds share a class: nothing is checked");

const thrown = (fn) => { try { fn(); } catch (error) { return error; } throw new Error("expected a throw"); };
for (const [from, to, label] of [[cjs, esm, "CJS → ESM"], [esm, cjs, "ESM → CJS"]]) {
  const family = from.core.defineEventFamily({ vendor: "acme", family: "shop", discriminator: "kind", schemas: {} });
  const parseError = thrown(() => family.parse("{not json"));
  check(parseError instanceof to.core.ContactkitParseError, label + ": ContactkitParseError instanceof");
  check(parseError instanceof to.core.ContactkitError, label + ": ContactkitError instanceof");
  check(to.core.isContactkitParseError(parseError) && to.core.isContactkitError(parseError), label + ": guards");
  check(!(parseError instanceof to.api.MluviiApiError), label + ": a parse error is no MluviiApiError");

  const timeout = new from.bot.MluviiChatbotResponseTimeoutError(1, "GetAvailableGroupsResponse", 10);
  const closed = new from.bot.MluviiChatbotClosedError();
  const base = new from.bot.MluviiChatbotError("x");
  check(timeout instanceof to.bot.MluviiChatbotResponseTimeoutError, label + ": chatbot timeout instanceof");
  check(timeout instanceof to.bot.MluviiChatbotError && timeout instanceof to.core.ContactkitError, label + ": chatbot timeout bases");
  check(!(base instanceof to.bot.MluviiChatbotResponseTimeoutError), label + ": a MluviiChatbotError is no timeout");
  check(!(closed instanceof to.bot.MluviiChatbotResponseTimeoutError), label + ": a closed error is no timeout");
  check(!(timeout instanceof to.api.MluviiApiError) && !to.core.isContactkitParseError(timeout), label + ": chatbot is no API error");

  const apiTimeout = new from.api.MluviiTimeoutError({ method: "GET", path: "/x" }, 1000, false);
  check(apiTimeout instanceof to.api.MluviiTimeoutError && apiTimeout instanceof to.api.MluviiApiError, label + ": API timeout");
  check(!(apiTimeout instanceof to.api.MluviiApiStatusError), label + ": an API timeout is no status error");
  check(apiTimeout.name === "MluviiTimeoutError" && apiTimeout.method === "GET", label + ": fields kept");

  const lookalikes = [
    Object.assign(new Error("x"), { name: "ContactkitParseError" }),
    { [Symbol.for("contactkit.error")]: "ContactkitParseError", name: "ContactkitParseError", message: "x" },
    Object.assign(new Error("x"), { [Symbol.for("contactkit.error")]: "ContactkitParseError" }),
  ];
  for (const [n, value] of lookalikes.entries()) {
    check(!(value instanceof to.core.ContactkitParseError) && !to.core.isContactkitError(value), label + ": look-alike " + n + " accepted");
  }
}

// Every family, in both builds: ~standard is Standard Schema v1 and agrees with safeParse.
const inputs = [
  "{}",
  "[]",
  "{not json",
  '{"eventType":"SessionCreated","data":{"id":1,"tenantId":1,"channel":"Chat","source":"Default","created":"2024-01-01T00:00:00Z"}}',
  '{"eventType":"SessionCreated","data":{"id":"1"}}',
  '{"activity":"Text","Activity":"Ping","sessionId":1}',
  '{"activity":"Text","sessionId":1,"text":"<b>bold</b> <blink>x</blink>"}',
  '{"type":"chat","item":{}}',
  '{"cimEvent":{"name":"TASK_ENQUEUED","data":{}}}',
];
let families = 0;
for (const { entry, esm: esmModule, cjs: cjsModule } of loaded) {
  for (const module of [esmModule, cjsModule]) {
    for (const [name, family] of Object.entries(module)) {
      if (!family || typeof family !== "object" || !Array.isArray(family.types) || typeof family.safeParse !== "function") continue;
      families++;
      const standard = family["~standard"];
      check(standard?.version === 1 && standard.vendor === "contactkit", entry + ": " + name + " has no Standard Schema");
      if (!standard) continue;
      for (const input of inputs) {
        for (const strict of [false, true]) {
          const parsed = family.safeParse(input, { strict });
          const validated = standard.validate(input, { libraryOptions: { strict } });
          const agrees = parsed.ok
            ? validated.issues === undefined && JSON.stringify(validated.value) === JSON.stringify(parsed)
            : JSON.stringify(validated.issues?.map((i) => i.message)) === JSON.stringify(parsed.error.issues.map((i) => i.message));
          check(agrees, entry + ": " + name + " ~standard disagrees with safeParse on " + input + (strict ? " (strict)" : ""));
        }
      }
    }
  }
}
check(families > 0, "no family found");
if (problems.length > 0) {
  console.error(problems.join("\\n"));
  process.exit(1);
}
console.log("interop ok: " + entries.length + " entry points × ESM and CJS, " + families + " families");
`;
}

if (failures.length > 0) {
  console.error(`\npack check failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`\npack check: ${tarballs.length} packages packed, linted, type-resolved and smoke-tested`);
