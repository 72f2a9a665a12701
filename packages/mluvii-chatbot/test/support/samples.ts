import type { MluviiChatbotResponseActivity, MluviiChatbotResponseMap } from "@contactkit/mluvii-chatbot";

/** A valid example of every `…Response` activity, as mluvii would POST it for `sessionId`. */
export function sampleResponse<K extends MluviiChatbotResponseActivity>(
  activity: K,
  sessionId: number,
): MluviiChatbotResponseMap[K] {
  const ok = { success: true, errorMessage: null };
  const bodies: { [A in MluviiChatbotResponseActivity]: Omit<MluviiChatbotResponseMap[A], "activity" | "sessionId"> } =
    {
      GetAvailableOperatorsResponse: { availableOperators: [{ displayName: "Katka", userId: 1 }] },
      GetAvailableGroupsResponse: {
        availableGroups: [
          {
            displayName: "Sales",
            groupId: 3,
            groupState: "ONLINE",
            groupOfflineReasons: [],
            groupWorkload: { maxSlots: 4, usedSlotsWaiting: 0, usedSlotsAccepted: 1, freeSlots: 3 },
            queueWorkload: { freeQueueSlotsCountTotal: 5, inQueueCountTotal: 0, isQueueFull: false },
          },
        ],
      },
      GetCallParamsResponse: { callParams: { HandoffReason: "Sales" } },
      SetCallParamsResponse: ok,
      GetGuestIdentityResponse: {
        trackedGuestGuid: null,
        phoneCallerId: null,
        facebookPSID: null,
        facebookPageId: null,
        whatsAppContactId: "420777000111",
        vkContactId: null,
        genericChannelId: null,
      },
      GetHeroCardsResponse: { heroCards: [{ displayName: "Contact form", heroCardId: 2, languages: ["cs", "en"] }] },
      SendHeroCardResponse: ok,
      ChatbotOpenFileUploadPromptResponse: { fileUrl: "https://files.example.com/f.pdf", canceledByGuest: false },
      EnableGuestUploadResponse: ok,
      DisableGuestUploadResponse: ok,
      GuestInputChangeResponse: ok,
      GetMediaObjectsResponse: { fileStoreItems: [{ id: 1, name: "terms.pdf" }] },
      ShareFileResponse: { isSuccess: true, errorMessage: null, fileSource: "terms.pdf" },
      ObtainCrmIdentityResponse: {
        assignedCrmIdentityId: null,
        matchedCrmIdentities: [{ crmIdentityId: 9, score: 95.5, data: { oo1_guest_email: ["a@b.cz"] } }],
      },
      AssignCrmIdentityResponse: { created: false, crmIdentityId: 9, reason: null },
    };
  return {
    activity,
    sessionId,
    language: "cs",
    source: "Default",
    ...bodies[activity],
  } as unknown as MluviiChatbotResponseMap[K];
}
