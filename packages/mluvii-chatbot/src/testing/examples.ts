/**
 * The default activities of `createTestEvent` and `createTestChatbotRequest`. Values come from the JSON examples of
 * mluvii's *Supported activities and events* page
 * (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/api-chatbot/supported-activities-and-events),
 * with its `<placeholders>` filled in with realistic values and its typos (`sesionId`) corrected; activities the page
 * does not show follow the classes of `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad83e8ed86de00921b1be6d3fb1bc3a2b58`.
 * Every activity belongs to one session of one web-chat guest.
 */
import type { MluviiChatbotCallbackMap, MluviiChatbotRequestMap } from "@contactkit/mluvii-chatbot";

/** The session the examples belong to (a 7-digit mluvii session id, as on the page's CRM examples). */
const sessionId = 7418277;
/** What mluvii adds to the activities it POSTs (the page's responses and guest events). */
const envelope = { sessionId, language: "cs", source: "Default" } as const;
const succeeded = { ...envelope, success: true, errorMessage: null };

/** One realistic activity per callback type, as mluvii POSTs it to the bot's callback URL. */
export const MLUVII_CALLBACK_EXAMPLES: { readonly [K in keyof MluviiChatbotCallbackMap]: MluviiChatbotCallbackMap[K] } =
  {
    Ping: { activity: "Ping" },
    ConversationStarted: { activity: "ConversationStarted", ...envelope },
    ConversationEnded: { activity: "ConversationEnded", ...envelope },
    Text: {
      activity: "Text",
      timestamp: "2020-12-04T16:12:57.172",
      text: "Dobrý den, mám dotaz k objednávce.",
      ...envelope,
    },
    GuestFileUpload: {
      activity: "GuestFileUpload",
      fileUrl: "https://app.mluvii.com/files/guest/9c1f6a2e/faktura.pdf",
      ...envelope,
    },
    HeroCardSubmission: { activity: "HeroCardSubmission", params: { oo1_guest_ident: "Jana Nováková" }, ...envelope },
    GuestLocation: { activity: "GuestLocation", latitude: 50.0875, longitude: 14.4213, ...envelope },
    HeroCardQuickReply: {
      activity: "HeroCardQuickReply",
      text: "Ano",
      replyToActivityId: 50878507,
      additionalParams: null,
      ...envelope,
    },
    GetAvailableOperatorsResponse: {
      activity: "GetAvailableOperatorsResponse",
      availableOperators: [
        { displayName: "Katka", userId: 2710 },
        { displayName: "Tomáš", userId: 4301 },
      ],
      ...envelope,
    },
    GetAvailableGroupsResponse: {
      activity: "GetAvailableGroupsResponse",
      availableGroups: [
        {
          displayName: "Obchod",
          groupId: 7299,
          groupState: "ONLINE",
          groupOfflineReasons: [],
          groupWorkload: { maxSlots: 6, usedSlotsWaiting: 1, usedSlotsAccepted: 2, freeSlots: 3 },
          queueWorkload: { freeQueueSlotsCountTotal: 8, inQueueCountTotal: 2, isQueueFull: false },
        },
      ],
      ...envelope,
    },
    GetCallParamsResponse: { activity: "GetCallParamsResponse", callParams: { HandoffReason: "Obchod" }, ...envelope },
    SetCallParamsResponse: { activity: "SetCallParamsResponse", ...succeeded },
    GetGuestIdentityResponse: {
      activity: "GetGuestIdentityResponse",
      trackedGuestGuid: "09ac8a24-b342-14e5-f1cd-6cdf50c5a25e",
      phoneCallerId: null,
      facebookPSID: null,
      facebookPageId: null,
      whatsAppContactId: null,
      vkContactId: null,
      ...envelope,
    },
    GetHeroCardsResponse: {
      activity: "GetHeroCardsResponse",
      heroCards: [
        { displayName: "Kontaktní formulář", heroCardId: 1, languages: ["cs", "en"] },
        { displayName: "Hodnocení", heroCardId: 2, languages: ["cs"] },
      ],
      ...envelope,
    },
    SendHeroCardResponse: { activity: "SendHeroCardResponse", ...succeeded },
    ChatbotOpenFileUploadPromptResponse: {
      activity: "ChatbotOpenFileUploadPromptResponse",
      fileUrl: "https://app.mluvii.com/files/guest/51d0e7b4/smlouva.pdf",
      canceledByGuest: false,
      ...envelope,
    },
    EnableGuestUploadResponse: { activity: "EnableGuestUploadResponse", ...succeeded },
    DisableGuestUploadResponse: { activity: "DisableGuestUploadResponse", ...succeeded },
    GuestInputChangeResponse: { activity: "GuestInputChangeResponse", ...succeeded },
    GetMediaObjectsResponse: {
      activity: "GetMediaObjectsResponse",
      fileStoreItems: [
        { id: 3, name: "obchodni-podminky.pdf" },
        { id: 5, name: "cenik.pdf" },
      ],
      ...envelope,
    },
    ShareFileResponse: {
      activity: "ShareFileResponse",
      isSuccess: true,
      errorMessage: null,
      fileSource: "cenik.pdf",
      ...envelope,
    },
    ObtainCrmIdentityResponse: {
      activity: "ObtainCrmIdentityResponse",
      assignedCrmIdentityId: null,
      matchedCrmIdentities: [
        {
          crmIdentityId: 9943973,
          score: 95,
          data: { oo1_guest_email: ["jana.novakova@example.com"], oo1_guest_phone: ["+420258963147"] },
        },
      ],
      ...envelope,
    },
    AssignCrmIdentityResponse: {
      activity: "AssignCrmIdentityResponse",
      created: false,
      crmIdentityId: 9943973,
      ...envelope,
    },
  };

