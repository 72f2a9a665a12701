/**
 * The JSON examples of mluvii's "Supported activities and events" page
 * (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events) against the simulator: every response and
 * callback example names keys the simulator sends (after the doc's typos), and every request example that is
 * valid JSON is answered as mluvii's model says. Fixtures come from scripts/extract-fixtures.mjs.
 */
import { readFileSync } from "node:fs";
import { mluviiChatbotCallbacks } from "@contactkit/mluvii-chatbot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator, type SimulatedSession } from "../src";
import { type CaptureServer, startCaptureServer } from "./support/capture-server";
import { postActivity } from "./support/sim";

interface ManifestEntry {
  file: string;
  heading: string;
  label: string;
  role: "request" | "response" | "callback" | "fragment";
  json: boolean;
}
const dir = new URL("./fixtures/docs-activities/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", dir), "utf8")) as ManifestEntry[];
const text = (file: string) => readFileSync(new URL(file, dir), "utf8");
/** Top-level keys of an example, found by bracket depth (the examples are not always valid JSON). */
function documentedKeys(source: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (const match of source.matchAll(/"(\w+)"\s*:|[{}[\]]/g)) {
    const token = match[0];
    if (token === "{" || token === "[") depth++;
    else if (token === "}" || token === "]") depth--;
    else if (depth === 1) keys.push(match[1] as string);
  }
  return keys;
}
const activityOf = (source: string) => /"activity":\s*"(\w+)"/i.exec(source)?.[1];

/**
 * Keys the doc prints that mluvii does not send (checked against `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad`):
 * - `sesionId` (GetAvailableGroupsResponse) and `sessinId` (SetCallParamsResponse) are typos of `sessionId`
 *   (`ChatbotChannelActivityBase.cs`);
 * - `AppleContactId` (GetGuestIdentityResponse) is not in the model, which has `genericChannelId` instead.
 */
const DOC_TYPOS: Record<string, string | null> = { sesionId: "sessionId", sessinId: "sessionId", AppleContactId: null };

let sim: MluviiSimulator;
let bot: CaptureServer;
let session: SimulatedSession;
beforeAll(async () => {
  bot = await startCaptureServer();
  sim = createMluviiSimulator({
    botCallbackUrl: bot.url,
    pingOnStart: false,
    responseDelayMs: 0,
    firstSessionId: 7418277,
    // The documentation's HeroCardSubmission example submits `oo1_guest_ident`: a card with that field, since the
    // simulator (like mluvii) accepts a submission only with the fields of a card the bot sent.
    data: {
      heroCards: [
        {
          displayName: "Identification",
          heroCardId: 1,
          fields: [
            { inputType: "Identification", label: "Your ID", key: "oo1_guest_ident", required: true, ordinal: 1 },
          ],
        },
      ],
    },
  });
  await sim.start();
  session = await sim.startSession({ language: "cs" });
});
afterAll(async () => {
  await sim.stop();
  await bot.close();
});

const lastCallback = (activity: string) =>
  bot.requests
    .map((r) => r.body as Record<string, unknown>)
    .filter((b) => b.activity === activity)
    .at(-1);

const REQUEST_FOR: Record<string, Record<string, unknown>> = {
  SetCallParams: { callParams: { call_param_fullname: "predefined value" } },
  SendHeroCard: { heroCardId: 1 },
  ShareFile: { url: "https://www.example.com/a.pdf" },
  AssignCrmIdentity: { existingCrmIdentityId: 9943973 },
};

async function produce(responseActivity: string): Promise<Record<string, unknown> | undefined> {
  const request =
    responseActivity === "GuestInputChangeResponse" ? "EnableGuestInput" : responseActivity.replace(/Response$/, "");
  await postActivity(sim, { activity: request, sessionId: session.id, ...REQUEST_FOR[request] });
  if (request === "ChatbotOpenFileUploadPrompt") {
    await session.waitFor((s) => s.uploadPromptOpen);
    await session.uploadFile("https://files.example.com/doc.pdf");
  }
  await sim.idle();
  return lastCallback(responseActivity);
}

