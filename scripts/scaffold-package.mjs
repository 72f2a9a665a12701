#!/usr/bin/env node
// Generates a complete vendor package in the common layout (docs/adding-a-vendor.md): one example event (interface
// and schema in events/), its fixture, the event map, the family, a receiver preset, the vocabulary, the /testing
// factory, the manifest, an explicit index, tests, README and the build configuration. The package passes its tests,
// its type-check and the event catalog as generated; `pnpm test:scaffold` checks exactly that.
//
//   node scripts/scaffold-package.mjs <name> [--vendor <vendor>] [--family <family>] [--description "<text>"]
//
// <name> is the folder and npm name (`acme-webhooks` → packages/acme-webhooks, @contactkit/acme-webhooks). The
// vendor and family names the errors and the catalog use default to its first segment and the rest (`acme`,
// `webhooks`), or `events` for a one-word name. Run `pnpm install` afterwards to link it into the workspace.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    vendor: { type: "string" },
    family: { type: "string" },
    description: { type: "string" },
    root: { type: "string" },
  },
});
const [name] = positionals;
const NAME_RULE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
if (!name || !NAME_RULE.test(name)) {
  console.error('usage: scaffold-package <name> [--vendor v] [--family f] [--description "…"]  (name: kebab-case)');
  process.exit(2);
}
const [first, ...rest] = name.split("-");
const vendor = values.vendor ?? first;
const familyName = values.family ?? (rest.length > 0 ? rest.join("-") : "events");
for (const [what, value] of [
  ["vendor", vendor],
  ["family", familyName],
]) {
  if (!NAME_RULE.test(value)) {
    console.error(`--${what} must be kebab-case`);
    process.exit(2);
  }
}
const description = values.description ?? `${vendor} ${familyName}, typed, validated and received.`;
const repoRoot = values.root ? resolve(values.root) : root;
const dir = join(repoRoot, "packages", name);
if (existsSync(dir)) {
  console.error(`${dir} exists`);
  process.exit(1);
}

const pascal = (text) => text.replace(/(^|-)([a-z0-9])/g, (_all, _dash, c) => c.toUpperCase());
const camel = (text) => pascal(text).replace(/^[A-Z]/, (c) => c.toLowerCase());
const pkgName = `@contactkit/${name}`;
const Prefix = pascal(name); // AcmeWebhooks
const familyConst = camel(name); // acmeWebhooks
const EventMap = `${Prefix}EventMap`;
const EventUnion = `${Prefix}Event`;
const schemasConst = `${familyConst}Schemas`;
const handlerFn = `create${Prefix}Handler`;
const HandlerOptions = `${Prefix}HandlerOptions`;
const Auth = `${Prefix}Auth`;
const testEvents = `${familyConst}TestEvents`;

// ---- package configuration ---------------------------------------------------------------------------------------
const entries = { index: "src/index.ts", testing: "src/testing.ts", manifest: "src/manifest.ts" };
const exportsMap = {};
for (const [out, src] of Object.entries(entries)) {
  exportsMap[out === "index" ? "." : `./${out}`] = {
    "@contactkit/source": `./${src}`,
    import: { types: `./dist/${out}.d.ts`, default: `./dist/${out}.js` },
    require: { types: `./dist/${out}.d.cts`, default: `./dist/${out}.cjs` },
  };
}
exportsMap["./package.json"] = "./package.json";
const packageJson = {
  name: pkgName,
  version: "0.0.0",
  description,
  license: "MIT",
  type: "module",
  sideEffects: false,
  engines: { node: ">=20.19" },
  exports: exportsMap,
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.cts",
  typesVersions: {
    "*": Object.fromEntries(
      Object.keys(entries)
        .filter((out) => out !== "index")
        .map((out) => [out, [`./dist/${out}.d.cts`]]),
    ),
  },
  files: ["dist", "README.md"],
  scripts: { build: "tsup" },
  dependencies: { "@contactkit/core": "workspace:*" },
  peerDependencies: { zod: "^4" },
  repository: { type: "git", url: "git+https://github.com/contactkit/contactkit.git", directory: `packages/${name}` },
  publishConfig: { access: "public" },
};
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const files = new Map();
files.set("package.json", json(packageJson));
files.set(
  "tsconfig.build.json",
  json({
    extends: "../../tsconfig.base.json",
    compilerOptions: { noEmit: false, rootDir: "src", paths: { [pkgName]: ["./src/index.ts"] } },
    include: ["src"],
  }),
);
files.set(
  "tsup.config.ts",
  `import { packageBuild } from "../../tsup.base";

// /testing and /manifest import the package's own main entry by name (external here, a self-reference at run time), so
// the main entry shares no chunk with them: its bundle and its declarations stay free of test code, and all use one family.
export default packageBuild(${JSON.stringify(entries)
    .replace(/"(\w+)":/g, "$1: ")
    .replace(/,/g, ", ")
    .replace(/^\{/, "{ ")
    .replace(/\}$/, " }")}, {
  external: [${JSON.stringify(pkgName)}],
});
`,
);
files.set(
  "typedoc.json",
  json({
    entryPoints: ["src/index.ts", "src/testing.ts", "src/manifest.ts"],
    tsconfig: "tsconfig.build.json",
    readme: "README.md",
    disableGit: true,
    sourceLinkTemplate: "https://github.com/contactkit/contactkit/blob/main/{path}#L{line}",
  }),
);

