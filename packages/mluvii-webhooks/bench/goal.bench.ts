/**
 * The goal: receiving a mluvii webhook costs little more than `JSON.parse` of its body. For every fixture that is a
 * valid event, and for the mixed stream of all of them, `(safeParse(text) − JSON.parse(text)) ÷ JSON.parse(text)`
 * (goal ≤ 0.35, mixed ≤ 0.525) and the bytes allocated per event against `JSON.parse`'s (goal ≤ 3×); first, the
 * latency of the first event of each type in this fresh process.
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/mluvii-webhooks/bench/goal.bench.ts   (or `pnpm bench` for every package)
 */
import { fileURLToPath } from "node:url";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { benchFamilyGoal, loadPayloads } from "../../../scripts/bench-utils";
import { fastParserOf, generatedSize } from "../../core/src/fast-parser";

const corpus = loadPayloads(fileURLToPath(new URL("../test/fixtures/", import.meta.url))).cases;
await benchFamilyGoal(
  "mluvii webhooks",
  mluviiWebhooks,
  corpus,
  { cost: 0.35, mixed: 0.525, allocation: 3 },
  { build: fastParserOf, size: generatedSize },
);
