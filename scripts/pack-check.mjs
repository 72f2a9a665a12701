#!/usr/bin/env node
// Verifies what we publish, not what we think we publish. For every package under packages/:
//   1. `pnpm pack` it to a tarball (workspace:* ranges become real versions, `files` applies);
//   2. publint --strict on that tarball;
//   3. attw (are-the-types-wrong) on that tarball with the node16 profile (ESM and CJS consumers);
//   4. no published declaration imports type-fest unless type-fest is a real dependency;
//   5. installs all tarballs into a scratch project outside the workspace and, from it, both require()s
//      and imports each package and calls one function from it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
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
    run(join(root, "node_modules/.bin/attw"), [tarball, "--profile", "node16", "--format", "table-flipped"]);
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
  console.log(`packed ${name} → ${out.split("/").pop()} (${listing.length} declaration files)`);
}

// Smoke test: a scratch project outside the workspace, installed from the tarballs only.
const scratch = mkdtempSync(join(tmpdir(), "contactkit-pack-"));
try {
  const overrides = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.tarball}`]));
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({ name: "scratch", private: true, dependencies: { ...overrides, zod: "^4" }, overrides }, null, 2),
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
  for (const file of ["smoke.cjs", "smoke.mjs"]) {
    try {
      console.log(`${file}: ${run(process.execPath, [file], { cwd: scratch }).trim()}`);
    } catch (error) {
      failures.push(`${file} failed:\n${error.stderr ?? error.message}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\npack check failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`\npack check: ${tarballs.length} packages packed, linted, type-resolved and smoke-tested`);
