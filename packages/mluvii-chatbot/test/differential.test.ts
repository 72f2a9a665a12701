/**
 * The generated fast parsers against zod's runtime parser, on every callback of the corpus (docs-activities examples, a
 * sample of every `…Response`, the guest events) and fuzzed variants of them — the activity name re-cased, keys
 * dropped, retyped, added — as text and as values, tolerant and strict: the results must be identical (see core's
 * differential-support). Also: `is` narrows only a value that has the narrowed shape.
 */
import { mluviiChatbotCallbacks } from "@contactkit/mluvii-chatbot";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFamily } from "../../core/test/differential-support";
import { callbackCorpus } from "./support/callback-corpus";

const RUNS = 3_000;
const corpus = callbackCorpus().map((c) => JSON.parse(c.text) as Record<string, unknown>);
// The same callbacks as mluvii's bots and the Czech docs may send them: `Activity`, and the name in other cases.
const respelled = corpus.flatMap((c) => {
  const { activity, ...rest } = c;
  if (typeof activity !== "string") return [];
  return [
    { ...rest, Activity: activity },
    { ...rest, activity: activity.toLowerCase() },
  ];
});

describe("mluvii chatbot callbacks: generated parsers = zod's runtime parser", () => {
  it(`every callback, respelled, and ${RUNS} fuzzed variants, text and value, tolerant and strict`, {
    timeout: 120_000,
  }, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    const counts = checkFamily(mluviiChatbotCallbacks, [...corpus, ...respelled], RUNS);
    expect(counts.accepted).toBeGreaterThan(RUNS / 4);
    expect(counts.guarded).toBeGreaterThan(RUNS / 8);
  });
});

describe("is(): only values that have the narrowed type", () => {
  it('is({ Activity: "ping" }, "Ping") is false: the value has no `activity` (it parses, as `{ activity: "Ping" }`)', () => {
    const value: unknown = { Activity: "ping" };
    expect(mluviiChatbotCallbacks.safeParse(value)).toMatchObject({ ok: true, type: "Ping" });
    expect(mluviiChatbotCallbacks.is(value, "Ping")).toBe(false);
    expect(mluviiChatbotCallbacks.is({ activity: "Ping" }, "Ping")).toBe(true);
  });

  it("for any respelled callback: is() is false for it, and true for the event parse() makes of it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...respelled), (value) => {
        const r = mluviiChatbotCallbacks.safeParse(value);
        if (!r.ok || !r.known) return;
        expect(mluviiChatbotCallbacks.is(value, r.type)).toBe(false);
        expect(mluviiChatbotCallbacks.is(r.event, r.type)).toBe(true);
        if (mluviiChatbotCallbacks.is(r.event, r.type)) expect(r.event.activity).toBe(r.type);
      }),
    );
  });
});
