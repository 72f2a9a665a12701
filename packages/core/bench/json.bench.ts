/**
 * The safe-JSON step on hostile and on ordinary bodies, in one run:
 * - a 1 MiB body of nested arrays is rejected before `JSON.parse` (its nesting is counted in the text), against the
 *   time `JSON.parse` alone takes on it, and on flat 1 MiB bodies (one string; many small arrays);
 * - below 64 KiB a body is parsed first and its value walked; the worst case there (nested arrays) is timed too;
 * - on an ordinary 16 KB event, what each way of bounding depth would cost against `JSON.parse`: a reviver, a full
 *   scan of the text, a walk of the parsed value, and what `safeParse` actually does (count brackets, look for
 *   `__proto__`).
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/core/bench/json.bench.ts   (or `pnpm bench` for every package)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { median, pairedCost } from "../../../scripts/bench-utils";
import { DEFAULT_MAX_DEPTH, decodeJson } from "../src";
import {
  mayHaveProtoKey,
  nestsDeeperThan,
  PRESCAN_MIN_LENGTH,
  scanValue,
  TEXT_CHECK_VALUE,
  textDepth,
} from "../src/json";

/** Median milliseconds of `runs` calls (for the millisecond-scale bodies, where batching is pointless). */
function ms(fn: () => unknown, runs = 11): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    try {
      fn();
    } catch {
      // JSON.parse of a hostile body may throw; only its time matters here.
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const MiB = 1024 * 1024;
const nested = (bytes: number) => `${"[".repeat(bytes / 2)}${"]".repeat(bytes / 2)}`;
const flatString = JSON.stringify("x".repeat(MiB - 2));
const flatArrays = `[${Array.from({ length: Math.floor((MiB - 2) / 3) }, () => "[]").join(",")}]`;

console.log("\n## Hostile bodies: nesting bounded before JSON.parse (median ms of 11)\n");
console.log("| body | JSON.parse ms | decodeJson (safe) ms | outcome |\n|---|---:|---:|---|");
for (const [name, text] of [
  ["1 MiB of nested arrays", nested(MiB)],
  [`${PRESCAN_MIN_LENGTH / 1024} KiB of nested arrays (scanned before parsing)`, nested(PRESCAN_MIN_LENGTH)],
  [`${PRESCAN_MIN_LENGTH / 2048} KiB of nested arrays (parsed, then walked)`, nested(PRESCAN_MIN_LENGTH / 2)],
  ["1 MiB flat: one string", flatString],
  ["1 MiB flat: small arrays", flatArrays],
] as const) {
  const decoded = decodeJson(text);
  const outcome = decoded.ok ? "accepted" : `rejected (${decoded.kind})`;
  console.log(
    `| ${name} | ${ms(() => JSON.parse(text)).toFixed(2)} | ${ms(() => decodeJson(text)).toFixed(2)} | ${outcome} |`,
  );
}

const fixture = (file: string) =>
  JSON.stringify(
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL(`../../expertflow-cim/test/fixtures/docs-init-node/${file}`, import.meta.url)),
        "utf8",
      ),
    ),
  );
for (const event of [fixture("agent-mrd-interrupted.json"), fixture("agent-sla-expired.json")]) {
  const value = JSON.parse(event);
  const rows: [string, () => unknown][] = [
    ["JSON.parse with a reviver (identity), instead of JSON.parse", () => JSON.parse(event, (_key, v) => v)],
    ["full scan of the text for depth (brackets outside strings)", () => nestsDeeperThan(event, DEFAULT_MAX_DEPTH)],
    ["walk of the parsed value (depth and __proto__)", () => scanValue(value, DEFAULT_MAX_DEPTH)],
    [
      "what safeParse does: count brackets, search __proto__, walk only if either may matter",
      () =>
        (textDepth(event, DEFAULT_MAX_DEPTH) === TEXT_CHECK_VALUE || mayHaveProtoKey(event)) &&
        scanValue(value, DEFAULT_MAX_DEPTH),
    ],
  ];
  const brackets = (event.match(/[[{]/g) ?? []).length;
  console.log(
    `\n## Bounding depth on an ordinary ${(event.length / 1024).toFixed(1)} KB event with ${brackets} opening brackets: time added to JSON.parse, ÷ JSON.parse (median)\n`,
  );
  console.log("| way | added ÷ JSON.parse |\n|---|---:|");
  for (const [name, fn] of rows) {
    // The reviver replaces JSON.parse; the others come on top of it.
    const parseAndFn = name.startsWith("JSON.parse")
      ? fn
      : () => {
          JSON.parse(event);
          return fn();
        };
    const { cost } = pairedCost(() => JSON.parse(event), parseAndFn);
    console.log(`| ${name} | ${cost.toFixed(3)} |`);
  }
}
