import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ContactkitLogger } from "@contactkit/core";
import { createMluviiSimulator } from "@contactkit/mluvii-simulator";
import { afterEach, describe, expect, it, vi } from "vitest";

const servers: Server[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A bot callback endpoint that always answers `status`. */
async function botAnswering(status: number): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(status).end());
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
}

function capture() {
  const lines: [string, string, Record<string, unknown> | undefined][] = [];
  const logger: ContactkitLogger = {
    info: (message, meta) => lines.push(["info", message, meta]),
    warn: (message, meta) => lines.push(["warn", message, meta]),
    error: (message, meta) => lines.push(["error", message, meta]),
  };
  return { logger, lines };
}

describe("simulator logging", () => {
  it("logs a callback it gave up on, with route, activity, status and attempts, never the callback URL's token", async () => {
    const token = "cb-token-0123456789abcdef0123456789";
    const { logger, lines } = capture();
    const sim = createMluviiSimulator({ pingOnStart: false, logger });
    await sim.start();
    try {
      await sim.setBotCallbackUrl(`${await botAnswering(500)}?access_token=${token}`);
      const result = await sim.ping();
      expect(result?.delivered).toBe(false);
      const failed = lines.filter(([level]) => level === "warn");
      expect(failed).toEqual([
        [
          "warn",
          "mluvii simulator: delivery failed",
          expect.objectContaining({ route: "bot-callback", activity: "Ping", status: 500, attempts: 1 }),
        ],
      ]);
      expect(JSON.stringify(lines)).not.toContain(token);
    } finally {
      await sim.stop();
    }
  });

  it("writes to stderr by default and nothing with logger: false", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const url = await botAnswering(503);
    const quiet = createMluviiSimulator({ pingOnStart: false, logger: false, botCallbackUrl: url });
    await quiet.start();
    await quiet.ping();
    await quiet.stop();
    expect(stderr).not.toHaveBeenCalled();
    const loud = createMluviiSimulator({ pingOnStart: false, botCallbackUrl: url });
    await loud.start();
    await loud.ping();
    await loud.stop();
    const levels = stderr.mock.calls.map((c) => (JSON.parse(String(c[0])) as { level: string }).level);
    expect(levels).toEqual(["warn"]);
  });
});