// ---- src ---------------------------------------------------------------------------------------------------------
files.set(
  "src/vocabulary.ts",
  `/**
 * The ${vendor} enumerations this package types, each defined once with core's \`defineOpenEnum\` (values, schema and
 * type together). Naming rule: the constant is the concept in PascalCase, singular, and its type has the same name.
 */
import { defineOpenEnum, type OpenEnumOf } from "@contactkit/core";

/**
 * The status of an example record. TODO: the vendor's real values, with the public page that documents them.
 * Open: a value ${vendor} adds later still parses (tolerant reader); strict mode rejects it.
 */
export const ExampleStatus = defineOpenEnum(["open", "closed"]);
/** One of {@link ExampleStatus}'s values, or a value ${vendor} added later. */
export type ExampleStatus = OpenEnumOf<typeof ExampleStatus>;
`,
);
files.set(
  "src/events/examples.ts",
  `/**
 * The example events (one group of the event map; add a file per group of related events). Each event is a named
 * interface with JSDoc on every field, and a schema checked against it by \`satisfies EventSchemas<…>\`.
 */
import { type DateTimeString, dateTime, type EventSchemas } from "@contactkit/core";
import * as z from "zod";
import { ExampleStatus } from "../vocabulary";

/**
 * An example record was created. TODO: replace with a real ${vendor} event, citing the public page (or the vendor's
 * own model, \`owner/repo@commit:path\`) that documents it.
 */
export interface ExampleCreated {
  /** The event type (the discriminator). */
  type: "ExampleCreated";
  /** The record's id. Always present. */
  id: string;
  /** When the record was created (ISO-8601, as sent). Always present. */
  createdAt: DateTimeString;
  /** The record's status. Always present. */
  status: ExampleStatus;
  /** A note on the record, \`null\` when there is none. Always present. */
  note: string | null;
}

/** The example events, keyed by event type. */
export interface ExampleEventMap {
  ExampleCreated: ExampleCreated;
}

/** The schema of every example event, keyed like {@link ExampleEventMap}; each is checked against its interface. */
export const exampleEventSchemas = {
  ExampleCreated: z.object({
    type: z.literal("ExampleCreated"),
    id: z.string(),
    createdAt: dateTime(),
    status: ExampleStatus.schema,
    note: z.string().nullable(),
  }),
} satisfies EventSchemas<ExampleEventMap>;
`,
);
files.set(
  "src/event-map.ts",
  `/** The ${vendor} ${familyName} event map, its union and its schema record, composed from the groups in \`./events/\`. */
import type { EventSchemas } from "@contactkit/core";
import { type ExampleEventMap, exampleEventSchemas } from "./events/examples";

/** Every ${vendor} ${familyName} event this package types, keyed by event type. Look events up here. */
export interface ${EventMap} extends ExampleEventMap {}

/** Any known ${vendor} ${familyName} event; \`r.type\` of a parse result tells which. */
export type ${EventUnion} = ${EventMap}[keyof ${EventMap}];

/** The schema of every known event, keyed like {@link ${EventMap}}; each is checked against its interface. */
export const ${schemasConst}: EventSchemas<${EventMap}> = { ...exampleEventSchemas };
`,
);
files.set(
  "src/family.ts",
  `import { defineEventFamily, type EventFamily } from "@contactkit/core";
import { type ${EventMap}, ${schemasConst} } from "./event-map";

/**
 * The ${vendor} ${familyName} family: \`safeParse\`, \`parse\`, \`is\`, \`match\`, \`typeOf\` and JSON Schema export.
 * A type it does not know is a typed unknown event, never an error (unless \`strict\`).
 *
 * @example
 * const r = ${familyConst}.safeParse(body);
 * if (r.ok && r.known && r.type === "ExampleCreated") console.log(r.event.id);
 */
export const ${familyConst}: EventFamily<${EventMap}> = defineEventFamily<${EventMap}>({
  vendor: ${JSON.stringify(vendor)},
  family: ${JSON.stringify(familyName)},
  discriminator: "type",
  schemas: ${schemasConst},
});
`,
);
files.set(
  "src/receiver.ts",
  `import {
  bearerAuth,
  createReceiverPreset,
  isWebhookAuth,
  type ReceiverPresetOptions,
  type WebhookHandler,
} from "@contactkit/core";
import type { ${EventMap} } from "./event-map";
import { ${familyConst} } from "./family";

/**
 * How ${vendor} authenticates its deliveries. TODO: the scheme ${vendor} documents; here, a bearer token. Any core
 * \`WebhookAuth\` is accepted too (\`noAuth()\` to accept anyone).
 */
export interface ${Auth} {
  /** Accepted tokens (several while you rotate one). */
  readonly tokens: readonly string[];
}

/** Options of {@link ${handlerFn}}: core's receiver options under the same names, with {@link ${Auth}}. */
export interface ${HandlerOptions} extends ReceiverPresetOptions<${EventMap}, ${Auth}> {}

/**
 * A receiver for ${vendor} ${familyName} (\`(request: Request) => Promise<Response>\`, see core's
 * \`createWebhookHandler\`): authenticates first, bounds the body, answers 200 for unknown event types and
 * processes after acknowledging.
 *
 * @example
 * const handler = ${handlerFn}({ auth: { tokens: [process.env.WEBHOOK_TOKEN ?? ""] }, process: (e) => console.log(e.type) });
 */
export const ${handlerFn}: (options: ${HandlerOptions}) => WebhookHandler = createReceiverPreset<
  ${EventMap},
  ${HandlerOptions}
>({
  family: ${familyConst},
  auth: ({ auth }) => {
    if (isWebhookAuth(auth)) return auth;
    if (auth) return bearerAuth({ tokens: auth.tokens });
    throw new TypeError("auth: give { tokens } or a core WebhookAuth (noAuth() to accept anyone)");
  },
});
`,
);
files.set(
  "src/testing/examples.ts",
  `import type { ${EventMap} } from "../event-map";

/** One realistic example of every event type, as ${vendor} sends it. TODO: copy the vendor's documented examples. */
export const EXAMPLES: { readonly [K in keyof ${EventMap}]: ${EventMap}[K] } = {
  ExampleCreated: {
    type: "ExampleCreated",
    id: "ex_1001",
    createdAt: "2026-01-15T09:30:00Z",
    status: "open",
    note: null,
  },
};
`,
);
files.set(
  "src/testing.ts",
  `/**
 * @packageDocumentation
 * \`${pkgName}/testing\`: realistic ${vendor} ${familyName} events for your tests, and the request ${vendor} would
 * send with them. Not part of the main entry point.
 */
import {
  buildTestRequest,
  type DeepPartial,
  defineTestEventFactory,
  type TestEventFactory,
  type TestEventOptions,
  type TestRequestOptions,
} from "@contactkit/core/testing";
import { type ${EventMap}, ${familyConst} } from "${pkgName}";
import { EXAMPLES } from "./testing/examples";

export {
  createTestRandom,
  type DeepPartial,
  TestEventError,
  type TestEventOptions,
  type TestRequestOptions,
} from "@contactkit/core/testing";

/** The factory behind {@link createTestEvent}: a fresh \`id\` per event, timestamps moved to now. */
export const ${testEvents}: TestEventFactory<${EventMap}> = defineTestEventFactory({
  family: ${familyConst},
  examples: EXAMPLES,
  idKeys: ["id"],
});

/** A valid event of \`type\`, with \`overrides\` laid over the example (validated; throws \`TestEventError\`). */
export function createTestEvent<K extends keyof ${EventMap}>(
  type: K,
  overrides?: DeepPartial<${EventMap}[K]>,
  options?: TestEventOptions,
): ${EventMap}[K] {
  return ${testEvents}.create(type, overrides, options);
}

/** The \`Request\` ${vendor} would POST with \`event\` (JSON), \`{ token }\` as \`Authorization: Bearer\`. */
export function createTestRequest(event: object | string, options: TestRequestOptions = {}): Request {
  return buildTestRequest(event, options, {
    url: "http://localhost/${name}/webhooks",
    token: { in: "bearer", param: "token" },
    contentType: "application/json",
  });
}
`,
);
files.set(
  "src/manifest.ts",
  `/**
 * @packageDocumentation
 * \`${pkgName}/manifest\`: this package's families for the event catalog and the \`contactkit\` CLI.
 */
import { defineFamilyManifest, defineManifest, type PackageManifest } from "@contactkit/core/manifest";
import { ${familyConst} } from "${pkgName}";

/** This package's families, for the event catalog and the \`contactkit\` CLI. */
export const manifest: PackageManifest = defineManifest({
  package: ${JSON.stringify(pkgName)},
  families: [
    defineFamilyManifest({
      family: ${familyConst},
      description: ${JSON.stringify(description)},
      // TODO: the vendor's public page for these events.
      vendorDocs: "https://example.com/${vendor}/${familyName}",
      testing: async () => {
        const t = await import("./testing");
        return {
          event: (type, options) => t.createTestEvent(type as never, undefined, options),
          request: (body, options) => t.createTestRequest(body, options),
        };
      },
    }),
  ],
});
`,
);
files.set(
  "src/index.ts",
  `/**
 * @packageDocumentation
 * ${description}
 */
export { type ${EventMap}, type ${EventUnion}, ${schemasConst} } from "./event-map";
export type { ExampleCreated, ExampleEventMap } from "./events/examples";
export { ${familyConst} } from "./family";
export { type ${Auth}, ${handlerFn}, type ${HandlerOptions} } from "./receiver";
export { ExampleStatus } from "./vocabulary";
`,
);

