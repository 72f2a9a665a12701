/**
 * Real Redis for the tests. Suites that only need a server use `CONTACTKIT_REDIS_URL` when set (`.ci/run` starts
 * one) and otherwise start their own `redis-server` (Debian package `redis-server`) on a free loopback port;
 * the failure suites always start their own, since they kill and restart it. Where neither is possible the
 * suites skip with a loud message, unless `CONTACTKIT_REQUIRE_REDIS=1` (set by `.ci/run`) makes that a failure.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, Socket } from "node:net";

function findBinary(): string | undefined {
  const explicit = process.env.REDIS_SERVER_BIN;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  for (const candidate of ["/usr/bin/redis-server", "/usr/local/bin/redis-server", "/opt/homebrew/bin/redis-server"]) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The `redis-server` binary, when this machine has one. */
export const redisServerBinary = findBinary();

/** A running Redis given by the environment (`redis://127.0.0.1:6379`), shared by the suites that need no restart. */
export const externalRedisUrl = process.env.CONTACTKIT_REDIS_URL || undefined;

if (!redisServerBinary) {
  const message =
    "\n==================================================================\n" +
    (externalRedisUrl
      ? " redis-server NOT FOUND: the @contactkit/redis failure tests (which kill and restart\n" +
        " Redis) are SKIPPED; the others use CONTACTKIT_REDIS_URL.\n"
      : " redis-server NOT FOUND: the @contactkit/redis integration tests are SKIPPED.\n") +
    " Install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis)\n" +
    " or set REDIS_SERVER_BIN. CI sets CONTACTKIT_REQUIRE_REDIS=1, where this is an error.\n" +
    "==================================================================\n";
  if (process.env.CONTACTKIT_REQUIRE_REDIS === "1") throw new Error(message);
  console.warn(message);
}

/** A redis-server the test owns: it can kill it (a crash) and start it again on the same port. */
export interface TestRedisServer {
  readonly port: number;
  readonly url: string;
  /** Whether the process runs. */
  readonly running: boolean;
  /** Starts it (again) on the same port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** SIGKILL: the server vanishes mid-flight, with its data (no persistence). */
  kill(): Promise<void>;
  /** SIGSTOP: the server stops answering but keeps its connections and data (a stall, a long GC pause). */
  pause(): void;
  /** SIGCONT after `pause`: it works off what it received meanwhile. */
  resume(): void;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => {
      socket.write("PING\r\n");
    });
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

/** Creates a server on a free port (not started unless `start` is true). */
export async function createTestRedisServer(start = true): Promise<TestRedisServer> {
  if (!redisServerBinary) throw new Error("redis-server is not installed");
  const binary = redisServerBinary;
  const port = await freePort();
  let child: ChildProcess | undefined;
  const server: TestRedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    get running() {
      return child !== undefined && child.exitCode === null && child.signalCode === null;
    },
    async start() {
      if (server.running) return;
      child = spawn(
        binary,
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"],
        { stdio: "ignore" },
      );
      const started = child;
      const deadline = Date.now() + 10_000;
      while (!(await accepts(port))) {
        if (started.exitCode !== null) throw new Error(`redis-server exited with ${started.exitCode}`);
        if (Date.now() > deadline) throw new Error("redis-server did not start within 10 s");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async kill() {
      const running = child;
      if (!running || !server.running) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGKILL");
      await exited;
    },
    pause() {
      if (server.running) child?.kill("SIGSTOP");
    },
    resume() {
      if (server.running) child?.kill("SIGCONT");
    },
  };
  if (start) await server.start();
  return server;
}

/** Whether tests can start (and kill) their own redis-server. */
export const canStartRedis = redisServerBinary !== undefined;
/** Whether tests can reach a Redis: the environment's, or one they start. */
export const haveRedis = canStartRedis || externalRedisUrl !== undefined;

/** A Redis to use (the environment's, else a new server); `release` stops what this call started. */
export async function useRedis(): Promise<{ url: string; release(): Promise<void> }> {
  if (externalRedisUrl) return { url: externalRedisUrl, release: async () => {} };
  const server = await createTestRedisServer();
  return { url: server.url, release: () => server.kill() };
}

/** A key prefix no other run shares, so runs against one long-lived Redis cannot see each other's keys. */
export const uniquePrefix = (name: string): string => `test:${name}:${randomUUID().slice(0, 8)}:`;
