/**
 * Graceful shutdown on node `http`, express and fastify, each in a child process sent SIGTERM while a handler
 * runs: the running event finishes, new requests are refused, and the process exits 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { created } from "./support";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const script = fileURLToPath(new URL("./fixtures/shutdown-server.ts", import.meta.url));

/** Collects a child's stdout lines and resolves waits for a line as soon as it is printed. */
function lines(child: ChildProcess) {
  const seen: string[] = [];
  let waiters: (() => void)[] = [];
  let buffer = "";
  child.stdout?.on("data", (chunk) => {
    buffer += String(chunk);
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    seen.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  const waitFor = async (predicate: (line: string) => boolean): Promise<string> => {
    for (;;) {
      const line = seen.find(predicate);
      if (line !== undefined) return line;
      if (child.exitCode !== null) throw new Error(`child exited; output: ${seen.join(" | ")}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        child.once("exit", () => resolve());
      });
      waiters = waiters.filter(Boolean);
    }
  };
  return { seen, waitFor };
}

/** POSTs on a fresh connection; resolves with the status, or the error code when the connection is refused. */
function send(port: number): Promise<number | string> {
  return new Promise((resolve) => {
    const body = JSON.stringify(created);
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/hook",
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json" },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    req.end(body);
  });
}

describe.each(["http", "express", "fastify"])("shutdownGracefully on %s", (framework) => {
  it("SIGTERM while a handler runs: it finishes, new requests are refused, the process exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", script, framework], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
    });
    onTestFinished(() => {
      if (child.exitCode === null) child.kill("SIGKILL");
    });
    let stderr = "";
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    const out = lines(child);
    const port = Number((await out.waitFor((l) => l.startsWith("listening "))).split(" ")[1]);

    expect(await send(port)).toBe(200);
    await out.waitFor((l) => l === "handler started");
    child.kill("SIGTERM");
    await out.waitFor((l) => l === "sigterm");

    const refused = await send(port);
    expect(["ECONNREFUSED", "ECONNRESET", 503]).toContain(refused);
    expect(child.exitCode).toBeNull(); // still draining the running handler

    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.stdin?.write("finish\n");
    expect(await exited, stderr).toBe(0);
    expect(out.seen).toContain("handler finished");
    const report = out.seen.find((l) => l.startsWith("report "));
    expect(JSON.parse(report?.slice("report ".length) ?? "null")).toEqual([
      { processed: 1, abandoned: 0, unfinished: 0, durable: false },
    ]);
  }, 60_000);
});
