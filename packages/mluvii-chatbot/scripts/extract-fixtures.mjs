// Re-extracts every JSON example of mluvii's "Supported activities and events" page
// (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events) into
// test/fixtures/docs-activities/, one file per example, byte-for-byte as the doc prints it (typos, placeholders and
// malformed JSON included), plus manifest.json naming the heading and label each example sits under.
// Usage (from the repository root): node packages/mluvii-chatbot/scripts/extract-fixtures.mjs <plain-text copy of the page>
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const seedPath = process.argv[2] ?? resolve(packageDir, "../../../shared/seeds/001_a3c5dfacf7ecf6e8.txt");
const outDir = join(packageDir, "test/fixtures/docs-activities");

// Section headings of the doc body, in the order of its "On this page" list (plus the ShareFile sub-headings).
const HEADINGS = new Set([
  "GetAvailableOperators",
  "GetAvailableGroups",
  "GetCallParams",
  "SetCallParams",
  "SendGuestOfflineEmail",
  "GetGuestIdentity",
  "Forward",
  "HandOff",
  "EndConversation",
  "Typing",
  "DisableGuestInput",
  "EnableGuestInput",
  "GetHeroCards",
  "SendHeroCard",
  "HeroCardSubmission",
  "ChatbotOpenFileUploadPrompt",
  "EnableGuestUpload",
  "DisableGuestUpload",
  "GetMediaObjects",
  "ObtainCrmIdentity",
  "AssignCrmIdentity",
  "ShareFile",
  "ShareFile (name)",
  "ShareFile (URL)",
  "Adaptive cards",
  "Buttons",
  "Incoming Message",
  "Incoming File",
]);

const lines = readFileSync(seedPath, "utf8").split("\n");
// The body starts at the first bare "GetAvailableOperators" heading (the navigation above lists it with a bullet).
const bodyStart = lines.indexOf("GetAvailableOperators");
if (bodyStart < 0) throw new Error(`no "GetAvailableOperators" heading in ${seedPath}`);

const examples = [];
let heading = "";
let label = "";
for (let i = bodyStart; i < lines.length; i++) {
  const line = lines[i] ?? "";
  if (HEADINGS.has(line.trim()) && line === line.trim()) {
    heading = line;
    label = "";
    continue;
  }
  const oneLiner = line.startsWith('"additionalParams": {');
  const opensBlock = line === "{" || line.startsWith("initialParams: {");
  if (oneLiner) {
    examples.push({ heading, label, line: i + 1, text: `${line}\n` });
    continue;
  }
  if (opensBlock) {
    const block = [line];
    // A block ends at a closing brace in column 0, or at the first blank line (ShareFileResponse is never closed).
    for (i++; i < lines.length; i++) {
      const inner = lines[i] ?? "";
      if (inner.trim() === "") break;
      block.push(inner);
      if (inner.startsWith("}")) break;
    }
    examples.push({ heading, label, line: i + 2 - block.length, text: `${block.join("\n")}\n` });
    continue;
  }
  if (line.trim().endsWith(":") && line.trim().length < 120) label = line.trim().replace(/:$/, "");
}

const slug = (s) =>
  s
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// Sections whose request example has no "Request JSON:" label in the doc.
const UNLABELLED_REQUESTS = new Set(["HandOff", "EndConversation", "Adaptive cards"]);

function role(example) {
  const l = example.label.toLowerCase();
  if (example.text.startsWith("initialParams")) return "initial-params";
  if (example.text.startsWith('"additionalParams"')) return "additional-params";
  if (l.includes("request json") || UNLABELLED_REQUESTS.has(example.heading)) return "request";
  if (l.startsWith("response")) return "response";
  // Guest events (HeroCardSubmission, Incoming Message/File, the Text a button click produces).
  return "callback";
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const manifest = examples.map((example, index) => {
  const valid = (() => {
    try {
      JSON.parse(example.text);
      return true;
    } catch {
      return false;
    }
  })();
  const file = `${String(index + 1).padStart(2, "0")}-${slug(example.heading)}.${role(example)}.${valid ? "json" : "txt"}`;
  writeFileSync(join(outDir, file), example.text);
  return { file, heading: example.heading, label: example.label, role: role(example), seedLine: example.line };
});
writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${manifest.length} examples → ${outDir} (${readdirSync(outDir).length - 1} files)`);
