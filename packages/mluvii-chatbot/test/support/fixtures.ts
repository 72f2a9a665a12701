/** Reads the committed fixtures (tests never read outside the package: a user's clone has nothing else). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../fixtures");

/** A JSON fixture: its folder, its name without `.json`, and its value. */
export interface JsonFixture {
  readonly folder: string;
  readonly stem: string;
  readonly value: unknown;
}

/** Every `.json` file of `fixtures/<folder>`, sorted by name. */
export function jsonFixtures(folder: string): JsonFixture[] {
  return readdirSync(join(root, folder))
    .filter((file) => file.endsWith(".json") && file !== "manifest.json")
    .sort()
    .map((file) => ({
      folder,
      stem: file.slice(0, -".json".length),
      value: JSON.parse(readFileSync(join(root, folder, file), "utf8")) as unknown,
    }));
}
