/**
 * Generates the event catalog in docs/events/: every event of every family, with each field's JSON path, type,
 * whether it is required and nullable, and its description. Structure comes from the families' JSON Schemas
 * (runtime), descriptions from the JSDoc of the named interfaces (TypeScript compiler API), matched by path.
 *
 *   pnpm docs:catalog            regenerate
 *   pnpm docs:catalog --check    fail when the committed catalog differs from what the schemas give (CI)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestRandom } from "@contactkit/core/testing";
import ts from "typescript";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  pattern?: string;
  additionalProperties?: JsonSchema | boolean;
  description?: string;
  /** Where a schema records the vendor version that added the field: `.meta({ since: "object-model 1.21.9" })`. */
  since?: string;
};
interface Family {
  safeParse(input: unknown): unknown;
  vendor: string;
  family: string;
  types: readonly string[];
  toJSONSchema(type: string): JsonSchema;
}
interface Row {
  path: string;
  type: string;
  required: boolean;
  nullable: boolean;
  since: string;
  description: string;
}

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const outDir = join(root, "docs/events");
const check = process.argv.includes("--check");

/**
 * Every package with a `./manifest` export, found on disk (a new vendor package needs no entry here): its folder,
 * name and manifest, loaded from source through the `@contactkit/source` condition the script runs with.
 */
interface ManifestFamily {
  family: Family;
  vendorDocs: string;
  vendorModel?: string;
  testing?: () => Promise<{ event(type: string, options?: { random?: unknown; now?: Date }): object }>;
}
interface VendorPackage {
  dir: string;
  name: string;
  families: readonly ManifestFamily[];
}
async function vendorPackages(): Promise<VendorPackage[]> {
  const out: VendorPackage[] = [];
  for (const dir of readdirSync(join(root, "packages")).sort()) {
    const manifestPath = join(root, "packages", dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const pkg = JSON.parse(readFileSync(manifestPath, "utf8")) as { name: string; exports?: Record<string, unknown> };
    const entry = pkg.exports?.["./manifest"] as Record<string, string> | undefined;
    const source = entry?.["@contactkit/source"];
    if (!source) continue;
    // Core's `./manifest` is the manifest type itself: a vendor package's exports its `manifest`.
    const mod = (await import(join(root, "packages", dir, source))) as { manifest?: { families: ManifestFamily[] } };
    if (mod.manifest) out.push({ dir, name: pkg.name, families: mod.manifest.families });
  }
  return out;
}
const PACKAGES = await vendorPackages();

/** Longest example shown whole; a longer one is shown compact, so a 30 KB Expertflow message stays readable. */
const EXAMPLE_PRETTY_LIMIT = 4_000;

/** Where an example comes from: a test fixture, or (for types no fixture shows) the package's test-event factory. */
type Example = { source: string; text: string };

const showExample = (value: unknown): string => {
  const pretty = JSON.stringify(value, null, 2);
  return pretty.length <= EXAMPLE_PRETTY_LIMIT ? pretty : JSON.stringify(value);
};

/**
 * The family's test kit from its manifest, if it has one: what the package's `/testing` factory makes (for the
 * outbound chatbot requests, what a bot sends). Seeded ids and a fixed clock keep the catalog stable.
 */
async function factoryFor(entry: ManifestFamily): Promise<((type: string) => unknown) | undefined> {
  const kit = await entry.testing?.();
  if (!kit) return undefined;
  return (type) => kit.event(type, { random: createTestRandom(2026), now: new Date("2026-01-15T09:30:00.000Z") });
}

/** The first fixture of a package (in path order) that parses to each known type of a family: its example. */
function examplesFor(pkg: string, family: Family): Map<string, Example> {
  const base = join(root, "packages", pkg, "test/fixtures");
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(json|txt)$/.test(entry.name)) files.push(path);
    }
  };
  if (existsSync(base)) visit(base);
  const out = new Map<string, Example>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const result = family.safeParse(text) as { ok: boolean; known?: boolean; type?: string };
    if (result.ok && result.known && result.type && !out.has(result.type)) {
      // Already parsed by the family, so it is JSON (a `.txt` fixture may also be a documented broken example).
      out.set(result.type, {
        source: `From the test fixture \`${file.slice(base.length + 1)}\`.`,
        text: showExample(JSON.parse(text)),
      });
    }
  }
  return out;
}

