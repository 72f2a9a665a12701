/**
 * A consumer with an exhaustive switch over all 49 events and an `on()` handler for each must type-check with at
 * most 20,000 tsc instantiations beyond a baseline that merely imports the package (docs/design.md, principle 2: the event map keeps
 * per-event lookups flat instead of `Extract`-ing from a 49-member union).
 */
import { expect, it } from "vitest";
import { measureTypeCost } from "../../../scripts/type-cost-check";

it("an exhaustive switch and 49 on() handlers cost at most 20,000 instantiations", { timeout: 300_000 }, () => {
  const { delta } = measureTypeCost(import.meta.dirname);
  expect(delta).toBeLessThanOrEqual(20_000);
});
