import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const dir = join(import.meta.dirname, "type-cost");

/**
 * Type-checker cost of a typical consumer (type-cost/consumer.ts: safeParse + exhaustive switch, exhaustive
 * match, router, receiver, classifier, timeline) over a baseline that only imports the package. Lookups go
 * through the CcaiQmEventMap interface, so the cost stays small and flat; measured at 458 instantiations.
 */
const LIMIT = 5_000;

describe("type cost", () => {
  it(`a typical consumer costs fewer than ${LIMIT} type instantiations`, () => {
    const out = execFileSync(
      process.execPath,
      [join(root, "scripts/type-cost.mjs"), join(dir, "consumer.ts"), join(dir, "baseline.ts")],
      { encoding: "utf8", cwd: root },
    );
    const { delta } = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as { delta: number };
    expect(delta).toBeGreaterThan(0);
    expect(delta).toBeLessThan(LIMIT);
  }, 180_000);
});
