/**
 * Parse + validate cost of seed-003 payloads between 5 and 30 KB, as a ratio to `JSON.parse` of the same text.
 * Run: pnpm exec tsx packages/expertflow-cim/bench/parse.bench.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expertflowCim } from "@contactkit/expertflow-cim";
import { type Measurement, measure, printTable } from "../../../scripts/bench-utils";

const dir = join(import.meta.dirname, "..", "test", "fixtures", "seed-003");
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
  fixtures: { file: string; bytes: number }[];
};
const cases = manifest.fixtures.filter((f) => f.bytes >= 5_000 && f.bytes <= 30_000);

const summary: string[] = [];
// A first, unreported round warms every schema's compiled fast path, so no case pays for the others' JIT.
for (const round of ["warm-up", "measured"]) {
  summary.length = 0;
  for (const { file, bytes } of cases) {
    const text = readFileSync(join(dir, file), "utf8");
    const value: unknown = JSON.parse(text);
    if (!expertflowCim.safeParse(text).ok) throw new Error(`${file} does not parse`);
    const rows: Measurement[] = [
      measure("JSON.parse", () => JSON.parse(text), { samples: 31 }),
      measure("validate (parsed value)", () => expertflowCim.safeParse(value), { samples: 31 }),
      measure("safeParse (text: JSON.parse + validate)", () => expertflowCim.safeParse(text), { samples: 31 }),
    ];
    if (round === "measured") printTable(`${file} (${(bytes / 1024).toFixed(1)} KB)`, rows, "JSON.parse");
    const [json, validate] = rows as [Measurement, Measurement, Measurement];
    summary.push(`| ${file} | ${(bytes / 1024).toFixed(1)} | ${(validate.nsPerOp / json.nsPerOp).toFixed(3)} |`);
  }
}
console.log("\n## validate ÷ JSON.parse (target ≤ 0.5)\n\n| fixture | KB | ratio |\n|---|---:|---:|");
console.log(summary.join("\n"));
