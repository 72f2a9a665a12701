/**
 * Every JSON example of mluvii's "Supported activities and events" page
 * (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events), extracted by
 * scripts/extract-fixtures.mjs. Each case says what the SDK does with the example as printed and, where the page
 * is wrong, why — checked against the C# models of `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad`.
 */

import { mluviiChatbotCallbacks, mluviiChatbotRequests } from "@contactkit/mluvii-chatbot";
import { describe, expect, it } from "vitest";
import { manifest, type RepairName, readExample, repairExample, tryJson } from "./support/doc-examples";

type Patch = (value: Record<string, unknown>) => Record<string, unknown>;

interface Case {
  /** The activity (or `message`) the example must parse to. */
  type: string;
  repairs?: RepairName[];
  edits?: [string, string][];
  values?: Record<string, unknown>;
  /** When the repaired example is still rejected: the JSON path named, why, and the fix that makes it pass. */
  rejected?: { path: string; kind?: "schema" | "unknown_type"; why: string; fix: Patch };
  check?: (event: Record<string, unknown>) => void;
}

const addSessionId: Patch = (v) => ({ ...v, sessionId: 1001 });
const renameKey =
  (from: string): Patch =>
  ({ [from]: value, ...rest }) => ({ ...rest, sessionId: value });
const NO_SESSION_ID =
  "the page omits sessionId here, but every activity inherits it from ChatbotChannelActivityBase and mluvii's " +
  "samples send it; without it a response cannot be matched to its session";

