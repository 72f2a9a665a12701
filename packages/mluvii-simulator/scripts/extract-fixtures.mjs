// Re-extracts every JSON example of mluvii's "Supported activities and events" page
// (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events) into
// test/fixtures/docs-activities/, one file per example, exactly as the doc prints it (placeholders, typos and malformed
// JSON included), plus manifest.json with the heading, the label above the example and its direction:
// request (bot → mluvii: what the simulator receives), response / callback (mluvii → bot: what it sends).
// Usage (from the repository root): node packages/mluvii-simulator/scripts/extract-fixtures.mjs <plain-text copy of the page>
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const seedPath = process.argv[2] ?? resolve(packageDir, "../../../shared/seeds/001_a3c5dfacf7ecf6e8.txt");
const outDir = join(packageDir, "test/fixtures/docs-activities");

const lines = readFileSync(seedPath, "utf8").split("\n");
const start = lines.indexOf("GetAvailableOperators");
if (start < 0) throw new Error(`no "GetAvailableOperators" heading in ${seedPath}`);

// Section headings of the doc body (its "On this page" list, plus the ShareFile sub-headings).
const HEADINGS = new Set(
  [
    "GetAvailableOperators GetAvailableGroups GetCallParams SetCallParams SendGuestOfflineEmail GetGuestIdentity",
    "Forward HandOff EndConversation Typing DisableGuestInput EnableGuestInput GetHeroCards SendHeroCard",
    "HeroCardSubmission ChatbotOpenFileUploadPrompt EnableGuestUpload DisableGuestUpload GetMediaObjects",
    "ObtainCrmIdentity AssignCrmIdentity ShareFile",
  ]
    .join(" ")
    .split(" ")
    .concat(["ShareFile (name)", "ShareFile (URL)", "Adaptive cards", "Buttons", "Incoming Message", "Incoming File"]),
);
const isHeading = (line) => HEADINGS.has(line);

const examples = [];
let heading = "";
let label = "";
for (let i = start; i < lines.length; i++) {
  const line = lines[i] ?? "";
  if (isHeading(line)) {
    heading = line;
    label = "";
    continue;
  }
  if (line === "{" || line.startsWith("initialParams: {") || line.startsWith('"additionalParams": {')) {
    const block = [line];
    if (!line.startsWith('"additionalParams"')) {
      for (i++; i < lines.length; i++) {
        const inner = lines[i] ?? "";
        if (inner.trim() === "") break;
        block.push(inner);
        if (inner.startsWith("}")) break;
      }
    }
    examples.push({ heading, label, text: `${block.join("\n")}\n` });
    continue;
  }
  if (line.trim().endsWith(":") && line.trim().length < 160) label = line.trim().replace(/:$/, "");
}

function roleOf({ heading, label, text }) {
  if (/^Response$/i.test(label)) return "response";
  if (text.startsWith("initialParams") || text.startsWith('"additionalParams"')) return "fragment";
  if (/"activity":\s*"(HeroCardSubmission|GuestFileUpload)"/.test(text)) return "callback";
  if (/Incoming Message/.test(heading) || /response to the selected button/i.test(label)) return "callback";
  return "request";
}

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const manifest = examples.map((example, index) => {
  const role = roleOf(example);
  let json = true;
  try {
    JSON.parse(example.text);
  } catch {
    json = false;
  }
  const file = `${String(index + 1).padStart(2, "0")}-${slug(example.heading)}.${role}.${json ? "json" : "txt"}`;
  writeFileSync(join(outDir, file), example.text);
  return { file, heading: example.heading, label: example.label, role, json };
});
writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${manifest.length} examples to ${outDir}`);
