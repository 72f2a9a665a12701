/**
 * A consumer with an exhaustive switch over all 70 events, an `on()` handler and an exhaustive `match()` arm for
 * each must type-check with at most 10,000 tsc instantiations beyond a baseline that merely imports the package
 * (measured 2,715 when written). Per-event lookups go through `ExpertflowCimEventMap`, never `Extract<Union, …>`.
 */
import { expect, it } from "vitest";
import { measureTypeCost } from "../../../scripts/type-cost-check";

it("switch + on() + match() over 70 events cost at most 10,000 instantiations", { timeout: 300_000 }, () => {
  const { delta } = measureTypeCost(import.meta.dirname);
  expect(delta).toBeLessThanOrEqual(10_000);
});
