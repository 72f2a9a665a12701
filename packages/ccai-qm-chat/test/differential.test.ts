/**
 * The generated fast parsers against zod's runtime parser, on every CCAI QM fixture and sample — bare and in the
 * `{type, item}` envelope — and fuzzed variants of them, as text and as values, tolerant and strict: the results must
 * be identical (see core's differential-support). Also: text and its parsed value agree when `__proto__` keys are
 * present, and `is` narrows the item, never its envelope.
 */
import { fileURLToPath } from "node:url";
import { ccaiQmEvents } from "@contactkit/ccai-qm-chat";
import { describe, expect, it } from "vitest";
import { loadPayloads } from "../../../scripts/bench-utils";
import { checkFamily, digest } from "../../core/test/differential-support";

const RUNS = 3_000;
const load = (folder: string) =>
  loadPayloads(fileURLToPath(new URL(folder, import.meta.url))).cases.map((c) => JSON.parse(c.text));
const items = [...load("./fixtures/"), ...load("./samples/").map((sample) => sample.item ?? sample)];
const envelopeType = (item: Record<string, unknown>) =>
  "chat_id" in item ? "ChatState" : "CallID" in item ? "CallState" : "AgentState";
const wrapped = items.map((item) => ({ type: envelopeType(item), item }));

describe("CCAI QM export: generated parsers = zod's runtime parser", () => {
  it(`every fixture, bare and wrapped, and ${RUNS} fuzzed variants, text and value, tolerant and strict`, {
    timeout: 120_000,
  }, () => {
    expect(items.length).toBeGreaterThanOrEqual(18);
    const counts = checkFamily(ccaiQmEvents, [...items, ...wrapped], RUNS);
    expect(counts.accepted).toBeGreaterThan(RUNS / 4);
    expect(counts.guarded).toBeGreaterThan(RUNS / 8);
  });

  it("a text and its parsed value give the same result when the envelope's item has only a __proto__ key", () => {
    const text = '{"type":"AgentState","item":{"__proto__":{"ParticipantID":"1","State":"login"}}}';
    const fromText = ccaiQmEvents.safeParse(text);
    const fromValue = ccaiQmEvents.safeParse(JSON.parse(text));
    expect(digest(fromValue, false)).toEqual(digest(fromText, false));
    expect(!fromValue.ok && fromValue.error.kind).toBe("schema");
  });

  it("is() narrows an item, never the envelope around it", () => {
    for (const envelope of wrapped) {
      const type = ccaiQmEvents.typeOf(envelope) as keyof typeof ccaiQmEvents.schemas;
      const r = ccaiQmEvents.safeParse(envelope);
      if (!r.ok || !r.known) continue;
      expect(ccaiQmEvents.is(envelope, type)).toBe(false);
      expect(ccaiQmEvents.is(r.event, type)).toBe(true);
    }
  });
});
