import {
  type ContactkitIssue,
  ContactkitParseError,
  defineEventFamily,
  deriveEventFamily,
  type EventFamily,
  type ParsedEvent,
  type SafeParseResult,
} from "@contactkit/core";
import { countUnsupportedTags } from "./html";
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

const base = defineEventFamily<MluviiChatbotRequestMap>({
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
 * What a writer must not send although mluvii accepts it: HTML in `Text` that mluvii drops. The message names
 * the path, how many tags and where the first starts — never the tags themselves, which are payload text.
 */
function writerIssues(parsed: ParsedEvent<MluviiChatbotRequestMap>): ContactkitIssue[] {
  if (!parsed.known || parsed.type !== "Text") return [];
  const { count, firstAt } = countUnsupportedTags(parsed.event.text);
  if (count === 0) return [];
  return [
    {
      path: "$.text",
      code: "unsupported_html",
      message:
        `${count} HTML tag${count === 1 ? "" : "s"} that mluvii drops (the first at character ${firstAt}); ` +
        "mluvii keeps only <strong>, <em> and <a> (escape plain text with escapeMluviiText)",
    },
  ];
}

function checkWriterRules(
  result: SafeParseResult<MluviiChatbotRequestMap>,
  strict: boolean | undefined,
): SafeParseResult<MluviiChatbotRequestMap> {
  if (!strict || !result.ok) return result;
  const issues = writerIssues(result);
  if (issues.length === 0) return result;
  const error = new ContactkitParseError({
    vendor: base.vendor,
    family: base.family,
    kind: "schema",
    issues,
    eventType: result.type,
    payload: result.raw,
  });
  return { ok: false, error, raw: result.raw };
}

/**
 * Every activity an API chatbot sends, read as real mluvii reads it (tolerant, like every family): unknown keys
 * pass and are dropped from the typed view, `null` stands for an unset optional field (a bot built on mluvii's C#
 * models sends `"userId": null` beside `operatorGroupId`), a hero card id may be a numeric string (mluvii's
 * Python samples), and a new activity is an unknown event. `{ strict: true }` is the writer's mode — the bot
 * client validates everything it sends with it: unknown keys, unknown activities and values outside the known
 * enums are errors, and so is HTML in `Text` that mluvii would drop. Errors are `ContactkitParseError` (vendor
 * `mluvii`, family `chatbot-requests`) with JSON paths and no payload values.
 *
 * @example
 * const read = mluviiChatbotRequests.safeParse(body); // what a bot sent, as mluvii accepts it
 * const write = mluviiChatbotRequests.safeParse(activity, { strict: true }); // what a bot may send
 */
export const mluviiChatbotRequests: EventFamily<MluviiChatbotRequestMap> = deriveEventFamily(base, {
  safeParse: (input, options) => checkWriterRules(base.safeParse(input, options), options?.strict),
});

/**
 * Validates an outbound activity in writer mode (`{ strict: true }`) and returns it typed; throws
 * `ContactkitParseError` naming the activity and JSON path (`$.operatorGroupId`, `$.text`) otherwise. The bot
 * client runs every activity through it before anything is sent.
 */
export function validateChatbotRequest(activity: unknown): MluviiChatbotRequest {
  const parsed = mluviiChatbotRequests.parse(activity, { strict: true });
  // strict mode turns unknown activities into errors, so a success here is always a known request
  return parsed.event as MluviiChatbotRequest;
}
