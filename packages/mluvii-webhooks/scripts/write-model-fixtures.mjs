// Writes fixtures for the mluvii webhook events the Webhooks documentation page does not show, and for the
// null / non-null variants of nullable fields, from the payload classes of `mluvii/mluvii.ApiModels@9529d71`
// (`Webhooks/WebhookEventType.cs`, `Webhooks/Payloads/*.cs`; the generic activity payload has 26 keys, every key
// present, null when unused). Values are realistic but invented. Usage: node packages/mluvii-webhooks/scripts/write-model-fixtures.mjs
// Output: test/fixtures/model/<EventType>[.<variant>].json — the part before the first dot is the event type a
// test expects the fixture to parse to (`_unknown.*` files must parse as unknown events).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "../test/fixtures/model");

const genericNulls = {
  heroCard: null,
  heroCardParams: null,
  callScript: null,
  client: null,
  text: null,
  previewUrl: null,
  file: null,
  associatedSharedFileUrl: null,
  toOperatorUserId: null,
  toOperatorFullName: null,
  toGroupId: null,
  toGroupName: null,
  toPhoneNumber: null,
  note: null,
  chatbotMessageContent: null,
  submissionIdentification: null,
  userId: null,
  chatbotId: null,
  chatbotHeroCardSubmissionKey: null,
  chatbotHeroCardSubmissionValue: null,
  formFieldSetUUID: null,
  terminationReason: null,
};

let activityId = 51200000;
/** A generic-payload activity with every key present, in the model's key order. */
function activity(type, fields, time = "2024-06-03T10:15:42.5123+02:00") {
  const { sessionId = 7410001, ...rest } = fields;
  activityId += 7;
  return {
    eventType: `SessionActivity${type}`,
    data: { sessionId, activityId, time, type, ...genericNulls, ...rest },
  };
}

