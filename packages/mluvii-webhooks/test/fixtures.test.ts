import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { describe, expect, it } from "vitest";
import { fixtures } from "./support/fixtures";

const seed = fixtures("docs-webhooks");
const model = fixtures("model");
const known = [...seed, ...model].filter((f) => !f.expectedType.startsWith("_unknown"));

describe("the mluvii Webhooks page's JSON examples", () => {
  it("has every JSON example of the page (21; the copy stops inside SessionActivityOperatorInvited)", () => {
    expect(seed).toHaveLength(21);
  });

  it.each(seed)("$file parses to the event its heading names", ({ text, expectedType }) => {
    const result = mluviiWebhooks.safeParse(text);
    if (!result.ok) throw new Error(result.error.report());
    expect(result.known).toBe(true);
    expect(result.type).toBe(expectedType);
    expect(result.warnings).toEqual([]);
    // The typed view keeps every documented key: no key of the example is stripped.
    expect(result.event).toEqual(JSON.parse(text));
  });

  it.each(seed)("$file passes strict mode (no unknown keys or enum values)", ({ text }) => {
    expect(mluviiWebhooks.safeParse(text, { strict: true }).ok).toBe(true);
  });
});

describe("fixtures written from the models for events the page does not show", () => {
  it.each(model.filter((f) => !f.expectedType.startsWith("_unknown")))(
    "$file parses to $expectedType",
    ({ text, expectedType }) => {
      const result = mluviiWebhooks.safeParse(text, { strict: true });
      if (!result.ok) throw new Error(result.error.report());
      expect(result.known && result.type).toBe(expectedType);
      expect(result.ok && result.event).toEqual(JSON.parse(text));
    },
  );

  it("every one of the 49 event types is parsed by at least one fixture", () => {
    const covered = new Set(known.map((f) => f.expectedType));
    expect(mluviiWebhooks.types).toHaveLength(49);
    expect(mluviiWebhooks.types.filter((t) => !covered.has(t))).toEqual([]);
    expect([...covered].filter((t) => !(mluviiWebhooks.types as readonly string[]).includes(t))).toEqual([]);
  });
});

describe("unknown event types are values, not errors", () => {
  it.each(model.filter((f) => f.expectedType.startsWith("_unknown")))(
    "$file is an unknown event with its raw payload",
    ({ text }) => {
      const payload = JSON.parse(text);
      const result = mluviiWebhooks.safeParse(text);
      expect(result.ok && !result.known).toBe(true);
      if (!result.ok || result.known) return;
      expect(result.type).toBe(payload.eventType);
      expect(result.event).toMatchObject({
        kind: "unknown",
        vendor: "mluvii",
        family: "webhooks",
        type: payload.eventType,
      });
      expect(result.event.raw).toEqual(payload);
    },
  );

  it("StatRealTime (removed from WebhookEventType.cs in 2023-05) is an error in strict mode", () => {
    const text = model.find((f) => f.file === "_unknown.StatRealTime.json")?.text ?? "";
    const result = mluviiWebhooks.safeParse(text, { strict: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: "unknown_type", eventType: "StatRealTime" });
  });
});
