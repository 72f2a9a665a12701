// Re-extracts the JSON examples of the mluvii *Webhooks* documentation page (https://docs.mluvii.com/en/for-it-specialists/public-api/webhooks)
// into test fixtures. Usage (from the repository root):
//   node packages/mluvii-webhooks/scripts/extract-fixtures.mjs <plain-text copy of the page>
//
// The page is a plain-text copy: each event section reads "<Heading>", a paragraph, "ParameterValueExample",
// the parameter table, then "JSON Example" followed by one JSON object starting with "{" and ending with a "}"
// in column 0. Each object is written verbatim to test/fixtures/docs-webhooks/<Heading>.json, so a test can check that
// it parses to the event its heading names. The page's doc-only artefacts (the "Form Structure" pseudo-JSON and
// the lifecycle table's colon-before-fraction times) go to test/fixtures/docs-webhooks/doc-mistakes/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const seedPath = process.argv[2] ?? join(here, "../../../../shared/seeds/000_b23283fb4c3b2e51.txt");
const outDir = join(here, "../test/fixtures/docs-webhooks");
const lines = readFileSync(seedPath, "utf8").split(/\r?\n/);

/** The heading of the section containing line `i`: two non-empty lines above the section's parameter table. */
function headingBefore(i) {
  for (let j = i; j >= 0; j--) {
    if (lines[j] !== "ParameterValueExample") continue;
    const above = [];
    for (let k = j - 1; k >= 0 && above.length < 2; k--) if (lines[k].trim() !== "") above.push(lines[k].trim());
    return above[1];
  }
  throw new Error(`no section heading above line ${i + 1}`);
}

/** Lines from `start` up to and including the first line for which `isEnd` holds. */
function blockFrom(start, isEnd) {
  const out = [];
  for (let k = start; k < lines.length; k++) {
    out.push(lines[k]);
    if (isEnd(lines[k], k)) return { text: out.join("\n"), end: k };
  }
  return { text: out.join("\n"), end: lines.length - 1 };
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, "doc-mistakes"), { recursive: true });

const written = [];
for (let i = 0; i < lines.length; i++) {
  if (lines[i] === "JSON Example" && lines[i + 1] === "{") {
    const heading = headingBefore(i);
    const { text, end } = blockFrom(i + 1, (l) => l === "}");
    JSON.parse(text); // every extracted example must be well-formed JSON; fail loudly otherwise
    const file = `${heading}.json`;
    if (written.includes(file)) throw new Error(`two JSON examples under heading ${heading}`);
    writeFileSync(join(outDir, file), `${text}\n`);
    written.push(file);
    i = end;
  } else if (/^(Form|HeroCard) Structure$/.test(lines[i]) && lines[i + 2] === "[") {
    // The doc's form structure: not valid JSON (no closing "]", one item spells "InputType"). Kept verbatim.
    const heading = headingBefore(i);
    const { text, end } = blockFrom(i + 2, (l) => l.trim() === "}");
    const file = `doc-mistakes/${heading}.form-structure.txt`;
    writeFileSync(join(outDir, file), `${text}\n`);
    written.push(file);
    i = end;
  }
}

// The lifecycle table ("EventTime") lists one doc-only time per event, with a colon before the fraction.
const lifecycle = [];
const tableStart = lines.indexOf("EventTime");
const tableEnd = lines.indexOf("ParameterValueExample", tableStart);
for (let i = tableStart + 1; i < tableEnd; i++) {
  const time = /^"(\d{4}-.*)"$/.exec(lines[i]);
  if (time) {
    const event = lines
      .slice(tableStart + 1, i)
      .filter((l) => l.trim() !== "" && !l.startsWith('"'))
      .at(-1);
    lifecycle.push({ event: event.replace(/ \(optional\)$/, ""), time: time[1] });
  }
}
writeFileSync(join(outDir, "doc-mistakes/lifecycle-times.json"), `${JSON.stringify(lifecycle, null, 2)}\n`);
written.push("doc-mistakes/lifecycle-times.json");

console.log(`wrote ${written.length} fixtures to ${outDir}:\n  ${written.join("\n  ")}`);
