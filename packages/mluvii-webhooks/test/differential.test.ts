/**
 * The generated fast parsers against zod's runtime parser, on every mluvii webhook fixture and fuzzed variants of
 * them, as text and as values, tolerant and strict: the results must be identical (see core's differential-support).
 */
import { fileURLToPath } from "node:url";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { describe, expect, it } from "vitest";
import { loadPayloads } from "../../../scripts/bench-utils";
import { checkFamily } from "../../core/test/differential-support";

const RUNS = 3_000;
const fixtures = loadPayloads(fileURLToPath(new URL("./fixtures/", import.meta.url))).cases.map((c) =>
  JSON.parse(c.text),
);

describe("mluvii webhooks: generated parsers = zod's runtime parser", () => {
  it(`every fixture and ${RUNS} fuzzed variants, text and value, tolerant and strict`, { timeout: 120_000 }, () => {
    expect(fixtures.length).toBeGreaterThan(50);
    const counts = checkFamily(mluviiWebhooks, fixtures, RUNS);
    // The fuzzing must reach valid events too, not only errors.
    expect(counts.accepted).toBeGreaterThan(RUNS / 4);
    expect(counts.guarded).toBeGreaterThan(RUNS / 4);
  });
});
