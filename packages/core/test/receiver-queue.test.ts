import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { createWorkQueue, type JobOutcome } from "../src";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const never = () => new Promise<void>(() => {});

/**
 * Runs a fixture script in a child process until it exits by itself; it is killed when the test ends either way,
 * so a failure leaves no process behind.
 */
async function runFixture(name: string): Promise<{ output: string; code: number | null }> {
  const script = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => {
    output += d;
  });
  child.stderr.on("data", (d) => {
    output += d;
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { output, code };
}

describe("createWorkQueue", () => {
  it("close() clears job timers: a hanging job does not keep the process alive", async () => {
    // The jobs' timeouts are 10 minutes: before the fix the child outlived this test's timeout.
    const { output, code } = await runFixture("hanging-job.ts");
    expect(output).toContain("answered 200, closed");
    expect(code).toBe(0);
  }, 60_000);

  it("an idle receiver that was never closed does not keep the process alive (its inbox workers wait unref'd)", async () => {
    // Before the fix the idle workers' wake-up timer held the child until this test's timeout killed it.
    const { output, code } = await runFixture("idle-receiver.ts");
    expect(output).toContain("answered 200, processed 1, not closed");
    expect(code).toBe(0);
  }, 60_000);

  it("close() settles running and waiting jobs, frees their slots and refuses new ones", async () => {
    const queue = createWorkQueue({ concurrency: 1, maxPending: 1, jobTimeoutMs: 600_000 }, () => {});
    const running = queue.reserve();
    const waiting = queue.reserve();
    const outcomes = [running?.run(never).outcome, waiting?.run(never).outcome];
    expect(queue.running).toBe(1);
    expect(queue.pending).toBe(1);
    const drained = queue.drain();
    queue.close();
    await drained;
    expect(await Promise.all(outcomes)).toEqual<(JobOutcome | undefined)[]>(["closed", "closed"]);
    expect(queue.running).toBe(0);
    expect(queue.push(async () => {})).toBe(false);
    expect(queue.reserve()).toBeUndefined();
  });

  it("reports each job's outcome: done, failed, timed out, cancelled while waiting", async () => {
    const errors: unknown[] = [];
    const queue = createWorkQueue({ concurrency: 1, maxPending: 2, jobTimeoutMs: 50 }, (e) => errors.push(e));
    const done = queue.reserve()?.run(async () => {});
    expect(await done?.outcome).toBe("done");
    const failed = queue.reserve()?.run(async () => {
      throw new Error("boom");
    });
    expect(await failed?.outcome).toBe("failed");
    const hanging = queue.reserve()?.run(never);
    const behind = queue.reserve()?.run(async () => {
      throw new Error("must never run");
    });
    behind?.cancel();
    expect(await behind?.outcome).toBe("cancelled");
    expect(await hanging?.outcome).toBe("timed-out");
    await queue.drain();
    expect(errors.map(String)).toEqual(["Error: boom", expect.stringContaining("timed out")]);
  });
});
