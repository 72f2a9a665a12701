import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator, type MluviiSimulatorOptions } from "../src";
import { type CaptureServer, type Responder, startCaptureServer } from "./support/capture-server";
import { postActivity } from "./support/sim";

let sim: MluviiSimulator | undefined;
let bot: CaptureServer | undefined;
let hooks: CaptureServer | undefined;
afterEach(async () => {
  await sim?.stop();
  await bot?.close();
  await hooks?.close();
});

async function setup(options: MluviiSimulatorOptions = {}, botResponder?: Responder) {
  bot = await startCaptureServer(botResponder);
  hooks = await startCaptureServer();
  sim = createMluviiSimulator({
    botCallbackUrl: `${bot.url}/cb`,
    pingOnStart: false,
    responseDelayMs: 0,
    webhookRetryDelayMs: 10,
    webhooks: [
      { callbackUrl: `${hooks.url}/h`, eventTypes: ["SessionCreated", "SessionStarted", "SessionActivityChatMessage"] },
    ],
    ...options,
  });
  await sim.start();
  return { sim, bot, hooks, session: await sim.startSession() };
}

const activities = (server: CaptureServer) => server.requests.map((r) => (r.body as { activity: string }).activity);
const eventTypes = (server: CaptureServer) => server.requests.map((r) => (r.body as { eventType: string }).eventType);

