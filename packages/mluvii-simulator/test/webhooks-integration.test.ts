/** mluvii-webhooks' receiver against the simulator's deliveries: Basic auth from the URL, dedupe, ordering faults. */
import type { Server } from "node:http";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiApiClient } from "@contactkit/mluvii-api";
import { createMluviiWebhookHandler } from "@contactkit/mluvii-webhooks";
import { afterEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator } from "../src";
import { close, listen } from "./support/bot-harness";

let sim: MluviiSimulator | undefined;
let server: Server | undefined;
afterEach(async () => {
  await sim?.stop();
  if (server) await close(server);
});

async function setup(credentials: string) {
  const processed: string[] = [];
  const started = await listen(() => undefined);
  server = started.server;
  const good = new URL(`${started.url}/mluvii`);
  good.username = "mluvii";
  good.password = "right";
  server.on(
    "request",
    toNodeHandler(
      createMluviiWebhookHandler({
        callbackUrls: [good.toString()],
        process: async (parsed) => {
          const data = (parsed.raw as { data: { text?: string } }).data;
          processed.push(data.text ? `${parsed.type}:${data.text}` : parsed.type);
        },
      }),
    ),
  );
  sim = createMluviiSimulator({ webhookRetryDelayMs: 10, pingOnStart: false });
  const { origin } = await sim.start();
  const registered = new URL(good);
  registered.password = credentials;
  const api = createMluviiApiClient({ origin, credentials: sim.credentials });
  await api.webhooks.create({
    eventTypes: ["SessionCreated", "SessionStarted", "SessionActivityChatMessage"],
    callbackUrl: registered.toString(),
  });
  return { sim, processed };
}

describe("mluvii-webhooks receiver ← simulator", () => {
  it("accepts the Basic credentials mluvii derives from the callback URL and processes each event once", async () => {
    const { sim, processed } = await setup("right");
    sim.faults.inject({ route: "webhook-delivery", kind: "duplicate", eventType: "SessionActivityChatMessage" });
    const session = await sim.startSession();
    await session.guestSays("hi");
    await sim.idle();
    // the duplicate was delivered (and acknowledged), the receiver's idempotency key dropped it
    const deliveries = sim.transcript.filter({ route: "webhook-delivery" });
    expect(deliveries.map((d) => [d.eventType, d.status])).toEqual([
      ["SessionCreated", 200],
      ["SessionStarted", 200],
      ["SessionActivityChatMessage", 200],
      ["SessionActivityChatMessage", 200],
    ]);
    expect(processed).toEqual(["SessionCreated", "SessionStarted", "SessionActivityChatMessage:hi"]);
  });

  it("processes out-of-order deliveries in arrival order, so consumers must not assume order under faults", async () => {
    const { sim, processed } = await setup("right");
    sim.faults.inject({ route: "webhook-delivery", kind: "out-of-order", eventType: "SessionActivityChatMessage" });
    const session = await sim.startSession();
    await session.guestSays("one");
    await session.guestSays("two");
    await sim.idle();
    expect(processed.slice(2)).toEqual(["SessionActivityChatMessage:two", "SessionActivityChatMessage:one"]);
  });

  it("wrong credentials in the registered URL: 401 on every attempt, retried twice, then discarded", async () => {
    const { sim, processed } = await setup("wrong");
    await sim.startSession();
    await sim.idle();
    const created = sim.transcript.filter({ route: "webhook-delivery", eventType: "SessionCreated" });
    expect(created.map((d) => [d.attempt, d.status])).toEqual([
      [1, 401],
      [2, 401],
      [3, 401],
    ]);
    expect(processed).toEqual([]);
  });
});
