import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "./helpers";

let bot: Server;
let botUrl: string;
let callbacks: unknown[];

beforeEach(async () => {
  callbacks = [];
  bot = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      callbacks.push(JSON.parse(body));
      response.end();
    });
  });
  await new Promise<void>((resolve) => bot.listen(0, "127.0.0.1", resolve));
  botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/mluvii?access_token=bot-secret`;
});

afterEach(async () => {
  await new Promise((resolve) => bot.close(resolve));
});

/** Starts `contactkit simulate` in-process and resolves once it printed `marker`; `stop()` sends the "signal". */
function startSimulate(args: string[], marker: RegExp) {
  const controller = new AbortController();
  let resolveReady: (stdout: string) => void;
  const ready = new Promise<string>((resolve) => {
    resolveReady = resolve;
  });
  const done = run(["simulate", ...args], {
    signal: controller.signal,
    onStdout: (soFar) => {
      if (marker.test(soFar)) resolveReady(soFar);
    },
  });
  void done.then((result) => resolveReady(result.stdout));
  return { ready, done, stop: () => controller.abort() };
}

describe("contactkit simulate", () => {
  it("runs the simulator until aborted, printing its origin and credentials; the token endpoint works", async () => {
    const sim = startSimulate(["--bot-callback", botUrl, "--chatbot-id", "7"], /Press Ctrl-C to stop/);
    const banner = await sim.ready;
    const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
    expect(origin).toBeDefined();
    expect(banner).toContain(`token endpoint  POST ${origin}/login/connect/token`);
    expect(banner).toMatch(/client id {7}contactkit-sim\n/);
    expect(banner).toMatch(/client secret {3}contactkit-sim-secret\n/);
    expect(banner).toContain(`chatbot id      7  (activities: POST ${origin}/api/v1/Chatbot/7/activity)`);
    expect(banner).toContain("access_token=***");
    expect(banner).not.toContain("bot-secret");
    expect(callbacks).toContainEqual({ Activity: "Ping" }); // pinged the bot on start

    const token = await fetch(`${origin}/login/connect/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "response_type=token&grant_type=client_credentials&client_id=contactkit-sim&client_secret=contactkit-sim-secret",
    });
    expect(token.status).toBe(200);
    expect(await token.json()).toHaveProperty("access_token");

    sim.stop();
    const result = await sim.done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("mluvii simulator stopped");
    // the start-up ping is logged after the banner, with the callback's token masked
    expect(result.stdout).toMatch(
      /Press Ctrl-C to stop\.\n→ 200 POST http:\/\/127\.0\.0\.1:\d+\/mluvii\?access_token=\*\*\* Ping /,
    );
    expect(result.stdout + result.stderr).not.toContain("bot-secret");
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/← 200 POST \/login\/connect\/token/); // the transcript, one line per exchange
    await expect(fetch(`${origin}/login/connect/token`, { method: "POST" })).rejects.toThrow();
  });

  it("--json prints one startup object; --webhook URLs are shown without credentials", async () => {
    const sim = startSimulate(
      ["--bot-callback", botUrl, "--webhook", "http://hook:pw@127.0.0.1:9/hook", "--json", "--quiet"],
      /\n/,
    );
    const line = await sim.ready;
    sim.stop();
    const result = await sim.done;
    expect(result.code).toBe(0);
    const info = JSON.parse(line) as Record<string, unknown>;
    expect(info).toMatchObject({
      clientId: "contactkit-sim",
      clientSecret: "contactkit-sim-secret",
      chatbotId: 1,
      webhooks: ["http://127.0.0.1:9/hook"],
    });
    expect(info.tokenUrl).toBe(`${info.origin}/login/connect/token`);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("warns when the bot does not answer the start-up ping", async () => {
    const down = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/mluvii`;
    await new Promise((resolve) => bot.close(resolve));
    bot = createServer();
    const sim = startSimulate(["--bot-callback", down], /Press Ctrl-C to stop/);
    await sim.ready;
    sim.stop();
    const result = await sim.done;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/→ --- POST .* Ping /);
    expect(result.stderr).toContain("is your bot running at that URL?");
  });

  it("exits 1 with advice when the port is taken", async () => {
    const port = String((bot.address() as AddressInfo).port);
    const result = await run(["simulate", "--bot-callback", botUrl, "--port", port]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`port ${port} is in use; pick another --port, or omit it for a free one`);
  });

  it("usage errors exit 2 and say what to give", async () => {
    const missing = await run(["simulate"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--bot-callback <url>");
    expect((await run(["simulate", "--bot-callback", "not a url"])).stderr).toContain("not an absolute URL");
    expect((await run(["simulate", "--bot-callback", botUrl, "--port", "99999"])).code).toBe(2);
    expect((await run(["simulate", "--bot-callback", botUrl, "--chatbot-id", "0"])).code).toBe(2);
  });
});
