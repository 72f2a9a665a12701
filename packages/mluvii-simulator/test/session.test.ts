import { mluviiChatbotCallbacks } from "@contactkit/mluvii-chatbot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator } from "../src";
import { type CaptureServer, startCaptureServer } from "./support/capture-server";
import { postActivity } from "./support/sim";

let sim: MluviiSimulator;
let bot: CaptureServer;
let hooks: CaptureServer;
beforeEach(async () => {
  bot = await startCaptureServer();
  hooks = await startCaptureServer();
  sim = createMluviiSimulator({
    botCallbackUrl: `${bot.url}/cb`,
    pingOnStart: false,
    responseDelayMs: 0,
    operatorJoinDelayMs: 0,
    webhooks: [{ callbackUrl: `${hooks.url}/hooks` }],
  });
  await sim.start();
});
afterEach(async () => {
  await sim.stop();
  await bot.close();
  await hooks.close();
});

const activities = () => bot.requests.map((r) => (r.body as { activity: string }).activity);
const events = () => hooks.requests.map((r) => (r.body as { eventType: string }).eventType);

describe("scripted guests", () => {
  it("drive ConversationStarted, Text, HeroCardSubmission, GuestFileUpload, GuestLocation and ConversationEnded to the bot", async () => {
    const session = await sim.startSession({ source: "WhatsApp", language: "cs" });
    await session.guestSays("Dobrý den");
    await postActivity(sim, { activity: "SendHeroCard", sessionId: session.id, heroCardId: 2 });
    await sim.idle();
    await session.submitHeroCard({ rating: "5" });
    await session.uploadFile("https://files.example.com/u/photo.jpg");
    await session.shareLocation(50.08, 14.42);
    await session.leave();
    expect(activities()).toEqual([
      "ConversationStarted",
      "Text",
      "SendHeroCardResponse",
      "HeroCardSubmission",
      "GuestFileUpload",
      "GuestLocation",
      "ConversationEnded",
    ]);
    for (const request of bot.requests) {
      const parsed = mluviiChatbotCallbacks.safeParse(request.body, { strict: true });
      expect(parsed.ok && parsed.known).toBe(true);
      expect(request.body).toMatchObject({ sessionId: session.id, language: "cs", source: "WhatsApp" });
    }
    // guest Text timestamps carry no offset, as in the Buttons example of mluvii's "Supported activities and events" page
    expect((bot.requests[1]?.body as { timestamp?: string } | undefined)?.timestamp).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+$/,
    );
    await sim.idle();
    expect(events()).toContain("SessionActivityHeroCardSubmission");
    const submission = hooks.requests.find(
      (r) => (r.body as { eventType: string }).eventType === "SessionActivityHeroCardSubmission",
    );
    expect(submission?.body).toMatchObject({
      data: { originalFormID: 2, result: "Submitted", params: { rating: "5" } },
    });
    expect(session.state).toBe("ended");
    await expect(session.guestSays("anyone?")).rejects.toThrow(/ended/);
  });

  it("answer an open upload prompt with ChatbotOpenFileUploadPromptResponse, or cancel it", async () => {
    const session = await sim.startSession();
    await postActivity(sim, { activity: "ChatbotOpenFileUploadPrompt", sessionId: session.id });
    await session.waitFor((s) => s.uploadPromptOpen);
    await session.uploadFile("https://files.example.com/cv.pdf");
    await postActivity(sim, { activity: "ChatbotOpenFileUploadPrompt", sessionId: session.id });
    await session.waitFor((s) => s.uploadPromptOpen);
    await session.cancelFileUpload();
    const prompts = bot.requests
      .map((r) => r.body)
      .filter((b) => (b as { activity: string }).activity.startsWith("Chatbot"));
    expect(prompts).toMatchObject([
      { fileUrl: "https://files.example.com/cv.pdf", canceledByGuest: false },
      { fileUrl: null, canceledByGuest: true },
    ]);
  });

  it("hand-off takes the session from the bot: SessionForwarded, then the operator joins; leaving emits left/concluded", async () => {
    const session = await sim.startSession();
    await postActivity(sim, { activity: "HandOff", sessionId: session.id });
    await session.waitFor("operator");
    expect(session.operatorId).toBe(1);
    await session.guestSays("Is anyone there?");
    await session.leave();
    await sim.idle();
    expect(events()).toEqual([
      "SessionCreated",
      "SessionStarted",
      "SessionForwarded",
      "SessionOperatorJoined",
      "SessionActivityChatMessage",
      "SessionActivitySessionEnded",
      "SessionEnded",
      "SessionOperatorLeft",
      "SessionOperatorConcluded",
    ]);
    expect(hooks.requests[2]?.body).toMatchObject({ data: { operatorGroupId: 1, userId: null } });
    // the bot is disconnected after HandOff: the guest's later text and leaving are not sent to it
    expect(activities()).toEqual(["ConversationStarted"]);
  });

  it("forward to an operator sends the routing activity with the target; unknown targets are 400", async () => {
    const session = await sim.startSession();
    expect((await postActivity(sim, { activity: "Forward", sessionId: session.id, userId: 404 })).status).toBe(400);
    expect((await postActivity(sim, { activity: "Forward", sessionId: session.id, userId: 2 })).status).toBe(200);
    await session.waitFor("operator");
    await sim.idle();
    const forwarded = hooks.requests.find(
      (r) => (r.body as { eventType: string }).eventType === "SessionActivitySessionForwarded",
    );
    expect(forwarded?.body).toMatchObject({
      data: { toOperatorUserId: 2, toOperatorFullName: "Tomáš", client: "Chatbot" },
    });
    expect(session.operatorId).toBe(2);
  });

  it("records bot texts, tags and call params on the session and waits for bot texts", async () => {
    const session = await sim.startSession({ callParams: { campaign: "spring" } });
    const waiting = session.waitForBotText(/welcome/i);
    await postActivity(sim, { activity: "Text", sessionId: session.id, text: "<strong>Welcome</strong>!" });
    await postActivity(sim, { activity: "SetTag", sessionId: session.id, name: "vip" });
    await postActivity(sim, { activity: "GetCallParams", sessionId: session.id });
    expect(await waiting).toBe("<strong>Welcome</strong>!");
    await sim.idle();
    expect(session.tags.has("vip")).toBe(true);
    expect(bot.requests.at(-1)?.body).toMatchObject({
      activity: "GetCallParamsResponse",
      callParams: { source_page: "https://www.example.com/pricing", campaign: "spring" },
    });
    expect(sim.session(session.id)).toBe(session);
  });

  it("EndConversation from the bot ends the session with terminationReason ChatbotLeft", async () => {
    const session = await sim.startSession();
    await postActivity(sim, { activity: "EndConversation", sessionId: session.id });
    await sim.idle();
    expect(session.state).toBe("ended");
    const ended = hooks.requests.find(
      (r) => (r.body as { eventType: string }).eventType === "SessionActivitySessionEnded",
    );
    expect(ended?.body).toMatchObject({ data: { terminationReason: "ChatbotLeft", client: "Chatbot" } });
  });
});
