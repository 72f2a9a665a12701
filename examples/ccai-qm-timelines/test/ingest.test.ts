import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../src/ingest";

const lines = readFileSync(new URL("../data/export.ndjson", import.meta.url), "utf8").split("\n");

describe("CCAI QM ingest example", () => {
  it("folds the sample export into one chat timeline despite a duplicate, a reordering and a bad line", () => {
    const { timelines, invalid, other } = ingest(lines);
    expect([...timelines.keys()]).toEqual([114]);
    const t = timelines.get(114);
    expect(t?.duplicates).toBe(1);
    expect(t?.transfers.length).toBe(1);
    expect(t?.timeInQueueMs).toBeGreaterThan(0);
    expect(other).toEqual({ AgentState: 1 });
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.message).toMatch(/invalid JSON at line 1, column \d+/);
  });
});