function isFamily(value: unknown): value is Family {
  const v = value as Partial<Family> | null;
  return (
    !!v &&
    typeof v === "object" &&
    typeof v.safeParse === "function" &&
    Array.isArray(v.types) &&
    typeof v.vendor === "string"
  );
}

// ---- descriptions from the TypeScript sources -------------------------------------------------------------
const entryFiles = PACKAGES.map((p) => join(root, "packages", p.dir, "src/index.ts"));
const config = ts.getParsedCommandLineOfConfigFile(
  join(root, "tsconfig.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => {},
  },
);
const program = ts.createProgram(entryFiles, config?.options ?? {});
const checker = program.getTypeChecker();

function docsForFamily(pkg: string, exportName: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const source = program.getSourceFile(join(root, "packages", pkg, "src/index.ts"));
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === exportName);
  if (!symbol || !source) return out;
  const familyType = checker.getTypeOfSymbolAtLocation(symbol, source);
  const eventMap =
    (familyType as ts.TypeReference).aliasTypeArguments?.[0] ??
    checker.getTypeArguments(familyType as ts.TypeReference)[0];
  if (!eventMap) return out;
  for (const eventSymbol of eventMap.getProperties()) {
    const docs = new Map<string, string>();
    const eventType = checker.getTypeOfSymbolAtLocation(eventSymbol, source);
    const headline = describeSymbol(eventType.aliasSymbol ?? eventType.getSymbol());
    if (headline) docs.set("$", headline);
    collect(eventType, "", docs, source, 0);
    out.set(eventSymbol.name, docs);
  }
  return out;
}

function describeSymbol(symbol: ts.Symbol | undefined): string {
  return symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, " ").trim() : "";
}

function collect(type: ts.Type, prefix: string, docs: Map<string, string>, at: ts.Node, depth: number): void {
  if (depth > 8) return;
  const target = checker.getNonNullableType(type);
  if (checker.isArrayType(target)) {
    const element = checker.getTypeArguments(target as ts.TypeReference)[0];
    if (element) collect(element, `${prefix}[]`, docs, at, depth + 1);
    return;
  }
  const parts = target.isUnion() ? target.types : [target];
  for (const part of parts) {
    if (!(part.flags & ts.TypeFlags.Object) || checker.isArrayType(part)) continue;
    for (const prop of part.getProperties()) {
      const path = prefix ? `${prefix}.${prop.name}` : prop.name;
      const text = describeSymbol(prop);
      if (text && !docs.has(path)) docs.set(path, text);
      collect(checker.getTypeOfSymbolAtLocation(prop, at), path, docs, at, depth + 1);
    }
  }
}

