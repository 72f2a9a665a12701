// Re-extracts every JSON example of the CCAI Platform "QM chat session event data" page
// (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data) into test/fixtures/, one file
// per example, plus manifest.json describing where each came from (`pageLine`: the line in the text copy).
//
// Usage (from the repository root): node packages/ccai-qm-chat/scripts/extract-fixtures.mjs <page.txt>
// where page.txt is a plain-text copy of the page (its rendered text, one JSON line per line).
//
// An example that is not valid JSON is written verbatim as `.txt` (the documentation mistake, kept as text),
// and, when a missing comma between two lines explains the error, its repaired form as `.repaired.json`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, "..");
if (!process.argv[2]) {
  console.error("usage: extract-fixtures.mjs <plain-text copy of the QM chat session event data page>");
  process.exit(2);
}
const pagePath = resolve(process.argv[2]);
const outDir = join(packageDir, "test/fixtures");

const lines = readFileSync(pagePath, "utf8").split(/\r?\n/);

/** Lowercase, dash-separated file-name form of a heading or variant phrase. */
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The section heading: the nearest earlier line of prose that is not a sentence (no final "." or ":"). */
function headingBefore(index) {
  for (let i = index - 1; i >= 0; i--) {
    const text = lines[i].trim();
    if (/^[A-Z]/.test(text) && !/[.:]$/.test(text)) return text;
  }
  throw new Error(`no heading before line ${index + 1}`);
}

/** The variant named by the introducing sentence ("… payload for a human agent:"), if any. */
function variantBefore(index) {
  for (let i = index - 1; i >= 0; i--) {
    const text = lines[i].trim();
    if (!text) continue;
    const match = /payload for (?:a |an )?(.+?)[:.]$/.exec(text);
    return match ? match[1] : undefined;
  }
  return undefined;
}

/** Inserts the missing comma where a value line is directly followed by another member line. */
function repairMissingCommas(text) {
  const out = text.split("\n");
  for (let i = 0; i < out.length - 1; i++) {
    const endsValue = /("|\d|true|false|null|\}|\])\s*$/.test(out[i]) && !/[{[,]\s*$/.test(out[i]);
    if (endsValue && /^\s*"/.test(out[i + 1])) out[i] = out[i].replace(/\s*$/, ",");
  }
  return out.join("\n");
}

const examples = [];
for (let i = 0; i < lines.length; i++) {
  if (lines[i] !== "{") continue;
  const start = i;
  while (i < lines.length && lines[i] !== "}") i++;
  examples.push({ start, text: `${lines.slice(start, i + 1).join("\n")}\n` });
}

mkdirSync(outDir, { recursive: true });
// Generated files only: the hand-written README.md (the fixtures' source note) stays.
for (const file of readdirSync(outDir)) if (/\.(json|txt)$/.test(file)) rmSync(join(outDir, file));

const manifest = [];
examples.forEach(({ start, text }, n) => {
  const heading = headingBefore(start);
  const variant = variantBefore(start);
  const base = `${String(n + 1).padStart(2, "0")}-${slug(heading)}${variant ? `--${slug(variant)}` : ""}`;
  const entry = { file: `${base}.json`, heading, variant: variant ?? null, pageLine: start + 1, validJson: true };
  try {
    JSON.parse(text);
    writeFileSync(join(outDir, entry.file), text);
  } catch {
    const repaired = repairMissingCommas(text);
    JSON.parse(repaired); // throws (and stops the script) when the repair does not explain the error
    Object.assign(entry, {
      file: `${base}.txt`,
      validJson: false,
      repairedFile: `${base}.repaired.json`,
    });
    writeFileSync(join(outDir, entry.file), text);
    writeFileSync(join(outDir, entry.repairedFile), repaired);
  }
  manifest.push(entry);
});

writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${manifest.length} examples from ${pagePath} → ${outDir}`);
for (const m of manifest) console.log(`  ${m.validJson ? "ok " : "BAD"} line ${m.pageLine}: ${m.file}`);
