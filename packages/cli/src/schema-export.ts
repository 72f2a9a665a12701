import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { KNOWN_FAMILIES, type KnownFamily } from "./families";

/** One event type in the schema index. */
export interface SchemaIndexEntry {
  /** The event type, e.g. `SessionCreated`. */
  readonly type: string;
  /** Path of its schema relative to the output directory, with `/` separators. */
  readonly schema: string;
}

/** One family in the schema index. */
export interface SchemaIndexFamily {
  /** Vendor, e.g. `mluvii`. */
  readonly vendor: string;
  /** Family, e.g. `webhooks`. */
  readonly family: string;
  /** What the family is. */
  readonly description: string;
  /** Its event types, in the family's order. */
  readonly events: readonly SchemaIndexEntry[];
}

/** `index.json` of a schema export. Deterministic: no timestamps, so a regenerated export diffs cleanly. */
export interface SchemaIndex {
  /** Always `@contactkit/cli`. */
  readonly generator: "@contactkit/cli";
  /** Every exported family. */
  readonly families: readonly SchemaIndexFamily[];
}

/** What {@link exportSchemas} wrote. */
export interface SchemaExportResult {
  /** The index, also written to `<outDir>/index.json`. */
  readonly index: SchemaIndex;
  /** Absolute or `outDir`-relative paths of every file written, index last. */
  readonly files: readonly string[];
}

/** Options of {@link exportSchemas}. */
export interface SchemaExportOptions {
  /** The families to export. Default: every family of every contactkit package. */
  readonly families?: readonly KnownFamily[];
}

/** A file-name-safe form of a vendor, family or event-type name. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}

/**
 * Writes the JSON Schema of every event type of every family to `<outDir>/<vendor>/<family>/<Type>.schema.json`
 * and an index to `<outDir>/index.json`. Each schema gets a `title` (`mluvii webhooks SessionCreated`) when it has
 * none.
 *
 * @example
 * const { files } = await exportSchemas("./schemas");
 */
export async function exportSchemas(outDir: string, options: SchemaExportOptions = {}): Promise<SchemaExportResult> {
  const files: string[] = [];
  const families: SchemaIndexFamily[] = [];
  for (const { family, description } of options.families ?? KNOWN_FAMILIES) {
    const relativeDir = `${safeName(family.vendor)}/${safeName(family.family)}`;
    await mkdir(join(outDir, relativeDir), { recursive: true });
    const events: SchemaIndexEntry[] = [];
    for (const type of family.types) {
      const json = family.toJSONSchema(type);
      const schema = { $schema: json.$schema, title: `${family.vendor} ${family.family} ${type}`, ...json };
      const relative = `${relativeDir}/${safeName(type)}.schema.json`;
      const file = join(outDir, relative);
      await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
      files.push(file);
      events.push({ type, schema: relative });
    }
    families.push({ vendor: family.vendor, family: family.family, description, events });
  }
  const index: SchemaIndex = { generator: "@contactkit/cli", families };
  const indexFile = join(outDir, "index.json");
  await writeFile(indexFile, `${JSON.stringify(index, null, 2)}\n`);
  files.push(indexFile);
  return { index, files };
}
