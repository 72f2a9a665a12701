/** Reads the committed fixtures (tests never read ../shared: a user's clone has none). */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** A fixture file: its name, the event type its name announces, and its text. */
export interface Fixture {
  readonly file: string;
  readonly expectedType: string;
  readonly text: string;
}

/** The fixtures of one folder (`docs-webhooks`, `model`); the event type is the file name up to its first dot. */
export function fixtures(folder: "docs-webhooks" | "model"): Fixture[] {
  return readdirSync(`${root}${folder}`)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      expectedType: file.slice(0, file.indexOf(".")),
      text: readFileSync(`${root}${folder}/${file}`, "utf8"),
    }));
}

/** A fixture's text by path under fixtures/. */
export function fixtureText(path: string): string {
  return readFileSync(`${root}${path}`, "utf8");
}

/** A fixture parsed as JSON, for building variants. */
export function fixtureJson(path: string): { eventType: string; data: Record<string, unknown> } {
  return JSON.parse(fixtureText(path));
}
