import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { basicAuth, createWebhookHandler } from "../src";
import { BODY_CONSUMED_MESSAGE, toNodeHandler } from "../src/adapters/node";
import { created, type ShopEventMap, shop } from "./support";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function listen(listener: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const hook = createWebhookHandler<ShopEventMap>({
  family: shop,
  auth: basicAuth({ credentials: [{ username: "u", password: "p" }] }),
  bodyLimit: 1024 * 1024,
});
const authorization = `Basic ${Buffer.from("u:p").toString("base64")}`;

describe("toNodeHandler", () => {
  it("serves node:http with the raw body", async () => {
    const base = await listen(toNodeHandler(hook));
    const res = await fetch(`${base}/hook`, {
      method: "POST",
      body: JSON.stringify(created),
      headers: { "content-type": "application/json", authorization },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, type: "OrderCreated" });
  });

  it("answers 413 for a 50 MB streamed body without reading it all, and closes the connection", async () => {
    let received = 0;
    const handler = toNodeHandler(hook);
    const base = await listen((req, res) => {
      req.on("data", (c: Buffer) => {
        received += c.length;
      });
      void handler(req, res);
    });
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization, "transfer-encoding": "chunked" },
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once("drain", pump);
            return;
          }
        }
        req.end();
      };
      pump();
    }).catch(() => 413);
    expect(status).toBe(413);
    expect(received).toBeLessThan(10 * 1024 * 1024);
  });

  it("explains precisely when a framework already parsed the body, and accepts a raw Buffer body", async () => {
    const handler = toNodeHandler(hook);
    const base = await listen(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const raw = Buffer.concat(chunks);
      // Simulates express.json() (parsed object) and express.raw() (Buffer) having run first.
      const body = req.url === "/parsed" ? JSON.parse(raw.toString()) : raw;
      await handler(Object.assign(req, { body }), res);
    });
    const init = {
      method: "POST",
      body: JSON.stringify(created),
      headers: { "content-type": "application/json", authorization },
    };
    const parsed = await fetch(`${base}/parsed`, init);
    expect(parsed.status).toBe(500);
    expect(((await parsed.json()) as { error: string }).error).toBe(BODY_CONSUMED_MESSAGE);
    expect((await fetch(`${base}/raw`, init)).status).toBe(200);
  });
});

describe("nodeBodyStream", () => {
  it("ignores chunks that arrive after a cancel instead of throwing (nodejs/node#64529)", async () => {
    const { PassThrough } = await import("node:stream");
    const { nodeBodyStream } = await import("../src/adapters/node");
    const source = new PassThrough();
    const stream = nodeBodyStream(source);
    await stream.cancel("answered without reading");
    expect(source.listenerCount("data")).toBe(0);
    expect(() => source.emit("data", Buffer.from("late"))).not.toThrow();
    expect(() => source.emit("end")).not.toThrow();
  });

  it("streams a body with backpressure and ends", async () => {
    const { PassThrough } = await import("node:stream");
    const { nodeBodyStream } = await import("../src/adapters/node");
    const source = new PassThrough();
    const stream = nodeBodyStream(source);
    for (let i = 0; i < 20; i++) source.write(Buffer.alloc(1000, i));
    source.end();
    let total = 0;
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) total += chunk.byteLength;
    expect(total).toBe(20_000);
  });
});