const CASES: Record<string, Case> = {
  "01-get-available-operators.request.txt": {
    type: "GetAvailableOperators",
    repairs: ["missingQuote"],
    check: (e) => expect(e.groupId).toBe(7),
  },
  "02-get-available-operators.response.txt": {
    type: "GetAvailableOperatorsResponse",
    check: (e) =>
      expect(e.availableOperators).toEqual([
        { displayName: "Katka", userId: 1 },
        { displayName: "Tomáš", userId: 2 },
      ]),
  },
  "03-get-available-groups.request.txt": {
    type: "GetAvailableGroups",
    repairs: ["missingQuote"],
    check: (e) => expect(e.groupIds).toEqual([7, 8]),
  },
  "04-get-available-groups.response.txt": {
    type: "GetAvailableGroupsResponse",
    repairs: ["trailingCommas"],
    rejected: {
      path: "$.sessionId",
      why: "`sesionId` is a doc typo (ChatbotChannelActivityBase.cs has `SessionId`): one spelling, no alias",
      fix: renameKey("sesionId"),
    },
    check: (e) =>
      expect(e.availableGroups).toMatchObject([{ groupState: "ONLINE", groupOfflineReasons: ["BUSINESS_HOURS"] }]),
  },
  "05-get-call-params.request.txt": { type: "GetCallParams" },
  "06-get-call-params.response.txt": {
    type: "GetCallParamsResponse",
    check: (e) => expect(e.callParams).toEqual({ HandoffReason: "Sales" }),
  },
  "07-set-call-params.request.txt": { type: "SetCallParams" },
  "08-set-call-params.response.txt": {
    type: "SetCallParamsResponse",
    rejected: {
      path: "$.sessionId",
      why: "`sessinId` is a doc typo (ChatbotChannelActivityBase.cs)",
      fix: renameKey("sessinId"),
    },
    check: (e) => expect(e).toMatchObject({ success: true, errorMessage: "text" }),
  },
  "09-send-guest-offline-email.request.txt": { type: "SendGuestOfflineEmail", repairs: ["comments"] },
  "10-get-guest-identity.request.txt": { type: "GetGuestIdentity" },
  "11-get-guest-identity.response.txt": {
    type: "GetGuestIdentityResponse",
    repairs: ["comments", "trailingCommas"],
    // The doc's `AppleContactId` is not in the model (which has genericChannelId): dropped from the typed view.
    check: (e) => {
      expect(e.trackedGuestGuid).toBe("09ac8a24-b342-14e5-f1cd-6cdf50c5a25e");
      expect(e).not.toHaveProperty("AppleContactId");
      expect(e).not.toHaveProperty("genericChannelId");
    },
  },
  "12-forward.request.txt": {
    type: "Forward",
    rejected: {
      path: "$.userId",
      why: "the doc's example sets both targets; it says either must be set and the SDK sends exactly one",
      fix: ({ userId: _userId, ...rest }) => rest,
    },
    check: (e) => expect(e.operatorGroupId).toBe(7),
  },
  "13-hand-off.request.txt": { type: "HandOff" },
  "14-end-conversation.request.txt": { type: "EndConversation", repairs: ["trailingCommas"] },
  "15-typing.request.txt": {
    type: "Typing",
    rejected: {
      path: "$",
      kind: "unknown_type",
      why: 'the doc sends "typing"; the enum value is "Typing" and the strict writer sends canonical names',
      fix: (v) => ({ ...v, activity: "Typing" }),
    },
    check: (e) => expect(e.show).toBe(true),
  },
  "16-disable-guest-input.request.txt": { type: "DisableGuestInput", repairs: ["trailingCommas"] },
  "17-disable-guest-input.response.txt": {
    type: "GuestInputChangeResponse",
    // The doc shows {success, language, source}; the model {success, errorMessage}: both optional extras.
    check: (e) => expect(e).toMatchObject({ success: true, language: "text", source: "text" }),
  },
  "18-enable-guest-input.request.txt": { type: "EnableGuestInput", repairs: ["trailingCommas"] },
  "19-enable-guest-input.response.txt": { type: "GuestInputChangeResponse" },
  "20-get-hero-cards.request.json": {
    type: "GetHeroCards",
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
  },
  "21-get-hero-cards.response.json": {
    type: "GetHeroCardsResponse",
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
    check: (e) =>
      expect(e.heroCards).toEqual([
        { displayName: "Hero card one", heroCardId: 1 },
        { displayName: "Hero card two", heroCardId: 2 },
      ]),
  },
  "25-send-hero-card.request.txt": {
    type: "SendHeroCard",
    // the doc forgets the comma after "selectedLanguage"
    edits: [["<string: optional>\n", "<string: optional>,\n"]],
    check: (e) => expect(e.initialParams).toEqual({ call_param_fullname: "predefined value" }),
  },
  "26-send-hero-card.response.txt": {
    type: "SendHeroCardResponse",
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
  },
  "27-hero-card-submission.callback.json": {
    type: "HeroCardSubmission",
    check: (e) => expect(e).toMatchObject({ sessionId: 23647, params: { oo1_guest_ident: "Test" }, source: "Default" }),
  },
  "28-chatbot-open-file-upload-prompt.request.txt": { type: "ChatbotOpenFileUploadPrompt" },
  "29-chatbot-open-file-upload-prompt.response.txt": {
    type: "ChatbotOpenFileUploadPromptResponse",
    repairs: ["comments"],
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
    check: (e) => expect(e.canceledByGuest).toBe(true),
  },
  "30-enable-guest-upload.request.json": {
    type: "EnableGuestUpload",
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
  },
  "31-enable-guest-upload.response.txt": {
    type: "EnableGuestUploadResponse",
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
  },
  "32-disable-guest-upload.request.json": {
    type: "DisableGuestUpload",
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
  },
  "33-disable-guest-upload.response.txt": {
    type: "DisableGuestUploadResponse",
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
  },
  "34-get-media-objects.request.txt": { type: "GetMediaObjects" },
  "35-get-media-objects.response.txt": {
    type: "GetMediaObjectsResponse",
    check: (e) => expect(e.fileStoreItems).toEqual([{ id: 3, name: "text" }]),
  },
  "36-obtain-crm-identity.request.json": { type: "ObtainCrmIdentity" },
  "37-obtain-crm-identity.response.txt": {
    type: "ObtainCrmIdentityResponse",
    // the doc never closes "matchedCrmIdentities"
    edits: [["    }\n}", "    }\n  ]\n}"]],
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
    // `score` is a double in the model; the doc's integers are numbers too.
    check: (e) => expect((e.matchedCrmIdentities as { score: number }[]).map((m) => m.score)).toEqual([95, 64]),
  },
  "38-assign-crm-identity.request.json": { type: "AssignCrmIdentity" },
  "39-assign-crm-identity.response.json": {
    type: "AssignCrmIdentityResponse",
    check: (e) => expect(e).toMatchObject({ created: false, crmIdentityId: 9943973, language: "en" }),
  },
  "40-share-file-name.request.txt": { type: "ShareFile", check: (e) => expect(e.name).toBe("terms.pdf") },
  "41-share-file-url.request.txt": {
    type: "ShareFile",
    values: { "<string>": "https://files.example.com/price-list.pdf" },
  },
  "42-share-file-url.response.txt": {
    type: "ShareFileResponse",
    // the doc's example stops inside `"source": <string`
    edits: [['"source": <string\n', '"source": "Default"\n}\n']],
    check: (e) => expect(e).toMatchObject({ isSuccess: true, fileSource: "<string>" }),
  },
  "43-adaptive-cards.request.txt": {
    type: "message",
    check: (e) => expect((e.attachments as unknown[]).length).toBe(3),
  },
  "44-buttons.request.json": {
    type: "message",
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
  },
  "45-buttons.callback.json": {
    type: "Text",
    // a guest Text timestamp has no offset; it is kept exactly as received
    check: (e) =>
      expect(e).toMatchObject({ text: "Button 2", timestamp: "2020-12-04T16:12:57.172", source: "Facebook" }),
  },
  "46-incoming-message.callback.json": { type: "Text", check: (e) => expect(e.text).toBe("Hello world") },
  "47-incoming-file.callback.txt": {
    type: "GuestFileUpload",
    repairs: ["comments", "trailingCommas"],
    values: { "<string>": "https://files.example.com/upload.png" },
    rejected: { path: "$.sessionId", why: NO_SESSION_ID, fix: addSessionId },
  },
};

