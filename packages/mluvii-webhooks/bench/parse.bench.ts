/**
 * Parse + validate cost of every mluvii webhook fixture, as ratios measured in one run:
 * - `parse+validate ÷ JSON.parse`: `mluviiWebhooks.safeParse(text)` against `JSON.parse(text)` of the same text;
 * - `validate ÷ JSON.parse`: `mluviiWebhooks.safeParse(value)` of the already-decoded value (target ≤ 0.4);
 * - the family (reads `eventType`, validates one schema) against a plain `z.union` of the same 49 schemas.
 * Run: pnpm exec tsx packages/mluvii-webhooks/bench/parse.bench.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mluviiWebhookSchemas, mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import * as z from "zod";
import { type Measurement, measure, printTable } from "../../../scripts/bench-utils";

const dir = (folder: string) => fileURLToPath(new URL(`../test/fixtures/${folder}/`, import.meta.url));
const cases = ["seed-000", "model"].flatMap((folder) =>
  readdirSync(dir(folder))
    .filter((f) => f.endsWith(".json") && !f.startsWith("_unknown"))
    .sort()
    .map((file) => ({ name: `${folder}/${file}`, text: readFileSync(`${dir(folder)}${file}`, "utf8") })),
);
const opts = { samples: 9, batchMs: 20 };

const rows: { name: string; json: number; full: number; validate: number }[] = [];
for (const { name, text } of cases) {
  const value = JSON.parse(text);
  if (!mluviiWebhooks.safeParse(text).ok) throw new Error(`${name} does not parse`);
  const json = measure("JSON.parse", () => JSON.parse(text), opts).nsPerOp;
  const full = measure("safeParse(text)", () => mluviiWebhooks.safeParse(text), opts).nsPerOp;
  const validate = measure("safeParse(value)", () => mluviiWebhooks.safeParse(value), opts).nsPerOp;
  rows.push({ name, json, full, validate });
}

console.log("\n## mluvii webhooks: per fixture, ratio to JSON.parse of the same text\n");
console.log("| fixture | JSON.parse ns | parse+validate ÷ JSON.parse | validate ÷ JSON.parse |");
console.log("|---|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.json.toFixed(0)} | ${(r.full / r.json).toFixed(2)} | ${(r.validate / r.json).toFixed(2)} |`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(
  `\nmedian over ${rows.length} fixtures: parse+validate ÷ JSON.parse = ${median(rows.map((r) => r.full / r.json)).toFixed(2)}, ` +
    `validate ÷ JSON.parse = ${median(rows.map((r) => r.validate / r.json)).toFixed(2)}`,
);

// Family vs a plain union of the same schemas, over all fixtures (decoded values) in one loop.
const values = cases.map((c) => JSON.parse(c.text));
const union = z.union(Object.values(mluviiWebhookSchemas) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
const all: Measurement[] = [
  measure("JSON.parse (all fixtures)", () => cases.map((c) => JSON.parse(c.text))),
  measure("family safeParse(value)", () => values.map((v) => mluviiWebhooks.safeParse(v))),
  measure("z.union safeParse(value)", () => values.map((v) => union.safeParse(v))),
  measure("family safeParse(text)", () => cases.map((c) => mluviiWebhooks.safeParse(c.text))),
];
printTable("family vs plain z.union of the same 49 schemas (all fixtures per op)", all, "z.union safeParse(value)");
printTable("the same, relative to JSON.parse", all, "JSON.parse (all fixtures)");
