/**
 * Parse + validate + classify each seed-002 fixture, as a ratio to JSON.parse of the same text.
 * Run: pnpm exec tsx packages/ccai-qm-chat/bench/parse.bench.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ccaiQmEvents, chatItemOf, classifyChatEvent } from "@contactkit/ccai-qm-chat";
import { type Measurement, measure, printTable } from "../../../scripts/bench-utils";

const dir = join(import.meta.dirname, "../test/fixtures");
const files = readdirSync(dir).filter((f) => /^\d\d-.*\.json$/.test(f));

function parseValidateClassify(text: string): unknown {
  const r = ccaiQmEvents.safeParse(text);
  if (!r.ok) throw r.error;
  const item = chatItemOf(r);
  return item ? classifyChatEvent(item) : r;
}

const texts = files.map((file) => readFileSync(join(dir, file), "utf8"));
// Warm every path up first, so the first fixture does not pay for JIT compilation of the shared code.
for (let i = 0; i < 2_000; i++) for (const text of texts) parseValidateClassify(text);

const ratios: number[] = [];
for (const [index, file] of files.entries()) {
  const text = texts[index] as string;
  const rows: Measurement[] = [
    measure("JSON.parse", () => JSON.parse(text)),
    measure("safeParse + classify", () => parseValidateClassify(text)),
    measure("safeParse + classify (wrapped)", () => parseValidateClassify(`{"type":"ChatState","item":${text}}`)),
  ];
  printTable(file, rows, "JSON.parse");
  ratios.push((rows[1] as Measurement).nsPerOp / (rows[0] as Measurement).nsPerOp);
}
ratios.sort((a, b) => a - b);
console.log(
  `\nparse + validate + classify ÷ JSON.parse over ${ratios.length} fixtures: median ${ratios[Math.floor(ratios.length / 2)]?.toFixed(2)}×, min ${ratios[0]?.toFixed(2)}×, max ${ratios.at(-1)?.toFixed(2)}×`,
);
