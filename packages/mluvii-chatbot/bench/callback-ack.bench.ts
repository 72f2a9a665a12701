/**
 * Callback acknowledgement latency with 200 concurrent callbacks whose bot handlers each sleep 5 s, on loopback.
 * mluvii needs a 200 within 2 s (target p99 < 50 ms). Two arrival patterns:
 * - paced: 200 callbacks 2 ms apart, so all 200 slow handlers are running at once while later ones are acked;
 * - burst: 200 callbacks sent at the same instant (every ack waits behind the others' parsing: a throughput figure).
 * Baselines from the same run: a bare node:http server answering 200, and the bot with an instant handler.
 * The load generator (undici) shares the process, so every case pays the same client cost.
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/mluvii-chatbot/bench/callback-ack.bench.ts
 */
import { once } from "node:events";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import type { MluviiApiClient } from "@contactkit/mluvii-api";
import { callbackTokenAuth, createMluviiBot } from "@contactkit/mluvii-chatbot";
import { Agent, request } from "undici";
import { percentile } from "../../../scripts/bench-utils";

const CALLBACKS = 200;
const ROUNDS = 3;
const HANDLER_MS = 5000;
const PACE_MS = 2;
const TOKEN = "bench-token";

const noTransport: Pick<MluviiApiClient, "request"> = {
  request: () => Promise.reject(new Error("the benchmark sends nothing")),
};

interface Target {
  name: string;
  listener: RequestListener;
  /** Highest number of bot handlers running at once. */
  peakRunning?: () => number;
  drain?: () => Promise<void>;
}

function bare(): Target {
  return {
    name: "bare node:http 200",
    listener: (req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'));
    },
  };
}

function bot(handlerMs: number): Target {
  let running = 0;
  let peak = 0;
  const chatbot = createMluviiBot({ chatbotId: 1, api: noTransport });
  chatbot.on("Text", async () => {
    peak = Math.max(peak, ++running);
    if (handlerMs > 0) await sleep(handlerMs);
    running--;
  });
  const handler = chatbot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: [TOKEN] }) });
  return {
    name: handlerMs > 0 ? `bot, ${handlerMs / 1000} s handlers` : "bot, instant handlers",
    listener: toNodeHandler(handler) as RequestListener,
    peakRunning: () => peak,
    drain: () => handler.drain(),
  };
}

async function send(url: string, dispatcher: Agent, sessionId: number): Promise<number> {
  const body = JSON.stringify({ activity: "Text", sessionId, text: "hello", source: "Default" });
  const start = performance.now();
  const res = await request(url, { method: "POST", body, headers: { "content-type": "application/json" }, dispatcher });
  await res.body.text();
  if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`);
  return performance.now() - start;
}

async function measureTarget(target: Target, pattern: "paced" | "burst") {
  const server = createServer(target.listener);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mluvii?access_token=${TOKEN}`;
  const dispatcher = new Agent({ connections: CALLBACKS });
  const latencies: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const inFlight: Promise<number>[] = [];
    for (let i = 0; i < CALLBACKS; i++) {
      inFlight.push(send(url, dispatcher, round * CALLBACKS + i + 1));
      if (pattern === "paced") await sleep(PACE_MS);
    }
    const round_ = await Promise.all(inFlight);
    if (round > 0) latencies.push(...round_); // round 0 warms up JIT and connections
  }
  await dispatcher.close();
  server.close();
  return {
    name: `${target.name} (${pattern})`,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    peak: target.peakRunning?.(),
  };
}

const rows = [];
for (const pattern of ["paced", "burst"] as const) {
  const base = await measureTarget(bare(), pattern);
  const instant = await measureTarget(bot(0), pattern);
  const slowTarget = bot(HANDLER_MS);
  const slow = await measureTarget(slowTarget, pattern);
  const started = performance.now();
  await slowTarget.drain?.();
  console.error(
    `(${pattern}: slow handlers drained ${((performance.now() - started) / 1000).toFixed(1)} s after the last ack)`,
  );
  for (const row of [base, instant, slow]) rows.push({ ...row, ratio: row.p99 / base.p99 });
}

console.log(`\n## Callback acknowledgement latency: ${CALLBACKS} callbacks × ${ROUNDS} rounds, loopback\n`);
console.log("| case | p50 ms | p99 ms | max ms | p99 ÷ bare p99 | peak handlers running |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} | ${r.ratio.toFixed(2)} | ${r.peak ?? "–"} |`,
  );
}
const pacedSlow = rows.find((r) => r.name.includes("5 s") && r.name.includes("paced"));
console.log(
  `\nTarget p99 < 50 ms with 200 slow handlers running: ${pacedSlow && pacedSlow.p99 < 50 ? "met" : "NOT met"}.`,
);
