import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runQuickstart } from "../src/quickstart";

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("quickstart", () => {
  it("takes a guest from greeting to an operator against the simulator", async () => {
    const lines: string[] = [];
    const summary = await runQuickstart((line) => lines.push(line));
    expect(summary.finalState).toBe("operator");
    expect(summary.botTexts[0]).toBe("Hello! Let me see who can help you.");
    expect(summary.callParams.contact_email).toBe("guest@example.com");
    expect(summary.callbacks.failed).toBe(0);
    expect(summary.callbacks.slow).toBe(0);
    for (const type of [
      "SessionCreated",
      "SessionStarted",
      "SessionActivityHeroCardSubmission",
      "SessionOperatorJoined",
    ]) {
      expect(summary.webhooks[type], type).toBeGreaterThan(0);
    }
    expect(lines.some((l) => l.includes("GetAvailableGroups resolved: Support online"))).toBe(true);
  });

  it("runs as the README's command does and exits 0 with a summary", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/quickstart/src/main.ts"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out).toContain("summary");
    expect(out).toMatch(/ended up with: operator/);
    expect(out).toMatch(/bot callbacks: \d+ delivered, 0 failed/);
  });
});
