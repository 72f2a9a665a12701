import { ACTIVITY_TRAITS, mluviiChatbotCallbacks, RESPONSE_ACTIVITIES } from "@contactkit/mluvii-chatbot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator } from "../src";
import { type CaptureServer, startCaptureServer } from "./support/capture-server";
import { postActivity } from "./support/sim";

let sim: MluviiSimulator;
let bot: CaptureServer;
beforeEach(async () => {
  bot = await startCaptureServer();
  sim = createMluviiSimulator({ botCallbackUrl: `${bot.url}/callback?access_token=t`, responseDelayMs: 0 });
  await sim.start();
});
afterEach(async () => {
  await sim.stop();
  await bot.close();
});

const bodies = () => bot.requests.map((r) => r.body as Record<string, unknown>);

describe("Ping", () => {
  it("pings the callback URL on start with the PascalCase key mluvii's bots expect", () => {
    expect(bot.requests[0]?.body).toEqual({ Activity: "Ping" });
    expect(bot.requests[0]?.path).toBe("/callback?access_token=t");
    const parsed = mluviiChatbotCallbacks.safeParse(bot.requests[0]?.body);
    expect(parsed.ok && parsed.known && parsed.type).toBe("Ping");
    expect(sim.transcript.entries[0]).toMatchObject({ route: "bot-callback", activity: "Ping", status: 200 });
  });
});

describe("POST /api/v1/Chatbot/{chatbotId}/activity", () => {
  it("requires a bearer token, the configured chatbot id and a JSON body", async () => {
    const session = await sim.startSession();
    const typing = { activity: "Typing", sessionId: session.id, show: true };
    expect((await postActivity(sim, typing, { token: "" })).status).toBe(401);
    expect((await postActivity(sim, typing, { chatbotId: 99 })).status).toBe(404);
    expect((await postActivity(sim, "activity=Typing", { contentType: "text/plain" })).status).toBe(415);
    expect(await postActivity(sim, "{not json")).toEqual({ status: 400, body: { body: expect.any(String) } });
    expect((await postActivity(sim, typing)).status).toBe(200);
  });

  it("validates with mluvii-chatbot's request schemas as mluvii does: 400 with a ModelState body naming the field, unknown keys ignored", async () => {
    const session = await sim.startSession();
    const bad = await postActivity(sim, { activity: "SendHeroCard", sessionId: session.id, heroCardId: "one" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body as object)).toEqual(["heroCardId"]);
    const unknown = await postActivity(sim, { activity: "Teleport", sessionId: session.id });
    expect(unknown.status).toBe(400);
    // ASP.NET model binding ignores properties the model does not have; so does the tolerant request family.
    const extra = await postActivity(sim, { activity: "HandOff", sessionId: session.id, note: "x" });
    expect(extra.status).toBe(200);
    expect(sim.transcript.filter({ route: "chatbot-activity", status: 400 })).toHaveLength(2);
  });

  it("refuses activities for unknown sessions and sessions the bot no longer has", async () => {
    const unknown = await postActivity(sim, { activity: "Text", sessionId: 1, text: "hi" });
    expect(unknown).toEqual({ status: 400, body: { sessionId: "Session 1 does not exist." } });
    const session = await sim.startSession();
    expect((await postActivity(sim, { activity: "HandOff", sessionId: session.id })).status).toBe(200);
    const after = await postActivity(sim, { activity: "Text", sessionId: session.id, text: "still there?" });
    expect(after.status).toBe(400);
  });

  it("reads activities case-insensitively as mluvii does: the doc's \"typing\" and Bot Framework's PascalCase keys", async () => {
    const session = await sim.startSession();
    // mluvii's documented Typing example writes "activity": "typing"; mluvii's server accepts it.
    expect((await postActivity(sim, { activity: "typing", sessionId: session.id, show: true })).status).toBe(200);
    // mluvii/mluviibot and Mluvii/chatbot-dots send PascalCase keys.
    const pascal = { Activity: "SetCallParams", SessionId: session.id, CallParams: { crm: "42" } };
    expect((await postActivity(sim, pascal)).status).toBe(200);
    await sim.idle();
    expect(session.callParams.crm).toBe("42");
  });

  it("answers every request-type activity with its …Response on the callback URL, valid for the strict callback schemas", async () => {
    const session = await sim.startSession();
    const requests: Record<string, Record<string, unknown>> = {
      GetAvailableOperators: { groupId: 1 },
      GetAvailableGroups: { groupIds: [1, 2] },
      SetCallParams: { callParams: { plan: "gold" } },
      SendHeroCard: { heroCardId: 1, selectedLanguage: "en" },
      ShareFile: { name: "pricing.pdf" },
      AssignCrmIdentity: { existingCrmIdentityId: 9943973 },
    };
    const withResponse = Object.entries(ACTIVITY_TRAITS).filter(
      ([name, traits]) => traits.response && name !== "ChatbotOpenFileUploadPrompt",
    );
    for (const [activity] of withResponse) {
      const posted = await postActivity(sim, { activity, sessionId: session.id, ...requests[activity] });
      expect(posted.status, activity).toBe(200);
    }
    await sim.idle();
    const responses = bodies().filter((b) => typeof b.activity === "string" && b.activity.endsWith("Response"));
    expect(responses.map((r) => r.activity)).toEqual(withResponse.map(([, traits]) => traits.response));
    for (const response of responses) {
      const parsed = mluviiChatbotCallbacks.safeParse(response, { strict: true });
      expect(parsed.ok && parsed.known, String(response.activity)).toBe(true);
      expect(response.sessionId).toBe(session.id);
    }
    // every response activity of the vocabulary is produced, except the upload prompt's (it waits for the guest)
    const produced = new Set(responses.map((r) => r.activity));
    expect(RESPONSE_ACTIVITIES.filter((a) => !produced.has(a))).toEqual(["ChatbotOpenFileUploadPromptResponse"]);
  });

  it("answers with the configured data: groups filtered by id, failed hero card and file lookups", async () => {
    const session = await sim.startSession();
    await postActivity(sim, { activity: "GetAvailableGroups", sessionId: session.id, groupIds: [2] });
    await postActivity(sim, { activity: "SendHeroCard", sessionId: session.id, heroCardId: 77 });
    await postActivity(sim, { activity: "ShareFile", sessionId: session.id, name: "missing.pdf" });
    await sim.idle();
    const [groups, card, file] = bodies().slice(-3);
    expect(groups).toMatchObject({ availableGroups: [{ groupId: 2, groupState: "OFFLINE" }] });
    expect(card).toMatchObject({ activity: "SendHeroCardResponse", success: false });
    expect(file).toMatchObject({ activity: "ShareFileResponse", isSuccess: false, fileSource: null });
  });
});
