/**
 * The node adapter under clients that misbehave: methods fetch cannot represent, HTTP/2, clients that keep
 * uploading after the answer, bodies that trickle, clients that go away, garbage Host headers.
 */

import { createServer, type Server } from "node:http";
import { createServer as createHttp2Server, connect as http2Connect } from "node:http2";
import { type AddressInfo, connect, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { basicAuth, createWebhookHandler, type WebhookHandlerOptions } from "../src";
import { type NodeRequest, toNodeHandler } from "../src/adapters/node";
import { created, type ShopEventMap, shop } from "./support";

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

const credentials = Buffer.from("u:p").toString("base64");
const hook = (options: Partial<WebhookHandlerOptions<ShopEventMap>> = {}) => {
  const handler = createWebhookHandler<ShopEventMap>({
    family: shop,
    auth: basicAuth({ credentials: [{ username: "u", password: "p" }] }),
    bodyLimit: 64 * 1024,
    ...options,
  });
  closers.push(() => handler.close());
  return handler;
};

async function listen(
  listener: (req: NodeRequest, res: import("node:http").ServerResponse) => unknown,
): Promise<number> {
  const server: Server = createServer((req, res) => void listener(req, res));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

/** Opens a raw connection; resolves with everything the server sent once it closes or `boundMs` passes. */
function rawExchange(port: number, drive: (socket: Socket) => void, boundMs = 10_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(done, boundMs);
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
    });
    socket.on("error", done);
    socket.on("close", done);
    socket.on("connect", () => drive(socket));
  });
}

const statusOf = (text: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);

describe("toNodeHandler under hostile clients", () => {
  it("answers TRACE, CONNECT-like and other methods fetch cannot represent with 405 and Allow", async () => {
    const port = await listen(toNodeHandler(hook({ allowGet: true })));
    // (CONNECT goes to node's `connect` event and unknown methods are refused by node's parser, not the handler.)
    for (const method of ["TRACE"]) {
      const text = await rawExchange(port, (s) =>
        s.write(`${method} /hook HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
      );
      expect(statusOf(text)).toBe(405);
      expect(text.toLowerCase()).toContain("allow: get, head, post");
    }
  });

  it("serves HTTP/2 (pseudo-headers are not copied into the fetch Headers)", async () => {
    const server = createHttp2Server();
    const listener = toNodeHandler(hook());
    server.on("request", (req, res) => void listener(req as unknown as NodeRequest, res as never));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const client = http2Connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    closers.push(() => {
      client.destroy();
      server.close();
    });
    const status = await new Promise<number>((resolve, reject) => {
      const stream = client.request({
        ":method": "POST",
        ":path": "/hook",
        "content-type": "application/json",
        authorization: `Basic ${credentials}`,
      });
      stream.on("response", (headers) => resolve(Number(headers[":status"])));
      stream.on("error", reject);
      stream.end(JSON.stringify(created));
    });
    expect(status).toBe(200);
  });

  it("delivers an early 413 or 401 to a client that reads only after uploading its whole body", async () => {
    const port = await listen(toNodeHandler(hook({ bodyLimit: 1024 })));
    const size = 4 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    // Like many HTTP clients, it writes the whole request first and reads the answer afterwards: a reset that
    // arrives while it is still writing makes it drop the answer that is already waiting in its buffer.
    const upload = (authorization: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(port, "127.0.0.1");
        socket.pause();
        let received = "";
        const timer = setTimeout(() => socket.destroy(), 10_000);
        socket.on("error", () => {});
        socket.on("close", () => {
          clearTimeout(timer);
          resolve(received);
        });
        socket.on("connect", () => {
          socket.write(
            `POST /hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: ${authorization}\r\n` +
              `Content-Length: ${size}\r\n\r\n`,
          );
          let sent = 0;
          const pump = () => {
            while (sent < size && !socket.destroyed) {
              sent += chunk.length;
              if (!socket.write(chunk)) return void socket.once("drain", pump);
            }
            socket.on("data", (data) => {
              received += data.toString("latin1");
              if (received.includes("\r\n\r\n")) socket.destroy(); // the status line and headers are in
            });
            socket.resume();
          };
          pump();
        });
      });
    const rounds = await Promise.all(
      Array.from({ length: 8 }, (_, i) => upload(i % 2 === 0 ? `Basic ${credentials}` : "Basic bm9wZTpub3Bl")),
    );
    expect(rounds.map(statusOf)).toEqual(rounds.map((_, i) => (i % 2 === 0 ? 413 : 401)));
  });

  it("answers 408 to a body that trickles past the deadline, and closes the connection", async () => {
    const port = await listen(toNodeHandler(hook({ bodyTimeoutMs: 300 }), { lingerMs: 300 }));
    const text = await rawExchange(port, (socket) => {
      socket.write(
        `POST /hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Basic ${credentials}\r\n` +
          "Content-Length: 100\r\n\r\n",
      );
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write("{")), 50);
      socket.on("close", () => clearInterval(timer));
    });
    expect(statusOf(text)).toBe(408);
  });

  it("aborts the request's signal when the client goes away", async () => {
    let signal: AbortSignal | undefined;
    const port = await listen(
      toNodeHandler(async (request) => {
        signal = request.signal;
        await new Promise((resolve) => request.signal.addEventListener("abort", resolve));
        return new Response(null, { status: 204 });
      }),
    );
    const socket = connect(port, "127.0.0.1");
    socket.write("POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{}");
    await vi.waitFor(() => expect(signal).toBeDefined(), { timeout: 10_000 });
    socket.destroy();
    await vi.waitFor(() => expect(signal?.aborted).toBe(true), { timeout: 10_000 });
  });

  it("does not answer 500 to garbage Host headers or odd request targets", async () => {
    const port = await listen(toNodeHandler(hook()));
    for (const [target, host] of [
      ["/hook", "a b"],
      ["/hook", "[::1"],
      ["/hook", "x:99999999"],
      ["*", "x"],
      ["//evil/hook", "x"],
    ]) {
      const text = await rawExchange(port, (s) =>
        s.write(
          `POST ${target} HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Basic ${credentials}\r\n` +
            `Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        ),
      );
      expect(statusOf(text), `${target} ${host}`).not.toBe(500);
      expect(statusOf(text), `${target} ${host}`).not.toBe(0);
    }
  });
});