// ---- structure from the JSON Schemas ------------------------------------------------------------------------
function typeName(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
  if (schema.examples && schema.type === "string")
    return `string (known: ${schema.examples.map((v) => `\`${v}\``).join(", ")})`;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [...new Set(variants.filter((v) => v.type !== "null").map(typeName))].join(" \\| ");
  if (schema.type === "array") return `array of ${schema.items ? typeName(schema.items) : "unknown"}`;
  if (schema.type === "object" && !schema.properties) return "object (map)";
  if (schema.pattern?.startsWith("^\\d{4}-")) return "datetime (ISO-8601)";
  if (Array.isArray(schema.type)) return schema.type.filter((t) => t !== "null").join(" \\| ");
  return schema.type ?? "unknown";
}

/** An object shape that several events (or several places) share: tabled once, linked from each place. */
interface SharedObject {
  name: string;
  schema: JsonSchema;
  /** Where it was first seen, and that event's descriptions, for its own table. */
  path: string;
  docs: Map<string, string>;
}
let sharedByShape = new Map<string, SharedObject>();
const shapeKey = (schema: JsonSchema): string => JSON.stringify(schema);
const anchor = (name: string): string => `shared-${name.toLowerCase()}`;

/** Counts object shapes with at least four properties over every event of a family. */
function countShapes(schema: JsonSchema, counts: Map<string, number>): void {
  for (const v of schema.anyOf ?? schema.oneOf ?? []) countShapes(v, counts);
  if (schema.items) countShapes(schema.items, counts);
  if (schema.properties) {
    if (Object.keys(schema.properties).length >= 4)
      counts.set(shapeKey(schema), (counts.get(shapeKey(schema)) ?? 0) + 1);
    for (const child of Object.values(schema.properties)) countShapes(child, counts);
  }
}

function walk(
  schema: JsonSchema,
  path: string,
  required: boolean,
  nullable: boolean,
  rows: Row[],
  docs: Map<string, string>,
  top = true,
  inheritedSince = "",
): void {
  const since = schema.since ?? inheritedSince;
  const shared = path && !top ? sharedByShape.get(shapeKey(schema)) : undefined;
  if (shared) {
    const description = docs.get(path) ?? "";
    rows.push({ path, type: `[${shared.name}](#${anchor(shared.name)})`, required, nullable, since, description });
    return;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const nonNull = variants.filter((v) => v.type !== "null");
    const isNullable = nullable || nonNull.length < variants.length;
    if (nonNull.length === 1 && nonNull[0]) {
      walk(nonNull[0], path, required, isNullable, rows, docs, false, since);
      return;
    }
    rows.push({
      path,
      type: typeName(schema),
      required,
      nullable: isNullable,
      since,
      description: docs.get(path) ?? "",
    });
    return;
  }
  const isNullable = nullable || (Array.isArray(schema.type) && schema.type.includes("null"));
  if (path)
    rows.push({
      path,
      type: typeName(schema),
      required,
      nullable: isNullable,
      since,
      description: docs.get(path) ?? "",
    });
  if (schema.properties) {
    const req = new Set(schema.required ?? []);
    for (const [key, child] of Object.entries(schema.properties)) {
      walk(child, path ? `${path}.${key}` : key, req.has(key), false, rows, docs, false);
    }
  } else if (schema.type === "array" && schema.items) {
    const items = schema.items;
    if (items.properties || items.anyOf) walk(items, `${path}[]`, true, false, rows, docs, false);
  }
}

