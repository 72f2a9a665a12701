/**
 * The goal: receiving an Expertflow CIM event costs little more than `JSON.parse` of its body. For every fixture
 * that is a valid event, and for the mixed stream of all of them, `(safeParse(text) − JSON.parse(text)) ÷
 * JSON.parse(text)` (goal ≤ 0.5, mixed ≤ 0.75) and the bytes allocated per event against `JSON.parse`'s (goal ≤
 * 3×); first, the latency of the first event of each type in this fresh process.
 * Run: pnpm exec tsx packages/expertflow-cim/bench/goal.bench.ts   (or `pnpm bench` for every package)
 */
import { fileURLToPath } from "node:url";
import { expertflowCim } from "@contactkit/expertflow-cim";
import * as z from "zod";
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
  (text) => expertflowCim.typeOf(JSON.parse(text)) ?? "?",
  (text) => expertflowCim.safeParse(text),
);
const isKnownEvent = (text: string) => {
  const r = expertflowCim.safeParse(text);
  return r.ok && r.known;
};
const cases = all.filter((c) => isKnownEvent(c.text));
reportGeneratedCode(expertflowCim.schemas, fastParserOf, generatedSize, (schema: z.ZodType) =>
  z.core.compileFn(schema, { debug: true }),
);
await benchAgainstJsonParse("Expertflow CIM", cases, (text) => expertflowCim.safeParse(text), {
  cost: 0.5,
  mixed: 0.75,
  allocation: 3,
});
