/**
 * The Redis inbox under crashes: three receiver processes (`support/chaos-receiver.ts`: mluvii webhook receiver,
 * Redis inbox, workers whose handler fails 10% of its attempts) behind a loopback round-robin balancer, 10,000
 * webhook deliveries from the mluvii simulator with duplicates and lost acknowledgements (each makes the simulator
 * retry), and one receiver `kill -9`'d at random points, at least 5 times, and restarted. After the survivors drained
 * the inbox it prints
 *   inbox chaos: delivered N, acknowledged A, processed P, lost 0, dead-lettered D, processed twice T
 * where delivered counts distinct events the simulator sent, acknowledged those it got a 2xx for, processed those a
 * handler finished (counted in Redis by the handler itself), dead-lettered those in the dead letters, and lost the
 * acknowledged events neither processed nor dead-lettered: that must be 0. T (at-least-once: a worker killed between
 * its handler and its XACK, a lease taken over from a slow worker) is reported, not asserted.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createMluviiSimulator, type MluviiSimulator } from "@contactkit/mluvii-simulator";
import { mluviiIdempotencyKey, mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { afterAll, describe, expect, it } from "vitest";
import { createRedisConnection, createRedisInbox, type RedisConnection } from "../src";
import { connectionInternals } from "../src/connection";
import { freePort, haveRedis, uniquePrefix, useRedis } from "./redis-server";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const receiverScript = fileURLToPath(new URL("./support/chaos-receiver.ts", import.meta.url));

const DELIVERIES = 10_000;
const SIMULATORS = 2; // each delivers on one ordered lane: two lanes halve the run time
const SESSIONS_PER_SIMULATOR = 50; // each: SessionCreated, SessionStarted, then chat messages
const KILLS = 6;
const FAIL_RATE = 0.1;
const DUPLICATE_RATE = 0.03;
const LOST_ACK_RATE = 0.02;
const LEASE_MS = 2_000;
const USER = "chaos";
const PASSWORD = "chaos-pa55";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A receiver slot: its fixed port and the process serving it now. */
interface Backend {
  readonly port: number;
  child?: ChildProcess | undefined;
  up: boolean;
  stderr: string;
}