// ---- render ---------------------------------------------------------------------------------------------------
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const files = new Map<string, string>();
const index: string[] = [
  "# Event catalog",
  "",
  "Generated by `pnpm docs:catalog` from the packages' schemas and the JSDoc of their named interfaces; CI fails",
  "when it drifts. Every event, every field: JSON path, type, whether it is required, whether it may be null.",
  "",
  "| vendor | family | events | page |",
  "|---|---|---:|---|",
];
for (const { dir: pkg, name: packageName, families } of PACKAGES) {
  const mod = (await import(join(root, "packages", pkg, "src/index.ts"))) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(mod)) {
    // The manifest says which exports are families; the export's name is where the interfaces' JSDoc is found.
    const entry = families.find((f) => f.family === value);
    if (!entry || !isFamily(value)) continue;
    const docs = docsForFamily(pkg, exportName);
    const name = `${value.vendor}-${value.family}`.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
    const lines = [
      `# ${value.vendor} ${value.family}`,
      "",
      `Package \`${packageName}\`, family \`${exportName}\`: ${value.types.length} event types. Generated by \`pnpm docs:catalog\`.`,
      `The vendor's documentation: <${entry.vendorDocs}>.${entry.vendorModel ? ` The vendor's model, which the descriptions cite by file: ${entry.vendorModel}.` : ""}`,
      "",
      "For each field: whether the vendor's model requires it (`required`), whether it may be `null` (`nullable`), and",
      "the vendor version that added it where that is known (`since`). Each example is a real-shape payload: a test",
      "fixture, or for types no fixture shows, what the package's `/testing` factory makes from the vendor's examples.",
      "",
      ...value.types.map((t) => `- [${t}](#${t.toLowerCase().replace(/[^a-z0-9_-]/g, "")})`),
      "",
    ];
    const schemas = new Map(value.types.map((t) => [t, value.toJSONSchema(t)]));
    const counts = new Map<string, number>();
    for (const schema of schemas.values()) countShapes(schema, counts);
    sharedByShape = new Map();
    const names = new Set<string>();
    const registerShared = (schema: JsonSchema, path: string, eventDocs: Map<string, string>): void => {
      for (const v of schema.anyOf ?? schema.oneOf ?? []) registerShared(v, path, eventDocs);
      if (schema.items) registerShared(schema.items, `${path}[]`, eventDocs);
      if (!schema.properties) return;
      const key = shapeKey(schema);
      if (path && (counts.get(key) ?? 0) >= 2 && !sharedByShape.has(key)) {
        const last = (path.split(".").pop() ?? "object").replace(/\[\]$/, "");
        let name = last.charAt(0).toUpperCase() + last.slice(1);
        for (let i = 2; names.has(name); i++) name = `${last.charAt(0).toUpperCase() + last.slice(1)}${i}`;
        names.add(name);
        sharedByShape.set(key, { name, schema, path, docs: eventDocs });
      }
      for (const [k, child] of Object.entries(schema.properties))
        registerShared(child, path ? `${path}.${k}` : k, eventDocs);
    };
    for (const [type, schema] of schemas) registerShared(schema, "", docs.get(type) ?? new Map());
    const examples = examplesFor(pkg, value);
    const create = await factoryFor(entry);
    for (const type of value.types) {
      if (examples.has(type) || !create) continue;
      const source = `Made by \`${packageName}/testing\` from the vendor's documented examples.`;
      examples.set(type, { source, text: showExample(create(type)) });
    }
    for (const type of value.types) {
      const eventDocs = docs.get(type) ?? new Map<string, string>();
      const rows: Row[] = [];
      walk(schemas.get(type) as JsonSchema, "", true, false, rows, eventDocs);
      lines.push(`## ${type}`, "");
      const headline = eventDocs.get("$");
      if (headline) lines.push(cell(headline), "");
      lines.push("| field | type | required | nullable | since | description |", "|---|---|---|---|---|---|");
      for (const r of rows) {
        lines.push(
          `| \`${r.path}\` | ${r.type} | ${r.required ? "yes" : "no"} | ${r.nullable ? "yes" : "no"} | ${r.since} | ${cell(r.description)} |`,
        );
      }
      lines.push("");
      const example = examples.get(type);
      if (example) {
        lines.push(
          "<details><summary>Example</summary>",
          "",
          example.source,
          "",
          "```json",
          example.text,
          "```",
          "",
          "</details>",
          "",
        );
      }
    }
    if (sharedByShape.size > 0) {
      lines.push("## Shared objects", "", "Object shapes that several events carry, described once.", "");
      for (const shared of sharedByShape.values()) {
        // Descriptions come from the first place the shape was seen; rows are relative to the object.
        const relative = new Map<string, string>();
        for (const [k, v] of shared.docs)
          if (k.startsWith(`${shared.path}.`)) relative.set(k.slice(shared.path.length + 1), v);
        const rows: Row[] = [];
        walk(shared.schema, "", true, false, rows, relative);
        lines.push(`<a id="${anchor(shared.name)}"></a>`, "", `### ${shared.name}`, "");
        const headline = shared.docs.get(shared.path);
        if (headline) lines.push(cell(headline), "");
        lines.push("| field | type | required | nullable | since | description |", "|---|---|---|---|---|---|");
        for (const r of rows) {
          lines.push(
            `| \`${r.path}\` | ${r.type} | ${r.required ? "yes" : "no"} | ${r.nullable ? "yes" : "no"} | ${r.since} | ${cell(r.description)} |`,
          );
        }
        lines.push("");
      }
    }
    files.set(`${name}.md`, `${lines.join("\n").trimEnd()}\n`);
    index.push(`| ${value.vendor} | ${value.family} | ${value.types.length} | [${name}.md](${name}.md) |`);
  }
}
files.set("README.md", `${index.join("\n")}\n`);

if (check) {
  const stale: string[] = [];
  let existing: string[] = [];
  try {
    existing = readdirSync(outDir);
  } catch {}
  for (const [file, text] of files) {
    let current = "";
    try {
      current = readFileSync(join(outDir, file), "utf8");
    } catch {}
    if (current !== text) stale.push(file);
  }
  for (const file of existing) if (!files.has(file)) stale.push(`${file} (no longer generated)`);
  if (stale.length > 0) {
    console.error(`docs/events is out of date (${stale.join(", ")}); run \`pnpm docs:catalog\` and commit the result.`);
    process.exit(1);
  }
  console.log(`docs/events is up to date (${files.size} files).`);
} else {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(outDir, file), text);
  console.log(`wrote ${files.size} files to docs/events`);
}
