import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixture, own } from "./helpers";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const cliSource = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const packageVersion = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/** Starts the real entry point and returns the child (stdout accumulated in `output()`). */
function startContactkit(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", cliSource, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, exited, output: () => stdout };
}

/** Runs the real `contactkit` entry point in a child process (`node --import tsx packages/cli/src/cli.ts …`). */
function contactkit(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", cliSource, ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

// Each child process loads tsx and every package from source: seconds on a busy machine, hence the timeouts.
describe("the contactkit binary (node --import tsx src/cli.ts)", { timeout: 60_000 }, () => {
  it("--version prints the package version", async () => {
    const result = await contactkit(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
  });

  it("inspect sets the process exit code: 0 valid, 3 unknown, 1 invalid", async () => {
    const valid = await contactkit([
      "inspect",
      fixture("mluvii-webhooks", "docs-webhooks/SessionCreated.json"),
      "--json",
    ]);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toEqual({
      ok: true,
      vendor: "mluvii",
      family: "webhooks",
      type: "SessionCreated",
      known: true,
      issues: [],
    });
    const [unknown, invalid] = await Promise.all([
      contactkit(["inspect", fixture("mluvii-webhooks", "model/_unknown.StatRealTime.json")]),
      contactkit(["inspect", own("session-created.invalid.json")]),
    ]);
    expect(unknown.code).toBe(3);
    expect(invalid.code).toBe(1);
  }, 60_000);

  it("inspect - reads a piped standard input", async () => {
    const text = readFileSync(
      fixture("mluvii-chatbot", "docs-activities/27-hero-card-submission.callback.json"),
      "utf8",
    );
    const result = await contactkit(["inspect", "-"], text);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✓ <stdin> {2}mluvii chatbot-callbacks HeroCardSubmission/);
  });

  it("simulate runs until SIGINT, then stops the server and exits 0", async () => {
    const { child, exited, output } = startContactkit(["simulate", "--bot-callback", "http://127.0.0.1:9/never"]);
    await expect.poll(output, { timeout: 30_000, interval: 100 }).toContain("Press Ctrl-C to stop.");
    const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1];
    expect((await fetch(`${origin}/login/connect/token`, { method: "POST" })).status).toBeGreaterThanOrEqual(400);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(output()).toContain("mluvii simulator stopped");
  });

  it("listen runs until SIGINT, then closes and prints what it received, exit 0", async () => {
    const { child, exited, output } = startContactkit(["listen", "--port", "0"]);
    await expect.poll(output, { timeout: 30_000, interval: 100 }).toContain("Press Ctrl-C to stop.");
    const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1];
    const body = readFileSync(fixture("mluvii-webhooks", "docs-webhooks/SessionCreated.json"));
    expect((await fetch(`${origin}/hook`, { method: "POST", body })).status).toBe(200);
    await expect.poll(output, { timeout: 30_000, interval: 100 }).toContain("✓ mluvii webhooks SessionCreated");
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(output()).toContain("1 event: 1 valid, 0 of unknown type, 0 invalid");
  });

  it("a usage error exits 2 on stderr", async () => {
    const result = await contactkit(["schema"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--out <dir>");
  });
});
