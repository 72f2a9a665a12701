import { defineEventFamily } from "@contactkit/core";
import type {
  ChatbotOpenFileUploadPromptRequest,
  DisableGuestInputRequest,
  DisableGuestUploadRequest,
  EnableGuestInputRequest,
  EnableGuestUploadRequest,
  GetHeroCardsRequest,
  GetMediaObjectsRequest,
  RichCardListRequest,
  SendHeroCardRequest,
  ShareFileRequest,
} from "./vocabulary/requests-content";
import * as content from "./vocabulary/requests-content";
import type {
  EndConversationRequest,
  ForwardRequest,
  HandOffRequest,
  RequestLocationRequest,
  SendGuestOfflineEmailRequest,
  SetTagRequest,
  TextRequest,
  TypingRequest,
  UnsetTagRequest,
} from "./vocabulary/requests-conversation";
import * as conversation from "./vocabulary/requests-conversation";
import { type HeroCardMessageRequest, heroCardMessageRequestSchema } from "./vocabulary/requests-message";
import type {
  AssignCrmIdentityRequest,
  GetAvailableGroupsRequest,
  GetAvailableOperatorsRequest,
  GetCallParamsRequest,
  GetGuestIdentityRequest,
  ObtainCrmIdentityRequest,
  SetCallParamsRequest,
} from "./vocabulary/requests-session";
import * as session from "./vocabulary/requests-session";

/**
 * Every activity an API chatbot sends (`ChannelActivityType.cs`), by `activity` name — plus `message`, the
 * Bot-Framework-style hero-card message that has `type: "message"` and no `activity` key.
 */
export interface MluviiChatbotRequestMap {
  /** `Text` request: {@link TextRequest}. */
  Text: TextRequest;
  /** `Typing` request: {@link TypingRequest}. */
  Typing: TypingRequest;
  /** `Forward` request: {@link ForwardRequest}. */
  Forward: ForwardRequest;
  /** `HandOff` request: {@link HandOffRequest}. */
  HandOff: HandOffRequest;
  /** `EndConversation` request: {@link EndConversationRequest}. */
  EndConversation: EndConversationRequest;
  /** `GetAvailableOperators` request: {@link GetAvailableOperatorsRequest}. */
  GetAvailableOperators: GetAvailableOperatorsRequest;
  /** `GetAvailableGroups` request: {@link GetAvailableGroupsRequest}. */
  GetAvailableGroups: GetAvailableGroupsRequest;
  /** `GetCallParams` request: {@link GetCallParamsRequest}. */
  GetCallParams: GetCallParamsRequest;
  /** `SetCallParams` request: {@link SetCallParamsRequest}. */
  SetCallParams: SetCallParamsRequest;
  /** `SendGuestOfflineEmail` request: {@link SendGuestOfflineEmailRequest}. */
  SendGuestOfflineEmail: SendGuestOfflineEmailRequest;
  /** `GetGuestIdentity` request: {@link GetGuestIdentityRequest}. */
  GetGuestIdentity: GetGuestIdentityRequest;
  /** `GetHeroCards` request: {@link GetHeroCardsRequest}. */
  GetHeroCards: GetHeroCardsRequest;
  /** `SendHeroCard` request: {@link SendHeroCardRequest}. */
  SendHeroCard: SendHeroCardRequest;
  /** `ChatbotOpenFileUploadPrompt` request: {@link ChatbotOpenFileUploadPromptRequest}. */
  ChatbotOpenFileUploadPrompt: ChatbotOpenFileUploadPromptRequest;
  /** `EnableGuestUpload` request: {@link EnableGuestUploadRequest}. */
  EnableGuestUpload: EnableGuestUploadRequest;
  /** `DisableGuestUpload` request: {@link DisableGuestUploadRequest}. */
  DisableGuestUpload: DisableGuestUploadRequest;
  /** `EnableGuestInput` request: {@link EnableGuestInputRequest}. */
  EnableGuestInput: EnableGuestInputRequest;
  /** `DisableGuestInput` request: {@link DisableGuestInputRequest}. */
  DisableGuestInput: DisableGuestInputRequest;
  /** `GetMediaObjects` request: {@link GetMediaObjectsRequest}. */
  GetMediaObjects: GetMediaObjectsRequest;
  /** `ShareFile` request: {@link ShareFileRequest}. */
  ShareFile: ShareFileRequest;
  /** `ObtainCrmIdentity` request: {@link ObtainCrmIdentityRequest}. */
  ObtainCrmIdentity: ObtainCrmIdentityRequest;
  /** `AssignCrmIdentity` request: {@link AssignCrmIdentityRequest}. */
  AssignCrmIdentity: AssignCrmIdentityRequest;
  /** `SetTag` request: {@link SetTagRequest}. */
  SetTag: SetTagRequest;
  /** `UnsetTag` request: {@link UnsetTagRequest}. */
  UnsetTag: UnsetTagRequest;
  /** `RequestLocation` request: {@link RequestLocationRequest}. */
  RequestLocation: RequestLocationRequest;
  /** `RichCardList` request: {@link RichCardListRequest}. */
  RichCardList: RichCardListRequest;
  /** Bot-Framework-style message (`type: "message"`): {@link HeroCardMessageRequest}. */
  message: HeroCardMessageRequest;
}

