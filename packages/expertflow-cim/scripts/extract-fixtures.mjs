#!/usr/bin/env node
/**
 * Re-extracts every payload of the Expertflow CX "Init" node page (https://docs.expertflow.com/cx-knowledgebase/latest/init,
 * mirrored at expertflow/Expertflow-Troubleshooting-Platform@15961e364c2b5a094d9d48d81974883d87ccc78c:
 * Deployment/Expertflow-Site/cx-knowledgebase/latest/init.html) into `test/fixtures/docs-init-node/`.
 *
 * The input is a text copy of the page, its table flattened to text: a row starts with `Node | Description | Input Payload`, a row that has a
 * payload continues with a `CODE` line, the payload lines, and a line holding only `|`. Each payload is written
 * byte for byte (only the JavaScript `msg = ` prefix of the first example is cut, and recorded in the manifest) so
 * nobody hand-edits ~90 KB of JSON.
 *
 *   node packages/expertflow-cim/scripts/extract-fixtures.mjs --page <copy.txt>            # write fixtures + manifest
 *   node packages/expertflow-cim/scripts/extract-fixtures.mjs --page <copy.txt> --check    # exit 1 if they differ
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PAGE_URL = "https://docs.expertflow.com/cx-knowledgebase/latest/init";
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(packageDir, "test", "fixtures", "docs-init-node");
const JS_PREFIX = "msg = ";

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** "Agent MRD Interrupted" → "AGENT_MRD_INTERRUPTED": the heading names the intent / event the node receives. */
const toEventName = (heading) =>
  heading
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_");
const toSlug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");

/** Splits the page text into table rows and pulls the payload of each row that has one. */
export function extract(pageText) {
  const lines = pageText.split("\n");
  const rows = [];
  let current;
  let inCode = false;
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i];
    if (inCode) {
      if (line === "|") {
        current.endLine = i; // 1-based number of the last payload line
        inCode = false;
        current = undefined;
      } else current.code.push(line);
      continue;
    }
    if (line === "CODE" && current) {
      inCode = true;
      current.startLine = i + 2;
      continue;
    }
    const row = /^([^|]+?) \| /.exec(line);
    if (row) {
      current = { heading: row[1], headingLine: i + 1, code: [] };
      rows.push(current);
    }
  }
  if (inCode) throw new Error(`Init node page: payload of "${current.heading}" is not closed by a "|" line`);

  const fixtures = [];
  const withoutPayload = [];
  for (const row of rows) {
    if (row.code.length === 0) {
      withoutPayload.push({ heading: row.heading, expected: toEventName(row.heading), seedLine: row.headingLine });
      continue;
    }
    let text = `${row.code.join("\n")}\n`;
    let jsPrefix = null;
    if (text.startsWith(JS_PREFIX)) {
      jsPrefix = JS_PREFIX;
      text = text.slice(JS_PREFIX.length);
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new Error(
        `Init node page: payload of "${row.heading}" (line ${row.startLine}) is not JSON: ${error.message}`,
      );
    }
    const nodeRed = "_msgid" in value && "payload" in value;
    const body = nodeRed ? value.payload : value;
    fixtures.push({
      heading: row.heading,
      expected: toEventName(row.heading),
      file: `${toSlug(row.heading)}.json`,
      seedLines: [row.startLine, row.endLine],
      envelope: nodeRed ? "node-red-msg" : "controller-body",
      intent: body.intent ?? null,
      cimEventName: body.entities?.cimEvent?.name ?? null,
      jsPrefix,
      bytes: Buffer.byteLength(text, "utf8"),
      sha256: sha256(text),
      text,
    });
  }
  return { fixtures, withoutPayload };
}

function render(pageText) {
  const { fixtures, withoutPayload } = extract(pageText);
  const files = new Map();
  for (const f of fixtures) files.set(f.file, f.text);
  const manifest = {
    source: PAGE_URL,
    generatedBy: "packages/expertflow-cim/scripts/extract-fixtures.mjs",
    fixtures: fixtures.map(({ text: _text, ...rest }) => rest),
    withoutPayload,
  };
  files.set("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

function main() {
  const pagePath = argValue("--page") ?? argValue("--seed");
  if (pagePath === undefined || !existsSync(resolve(pagePath))) {
    console.error(`pass --page <path to a text copy of ${PAGE_URL}>`);
    process.exit(2);
  }
  const files = render(readFileSync(resolve(pagePath), "utf8"));
  if (process.argv.includes("--check")) {
    const problems = [];
    for (const [name, text] of files) {
      const path = join(outDir, name);
      if (!existsSync(path)) problems.push(`missing ${name}`);
      else if (readFileSync(path, "utf8") !== text) problems.push(`differs ${name}`);
    }
    if (existsSync(outDir)) {
      for (const name of readdirSync(outDir)) if (!files.has(name)) problems.push(`not produced by the page: ${name}`);
    }
    if (problems.length > 0) {
      console.error(
        `Init node page fixtures are stale:\n  ${problems.join("\n  ")}\nrun without --check to rewrite them`,
      );
      process.exit(1);
    }
    console.log(`Init node page fixtures match the page (${files.size - 1} payloads + manifest)`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  console.log(`wrote ${files.size - 1} payloads + manifest.json to ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
