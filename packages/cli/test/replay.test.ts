import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isLoopbackHost, loadCapturedEvents, replay, resolveReplayTarget } from "@contactkit/cli";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixture, own, run } from "./helpers";

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  extra: string | undefined;
  body: string;
}

const USER = "hook";
const PASSWORD = "s3cret:with-colon";
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString("base64")}`;

let server: Server;
let origin: string;
let received: Received[];
/** The status the server answers for the n-th request (0-based); default 200, 401 without the right Basic auth. */
let statusFor: (index: number, request: IncomingMessage) => number;

beforeEach(async () => {
  received = [];
  statusFor = () => 200;
  server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      const index = received.length;
      received.push({
        method: request.method ?? "",
        url: request.url ?? "",
        authorization: request.headers.authorization,
        contentType: request.headers["content-type"],
        extra: request.headers["x-env"] as string | undefined,
        body,
      });
      const authorised = request.headers.authorization === BASIC;
      response.statusCode = authorised ? statusFor(index, request) : 401;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("contactkit replay", () => {
  it("POSTs each event of a directory (recursively, NDJSON per line) with Basic auth and reports statuses", async () => {
    const result = await run(["replay", own("captures"), "--to", `${origin}/hook`, "--basic", `${USER}:${PASSWORD}`]);
    expect(result.code).toBe(0);
    expect(received.map((r) => [r.method, r.url, r.authorization, r.contentType])).toEqual([
      ["POST", "/hook", BASIC, "application/json"],
      ["POST", "/hook", BASIC, "application/json"],
      ["POST", "/hook", BASIC, "application/json"],
    ]);
    expect(JSON.parse(received[0]?.body ?? "")).toMatchObject({ eventType: "SessionCreated" });
    expect(received.slice(1).map((r) => JSON.parse(r.body).eventType)).toEqual(["SessionStarted", "SessionEnded"]);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^200 .*01-session-created\.json {2}mluvii webhooks SessionCreated {2}\d+ ms$/);
    expect(lines[1]).toMatch(/^200 .*02-session\.ndjson:1 /);
    expect(lines[2]).toMatch(/^200 .*02-session\.ndjson:2 /);
    expect(lines[3]).toBe(`3 events to ${origin}/hook: 3 ok, 0 failed`);
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });

  it("sends the body exactly as captured", async () => {
    const file = fixture("expertflow-cim", "docs-init-node/agent-subscribed.json");
    await run([
      "replay",
      file,
      "--to",
      `http://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${new URL(origin).port}/x`,
    ]);
    const { readFileSync } = await import("node:fs");
    expect(received.map((r) => r.body)).toEqual([readFileSync(file, "utf8")]);
    expect(received[0]?.authorization).toBe(BASIC); // credentials in the URL become Basic auth
  });

  it("reports a failed status per event, never prints credentials, and exits 1", async () => {
    statusFor = (index) => (index === 1 ? 503 : 202);
    const result = await run([
      "replay",
      own("captures"),
      "--to",
      `${origin}/hook?token=query-secret`,
      "--basic",
      `${USER}:${PASSWORD}`,
      "--header",
      "x-env: test",
    ]);
    expect(result.code).toBe(1);
    expect(received.map((r) => r.extra)).toEqual(["test", "test", "test"]);
    expect(received[0]?.url).toBe("/hook?token=query-secret");
    expect(result.stdout).toMatch(/^202 /m);
    expect(result.stdout).toMatch(/^503 .*02-session\.ndjson:1/m);
    expect(result.stdout).toContain(`3 events to ${origin}/hook?token=***: 2 ok, 1 failed`);
    expect(result.stdout + result.stderr).not.toMatch(/query-secret|s3cret/);
  });

  it("wrong credentials show as 401 per event", async () => {
    const result = await run(["replay", own("captures/01-session-created.json"), "--to", origin, "--token", "t0ken"]);
    expect(result.code).toBe(1);
    expect(received[0]?.authorization).toBe("Bearer t0ken");
    expect(result.stdout).toMatch(/^401 /m);
    expect(result.stdout).not.toContain("t0ken");
  });

  it("reports lines that are not JSON as not sent, and sends the rest", async () => {
    const result = await run(["replay", own("mixed.ndjson"), "--to", origin, "--basic", `${USER}:${PASSWORD}`]);
    expect(result.code).toBe(1);
    expect(received).toHaveLength(3);
    expect(result.stdout).toMatch(/^--- .*mixed\.ndjson:3 {2}not sent: not JSON/m);
    expect(result.stdout).toContain("4 events to");
  });

  it("says what to do when nothing listens", async () => {
    await new Promise((resolve) => server.close(resolve));
    server = createServer();
    const result = await run(["replay", own("captures/01-session-created.json"), "--to", origin]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("connection refused: is the endpoint running on that port?");
  });

  it("shows progress on a TTY's stderr for long replays only", async () => {
    const dir = fixture("mluvii-webhooks", "docs-webhooks");
    const long = await run(["replay", dir, "--to", origin, "--basic", `${USER}:${PASSWORD}`], { tty: true });
    expect(long.code).toBe(0);
    expect(received.length).toBeGreaterThanOrEqual(10);
    expect(long.stderr).toContain(`replaying 1/${received.length}…`);
    const notTty = await run(["replay", dir, "--to", origin, "--basic", `${USER}:${PASSWORD}`]);
    expect(notTty.code).toBe(0);
    expect(notTty.stderr).toBe("");
  });

  it("refuses a host that is not this machine unless --allow-remote, and other bad options, with exit 2", async () => {
    const remote = await run(["replay", own("captures"), "--to", "https://example.com/hook"]);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toContain("--allow-remote");
    expect(received).toHaveLength(0);
    expect((await run(["replay", own("captures")])).stderr).toContain("--to <url>");
    expect((await run(["replay", "--to", origin])).code).toBe(2);
    expect((await run(["replay", own("captures"), "--to", origin, "--basic", "nocolon"])).stderr).toContain(
      "user:password",
    );
    const both = await run(["replay", own("captures"), "--to", origin, "--basic", "a:b", "--token", "t"]);
    expect(both.stderr).toContain("not both");
    expect((await run(["replay", own("captures"), "--to", origin, "--delay", "soon"])).code).toBe(2);
    expect((await run(["replay", own("captures"), "--to", origin, "--header", "no colon"])).code).toBe(2);
    expect(received).toHaveLength(0);
  });

  it("exits 1 with a hint when the path does not exist", async () => {
    const result = await run(["replay", "missing-dir", "--to", origin]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no such file or directory");
  });
});