/** One realistic activity per request type, as a bot sends it to mluvii (valid under the strict schemas). */
export const MLUVII_REQUEST_EXAMPLES: { readonly [K in keyof MluviiChatbotRequestMap]: MluviiChatbotRequestMap[K] } = {
  Text: { activity: "Text", sessionId, text: "Dobrý den, jak vám mohu <strong>pomoci</strong>?" },
  Typing: { activity: "Typing", sessionId, show: true },
  Forward: { activity: "Forward", sessionId, operatorGroupId: 7299 },
  HandOff: { activity: "HandOff", sessionId },
  EndConversation: { activity: "EndConversation", sessionId },
  GetAvailableOperators: { activity: "GetAvailableOperators", sessionId, groupId: 7299 },
  GetAvailableGroups: { activity: "GetAvailableGroups", sessionId, groupIds: [7299, 7300] },
  GetCallParams: { activity: "GetCallParams", sessionId },
  SetCallParams: { activity: "SetCallParams", sessionId, callParams: { HandoffReason: "Obchod" } },
  SendGuestOfflineEmail: {
    activity: "SendGuestOfflineEmail",
    sessionId,
    subject: "Dotaz mimo pracovní dobu",
    message: "Zákazník prosí o zavolání zpět.",
    location: "Chatbot Mluviik",
  },
  GetGuestIdentity: { activity: "GetGuestIdentity", sessionId },
  GetHeroCards: { activity: "GetHeroCards", sessionId },
  SendHeroCard: {
    activity: "SendHeroCard",
    sessionId,
    heroCardId: 1,
    selectedLanguage: "cs",
    initialParams: { call_param_fullname: "Jana Nováková" },
  },
  ChatbotOpenFileUploadPrompt: { activity: "ChatbotOpenFileUploadPrompt", sessionId },
  EnableGuestUpload: { activity: "EnableGuestUpload", sessionId },
  DisableGuestUpload: { activity: "DisableGuestUpload", sessionId },
  EnableGuestInput: { activity: "EnableGuestInput", sessionId },
  DisableGuestInput: { activity: "DisableGuestInput", sessionId },
  GetMediaObjects: { activity: "GetMediaObjects", sessionId },
  ShareFile: { activity: "ShareFile", sessionId, name: "cenik.pdf" },
  ObtainCrmIdentity: { activity: "ObtainCrmIdentity", sessionId },
  AssignCrmIdentity: { activity: "AssignCrmIdentity", sessionId, existingCrmIdentityId: 9943973 },
  SetTag: { activity: "SetTag", sessionId, name: "vip" },
  UnsetTag: { activity: "UnsetTag", sessionId, name: "vip" },
  RequestLocation: { activity: "RequestLocation", sessionId, text: "Pošlete nám prosím svou polohu." },
  RichCardList: {
    activity: "RichCardList",
    sessionId,
    items: [{ contentType: "application/vnd.microsoft.card.hero", content: { title: "Pobočka Praha" } }],
    layout: "Carousel",
  },
  message: {
    type: "message",
    sessionId,
    timestamp: "2020-09-09T10:03:53.4976861+02:00",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.hero",
        content: {
          title: "Vyberte téma",
          buttons: [
            { type: "imBack", title: "Objednávka", value: "order" },
            { type: "imBack", title: "Reklamace", value: "complaint" },
          ],
        },
      },
    ],
  },
};
