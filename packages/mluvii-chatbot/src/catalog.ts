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

/**
 * How answers of one `…Response` activity are paired with the requests awaiting them. mluvii's answers carry the
 * session and the activity name but no request id, so the pairing follows what an answer says:
 * - `"shared"`: the answer describes the session's current state (a read). Any answer may serve every read of
 *   that kind and the same parameters pending on that session, so reads never wait for each other and a lost answer
 *   fails at most the read nothing else answers.
 * - `"serial"`: the answer reports the outcome of one request and names nothing that would tell two requests apart,
 *   so at most one request of that kind is in flight per session: the next waits until the previous one was
 *   answered, or failed and its answer can no longer arrive (its timeout plus the correlator's late-response window).
 */
export type ResponseCorrelationMode = "shared" | "serial";

/**
 * The correlation mode of every `…Response` activity. None is paired by content: in mluvii's models
 * (`mluvii/mluvii.Chatbot.ChannelActivities@16a8fad83e8ed86de00921b1be6d3fb1bc3a2b58`) `SendHeroCardResponse`,
 * `SetCallParamsResponse`, the guest upload and input responses carry only `Success` and `ErrorMessage`;
 * `ShareFileResponse.FileSource` is undocumented (a name, a URL or a kind of source) and `null` on failure;
 * `AssignCrmIdentityResponse.CrmIdentityId` differs from the request whenever a contact is created; and
 * `ChatbotOpenFileUploadPromptResponse` carries only what the guest did. Pairing on any of them could fail every request
 * whose answer does not echo as guessed, so these kinds are serialised per session instead.
 */
export const RESPONSE_CORRELATION: { readonly [K in MluviiChatbotResponseActivity]: ResponseCorrelationMode } =
  Object.freeze({
    GetAvailableOperatorsResponse: "shared",
    GetAvailableGroupsResponse: "shared",
    GetCallParamsResponse: "shared",
    GetGuestIdentityResponse: "shared",
    GetHeroCardsResponse: "shared",
    GetMediaObjectsResponse: "shared",
    ObtainCrmIdentityResponse: "shared",
    SetCallParamsResponse: "serial",
    SendHeroCardResponse: "serial",
    ChatbotOpenFileUploadPromptResponse: "serial",
    EnableGuestUploadResponse: "serial",
    DisableGuestUploadResponse: "serial",
    GuestInputChangeResponse: "serial",
    ShareFileResponse: "serial",
    AssignCrmIdentityResponse: "serial",
  });

/** The correlation mode of `activity`; `"serial"` (the safe one) for a name this version does not know. */
export function correlationModeOf(activity: string): ResponseCorrelationMode {
  return Object.hasOwn(RESPONSE_CORRELATION, activity)
    ? RESPONSE_CORRELATION[activity as MluviiChatbotResponseActivity]
    : "serial";
}