const session = { id: 7410001, tenantId: 62 };
const fixtures = {
  // --- non-activity events the page does not show
  "UserStatusChanged.json": {
    eventType: "UserStatusChanged",
    data: { userId: 2710, status: "ONLINE", availabilityStatus: "DEFAULT", availabilityStatusReason: null },
  },
  "UserStatusChanged.with-reason.json": {
    eventType: "UserStatusChanged",
    data: { userId: 2710, status: "AWAY", availabilityStatus: "AWAY", availabilityStatusReason: "Oběd" },
  },
  "SessionEnded.started-null.json": {
    eventType: "SessionEnded",
    data: { ...session, channel: "Chat", source: "WhatsApp", started: null, ended: "2024-06-03T10:20:00+02:00" },
  },
  "SessionForwarded.to-user.json": {
    eventType: "SessionForwarded",
    data: {
      ...session,
      channel: "Phone",
      source: "IncomingCall",
      time: "2024-06-03T10:16:00.1+02:00",
      userId: 4301,
      operatorGroupId: null,
      chatbotId: null,
    },
  },
  "SessionForwarded.to-chatbot.json": {
    eventType: "SessionForwarded",
    data: {
      ...session,
      channel: "Chat",
      source: "GenericChannel",
      time: "2024-06-03T10:16:00.1234567+02:00",
      userId: null,
      operatorGroupId: null,
      chatbotId: 329,
    },
  },
  "SessionCallParamsUpdated.json": { eventType: "SessionCallParamsUpdated", data: session },
  "SessionRecordingPostProcessingCompleted.json": {
    eventType: "SessionRecordingPostProcessingCompleted",
    data: session,
  },
  "EmailThreadCreated.json": {
    eventType: "EmailThreadCreated",
    data: { id: 880123, tenantId: 62, created: "2024-01-15T08:00:00+01:00" },
  },
  "EmailThreadOperatorJoined.json": {
    eventType: "EmailThreadOperatorJoined",
    data: { id: 880123, tenantId: 62, userId: 2710, time: "2024-01-15T08:05:12.77+01:00" },
  },
  "EmailThreadOperatorLeft.json": {
    eventType: "EmailThreadOperatorLeft",
    data: { id: 880123, tenantId: 62, userId: 2710, time: "2024-01-15T08:35:40.1234567+01:00" },
  },
  "EmailThreadForwarded.to-group.json": {
    eventType: "EmailThreadForwarded",
    data: { id: 880123, tenantId: 62, time: "2024-01-15T08:30:00.5+01:00", userId: null, operatorGroupId: 7299 },
  },
  "EmailThreadForwarded.to-user.json": {
    eventType: "EmailThreadForwarded",
    data: { id: 880123, tenantId: 62, time: "2024-01-15T08:31:00.25+01:00", userId: 4301, operatorGroupId: null },
  },
  "EmailThreadParamsUpdated.json": { eventType: "EmailThreadParamsUpdated", data: { id: 880123, tenantId: 62 } },
  "GuestIdentityUpdated.json": { eventType: "GuestIdentityUpdated", data: { id: 1234567, tenantId: 62 } },
  "ApplicationSettingChanged.company.json": {
    eventType: "ApplicationSettingChanged",
    data: {
      name: "WorkingHours",
      companyId: 12,
      departmentId: null,
      operatorGroupId: null,
      userId: null,
      routingRuleSetId: null,
    },
  },
  "ApplicationSettingChanged.department.json": {
    eventType: "ApplicationSettingChanged",
    data: {
      name: "ChatbotFallback",
      companyId: null,
      departmentId: 62,
      operatorGroupId: 7299,
      userId: 2710,
      routingRuleSetId: 15,
    },
  },
  // --- special activities the page does not show (or not in this variant)
  "SessionActivityAvResponse.json": {
    eventType: "SessionActivityAvResponse",
    data: { sessionId: 7375793, operatorId: 2710, response: "Accepted", time: "2024-05-03T13:55:01.0012+02:00" },
  },
  "SessionActivityAvResponse.rejected.json": {
    eventType: "SessionActivityAvResponse",
    data: { sessionId: 7375793, operatorId: 2710, response: "RejectedShitBrowser", time: "2024-05-03T13:55:01+02:00" },
  },
  "SessionActivityAvMediaResult.json": {
    eventType: "SessionActivityAvMediaResult",
    data: {
      sessionId: 7375793,
      operatorId: 2710,
      result: "NoCameraOnlyMic",
      isStreamAvailable: true,
      time: "2024-05-03T13:55:03.3+02:00",
    },
  },
  "SessionActivityHeroCardSubmission.cancelled.json": {
    eventType: "SessionActivityHeroCardSubmission",
    data: {
      sessionId: 7383497,
      result: "Cancelled",
      originalFormID: 2273,
      submittedByClient: true,
      params: null,
      time: "2024-05-06T14:45:00.5+02:00",
    },
  },
  // --- generic activities the page does not show
  "SessionActivityChatMessage.guest.json": activity("ChatMessage", {
    client: "Guest",
    text: "Dobrý den, potřebuji poradit.",
  }),
  "SessionActivityChatMessage.operator.json": activity("ChatMessage", {
    client: "User",
    text: "<p>Dobrý den, jak vám mohu pomoci?</p>",
    userId: 2710,
  }),
  "SessionActivitySharedFile.json": activity("SharedFile", {
    client: "Guest",
    file: {
      id: 99123,
      operatorOwner: null,
      departmentOwner: 62,
      name: "smlouva.pdf",
      downloadUrl: "https://app.mluvii.com/api/v1/Files/99123",
      isUploading: false,
      isDeleted: false,
    },
    associatedSharedFileUrl: "https://app.mluvii.com/files/99123/smlouva.pdf",
  }),
  "SessionActivitySharedScreen.json": activity("SharedScreen", { client: "Guest" }),
  "SessionActivityCobrowsingStoppedByGuest.json": activity("CobrowsingStoppedByGuest", { client: "Guest" }),
  "SessionActivityScreenSharingFailedByGuest.json": activity("ScreenSharingFailedByGuest", { client: "Guest" }),
  "SessionActivityFileUploadFailed.json": activity("FileUploadFailed", { client: "Guest" }),
  "SessionActivityChatbotMessage.json": activity("ChatbotMessage", {
    client: "Chatbot",
    chatbotId: 329,
    chatbotMessageContent: "Vyberte prosím oblast dotazu.",
  }),
  "SessionActivityWelcomeMessage.json": activity("WelcomeMessage", { text: "Vítejte! Jsme tu pro vás." }),
  "SessionActivityResumeGuest.json": activity("ResumeGuest", { client: "User", userId: 2710 }),
  "SessionActivityAutoActivityAsOperator.json": activity("AutoActivityAsOperator", {
    client: "User",
    text: "<p>Za chvíli se vám budu věnovat.</p>",
    userId: 2710,
  }),
  "SessionActivityChatbotHeroCardSubmission.json": activity("ChatbotHeroCardSubmission", {
    client: "Guest",
    chatbotId: 329,
    chatbotHeroCardSubmissionKey: "topic",
    chatbotHeroCardSubmissionValue: "billing",
    submissionIdentification: "google:jan.novak",
  }),
  "SessionActivitySessionEnded.json": activity("SessionEnded", { client: "Guest", terminationReason: "GuestLeft" }),
  "SessionActivitySessionEnded.unknown-reason.json": activity("SessionEnded", { terminationReason: "UnknownReason" }),
  "SessionActivitySessionForwarded.to-operator.json": activity("SessionForwarded", {
    client: "User",
    userId: 2710,
    toOperatorUserId: 4301,
    toOperatorFullName: "Jana Nováková",
    note: "Zákazník chce mluvit o fakturaci.",
  }),
  "SessionActivitySessionForwarded.to-group.json": activity("SessionForwarded", {
    client: "User",
    userId: 2710,
    toGroupId: 7299,
    toGroupName: "Fakturace",
  }),
  "SessionActivitySessionForwarded.to-phone.json": activity("SessionForwarded", {
    client: "User",
    userId: 2710,
    toPhoneNumber: "+420123456789",
  }),
  "SessionActivityOperatorInvited.json": activity("OperatorInvited", {
    client: "User",
    userId: 2710,
    toOperatorUserId: 4301,
    toOperatorFullName: "Jana Nováková",
  }),
  "SessionActivityOperatorInviteRejected.json": activity("OperatorInviteRejected", {
    client: "User",
    userId: 4301,
    toOperatorUserId: 4301,
    toOperatorFullName: "Jana Nováková",
  }),
  "SessionActivityOperatorKicked.json": activity("OperatorKicked", {
    client: "User",
    userId: 2710,
    toOperatorUserId: 4301,
    toOperatorFullName: "Jana Nováková",
  }),
  // --- types the page shows, with nullable fields its examples leave null (or set)
  "SessionActivityHeroCard.by-operator.json": activity("HeroCard", {
    client: "User",
    userId: 2710,
    heroCard: [
      { inputType: "RichText", label: "<p>Ohodnoťte nás</p>", ordinal: 1 },
      { inputType: "Stars", label: "Hodnocení", key: "rating", required: false, ordinal: 2 },
      {
        inputType: "Select",
        label: "Oddělení",
        key: "dept",
        required: true,
        ordinal: 3,
        choiceOptions: [
          { value: "a", label: "Prodej" },
          { value: "b", label: "Servis" },
        ],
      },
      { inputType: "Submit", label: "Odeslat", ordinal: 4 },
    ],
    formFieldSetUUID: "0b8f7f2e-5c7a-4d84-9a3e-2b9f1c7d6e10",
  }),
  "SessionActivityPreviewUrl.untitled.json": activity("PreviewUrl", {
    client: "User",
    userId: 2070,
    previewUrl: {
      title: null,
      imageUrl: null,
      contentType: 0,
      originalUrl: "https://example.cz/",
      originalActivityId: 51199990,
    },
  }),
  "SessionActivityChatToMail.guest.json": activity("ChatToMail", { client: "Guest" }),
  // --- unknown event types: the removed StatRealTime (payload class still in the repo) and a future type
  "_unknown.StatRealTime.json": {
    eventType: "StatRealTime",
    data: {
      companyId: 12,
      metricName: "queue_length",
      tags: { group: "7299" },
      fields: { value: "3" },
      time: "2023-05-01T09:00:00.5+02:00",
    },
  },
  "_unknown.future-event.json": {
    eventType: "SessionActivityHologramStarted",
    data: { sessionId: 7410001, activityId: 51300001, time: "2027-01-01T00:00:00+01:00", type: "HologramStarted" },
  },
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [file, payload] of Object.entries(fixtures)) {
  writeFileSync(join(outDir, file), `${JSON.stringify(payload, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(fixtures).length} fixtures to ${outDir}`);
