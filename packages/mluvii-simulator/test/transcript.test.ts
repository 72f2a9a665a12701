import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, formatTranscriptEntry, type MluviiSimulator } from "../src";
import { type CaptureServer, startCaptureServer } from "./support/capture-server";
import { postActivity } from "./support/sim";

let sim: MluviiSimulator;
let bot: CaptureServer;
beforeEach(async () => {
  bot = await startCaptureServer((_, i) => (i === 2 ? { status: 500 } : undefined));
  sim = createMluviiSimulator({ botCallbackUrl: `${bot.url}/cb?access_token=secret-token`, responseDelayMs: 0 });
  await sim.start();
});
afterEach(async () => {
  await sim.stop();
  await bot.close();
});

describe("transcript", () => {
  it("records both directions with route, status, timing and bodies, and counts them", async () => {
    const session = await sim.startSession();
    await postActivity(sim, { activity: "GetCallParams", sessionId: session.id });
    const response = await sim.transcript.waitFor({ activity: "GetCallParamsResponse" });
    expect(response).toMatchObject({
      direction: "outbound",
      route: "bot-callback",
      status: 500,
      outcome: "failed",
      failure: "status",
    });
    expect(response.requestBody).toMatchObject({ activity: "GetCallParamsResponse", sessionId: session.id });
    const inbound = sim.transcript.filter((e) => e.direction === "inbound");
    expect(inbound.map((e) => e.activity)).toEqual(["GetCallParams"]);
    expect(sim.transcript.stats()).toMatchObject({
      inbound: 1,
      outbound: 3,
      failures: 1,
      callbackFailures: 1,
      slowCallbacks: 0,
    });
    expect(sim.transcript.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it("notifies subscribers, times out waiting, and clears", async () => {
    const seen: string[] = [];
    const unsubscribe = sim.transcript.subscribe((e) => seen.push(e.route));
    await sim.startSession();
    unsubscribe();
    await sim.startSession();
    expect(seen).toEqual(["bot-callback"]);
    await expect(sim.transcript.waitFor({ route: "token" }, 50)).rejects.toThrow(/no transcript entry/);
    sim.transcript.clear();
    expect(sim.transcript.entries).toEqual([]);
  });

  it("formats one line per entry without query strings (they may hold the callback token)", async () => {
    const session = await sim.startSession();
    await postActivity(sim, { activity: "Text", sessionId: session.id, text: "hi" });
    const lines = sim.transcript.entries.map(formatTranscriptEntry);
    expect(lines[1]).toMatch(
      /^→ bot-callback POST http:\/\/127\.0\.0\.1:\d+\/cb\?… ConversationStarted → 200 \(\d+ ms\)$/,
    );
    expect(lines[2]).toMatch(/^← chatbot-activity POST \/api\/v1\/Chatbot\/1\/activity Text → 200/);
    expect(lines.join("\n")).not.toContain("secret-token");
  });
});