describe.skipIf(!haveRedis)("inbox chaos (Redis inbox, 3 receiver processes, kill -9)", () => {
  const cleanup: (() => Promise<unknown> | unknown)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("every acknowledged event is processed or dead-lettered: lost 0", { timeout: 300_000 }, async () => {
    const server = await useRedis();
    cleanup.push(() => server.release());
    const keyPrefix = uniquePrefix("inbox-chaos");
    const redis: RedisConnection = createRedisConnection({ url: server.url, keyPrefix });
    cleanup.push(() => redis.close());
    await redis.ready();
    const inbox = createRedisInbox({ redis });

    // --- three receiver processes on fixed ports, so a restarted one takes its predecessor's place
    const backends: Backend[] = [];
    for (let i = 0; i < 3; i++) backends.push({ port: await freePort(), up: false, stderr: "" });
    const start = async (backend: Backend): Promise<void> => {
      const child = spawn(process.execPath, ["--import", "tsx", receiverScript], {
        cwd: repoRoot,
        env: {
          ...process.env,
          CHAOS_REDIS_URL: server.url,
          CHAOS_KEY_PREFIX: keyPrefix,
          CHAOS_PORT: String(backend.port),
          CHAOS_FAIL_RATE: String(FAIL_RATE),
          CHAOS_LEASE_MS: String(LEASE_MS),
          CHAOS_USER: USER,
          CHAOS_PASSWORD: PASSWORD,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      backend.child = child;
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
        backend.stderr = (backend.stderr + chunk).slice(-4_000);
      });
      await new Promise<void>((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`receiver did not start: ${backend.stderr}`)), 60_000);
        child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
          out += chunk;
          if (out.includes("listening")) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once("exit", (code) => {
          clearTimeout(timer);
          reject(new Error(`receiver exited with ${code}: ${backend.stderr}`));
        });
      });
      backend.up = true;
    };
    const kill = async (backend: Backend): Promise<void> => {
      const child = backend.child;
      backend.up = false;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    };
    cleanup.push(() => Promise.all(backends.map(kill)));
    await Promise.all(backends.map(start));

    // --- the balancer: round robin; a dead backend is a 502, and some 2xx answers are lost on the way back
    let turn = 0;
    const balancer: Server = createServer((req, res) => {
      const backend = backends[turn++ % backends.length] as Backend;
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        const upstream = request(
          { host: "127.0.0.1", port: backend.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            const ok = (answer.statusCode ?? 500) < 300;
            if (ok && Math.random() < LOST_ACK_RATE) {
              answer.resume(); // recorded, but the sender never hears it: it retries
              res.writeHead(502).end();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on("error", () => {
          if (!res.headersSent) res.writeHead(502);
          res.end();
        });
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => balancer.listen(0, "127.0.0.1", resolve));
    cleanup.push(
      () =>
        new Promise<void>((resolve) => {
          balancer.close(() => resolve());
          balancer.closeAllConnections();
        }),
    );
    const hook = new URL(`http://127.0.0.1:${(balancer.address() as AddressInfo).port}/mluvii/webhooks`);
    hook.username = USER;
    hook.password = PASSWORD;

    // --- the simulators: tally every delivery attempt by the event's idempotency key
    const delivered = new Set<string>();
    const acknowledged = new Set<string>();
    let attempts = 0;
    const sims: MluviiSimulator[] = [];
    for (let s = 0; s < SIMULATORS; s++) {
      const sim = createMluviiSimulator({ pingOnStart: false, webhookRetries: 2, webhookRetryDelayMs: 50 });
      sims.push(sim);
      cleanup.push(() => sim.stop());
      await sim.start();
      sim.subscribeWebhook({
        callbackUrl: hook.toString(),
        eventTypes: ["SessionCreated", "SessionStarted", "SessionActivityChatMessage"],
      });
      sim.transcript.subscribe((entry) => {
        if (entry.route !== "webhook-delivery" || entry.requestBody === undefined) return;
        const parsed = mluviiWebhooks.safeParse(entry.requestBody);
        const key = parsed.ok ? mluviiIdempotencyKey(parsed) : undefined;
        if (key === undefined) throw new Error("every simulated event has an idempotency key");
        attempts++;
        delivered.add(key);
        if (entry.outcome === "ok") acknowledged.add(key);
      });
    }
    const perSession = DELIVERIES / SIMULATORS / SESSIONS_PER_SIMULATOR - 2;
    for (const sim of sims) {
      for (let n = 0; n < SESSIONS_PER_SIMULATOR; n++) {
        const session = await sim.startSession();
        for (let m = 0; m < perSession; m++) {
          if (Math.random() < DUPLICATE_RATE) sim.faults.inject({ route: "webhook-delivery", kind: "duplicate" });
          void session.guestSays(`message ${m}`);
        }
      }
    }

    // --- kill -9 one receiver at random points of the run, then restart it in its place
    const points = Array.from({ length: KILLS }, () => 0.05 + Math.random() * 0.8).sort((a, b) => a - b);
    const kills: string[] = [];
    const chaos = (async () => {
      for (const point of points) {
        while (delivered.size < point * DELIVERIES) await sleep(20);
        const victim = Math.floor(Math.random() * backends.length);
        await kill(backends[victim] as Backend);
        await sleep(100 + Math.random() * 400);
        await start(backends[victim] as Backend);
        kills.push(`#${victim} at ${Math.round(point * 100)}%`);
      }
    })();
    await Promise.all(sims.map((sim) => sim.idle()));
    await chaos;

    // --- the survivors drain the inbox (retries, and entries the killed workers held, after their lease)
    await expect.poll(async () => (await inbox.stats()).pending, { timeout: 120_000, interval: 250 }).toBe(0);

    const commands = connectionInternals(redis);
    const counts = (await commands.command(["HGETALL", `${keyPrefix}chaos:processed`], "dedupe")) as
      | Record<string, string>
      | string[];
    const processed = new Map<string, number>();
    if (Array.isArray(counts))
      for (let i = 0; i < counts.length; i += 2) processed.set(counts[i] as string, Number(counts[i + 1]));
    else for (const [key, value] of Object.entries(counts)) processed.set(key, Number(value));
    const dead = new Set((await inbox.listDeadLetters({ limit: DELIVERIES })).map((letter) => letter.key));
    const lost = [...acknowledged].filter((key) => !processed.has(key) && !dead.has(key));
    const twice = [...processed.values()].filter((count) => count > 1).length;

    console.log(
      `inbox chaos: delivered ${delivered.size}, acknowledged ${acknowledged.size}, processed ${processed.size}, ` +
        `lost ${lost.length}, dead-lettered ${dead.size}, processed twice ${twice}`,
    );
    console.log(`[inbox chaos] ${attempts} delivery attempts; kill -9: ${kills.join(", ")}`);

    expect(lost).toEqual([]);
    expect(kills.length).toBeGreaterThanOrEqual(5);
    expect(delivered.size).toBe(DELIVERIES);
    expect(acknowledged.size).toBeGreaterThan(DELIVERIES * 0.9);
  });
});
