import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("README", () => {
  it("its example is test/readme-example.ts, which the repository type-checks", () => {
    const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");
    const example = readFileSync(join(import.meta.dirname, "readme-example.ts"), "utf8");
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(example.split("\n").slice(1).join("\n")).toBe(block);
    expect(block?.split("\n").filter(Boolean).length).toBeLessThanOrEqual(13);
  });
});
