import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestEvent as qmEvent } from "@contactkit/ccai-qm-chat/testing";
import { createTestChatbotRequest } from "@contactkit/mluvii-chatbot/testing";
import { createTestEvent, createTestRequest } from "@contactkit/mluvii-webhooks/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { jsonLines, run } from "./helpers";

let dir: string;
let target: Server | undefined;
let forwarded: { url: string; headers: IncomingHttpHeaders; body: Buffer }[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "contactkit-listen-"));
  forwarded = [];
});

afterEach(async () => {
  await new Promise((resolve) => (target ? target.close(resolve) : resolve(undefined)));
  target = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `contactkit listen` in-process; resolves once it prints where it listens. */
async function startListen(args: string[]) {
  const controller = new AbortController();
  let ready!: (url: string) => void;
  const url = new Promise<string>((resolve) => {
    ready = resolve;
  });
  let output = "";
  const done = run(["listen", "--port", "0", ...args], {
    signal: controller.signal,
    onStdout: (soFar) => {
      output = soFar;
      const found = /listening"?:? ?(?:on )?"?(http:\/\/127\.0\.0\.1:\d+)/.exec(soFar)?.[1];
      if (found) ready(found);
    },
  });
  void done.then((result) => ready(result.stderr));
  const origin = await url;
  const stop = () => {
    controller.abort();
    return done;
  };
  return { origin, output: () => output, stop };
}

/** POSTs a Request (as a vendor's createTestRequest builds it) to another origin, keeping its path and query. */
async function sendTo(origin: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = new Uint8Array(await request.arrayBuffer());
  return fetch(`${origin}${url.pathname}${url.search}`, { method: "POST", headers: request.headers, body });
}

describe("contactkit listen", () => {
  it("validates and prints each delivery, answers 200 and records the bodies as NDJSON", async () => {
    const out = join(dir, "captures.ndjson");
    const listen = await startListen(["--out", out]);
    const event = createTestEvent("SessionEnded");
    const pretty = JSON.stringify(createTestEvent("SessionCreated"), null, 2);
    const answers = [
      await sendTo(listen.origin, createTestRequest(event)),
      await sendTo(listen.origin, createTestRequest(pretty)),
      await sendTo(listen.origin, createTestRequest('{"eventType":"SessionCreated","data":{"id":"x"}}')),
      await sendTo(listen.origin, createTestRequest("[1,2]")),
      await fetch(listen.origin),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const result = await listen.stop();
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.find((l) => l.includes("SessionEnded"))).toMatch(
      new RegExp(
        `\\d\\d:\\d\\d:\\d\\d POST /mluvii/webhooks {2}✓ mluvii webhooks SessionEnded {2}data\\.id=${event.data.id}.* → 200$`,
      ),
    );
    expect(result.stdout).toMatch(/✗ mluvii webhooks SessionCreated {2}\d+ issues {2}→ 200/);
    expect(result.stdout).toContain("    $.data.id  Invalid input: expected number, received string");
    expect(result.stdout).toContain("one event per line: use NDJSON");
    expect(result.stdout).toMatch(/GET \/ {2}→ 200/);
    expect(result.stdout).toContain("4 events: 2 valid, 0 of unknown type, 2 invalid; recorded to");
    const recorded = readFileSync(out, "utf8").split("\n");
    expect(recorded[0]).toBe(JSON.stringify(event));
    expect(JSON.parse(recorded[1] ?? "")).toEqual(JSON.parse(pretty));
    expect(recorded.slice(2)).toEqual(['{"eventType":"SessionCreated","data":{"id":"x"}}', "[1,2]", ""]);
  });

  it("forwards each delivery unchanged and answers with the forward target's answer; replay reads the capture", async () => {
    target = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        forwarded.push({ url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) });
        response.statusCode = forwarded.length === 1 ? 200 : 409;
        response.setHeader("content-type", "application/json");
        response.end(forwarded.length === 1 ? '{"ok":true}' : '{"ok":true,"duplicate":true}');
      });
    });
    await new Promise<void>((resolve) => target?.listen(0, "127.0.0.1", resolve));
    const forwardTo = `http://127.0.0.1:${(target.address() as AddressInfo).port}/real/hook`;
    const out = join(dir, "c.ndjson");
    const listen = await startListen(["--forward", forwardTo, "--out", out]);
    const request = createTestRequest(createTestEvent("SessionActivityChatMessage"), {
      url: "http://x/anything?token=q-secret",
      auth: { username: "hook", password: "pw" },
    });
    const body = Buffer.from(await request.clone().arrayBuffer());
    const first = await sendTo(listen.origin, request.clone());
    expect([first.status, await first.text()]).toEqual([200, '{"ok":true}']);
    const second = await sendTo(listen.origin, request);
    expect(second.status).toBe(409);
    const result = await listen.stop();
    expect(forwarded[0]?.body.equals(body)).toBe(true);
    expect(forwarded[0]?.url).toBe("/real/hook?token=q-secret");
    expect(forwarded[0]?.headers.authorization).toBe(request.headers.get("authorization"));
    expect(forwarded[0]?.headers["content-type"]).toBeUndefined();
    expect(result.stdout).toContain(`forwarding to http://127.0.0.1:`);
    expect(result.stdout).toMatch(/→ 409 \{"ok":true,"duplicate":true\}/);
    expect(result.stdout).not.toContain("q-secret");

    // The capture replays: the same two bodies, byte for byte.
    forwarded = [];
    const replayed = await run(["replay", out, "--to", forwardTo]);
    expect(forwarded.map((f) => f.body.equals(body))).toEqual([true, true]);
    expect(replayed.stdout).toMatch(/^409 .*c\.ndjson:2 .*\{"ok":true,"duplicate":true\}$/m);
  });

  it("answers 502 and says so when the forward target is down", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const down = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/down`;
    await new Promise((resolve) => closed.close(resolve));
    const listen = await startListen(["--forward", down]);
    const answer = await sendTo(listen.origin, createTestRequest(createTestEvent("SessionCreated")));
    expect(answer.status).toBe(502);
    const result = await listen.stop();
    expect(result.stdout).toContain(`forward  connection refused at ${down}: is your endpoint running?`);
  });

  it("--family decides how a payload is read: a bot's outbound Text is a chatbot request", async () => {
    const listen = await startListen(["--family", "chatbot-requests", "--json"]);
    const bad = { ...createTestChatbotRequest("Text"), text: "<h1>hi</h1>" };
    await sendTo(listen.origin, createTestRequest(createTestChatbotRequest("Text")));
    await sendTo(listen.origin, createTestRequest(bad));
    await sendTo(listen.origin, createTestRequest(qmEvent("waiting")));
    const result = await listen.stop();
    const [started, ...deliveries] = jsonLines(result.stdout) as Record<string, unknown>[];
    expect(started).toMatchObject({ listening: expect.stringMatching(/^http:/) });
    expect(deliveries.map((d) => d.event)).toMatchObject([
      { ok: true, family: "chatbot-requests", type: "Text" },
      { ok: false, family: "chatbot-requests", type: "Text", issues: [{ path: "$.text" }] },
      { ok: false, family: "chatbot-requests" },
    ]);
  });

  it("usage errors exit 2; a port in use exits 1", async () => {
    expect((await run(["listen"])).stderr).toContain("--port <n>");
    expect((await run(["listen", "--port", "http"])).code).toBe(2);
    expect((await run(["listen", "--port", "0", "--family", "nope"])).code).toBe(2);
    expect((await run(["listen", "--port", "0", "--forward", "ftp://x"])).code).toBe(2);
    const listen = await startListen([]);
    const busy = await run(["listen", "--port", new URL(listen.origin).port]);
    await listen.stop();
    expect([busy.code, busy.stderr]).toEqual([1, expect.stringContaining("is in use")]);
  });
});
