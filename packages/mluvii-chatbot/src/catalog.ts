import type { MluviiChatbotResponseActivity, MluviiChatbotResponseMap } from "./callbacks";
import type { MluviiChatbotRequestKind } from "./requests";

/** Which `…Response` activity answers each request-type activity. */
export interface MluviiChatbotResponseOf {
  /** `GetAvailableOperators` is answered by "GetAvailableOperatorsResponse". */
  GetAvailableOperators: "GetAvailableOperatorsResponse";
  /** `GetAvailableGroups` is answered by "GetAvailableGroupsResponse". */
  GetAvailableGroups: "GetAvailableGroupsResponse";
  /** `GetCallParams` is answered by "GetCallParamsResponse". */
  GetCallParams: "GetCallParamsResponse";
  /** `SetCallParams` is answered by "SetCallParamsResponse". */
  SetCallParams: "SetCallParamsResponse";
  /** `GetGuestIdentity` is answered by "GetGuestIdentityResponse". */
  GetGuestIdentity: "GetGuestIdentityResponse";
  /** `GetHeroCards` is answered by "GetHeroCardsResponse". */
  GetHeroCards: "GetHeroCardsResponse";
  /** `SendHeroCard` is answered by "SendHeroCardResponse". */
  SendHeroCard: "SendHeroCardResponse";
  /** `ChatbotOpenFileUploadPrompt` is answered by "ChatbotOpenFileUploadPromptResponse". */
  ChatbotOpenFileUploadPrompt: "ChatbotOpenFileUploadPromptResponse";
  /** `EnableGuestUpload` is answered by "EnableGuestUploadResponse". */
  EnableGuestUpload: "EnableGuestUploadResponse";
  /** `DisableGuestUpload` is answered by "DisableGuestUploadResponse". */
  DisableGuestUpload: "DisableGuestUploadResponse";
  /** `EnableGuestInput` is answered by "GuestInputChangeResponse". */
  EnableGuestInput: "GuestInputChangeResponse";
  /** `DisableGuestInput` is answered by "GuestInputChangeResponse". */
  DisableGuestInput: "GuestInputChangeResponse";
  /** `GetMediaObjects` is answered by "GetMediaObjectsResponse". */
  GetMediaObjects: "GetMediaObjectsResponse";
  /** `ShareFile` is answered by "ShareFileResponse". */
  ShareFile: "ShareFileResponse";
  /** `ObtainCrmIdentity` is answered by "ObtainCrmIdentityResponse". */
  ObtainCrmIdentity: "ObtainCrmIdentityResponse";
  /** `AssignCrmIdentity` is answered by "AssignCrmIdentityResponse". */
  AssignCrmIdentity: "AssignCrmIdentityResponse";
}

/** A request activity that mluvii answers with a `…Response` callback. */
export type MluviiChatbotRequestWithResponse = keyof MluviiChatbotResponseOf;
/** The typed response a request-type activity resolves to. */
export type MluviiChatbotResponseFor<K extends MluviiChatbotRequestWithResponse> =
  MluviiChatbotResponseMap[MluviiChatbotResponseOf[K]];

/** What the SDK knows about one outbound activity. */
export interface ActivityTraits {
  /** The `…Response` activity that answers it, if any. */
  readonly response?: MluviiChatbotResponseActivity;
  /**
   * Safe to repeat: a second delivery changes nothing (reads, idempotent setters and toggles). Unsafe activities
   * are retried by the transport only when the request provably never reached mluvii.
   */
  readonly repeatable: boolean;
}

/**
 * Every outbound activity, its response and whether repeating it is safe. Reads are safe; anything the guest
 * sees twice, or that moves, ends or creates something, is not.
 */
export const ACTIVITY_TRAITS: { readonly [K in MluviiChatbotRequestKind]: ActivityTraits } = Object.freeze({
  Text: { repeatable: false },
  Typing: { repeatable: true },
  Forward: { repeatable: false },
  HandOff: { repeatable: false },
  EndConversation: { repeatable: false },
  GetAvailableOperators: { response: "GetAvailableOperatorsResponse", repeatable: true },
  GetAvailableGroups: { response: "GetAvailableGroupsResponse", repeatable: true },
  GetCallParams: { response: "GetCallParamsResponse", repeatable: true },
  SetCallParams: { response: "SetCallParamsResponse", repeatable: true },
  SendGuestOfflineEmail: { repeatable: false },
  GetGuestIdentity: { response: "GetGuestIdentityResponse", repeatable: true },
  GetHeroCards: { response: "GetHeroCardsResponse", repeatable: true },
  SendHeroCard: { response: "SendHeroCardResponse", repeatable: false },
  ChatbotOpenFileUploadPrompt: { response: "ChatbotOpenFileUploadPromptResponse", repeatable: false },
  EnableGuestUpload: { response: "EnableGuestUploadResponse", repeatable: true },
  DisableGuestUpload: { response: "DisableGuestUploadResponse", repeatable: true },
  EnableGuestInput: { response: "GuestInputChangeResponse", repeatable: true },
  DisableGuestInput: { response: "GuestInputChangeResponse", repeatable: true },
  GetMediaObjects: { response: "GetMediaObjectsResponse", repeatable: true },
  ShareFile: { response: "ShareFileResponse", repeatable: false },
  ObtainCrmIdentity: { response: "ObtainCrmIdentityResponse", repeatable: true },
  AssignCrmIdentity: { response: "AssignCrmIdentityResponse", repeatable: false },
  SetTag: { repeatable: true },
  UnsetTag: { repeatable: true },
  RequestLocation: { repeatable: false },
  RichCardList: { repeatable: false },
  message: { repeatable: false },
});
