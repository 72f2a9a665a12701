/**
 * The goal: receiving a mluvii chatbot callback costs little more than `JSON.parse` of its body. For every callback
 * of the corpus (docs-activities examples, a sample of every `…Response`, the guest events) and for the mixed stream of all
 * of them, `(safeParse(text) − JSON.parse(text)) ÷ JSON.parse(text)` (goal ≤ 0.35, mixed ≤ 0.525) and the bytes
 * allocated per event against `JSON.parse`'s (goal ≤ 3×); first, the latency of the first event of each type in
 * this fresh process.
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/mluvii-chatbot/bench/goal.bench.ts   (or `pnpm bench` for every package)
 */
import { mluviiChatbotCallbacks } from "@contactkit/mluvii-chatbot";
import { benchFamilyGoal } from "../../../scripts/bench-utils";
import { fastParserOf, generatedSize } from "../../core/src/fast-parser";
import { callbackCorpus } from "../test/support/callback-corpus";

await benchFamilyGoal(
  "mluvii chatbot callbacks",
  mluviiChatbotCallbacks,
  callbackCorpus(),
  { cost: 0.35, mixed: 0.525, allocation: 3 },
  { build: fastParserOf, size: generatedSize },
);
