/**
 * The goal: receiving a mluvii webhook costs little more than `JSON.parse` of its body. For every fixture that is a
 * valid event, and for the mixed stream of all of them, `(safeParse(text) − JSON.parse(text)) ÷ JSON.parse(text)`
 * (goal ≤ 0.35, mixed ≤ 0.525) and the bytes allocated per event against `JSON.parse`'s (goal ≤ 3×); first, the
 * latency of the first event of each type in this fresh process.
 * Run: pnpm exec tsx packages/mluvii-webhooks/bench/goal.bench.ts   (or `pnpm bench` for every package)
 */
import { fileURLToPath } from "node:url";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import {
  benchAgainstJsonParse,
  firstEventLatency,
  loadPayloads,
  reportGeneratedCode,
} from "../../../scripts/bench-utils";
import { fastParserOf, generatedSize } from "../../core/src/fast-parser";

const dir = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
const all = loadPayloads(dir).cases;
firstEventLatency(
  all,
  (text) => mluviiWebhooks.typeOf(JSON.parse(text)) ?? "?",
  (text) => mluviiWebhooks.safeParse(text),
);
const isKnownEvent = (text: string) => {
  const r = mluviiWebhooks.safeParse(text);
  return r.ok && r.known;
};
const cases = all.filter((c) => isKnownEvent(c.text));
reportGeneratedCode(mluviiWebhooks.schemas, fastParserOf, generatedSize);
await benchAgainstJsonParse("mluvii webhooks", cases, (text) => mluviiWebhooks.safeParse(text), {
  cost: 0.35,
  mixed: 0.525,
  allocation: 3,
});
