/**
 * A consumer with an exhaustive switch over all 70 events, an `on()` handler and an exhaustive `match()` arm for
 * each must type-check with at most 10,000 tsc instantiations beyond a baseline that merely imports the package
 * (measured 2,715 when written). Per-event lookups go through `ExpertflowCimEventMap`, never `Extract<Union, …>`.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

it("switch + on() + match() over 70 events cost at most 10,000 instantiations", { timeout: 300_000 }, () => {
  const out = execFileSync(
    process.execPath,
    [here("../../../scripts/type-cost.mjs"), here("./type-cost/consumer.ts"), here("./type-cost/baseline.ts")],
    { encoding: "utf8" },
  );
  const { baseline, consumer, delta } = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
  // The measurement is real only if both programs were checked (a broken setup reports 0).
  expect(baseline).toBeGreaterThan(1000);
  expect(consumer).toBeGreaterThan(baseline as number);
  expect(delta).toBeLessThanOrEqual(10_000);
});
