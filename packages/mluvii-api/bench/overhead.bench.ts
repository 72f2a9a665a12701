/**
 * Client overhead per activity: `client.request()` (token cache, headers, timeout timer, retry bookkeeping,
 * JSON in and out) against a bare `undici.request()` + `body.json()` to the same loopback server, over the same
 * keep-alive Agent. The server runs in a worker thread so its CPU time is not charged to either side.
 * Batches of the two cases alternate, so drift on a shared machine hits both; the figure is the ratio of medians.
 *
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/mluvii-api/bench/overhead.bench.ts
 */
import { Worker } from "node:worker_threads";
import { createMluviiApiClient } from "@contactkit/mluvii-api";
import { Agent, request } from "undici";
import { type Measurement, percentile, printTable } from "../../../scripts/bench-utils";

const SERVER = `
const { createServer } = require("node:http");
const { parentPort } = require("node:worker_threads");
const reply = JSON.stringify({ ok: true });
const server = createServer((req, res) => {
  if (req.url === "/login/connect/token") {
    req.resume();
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ access_token: "bench-token", expires_in: 3600 }));
    return;
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(reply) });
    res.end(reply);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
parentPort.on("message", () => server.close(() => process.exit(0)));
`;

const activity = { activity: "Text", sessionId: 123456789, text: "<strong>Hello</strong>, how can I help?" };
const path = "/api/v1/Chatbot/42/activity";

async function main(): Promise<void> {
  const worker = new Worker(SERVER, { eval: true });
  const port = await new Promise<number>((resolve) => worker.once("message", resolve));
  const origin = `http://127.0.0.1:${port}`;
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: 64 });
  const client = createMluviiApiClient({
    origin,
    credentials: { clientId: "bench", clientSecret: "x" },
    dispatcher: agent,
  });

  const bare = async () => {
    const { body } = await request(`${origin}${path}`, {
      method: "POST",
      dispatcher: agent,
      headers: { authorization: "Bearer bench-token", "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(activity),
    });
    return body.json();
  };
  const viaClient = async () =>
    (await client.request({ method: "POST", path, body: activity, idempotent: false })).data;

  /** ns per request of one batch of `size` requests, `concurrency` in flight at a time. */
  async function batch(fn: () => Promise<unknown>, size: number, concurrency: number): Promise<number> {
    const start = process.hrtime.bigint();
    let next = 0;
    const lane = async () => {
      while (next++ < size) await fn();
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return Number(process.hrtime.bigint() - start) / size;
  }

  for (const concurrency of [1, 16]) {
    const size = 150 * concurrency;
    for (let i = 0; i < 5; i++) {
      await batch(bare, size, concurrency); // warm-up: JIT, connections, token
      await batch(viaClient, size, concurrency);
    }
    const samples = { bare: [] as number[], client: [] as number[] };
    for (let i = 0; i < 15; i++) {
      samples.bare.push(await batch(bare, size, concurrency));
      samples.client.push(await batch(viaClient, size, concurrency));
    }
    const rows: Measurement[] = [
      ["undici.request + body.json()", samples.bare],
      ["client.request (POST activity)", samples.client],
    ].map(([name, values]) => {
      const nsPerOp = percentile(values as number[], 50);
      return { name: name as string, nsPerOp, opsPerSec: 1e9 / nsPerOp, samples: (values as number[]).length };
    });
    printTable(`mluvii-api overhead per activity, loopback, concurrency ${concurrency}`, rows, rows[0]?.name);
    const overhead = ((rows[1]?.nsPerOp ?? 0) / (rows[0]?.nsPerOp ?? 1) - 1) * 100;
    console.log(`\nclient overhead: ${overhead.toFixed(1)}% (target ≤ 15%)`);
  }

  await agent.close();
  worker.postMessage("stop");
}

await main();
