/**
 * The generated fast parsers against zod's runtime parser, on every Expertflow fixture — as the Node-RED msg or
 * controller body it is, as `msg.payload`, and as the bare `cimEvent` — and fuzzed variants of them, as text and as
 * values, tolerant and strict: the results must be identical (see core's differential-support). Also: text and its
 * parsed value agree when `__proto__` keys are present.
 */
import { fileURLToPath } from "node:url";
import { expertflowCim } from "@contactkit/expertflow-cim";
import { describe, expect, it } from "vitest";
import { loadPayloads } from "../../../scripts/bench-utils";
import { checkFamily, digest } from "../../core/test/differential-support";

// Fewer runs than the other families: these payloads are 2–18 KB, and zod's runtime parser (the reference) takes
// milliseconds on each invalid one.
const RUNS = 500;
type Json = Record<string, unknown>;
const fixtures = loadPayloads(fileURLToPath(new URL("./fixtures/", import.meta.url))).cases.map(
  (c) => JSON.parse(c.text) as Json,
);
const bodies = fixtures.map((f) => (f.payload ?? f) as Json);
const cimEvents = bodies.map((b) => (b.entities as Json | undefined)?.cimEvent).filter((e) => e !== undefined);

describe("Expertflow CIM: generated parsers = zod's runtime parser", () => {
  it(`every fixture as msg, body and cimEvent, and ${RUNS} fuzzed variants, text and value, tolerant and strict`, {
    timeout: 120_000,
  }, () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    const counts = checkFamily(expertflowCim, [...fixtures, ...bodies, ...cimEvents], RUNS);
    expect(counts.accepted).toBeGreaterThan(RUNS / 4);
  });

  it("a text and its parsed value give the same result when the conversation has only a __proto__ key", () => {
    const msg = structuredClone(fixtures.find((f) => f._msgid !== undefined)) as Json;
    const text = JSON.stringify(msg).replace('"conversation":{}', '"conversation":{"__proto__":{"id":"x"}}');
    expect(text).toContain('"__proto__"');
    const fromText = expertflowCim.safeParse(text);
    const fromValue = expertflowCim.safeParse(JSON.parse(text));
    expect(digest(fromValue, false)).toEqual(digest(fromText, false));
    // A conversation with nothing but a `__proto__` key is an empty one, as the Node-RED examples send.
    expect(fromValue.ok).toBe(true);
  });
});
