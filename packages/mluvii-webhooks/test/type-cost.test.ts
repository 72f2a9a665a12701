/**
 * A consumer with an exhaustive switch over all 49 events and an `on()` handler for each must type-check with at
 * most 20,000 tsc instantiations beyond a baseline that merely imports the package (issue 3; the event map keeps
 * per-event lookups flat instead of `Extract`-ing from a 49-member union).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

it("an exhaustive switch and 49 on() handlers cost at most 20,000 instantiations", { timeout: 300_000 }, () => {
  const out = execFileSync(
    process.execPath,
    [here("../../../scripts/type-cost.mjs"), here("./type-cost/consumer.ts"), here("./type-cost/baseline.ts")],
    { encoding: "utf8" },
  );
  const { baseline, consumer, delta } = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
  // The measurement is real only if both programs were checked (a broken setup reports 0).
  expect(baseline).toBeGreaterThan(1000);
  expect(consumer).toBeGreaterThan(baseline as number);
  expect(delta).toBeLessThanOrEqual(20_000);
});