// ---- tests -------------------------------------------------------------------------------------------------------
const fixture = {
  type: "ExampleCreated",
  id: "ex_1001",
  createdAt: "2026-01-15T09:30:00Z",
  status: "open",
  note: null,
};
files.set("test/fixtures/example-created.json", json(fixture));
files.set(
  "test/fixtures/README.md",
  `# Fixtures

One JSON file per case, each as ${vendor} sends it. TODO: copy the vendor's documented examples here and name their
public source (a URL, or \`owner/repo@commit:path\`) next to each.
`,
);
files.set(
  "test/family.test.ts",
  `import { readFileSync } from "node:fs";
import { ${familyConst} } from "${pkgName}";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const fixture = (file: string) => readFileSync(new URL(\`fixtures/\${file}\`, import.meta.url), "utf8");

describe("${familyConst}", () => {
  it("parses the fixture to its event", () => {
    const result = ${familyConst}.safeParse(fixture("example-created.json"));
    expect(result).toMatchObject({ ok: true, known: true, type: "ExampleCreated", event: { id: "ex_1001" } });
  });

  it("keeps a type it does not know as an unknown event (an error only in strict mode)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((type) => !(${familyConst}.types as readonly string[]).includes(type)),
        (type) => {
          expect(${familyConst}.safeParse({ type })).toMatchObject({ ok: true, known: false, type });
          expect(${familyConst}.safeParse({ type }, { strict: true }).ok).toBe(false);
        },
      ),
    );
  });

  it("names the JSON path of an invalid field and never its value", () => {
    const secret = "s3cr3t-value";
    const result = ${familyConst}.safeParse({ ...JSON.parse(fixture("example-created.json")), createdAt: secret });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => issue.path)).toContain("$.createdAt");
    expect(result.error.message).not.toContain(secret);
  });
});
`,
);
files.set(
  "test/receiver.test.ts",
  `import { readFileSync } from "node:fs";
import { type ${EventUnion}, ${handlerFn} } from "${pkgName}";
import { createTestEvent, createTestRequest } from "${pkgName}/testing";
import { describe, expect, it } from "vitest";

const body = readFileSync(new URL("fixtures/example-created.json", import.meta.url), "utf8");
const auth = { tokens: ["t0k3n"] };

describe("${handlerFn}", () => {
  it("accepts the fixture with the right token and processes it after answering", async () => {
    const seen: ${EventUnion}[] = [];
    const handler = ${handlerFn}({ auth, process: (parsed) => void (parsed.known && seen.push(parsed.event)) });
    const response = await handler(createTestRequest(body, { auth: { token: "t0k3n" } }));
    expect(response.status).toBe(200);
    await handler.drain();
    expect(seen.map((event) => event.id)).toEqual(["ex_1001"]);
  });

  it("accepts what the test factory makes", async () => {
    const handler = ${handlerFn}({ auth });
    const response = await handler(createTestRequest(createTestEvent("ExampleCreated"), { auth: { token: "t0k3n" } }));
    expect(response.status).toBe(200);
  });

  it("rejects a wrong token before reading the body, and a body that is not an event", async () => {
    const handler = ${handlerFn}({ auth });
    expect((await handler(createTestRequest(body, { auth: { token: "wrong" } }))).status).toBe(401);
    const invalid = await handler(createTestRequest("{not json", { auth: { token: "t0k3n" } }));
    expect(invalid.status).toBe(400);
    const wrongShape = await handler(createTestRequest({ type: "ExampleCreated" }, { auth: { token: "t0k3n" } }));
    expect(wrongShape.status).toBe(400);
  });

  it("refuses to start without auth", () => {
    expect(() => ${handlerFn}({})).toThrow(TypeError);
  });
});
`,
);

