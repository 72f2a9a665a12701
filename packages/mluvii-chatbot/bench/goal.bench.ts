/**
 * The goal: receiving a mluvii chatbot callback costs little more than `JSON.parse` of its body. For every callback
 * of the corpus (docs-activities examples, a sample of every `…Response`, the guest events) and for the mixed stream of all
 * of them, `(safeParse(text) − JSON.parse(text)) ÷ JSON.parse(text)` (goal ≤ 0.35, mixed ≤ 0.525) and the bytes
 * allocated per event against `JSON.parse`'s (goal ≤ 3×); first, the latency of the first event of each type in
 * this fresh process.
 * Run: pnpm exec tsx packages/mluvii-chatbot/bench/goal.bench.ts   (or `pnpm bench` for every package)
 */
import { mluviiChatbotCallbacks } from "@contactkit/mluvii-chatbot";
import { benchAgainstJsonParse, firstEventLatency, reportGeneratedCode } from "../../../scripts/bench-utils";
import { fastParserOf, generatedSize } from "../../core/src/fast-parser";
import { callbackCorpus } from "../test/support/callback-corpus";

const corpus = callbackCorpus();
firstEventLatency(
  corpus,
  (text) => mluviiChatbotCallbacks.typeOf(JSON.parse(text)) ?? "?",
  (text) => mluviiChatbotCallbacks.safeParse(text),
);
const cases = corpus.filter((c) => {
  const r = mluviiChatbotCallbacks.safeParse(c.text);
  return r.ok && r.known;
});
reportGeneratedCode(mluviiChatbotCallbacks.schemas, fastParserOf, generatedSize);
await benchAgainstJsonParse("mluvii chatbot callbacks", cases, (text) => mluviiChatbotCallbacks.safeParse(text), {
  cost: 0.35,
  mixed: 0.525,
  allocation: 3,
});