describe("the activities page's fixtures", () => {
  it("has every example of the page (47, re-extracted by the script)", () => {
    expect(manifest).toHaveLength(47);
    expect(manifest.filter((e) => e.role === "response")).toHaveLength(16);
    expect(manifest.filter((e) => e.role === "callback")).toHaveLength(4);
  });

  describe.each(manifest.filter((e) => e.role === "response"))("response $file", (entry) => {
    it("is produced by the simulator with every documented key (typos corrected) and passes the strict schema", async () => {
      const source = text(entry.file);
      const activity = activityOf(source) as string;
      const sent = await produce(activity);
      expect(sent, activity).toBeDefined();
      const parsed = mluviiChatbotCallbacks.safeParse(sent, { strict: true });
      expect(parsed.ok && parsed.known && parsed.type).toBe(activity);
      for (const key of documentedKeys(source)) {
        const real = key in DOC_TYPOS ? (DOC_TYPOS[key] ?? null) : key;
        if (real === null) expect(sent).not.toHaveProperty(key);
        else expect(sent, `${activity}.${key}`).toHaveProperty(real);
      }
    });
  });

  it("pins the doc's typos: sesionId, sessinId and AppleContactId are never sent", async () => {
    expect(text("04-getavailablegroups.response.txt")).toContain('"sesionId"');
    expect(text("08-setcallparams.response.txt")).toContain('"sessinId"');
    const groups = await produce("GetAvailableGroupsResponse");
    const params = await produce("SetCallParamsResponse");
    const identity = await produce("GetGuestIdentityResponse");
    expect(groups).toHaveProperty("sessionId", session.id);
    expect(groups).not.toHaveProperty("sesionId");
    expect(params).not.toHaveProperty("sessinId");
    expect(identity).not.toHaveProperty("AppleContactId");
    expect(identity).toHaveProperty("genericChannelId");
  });

  it("sends the guest callbacks with the documented keys (HeroCardSubmission, Text, button click, GuestFileUpload)", async () => {
    await postActivity(sim, { activity: "SendHeroCard", sessionId: session.id, heroCardId: 1 });
    await session.submitHeroCard({ oo1_guest_ident: "Test" });
    await session.guestSays("Hello world");
    await session.uploadFile("https://files.example.com/photo.png");
    for (const entry of manifest.filter((e) => e.role === "callback")) {
      const source = text(entry.file);
      const sent = lastCallback(activityOf(source) as string);
      for (const key of documentedKeys(source)) expect(sent, `${entry.file} ${key}`).toHaveProperty(key);
    }
  });

  it("answers the JSON request examples as mluvii's model does: sessionId is required although the doc omits it", async () => {
    const results: Record<string, number> = {};
    for (const entry of manifest.filter((e) => e.role === "request" && e.json)) {
      results[entry.file] = (await postActivity(sim, text(entry.file))).status;
    }
    // GetHeroCards, Enable/DisableGuestUpload and the Buttons message are printed without sessionId;
    // the model's ChatbotChannelActivityBase requires it, so the simulator answers 400 naming sessionId.
    expect(results).toEqual({
      "20-getherocards.request.json": 400,
      "30-enableguestupload.request.json": 400,
      "32-disableguestupload.request.json": 400,
      "36-obtaincrmidentity.request.json": 200,
      "38-assigncrmidentity.request.json": 200,
      "44-buttons.request.json": 400,
    });
    expect((await postActivity(sim, text("20-getherocards.request.json"))).body).toHaveProperty("sessionId");
  });

  it("names only activities the simulator knows in every request example (case-insensitively, as mluvii reads them)", async () => {
    const names = manifest
      .filter((e) => e.role === "request")
      .map((e) => activityOf(text(e.file)))
      .filter((a): a is string => a !== undefined);
    expect(names).toContain("typing");
    for (const name of names) {
      const posted = await postActivity(sim, { activity: name, sessionId: 1 });
      // session 1 does not exist: a 400 about the session (not the activity) proves the name was understood
      expect(posted.body, name).not.toHaveProperty("activity");
    }
  });
});
