import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CIM_EVENT_NAMES, TYPED_DATA_EVENT_NAMES } from "@contactkit/expertflow-cim";
import { describe, expect, it, vi } from "vitest";
import { fixtureJson } from "./fixtures";
import { readmeExample } from "./readme-example";

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const normalise = (code: string) =>
  code
    .split("\n")
    .map((l) => l.replace(/\s+\/\/.*$/, "").trim())
    .filter(Boolean);

describe("README", () => {
  it("shows the example that readme-example.ts type-checks", () => {
    const source = readFileSync(join(import.meta.dirname, "readme-example.ts"), "utf8");
    const checked = source.split("// --- README example start ---")[1]?.split("// --- README example end ---")[0] ?? "";
    const block = readme.split("```ts\n")[1]?.split("```")[0] ?? "";
    const shown = normalise(block).filter((l) => !l.startsWith("declare ") && !l.startsWith("import "));
    expect(shown).toEqual(normalise(checked));
    expect(normalise(block).length).toBeLessThanOrEqual(12);
  });

  it("runs", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    readmeExample(fixtureJson("task-enqueued.json") as never);
    expect(log.mock.calls[0]).toEqual(["web", "ACTIVE", "AGENT_MRD_INTERRUPTED"]);
    expect(warn.mock.calls).toEqual([["intent_mismatch"]]);
    log.mockRestore();
    warn.mockRestore();
  });

  it("lists every event once, under typed data or under data: unknown", () => {
    const typed = readme.split("**Typed `data`**")[1]?.split("**Named, `data: unknown`**")[0] ?? "";
    const untyped = readme.split("**Named, `data: unknown`**")[1]?.split("Shared objects:")[0] ?? "";
    const names = (text: string) => new Set([...text.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]));
    const typedShown = names(typed);
    // `CHANNEL_SESSION_STARTED` / `_ENDED` / … are abbreviated in the README.
    for (const n of ["CHANNEL_SESSION_ENDED", "CHANNEL_SESSION_EXPIRED", "CHANNEL_SESSION_DATA_UPDATED"])
      typedShown.add(n);
    expect([...typedShown].filter((n) => !n?.startsWith("_")).sort()).toEqual([...TYPED_DATA_EVENT_NAMES].sort());
    const rest = CIM_EVENT_NAMES.filter((n) => !(TYPED_DATA_EVENT_NAMES as readonly string[]).includes(n));
    expect([...names(untyped)].sort()).toEqual([...rest].sort());
  });
});
