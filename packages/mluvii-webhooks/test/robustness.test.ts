/** Bad input gets a typed error naming vendor, event and JSON path — never a crash (property-based). */
import { ContactkitParseError } from "@contactkit/core";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtures } from "./support/fixtures";

const seed = fixtures("docs-webhooks").map(
  (f) => JSON.parse(f.text) as { eventType: string; data: Record<string, unknown> },
);

const arrayKeys = new Set(["heroCard", "heroCardParams", "callScript"]);

describe("robustness", () => {
  it("any JSON value or text parses or fails with a ContactkitParseError, never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json()), (input) => {
        const r = mluviiWebhooks.safeParse(input as never);
        if (!r.ok) {
          expect(r.error).toBeInstanceOf(ContactkitParseError);
          expect(r.error.vendor).toBe("mluvii");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("replacing one data field of a seed example with a wrong-typed value fails at that field's path", () => {
    const cases = seed.flatMap((payload) => Object.keys(payload.data).map((key) => ({ payload, key })));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom<unknown>(true, [], { x: 1 }, 1.5),
        ({ payload, key }, bad) => {
          const r = mluviiWebhooks.safeParse({ ...payload, data: { ...payload.data, [key]: bad } });
          // An empty array is a valid form (heroCard, callScript) or heroCardParams; anything else must fail at its key.
          if (arrayKeys.has(key) && Array.isArray(bad)) return;
          // `true` is no wrong type for a boolean field (submittedByClient …).
          if (typeof bad === "boolean" && typeof (payload.data as Record<string, unknown>)[key] === "boolean") return;
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.error.kind).toBe("schema");
          expect(r.error.eventType).toBe(payload.eventType);
          expect(r.error.issues.every((i) => i.path.startsWith(`$.data.${key}`))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
