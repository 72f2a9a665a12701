/**
 * For the packages' type-cost tests: runs `scripts/type-cost.mjs` on a consumer file and its baseline (both in
 * the calling test's `type-cost/` folder) and returns the instantiation counts, failing loudly when the
 * measurement did not really run (a broken setup reports 0 for both).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface TypeCost {
  baseline: number;
  consumer: number;
  delta: number;
}

export function measureTypeCost(testDir: string): TypeCost {
  const script = fileURLToPath(new URL("./type-cost.mjs", import.meta.url));
  const out = execFileSync(
    process.execPath,
    [script, join(testDir, "type-cost/consumer.ts"), join(testDir, "type-cost/baseline.ts")],
    { encoding: "utf8" },
  );
  const cost = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as TypeCost;
  if (!(cost.baseline > 1000 && cost.consumer > cost.baseline)) throw new Error(`type-cost did not measure: ${out}`);
  return cost;
}