describe("replay (programmatic)", () => {
  it("returns one result per event with statuses and a summary", async () => {
    statusFor = (index) => (index === 0 ? 200 : 500);
    const events = await loadCapturedEvents([own("captures")]);
    const seen: number[] = [];
    const summary = await replay({
      to: origin,
      basic: { username: USER, password: PASSWORD },
      events,
      onResult: (_r, index) => seen.push(index),
    });
    expect(summary.results.map((r) => r.status)).toEqual([200, 500, 500]);
    expect([summary.succeeded, summary.failed]).toEqual([1, 2]);
    expect(seen).toEqual([0, 1, 2]);
  });

  it("resolves targets: loopback check, credentials moved out of the URL, masked display", () => {
    expect(["localhost", "127.0.0.1", "127.1.2.3", "[::1]", "api.localhost"].every(isLoopbackHost)).toBe(true);
    expect(["example.com", "10.0.0.1", "localhost.example.com"].some(isLoopbackHost)).toBe(false);
    const target = resolveReplayTarget({ to: "http://u:p%40ss@localhost:1/h?token=abc&x=1" });
    expect(target.url.href).toBe("http://localhost:1/h?token=abc&x=1");
    expect(target.headers.authorization).toBe(`Basic ${Buffer.from("u:p@ss").toString("base64")}`);
    expect(target.display).toBe("http://localhost:1/h?token=***&x=***");
  });
});

describe("replay: answers and --raw", () => {
  let answering: Server;
  let answeringOrigin: string;
  let bodies: Buffer[];

  beforeEach(async () => {
    bodies = [];
    answering = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        bodies.push(Buffer.concat(chunks));
        const n = bodies.length;
        response.setHeader("content-type", "application/json");
        if (n === 1) response.end('{"ok":true,"type":"SessionCreated"}');
        else if (n === 2) response.end('\n{"ok":true,"duplicate":true}\nsecond line');
        else {
          response.statusCode = 400;
          response.end(`{"ok":false,"error":"mluvii webhooks: invalid JSON ${"x".repeat(300)}"}`);
        }
      });
    });
    await new Promise<void>((resolve) => answering.listen(0, "127.0.0.1", resolve));
    answeringOrigin = `http://127.0.0.1:${(answering.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    await new Promise((resolve) => answering.close(resolve));
  });

  it("prints the first line of each answer, so duplicates and 400 reasons show", async () => {
    const result = await run(["replay", own("captures"), "--to", answeringOrigin]);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^200 .*01-session-created\.json {2}mluvii webhooks SessionCreated {2}\d+ ms {2}\{"ok":true,"type":"SessionCreated"\}$/,
    );
    expect(lines[1]).toMatch(/^200 .*02-session\.ndjson:1 .* ms {2}\{"ok":true,"duplicate":true\}$/);
    expect(lines[2]).toMatch(/^400 .*02-session\.ndjson:2 .*\{"ok":false,"error":"mluvii webhooks: invalid JSON x+…$/);
    expect(lines[2]?.length).toBeLessThan(400);
    const events = await loadCapturedEvents([own("captures/01-session-created.json")]);
    const summary = await replay({ to: answeringOrigin, events });
    const answer = summary.results[0]?.answer ?? "";
    expect([
      answer.length,
      answer.startsWith('{"ok":false,"error":"mluvii webhooks: invalid JSON xxx'),
      answer.at(-1),
    ]).toEqual([200, true, "…"]);
  });

  it("--raw sends every record byte for byte: a byte-order mark, CRLF lines and malformed JSON included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "contactkit-raw-"));
    try {
      const whole = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('{\r\n  "eventType": "SessionCreated"\r\n}\r\n'),
      ]);
      writeFileSync(join(dir, "a.json"), whole);
      writeFileSync(join(dir, "b.ndjson"), '{"eventType":"SessionEnded"}\r\n{"eventType":\n\n[1]\n');
      const cooked = await run(["replay", dir, "--to", answeringOrigin]);
      expect(cooked.stdout).toMatch(/^--- .*b\.ndjson:2 {2}not sent: not JSON/m);
      bodies = [];
      const raw = await run(["replay", dir, "--to", answeringOrigin, "--raw"]);
      expect(bodies.map((b) => b.toString("latin1"))).toEqual(
        [whole, Buffer.from('{"eventType":"SessionEnded"}'), Buffer.from('{"eventType":'), Buffer.from("[1]")].map(
          (b) => b.toString("latin1"),
        ),
      );
      expect(raw.stdout).toMatch(/^200 .*b\.ndjson:1 .*\{"ok":true,"duplicate":true\}$/m);
      expect(raw.stdout).toMatch(/^400 .*b\.ndjson:4 /m);
      expect(raw.stdout).toContain("4 events to");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
