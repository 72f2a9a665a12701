/**
 * The goal: receiving an Expertflow CIM event costs little more than `JSON.parse` of its body. For every fixture
 * that is a valid event, and for the mixed stream of all of them, `(safeParse(text) − JSON.parse(text)) ÷
 * JSON.parse(text)` (goal ≤ 0.5, mixed ≤ 0.75) and the bytes allocated per event against `JSON.parse`'s (goal ≤
 * 3×); first, the latency of the first event of each type in this fresh process.
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/expertflow-cim/bench/goal.bench.ts   (or `pnpm bench` for every package)
 */
import { fileURLToPath } from "node:url";
import { expertflowCim } from "@contactkit/expertflow-cim";
import * as z from "zod";
import { benchFamilyGoal, loadPayloads } from "../../../scripts/bench-utils";
import { fastParserOf, generatedSize } from "../../core/src/fast-parser";

const corpus = loadPayloads(fileURLToPath(new URL("../test/fixtures/", import.meta.url))).cases;
await benchFamilyGoal(
  "Expertflow CIM",
  expertflowCim,
  corpus,
  { cost: 0.5, mixed: 0.75, allocation: 3 },
  {
    build: fastParserOf,
    size: generatedSize,
    // z.compile per type, for comparison: it inlines shared objects into every type.
    zodCompile: (schema: z.ZodType) => z.core.compileFn(schema, { debug: true }),
  },
);
