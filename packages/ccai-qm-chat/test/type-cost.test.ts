/**
 * Type-checker cost of a typical consumer (type-cost/consumer.ts: safeParse + exhaustive switch, exhaustive
 * match, router, receiver, classifier, timeline) over a baseline that only imports the package. Lookups go
 * through the CcaiQmEventMap interface, so the cost stays small and flat; measured at 458 instantiations.
 */
import { expect, it } from "vitest";
import { measureTypeCost } from "../../../scripts/type-cost-check";

it("a typical consumer (safeParse + switch, match, router, receiver, classifier, timeline) cost at most 5,000 instantiations", {
  timeout: 300_000,
}, () => {
  const { delta } = measureTypeCost(import.meta.dirname);
  expect(delta).toBeLessThanOrEqual(5_000);
});