describe("inbound faults", () => {
  it("429 with Retry-After, then normal service once the fault is used up", async () => {
    const { sim, session } = await setup();
    sim.faults.inject({ route: "chatbot-activity", kind: "status", status: 429, retryAfter: 2 });
    const response = await fetch(`${sim.origin}/api/v1/Chatbot/1/activity`, {
      method: "POST",
      headers: { authorization: `Bearer ${sim.issueToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ activity: "Typing", sessionId: session.id, show: true }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("2");
    expect((await postActivity(sim, { activity: "Typing", sessionId: session.id, show: true })).status).toBe(200);
    expect(sim.transcript.filter({ route: "chatbot-activity" }).map((e) => [e.status, e.fault])).toEqual([
      [429, "status:429"],
      [200, undefined],
    ]);
    expect(sim.faults.list()).toEqual([]);
  });

  it("503 on the token endpoint for `times` requests; a 503'd activity is not carried out", async () => {
    const { sim, session } = await setup();
    const fault = sim.faults.inject({ route: "token", kind: "status", status: 503, times: 2 });
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: "contactkit-sim",
      client_secret: "contactkit-sim-secret",
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${sim.origin}/login/connect/token`, { method: "POST", body: form });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect(fault.hits).toBe(2);
    expect(fault.done).toBe(true);
    sim.faults.inject({ route: "chatbot-activity", kind: "status", status: 503, activity: "Text" });
    expect((await postActivity(sim, { activity: "Text", sessionId: session.id, text: "lost" })).status).toBe(503);
    expect(session.botTexts).toEqual([]);
  });

  it("filters by activity: a fault for GetAvailableGroups leaves other activities alone", async () => {
    const { sim, session } = await setup();
    sim.faults.inject({ route: "chatbot-activity", kind: "status", status: 503, activity: "GetAvailableGroups" });
    expect((await postActivity(sim, { activity: "Typing", sessionId: session.id, show: true })).status).toBe(200);
    expect((await postActivity(sim, { activity: "GetAvailableGroups", sessionId: session.id })).status).toBe(503);
  });

  it("latency delays the answer and is named in the transcript", async () => {
    const { sim, session } = await setup();
    sim.faults.inject({ route: "chatbot-activity", kind: "latency", ms: 120 });
    expect((await postActivity(sim, { activity: "Typing", sessionId: session.id, show: true })).status).toBe(200);
    const [entry] = sim.transcript.filter({ route: "chatbot-activity" });
    expect(entry?.fault).toBe("latency:120ms");
    expect(entry?.durationMs).toBeGreaterThanOrEqual(100);
  });

  it("drops the connection before reading (nothing happens) or after processing (it happened, the answer is lost)", async () => {
    const { sim, session } = await setup();
    sim.faults.inject({ route: "chatbot-activity", kind: "drop" });
    await expect(postActivity(sim, { activity: "Text", sessionId: session.id, text: "one" })).rejects.toThrow();
    sim.faults.inject({ route: "chatbot-activity", kind: "drop", when: "after-read" });
    await expect(postActivity(sim, { activity: "Text", sessionId: session.id, text: "two" })).rejects.toThrow();
    sim.faults.inject({ route: "chatbot-activity", kind: "drop", when: "after-processing" });
    await expect(postActivity(sim, { activity: "Text", sessionId: session.id, text: "three" })).rejects.toThrow();
    expect(session.botTexts).toEqual(["three"]);
    const entries = sim.transcript.filter({ route: "chatbot-activity" });
    expect(entries.map((e) => [e.status, e.fault, e.failure])).toEqual([
      [null, "drop:before-read", "dropped"],
      [null, "drop:after-read", "dropped"],
      [null, "drop:after-processing", "dropped"],
    ]);
  });
});

describe("outbound faults", () => {
  it("duplicates a webhook delivery (at-least-once)", async () => {
    const { sim, hooks, session } = await setup();
    await sim.idle();
    sim.faults.inject({ route: "webhook-delivery", kind: "duplicate", eventType: "SessionActivityChatMessage" });
    await session.guestSays("twice");
    await sim.idle();
    expect(eventTypes(hooks)).toEqual([
      "SessionCreated",
      "SessionStarted",
      "SessionActivityChatMessage",
      "SessionActivityChatMessage",
    ]);
    expect(hooks.requests[2]?.body).toEqual(hooks.requests[3]?.body);
    expect(sim.transcript.filter({ route: "webhook-delivery", fault: "duplicate" })).toHaveLength(1);
  });

  it("delivers a held-back webhook after the next one (out of order)", async () => {
    const { sim, hooks, session } = await setup();
    await sim.idle();
    sim.faults.inject({ route: "webhook-delivery", kind: "out-of-order" });
    await session.guestSays("first");
    await session.guestSays("second");
    await sim.idle();
    const texts = hooks.requests.slice(2).map((r) => (r.body as { data: { text: string } }).data.text);
    expect(texts).toEqual(["second", "first"]);
    expect(sim.transcript.filter({ fault: "out-of-order" })[0]?.requestBody).toMatchObject({ data: { text: "first" } });
  });

  it("releases a held-back payload after holdMs when nothing follows", async () => {
    const { sim, bot, session } = await setup();
    sim.faults.inject({ route: "bot-callback", kind: "out-of-order", holdMs: 30 });
    const result = await session.guestSays("alone");
    expect(result?.delivered).toBe(true);
    expect(activities(bot)).toEqual(["ConversationStarted", "Text"]);
  });

  it("drops a bot callback: the …Response never arrives", async () => {
    const { sim, bot, session } = await setup();
    sim.faults.inject({ route: "bot-callback", kind: "drop", activity: "GetAvailableGroupsResponse" });
    await postActivity(sim, { activity: "GetAvailableGroups", sessionId: session.id });
    await postActivity(sim, { activity: "GetHeroCards", sessionId: session.id });
    await sim.idle();
    expect(activities(bot)).toEqual(["ConversationStarted", "GetHeroCardsResponse"]);
    expect(sim.transcript.filter({ route: "bot-callback", failure: "dropped" })).toHaveLength(1);
  });

  it("enforces mluvii's 2-second rule: a callback answered late counts as a failure", async () => {
    const { sim, session } = await setup({ callbackDeadlineMs: 100 }, (request) =>
      (request.body as { activity: string }).activity === "Text" ? { delayMs: 250 } : undefined,
    );
    const result = await session.guestSays("are you slow?");
    expect(result?.delivered).toBe(false);
    expect(result?.status).toBe(200);
    expect(result?.entry).toMatchObject({ outcome: "failed", failure: "slow", activity: "Text" });
    expect(sim.transcript.stats()).toMatchObject({ slowCallbacks: 1, callbackFailures: 1 });
  });

  it("a bot that acknowledges a guest event only after awaiting a …Response breaks the 2-second rule (but is not deadlocked)", async () => {
    let simRef: MluviiSimulator | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { activity?: string; sessionId?: number };
        if (body.activity === "Text" && simRef) {
          const waiting = simRef.transcript.waitFor({ route: "bot-callback", activity: "GetAvailableGroupsResponse" });
          await postActivity(simRef, { activity: "GetAvailableGroups", sessionId: body.sessionId });
          await waiting.catch(() => undefined);
        }
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      simRef = createMluviiSimulator({
        botCallbackUrl: `http://127.0.0.1:${port}/cb`,
        callbackDeadlineMs: 100,
        responseDelayMs: 150,
      });
      sim = simRef;
      await simRef.start();
      const session = await simRef.startSession();
      const result = await session.guestSays("groups?");
      expect(result?.entry).toMatchObject({ status: 200, outcome: "failed", failure: "slow" });
      expect(simRef.transcript.filter({ activity: "GetAvailableGroupsResponse" })[0]?.outcome).toBe("ok");
    } finally {
      await simRef?.stop();
      sim = undefined;
      server.closeAllConnections();
      server.close();
    }
  });

  it("a callback that does not answer in time is a timeout failure; non-200 answers are failures too", async () => {
    const { sim, session } = await setup({ callbackTimeoutMs: 80 }, (request, i) =>
      (request.body as { activity: string }).activity === "Text"
        ? { delayMs: i === 1 ? 400 : 0, status: i === 1 ? 200 : 500 }
        : undefined,
    );
    expect((await session.guestSays("one"))?.entry).toMatchObject({ status: null, failure: "timeout" });
    expect((await session.guestSays("two"))?.entry).toMatchObject({ status: 500, failure: "status" });
    expect(sim.transcript.stats().callbackFailures).toBe(2);
  });

  it("faults given as options are active from the start", async () => {
    const { bot } = await setup({
      faults: [{ route: "bot-callback", kind: "duplicate", activity: "ConversationStarted" }],
    });
    expect(activities(bot)).toEqual(["ConversationStarted", "ConversationStarted"]);
  });
});