/** Name of a request activity (`message` = the Bot-Framework-style message). */
export type MluviiChatbotRequestKind = keyof MluviiChatbotRequestMap;
/** Union of every activity the bot may send. */
export type MluviiChatbotRequest = MluviiChatbotRequestMap[MluviiChatbotRequestKind];

/** Reads the request kind: `activity`, or `"message"` for `{ type: "message" }`. */
export function requestKindOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.activity === "string" && record.activity.length > 0) return record.activity;
  return record.type === "message" && !Object.hasOwn(record, "activity") ? "message" : undefined;
}

/**
 * Strict schemas of every outbound activity (strict writer): unknown keys, unknown activities and values outside
 * the documented enums are errors, reported as `ContactkitParseError` (vendor `mluvii`, family
 * `chatbot-requests`) with JSON paths — before anything is sent. Always parse with `{ strict: true }`.
 */
export const mluviiChatbotRequests = defineEventFamily<MluviiChatbotRequestMap>({
  vendor: "mluvii",
  family: "chatbot-requests",
  discriminator: requestKindOf,
  schemas: {
    Text: conversation.textRequestSchema,
    Typing: conversation.typingRequestSchema,
    Forward: conversation.forwardRequestSchema,
    HandOff: conversation.handOffRequestSchema,
    EndConversation: conversation.endConversationRequestSchema,
    GetAvailableOperators: session.getAvailableOperatorsRequestSchema,
    GetAvailableGroups: session.getAvailableGroupsRequestSchema,
    GetCallParams: session.getCallParamsRequestSchema,
    SetCallParams: session.setCallParamsRequestSchema,
    SendGuestOfflineEmail: conversation.sendGuestOfflineEmailRequestSchema,
    GetGuestIdentity: session.getGuestIdentityRequestSchema,
    GetHeroCards: content.getHeroCardsRequestSchema,
    SendHeroCard: content.sendHeroCardRequestSchema,
    ChatbotOpenFileUploadPrompt: content.chatbotOpenFileUploadPromptRequestSchema,
    EnableGuestUpload: content.enableGuestUploadRequestSchema,
    DisableGuestUpload: content.disableGuestUploadRequestSchema,
    EnableGuestInput: content.enableGuestInputRequestSchema,
    DisableGuestInput: content.disableGuestInputRequestSchema,
    GetMediaObjects: content.getMediaObjectsRequestSchema,
    ShareFile: content.shareFileRequestSchema,
    ObtainCrmIdentity: session.obtainCrmIdentityRequestSchema,
    AssignCrmIdentity: session.assignCrmIdentityRequestSchema,
    SetTag: conversation.setTagRequestSchema,
    UnsetTag: conversation.unsetTagRequestSchema,
    RequestLocation: conversation.requestLocationRequestSchema,
    RichCardList: content.richCardListRequestSchema,
    message: heroCardMessageRequestSchema,
  },
});

/**
 * Validates an outbound activity strictly and returns it typed; throws `ContactkitParseError` naming the
 * activity and JSON path (`$.operatorGroupId`, `$.text`) otherwise.
 */
export function validateChatbotRequest(activity: unknown): MluviiChatbotRequest {
  const parsed = mluviiChatbotRequests.parse(activity, { strict: true });
  // strict mode turns unknown activities into errors, so a success here is always a known request
  return parsed.event as MluviiChatbotRequest;
}