// ---- README ------------------------------------------------------------------------------------------------------
files.set(
  "README.md",
  `# ${pkgName}

${description} TODO: what ${vendor} sends, and the public pages this package is built from.

\`\`\`sh
npm install ${pkgName} zod
\`\`\`

With pnpm: \`pnpm add ${pkgName} zod\`; with yarn: \`yarn add ${pkgName} zod\`.

**Not on the npm registry yet.** Until the first release is published these commands answer 404; install from
tarballs built from a clone instead, as the
[Install section of the contactkit README](https://github.com/contactkit/contactkit#install) shows.

## Example

\`\`\`ts
import { ${familyConst}, ${handlerFn} } from "${pkgName}";
declare const body: string; // a delivery as it arrived

const result = ${familyConst}.safeParse(body);
if (result.ok && result.known) console.log(result.type, result.event.id);

export const handler = ${handlerFn}({
  auth: { tokens: [process.env.WEBHOOK_TOKEN ?? ""] },
  process: (parsed) => console.log(parsed.type),
});
\`\`\`

Tests: \`${pkgName}/testing\` makes realistic events (\`createTestEvent\`) and the request ${vendor} would send
(\`createTestRequest\`).
`,
);

for (const [path, text] of files) {
  const target = join(dir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
// The repository's formatter has the last word on layout (import order depends on the names chosen).
const biome = join(repoRoot, "node_modules/@biomejs/biome/bin/biome");
if (existsSync(biome))
  execFileSync(process.execPath, [biome, "check", "--write", dir], { cwd: repoRoot, stdio: "ignore" });
console.log(`scaffolded ${dir} (${pkgName}: vendor ${vendor}, family ${familyName}); next: pnpm install`);
