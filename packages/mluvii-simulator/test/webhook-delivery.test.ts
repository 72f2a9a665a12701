import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { afterEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator } from "../src";
import { type CaptureServer, type Responder, startCaptureServer } from "./support/capture-server";

let sim: MluviiSimulator | undefined;
let receiver: CaptureServer | undefined;
afterEach(async () => {
  await sim?.stop();
  await receiver?.close();
});

async function setup(respond?: Responder, eventTypes?: string[]) {
  receiver = await startCaptureServer(respond);
  const url = new URL(receiver.url);
  const callbackUrl = `http://hook%20user:p%40ss@${url.host}/mluvii`;
  sim = createMluviiSimulator({
    webhooks: [{ callbackUrl, ...(eventTypes ? { eventTypes } : {}) }],
    webhookRetryDelayMs: 10,
  });
  await sim.start();
  return { sim, receiver };
}

const types = (r: CaptureServer) => r.requests.map((q) => (q.body as { eventType: string }).eventType);

describe("webhook delivery", () => {
  it("sends Basic credentials from the callback URL's userinfo, never the userinfo itself", async () => {
    const { sim, receiver } = await setup(undefined, ["SessionCreated"]);
    await sim.startSession();
    await sim.idle();
    const [request] = receiver.requests;
    const expected = Buffer.from("hook user:p@ss").toString("base64");
    expect(request?.headers.authorization).toBe(`Basic ${expected}`);
    expect(request?.path).toBe("/mluvii");
    expect(request?.headers["content-type"]).toContain("application/json");
    expect(sim.transcript.filter({ route: "webhook-delivery" })[0]?.url).toBe(`${receiver.url}/mluvii`);
  });

  it("delivers one event per request, in order, each valid for mluvii-webhooks in strict mode", async () => {
    const { sim, receiver } = await setup();
    const session = await sim.startSession();
    await session.guestSays("Hello");
    await session.leave();
    await sim.idle();
    expect(types(receiver)).toEqual([
      "SessionCreated",
      "SessionStarted",
      "SessionActivityChatMessage",
      "SessionActivitySessionEnded",
      "SessionEnded",
    ]);
    for (const request of receiver.requests) {
      const parsed = mluviiWebhooks.safeParse(request.body, { strict: true });
      expect(parsed.ok && parsed.known, JSON.stringify(parsed.ok ? parsed.type : parsed.error.issues)).toBe(true);
    }
  });

  it("retries a failing receiver up to two times (three attempts) and stops at the first success", async () => {
    const { sim, receiver } = await setup((_, i) => ({ status: i < 2 ? 500 : 200 }), ["SessionCreated"]);
    await sim.startSession();
    await sim.idle();
    expect(receiver.requests).toHaveLength(3);
    const attempts = sim.transcript.filter({ route: "webhook-delivery" });
    expect(attempts.map((a) => [a.attempt, a.status, a.outcome])).toEqual([
      [1, 500, "failed"],
      [2, 500, "failed"],
      [3, 200, "ok"],
    ]);
  });

  it("discards the event after three failed attempts and goes on with the next one", async () => {
    const { sim, receiver } = await setup(
      (q) => ({ status: JSON.stringify(q.body).includes("SessionCreated") ? 503 : 200 }),
      ["SessionCreated", "SessionStarted"],
    );
    await sim.startSession();
    await sim.idle();
    expect(types(receiver)).toEqual(["SessionCreated", "SessionCreated", "SessionCreated", "SessionStarted"]);
    expect(sim.transcript.stats().failures).toBe(3);
  });

  it("delivers only the subscribed event types", async () => {
    const { sim, receiver } = await setup(undefined, ["SessionEnded"]);
    const session = await sim.startSession();
    await session.leave();
    await sim.idle();
    expect(types(receiver)).toEqual(["SessionEnded"]);
  });
});