const parseAs = (role: string, input: unknown) =>
  role === "request"
    ? mluviiChatbotRequests.safeParse(input, { strict: true })
    : mluviiChatbotCallbacks.safeParse(input);

describe('"Supported activities and events" examples', () => {
  it("the manifest lists 47 examples and every one has a case (or is a hero-card parameter fragment)", () => {
    expect(manifest).toHaveLength(47);
    const fragments = manifest.filter((m) => m.role === "initial-params" || m.role === "additional-params");
    expect(fragments.map((m) => m.file)).toEqual([
      "22-send-hero-card.initial-params.txt",
      "23-send-hero-card.initial-params.txt",
      "24-send-hero-card.additional-params.txt",
    ]);
    expect(Object.keys(CASES).sort()).toEqual(
      manifest
        .filter((m) => !fragments.includes(m))
        .map((m) => m.file)
        .sort(),
    );
  });

  for (const entry of manifest.filter((m) => CASES[m.file])) {
    const c = CASES[entry.file] as Case;
    it(`${entry.file} (${entry.heading}) → ${c.type}`, () => {
      const text = readExample(entry.file);
      const asPrinted = parseAs(entry.role, text);
      if (entry.file.endsWith(".txt")) {
        // Not JSON as printed (placeholders, typos in syntax): a typed "json" error, never a crash.
        expect(asPrinted.ok).toBe(false);
        if (!asPrinted.ok) expect(asPrinted.error.kind).toBe("json");
      }
      const repaired = repairExample(text, c);
      const json = tryJson(repaired);
      expect(json.ok, repaired).toBe(true);
      if (!json.ok) return;
      let result = parseAs(entry.role, json.value);
      if (c.rejected) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.kind).toBe(c.rejected.kind ?? "schema");
          expect(result.error.vendor).toBe("mluvii");
          expect(result.error.issues.map((i) => i.path)).toContain(c.rejected.path);
        }
        result = parseAs(entry.role, c.rejected.fix(json.value as Record<string, unknown>));
      }
      expect(result.ok && result.known && result.type).toBe(c.type);
      if (result.ok && result.known) c.check?.(result.event as unknown as Record<string, unknown>);
    });
  }

  // A request example is also read in default mode, as real mluvii reads it: what strict mode rejects as a
  // schema error stays an error; an activity name strict mode does not know ("typing") is an unknown event.
  for (const entry of manifest.filter((m) => m.role === "request" && CASES[m.file])) {
    const c = CASES[entry.file] as Case;
    it(`${entry.file} in default mode`, () => {
      const json = tryJson(repairExample(readExample(entry.file), c));
      if (!json.ok) throw new Error("not JSON after repair");
      const result = mluviiChatbotRequests.safeParse(json.value);
      if (c.rejected?.kind === "unknown_type") {
        expect(result.ok && !result.known).toBe(true);
        return;
      }
      if (c.rejected) {
        expect(!result.ok && result.error.issues.map((i) => i.path)).toContain(c.rejected.path);
        return;
      }
      expect(result.ok && result.known && result.type).toBe(c.type);
    });
  }
});

describe('"Supported activities and events" hero-card parameter fragments', () => {
  const sendHeroCard = (extra: Record<string, unknown>) =>
    mluviiChatbotRequests.safeParse(
      { activity: "SendHeroCard", sessionId: 1, heroCardId: 2, ...extra },
      { strict: true },
    );

  it("22: initialParams with a call parameter is a valid SendHeroCard.initialParams", () => {
    const text = readExample("22-send-hero-card.initial-params.txt");
    const json = tryJson(text.replace(/^initialParams: /, ""));
    expect(json.ok).toBe(true);
    if (json.ok) expect(sendHeroCard({ initialParams: json.value }).ok).toBe(true);
  });

  it("23: the time-picker value is a JSON *string*; the doc prints it with raw line breaks, which is not JSON", () => {
    const text = readExample("23-send-hero-card.initial-params.txt");
    expect(tryJson(text.replace(/^initialParams: /, "")).ok).toBe(false);
    const ranges = [
      { startTime: "2021-12-06T14:00", endTime: "2021-12-06T14:30" },
      { startTime: "2021-12-07T08:00", endTime: "2021-12-07T09:00" },
    ];
    // What the doc means: the ranges JSON-encoded into the string value.
    expect(sendHeroCard({ initialParams: { call_param_time_picker: JSON.stringify(ranges) } }).ok).toBe(true);
    // Passing the array itself is rejected before sending, with the path.
    const wrong = sendHeroCard({ initialParams: { call_param_time_picker: ranges } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.issues[0]?.path).toBe("$.initialParams.call_param_time_picker");
  });

  it("24: WhatsApp additionalParams keep the four section names", () => {
    const text = readExample("24-send-hero-card.additional-params.txt");
    const json = tryJson(`{${text}}`);
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    expect(sendHeroCard(json.value as Record<string, unknown>).ok).toBe(true);
    const renamed = sendHeroCard({ additionalParams: { head: [], body: [], buttons: [], footer: [] } });
    expect(renamed.ok).toBe(false);
  });
});
