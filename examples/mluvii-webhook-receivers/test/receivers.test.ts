import type { Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startExpress } from "../src/express";
import { startFastify } from "../src/fastify";
import { createHonoApp } from "../src/hono";
import { startNodeHttp } from "../src/node-http";

const sessionCreated = JSON.stringify({
  eventType: "SessionCreated",
  data: { id: 7380342, tenantId: 1, channel: "Chat", source: "Default", created: "2024-05-06T08:31:13.722852+02:00" },
});
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

async function exercise(base: string, lines: string[]): Promise<void> {
  const post = (authorization: string) =>
    fetch(`${base}/mluvii`, {
      method: "POST",
      body: sessionCreated,
      headers: { "content-type": "application/json", authorization },
    });
  expect((await fetch(`${base}/mluvii`)).status).toBe(200);
  expect((await post(basic("hook-user", "wrong"))).status).toBe(401);
  const ok = await post(basic("hook-user", "hook-pass"));
  expect(ok.status).toBe(200);
  await until(() => lines.length > 0);
  expect(lines).toEqual(["session 7380342 created on Chat"]);
}

/**
 * Sends the headers of a large POST with wrong credentials and only a few bytes of its body, and reads the status
 * line: a receiver that authenticates first answers 401 at once; one that buffers the body first never answers.
 */
function statusBeforeBody(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received.split("\r\n")[0] ?? "");
    };
    const timer = setTimeout(finish, 5_000);
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n")) finish();
    });
    socket.on("error", finish);
    socket.on("connect", () =>
      socket.write(
        "POST /mluvii HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
          `Authorization: ${basic("hook-user", "wrong")}\r\nContent-Length: 1000000\r\n\r\n{"eventType":`,
      ),
    );
  });
}

const serverBase = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

describe("mluvii webhook receiver examples", () => {
  it("node http", async () => {
    const lines: string[] = [];
    const server = await startNodeHttp(0, (l) => lines.push(l));
    closers.push(() => new Promise((r) => server.close(r)));
    await exercise(serverBase(server), lines);
    expect(await statusBeforeBody((server.address() as AddressInfo).port)).toBe("HTTP/1.1 401 Unauthorized");
  });

  it("express (mounted before express.json(), which the rest of the app still uses)", async () => {
    const lines: string[] = [];
    const server = await startExpress(0, (l) => lines.push(l));
    closers.push(() => new Promise((r) => server.close(r)));
    await exercise(serverBase(server), lines);
    const other = await fetch(`${serverBase(server)}/other`, {
      method: "POST",
      body: '{"a":1}',
      headers: { "content-type": "application/json" },
    });
    expect(await other.json()).toEqual({ youSent: { a: 1 } });
    expect(await statusBeforeBody((server.address() as AddressInfo).port)).toBe("HTTP/1.1 401 Unauthorized");
  });

  it("fastify (the route reads its own body; the rest of the app keeps fastify's JSON parser)", async () => {
    const lines: string[] = [];
    const app = await startFastify(0, (l) => lines.push(l));
    closers.push(() => app.close());
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await exercise(base, lines);
    const bare = await fetch(`${base}/mluvii`, {
      method: "POST",
      body: sessionCreated,
      headers: { authorization: basic("hook-user", "hook-pass") },
    });
    expect(bare.status).toBe(200); // no Content-Type, as mluvii may send it
    const other = await fetch(`${base}/other`, {
      method: "POST",
      body: '{"a":1}',
      headers: { "content-type": "application/json" },
    });
    expect(await other.json()).toEqual({ youSent: { a: 1 } });
    // authenticates before reading the body: no parseAs "buffer" reading it all first
    expect(await statusBeforeBody((app.server.address() as AddressInfo).port)).toBe("HTTP/1.1 401 Unauthorized");
  });

  it("hono (fetch handler)", async () => {
    const lines: string[] = [];
    const app = createHonoApp((l) => lines.push(l));
    const res = await app.fetch(
      new Request("http://localhost/mluvii", {
        method: "POST",
        body: sessionCreated,
        headers: { "content-type": "application/json", authorization: basic("hook-user", "hook-pass") },
      }),
    );
    expect(res.status).toBe(200);
    await until(() => lines.length > 0);
    expect(lines).toEqual(["session 7380342 created on Chat"]);
  });
});
