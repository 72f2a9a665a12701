import { readFileSync } from "node:fs";
import { join } from "node:path";

const fixturesDir = join(import.meta.dirname, "fixtures");
const samplesDir = join(import.meta.dirname, "samples");

/** One example of the QM chat page, as listed in fixtures/manifest.json by scripts/extract-fixtures.mjs. */
export interface FixtureEntry {
  file: string;
  heading: string;
  variant: string | null;
  pageLine: number;
  validJson: boolean;
  repairedFile?: string;
}

export const manifest: FixtureEntry[] = JSON.parse(readFileSync(join(fixturesDir, "manifest.json"), "utf8"));

/** The text of a fixture file. */
export const fixtureText = (file: string): string => readFileSync(join(fixturesDir, file), "utf8");

/** The parsed JSON of an example (the repaired form for the one with the missing comma). */
export function fixtureJson(entry: FixtureEntry): Record<string, unknown> {
  return JSON.parse(fixtureText(entry.repairedFile ?? entry.file));
}

/** A fixture by its file-name prefix, e.g. `"15"`. */
export function fixture(prefix: string): Record<string, unknown> {
  const entry = manifest.find((m) => m.file.startsWith(`${prefix}-`));
  if (!entry) throw new Error(`no fixture ${prefix}`);
  return fixtureJson(entry);
}

/** A hand-written sample from the QM call page (test/samples). */
export const sampleText = (file: string): string => readFileSync(join(samplesDir, file), "utf8");
