/**
 * Content activities the bot sends, after `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad` (`GetHeroCards.cs`,
 * `SendHeroCard.cs`, `ChatbotOpenFileUploadPrompt.cs`, `Enable/DisableGuestUpload.cs`, `Enable/DisableGuestInput.cs`,
 * `GetMediaObjects.cs`, `ChatbotShareFile.cs`, `ChatbotRichCardList.cs`) and mluvii's "Supported activities and
 * events" page. Optional fields accept `null`, which is how a bot on the C# models sends an unset one.
 */
import { type EventSchemas, optional } from "@contactkit/core";
import * as z from "zod";
import { RichCardLayout } from "../vocabulary";
import { bareRequest, idSchema, outboundTimestamp, requestShape, type SessionRequest } from "./requests-common";

/** List the hero cards usable in this session. */
export interface GetHeroCardsRequest extends SessionRequest {
  /** Always `"GetHeroCards"`. */
  activity: "GetHeroCards";
}

/**
 * WhatsApp hero-card parameters: keep the four section names, add or remove values, and send an empty array for a
 * section without parameters (mluvii's "Supported activities and events" page, SendHeroCard).
 */
export interface WhatsAppHeroCardParams {
  /** Header parameters. */
  header: string[];
  /** Body parameters. */
  body: string[];
  /** Button parameters. */
  buttons: string[];
  /** Footer parameters. */
  footer: string[];
}

/** Send a hero card (form) to the guest. */
export interface SendHeroCardRequest extends SessionRequest {
  /** Always `"SendHeroCard"`. */
  activity: "SendHeroCard";
  /**
   * Hero card id from `GetHeroCards` (`int HeroCardId`). mluvii's Python samples send it as a numeric string
   * (`"12"`), which mluvii accepts; the bot's `sendHeroCard` sends a number.
   */
  heroCardId: number | `${number}`;
  /** Two-letter language of the card (`"cs"`, `"en"`, `"de"`), or `null` for the default. */
  selectedLanguage?: string | null;
  /**
   * Predefined values by call-parameter name, or `null`. Values are strings: a time-picker range is a JSON
   * *string* (`JSON.stringify([{ startTime, endTime }])`), not an array — the docs print it with raw line breaks.
   */
  initialParams?: Record<string, string> | null;
  /** WhatsApp template parameters, or `null`. */
  additionalParams?: WhatsAppHeroCardParams | null;
}

/** Open the file-upload dialog; the answer arrives when the guest uploads or cancels. */
export interface ChatbotOpenFileUploadPromptRequest extends SessionRequest {
  /** Always `"ChatbotOpenFileUploadPrompt"`. */
  activity: "ChatbotOpenFileUploadPrompt";
}

/** Let the guest upload files. */
export interface EnableGuestUploadRequest extends SessionRequest {
  /** Always `"EnableGuestUpload"`. */
  activity: "EnableGuestUpload";
}

/** Stop the guest from uploading files. */
export interface DisableGuestUploadRequest extends SessionRequest {
  /** Always `"DisableGuestUpload"`. */
  activity: "DisableGuestUpload";
}

/** Show the guest's text input. */
export interface EnableGuestInputRequest extends SessionRequest {
  /** Always `"EnableGuestInput"`. */
  activity: "EnableGuestInput";
}

/** Hide the guest's text input. */
export interface DisableGuestInputRequest extends SessionRequest {
  /** Always `"DisableGuestInput"`. */
  activity: "DisableGuestInput";
}

/** List files stored in mluvii that this session may use. */
export interface GetMediaObjectsRequest extends SessionRequest {
  /** Always `"GetMediaObjects"`. */
  activity: "GetMediaObjects";
}

/** Share a stored file by its name (from `GetMediaObjects`). */
export interface ShareFileByNameRequest extends SessionRequest {
  /** Always `"ShareFile"`. */
  activity: "ShareFile";
  /** File name as listed by `GetMediaObjects`. */
  name: string;
  /** Absent, or `null` (`string Url` of `ChatbotShareFile.cs`), when sharing by name. */
  url?: null;
}

/** Share an externally hosted file by URL. */
export interface ShareFileByUrlRequest extends SessionRequest {
  /** Always `"ShareFile"`. */
  activity: "ShareFile";
  /** Absolute URL of the file. */
  url: string;
  /** Absent, or `null`, when sharing by URL. */
  name?: null;
}

/** `ShareFile`: exactly one of `name` or `url`. */
export type ShareFileRequest = ShareFileByNameRequest | ShareFileByUrlRequest;

/** One card of a rich card list. */
export interface RichCardItem {
  /** MIME-like content type of the card, e.g. `application/vnd.microsoft.card.hero`. */
  contentType: string;
  /** The card content object. */
  content: Record<string, unknown>;
}

/** A list or carousel of rich cards (model `ChatbotRichCardList`, added 2025-02-03, 1050e78). */
export interface RichCardListRequest extends SessionRequest {
  /** Always `"RichCardList"`. */
  activity: "RichCardList";
  /** Optional ISO-8601 time with offset. */
  timestamp?: string;
  /** The cards. */
  items: RichCardItem[];
  /** `List` or `Carousel` (open: strict mode, which the bot client uses, accepts only these). */
  layout: RichCardLayout;
}

/** Schema of {@link GetHeroCardsRequest}. */
export const getHeroCardsRequestSchema: z.ZodType<GetHeroCardsRequest> = bareRequest("GetHeroCards");

/** A hero card id as a numeric string, the way mluvii's Python samples send it. */
const numericIdText = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, { message: "expected a positive integer id" }) as z.ZodType<`${number}`>;

/** Schema of {@link SendHeroCardRequest}. */
export const sendHeroCardRequestSchema: z.ZodType<SendHeroCardRequest> = z.object({
  ...requestShape("SendHeroCard"),
  heroCardId: z.union([idSchema, numericIdText]),
  selectedLanguage: optional(
    z
      .string()
      .regex(/^[a-z]{2}$/, { message: 'expected a two-letter language code such as "cs" or "en"' })
      .nullable(),
  ),
  initialParams: optional(z.record(z.string().min(1), z.string()).nullable()),
  additionalParams: optional(
    z
      .object({
        header: z.array(z.string()),
        body: z.array(z.string()),
        buttons: z.array(z.string()),
        footer: z.array(z.string()),
      })
      .nullable(),
  ),
});

/** Schema of {@link ChatbotOpenFileUploadPromptRequest}. */
export const chatbotOpenFileUploadPromptRequestSchema: z.ZodType<ChatbotOpenFileUploadPromptRequest> =
  bareRequest("ChatbotOpenFileUploadPrompt");
/** Schema of {@link EnableGuestUploadRequest}. */
export const enableGuestUploadRequestSchema: z.ZodType<EnableGuestUploadRequest> = bareRequest("EnableGuestUpload");
/** Schema of {@link DisableGuestUploadRequest}. */
export const disableGuestUploadRequestSchema: z.ZodType<DisableGuestUploadRequest> = bareRequest("DisableGuestUpload");
/** Schema of {@link EnableGuestInputRequest}. */
export const enableGuestInputRequestSchema: z.ZodType<EnableGuestInputRequest> = bareRequest("EnableGuestInput");
/** Schema of {@link DisableGuestInputRequest}. */
export const disableGuestInputRequestSchema: z.ZodType<DisableGuestInputRequest> = bareRequest("DisableGuestInput");
/** Schema of {@link GetMediaObjectsRequest}. */
export const getMediaObjectsRequestSchema: z.ZodType<GetMediaObjectsRequest> = bareRequest("GetMediaObjects");

/** Schema of {@link ShareFileRequest}: a name or an absolute URL, the other absent or `null`. */
export const shareFileRequestSchema: z.ZodType<ShareFileRequest> = z.union([
  z.object({ ...requestShape("ShareFile"), name: z.string().min(1), url: optional(z.null()) }),
  z.object({ ...requestShape("ShareFile"), url: z.url(), name: optional(z.null()) }),
]);

/** Schema of {@link RichCardListRequest}. */
export const richCardListRequestSchema: z.ZodType<RichCardListRequest> = z.object({
  ...requestShape("RichCardList"),
  timestamp: optional(outboundTimestamp),
  items: z.array(z.object({ contentType: z.string().min(1), content: z.record(z.string(), z.unknown()) })).min(1),
  layout: RichCardLayout.schema,
});

/** Requests about cards, files and what the guest may send, by `activity` name. */
export interface MluviiChatbotContentRequestMap {
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
  /** `RichCardList` request: {@link RichCardListRequest}. */
  RichCardList: RichCardListRequest;
}

/** The schema of each activity of {@link MluviiChatbotContentRequestMap}. */
export const contentRequestSchemas = {
  GetHeroCards: getHeroCardsRequestSchema,
  SendHeroCard: sendHeroCardRequestSchema,
  ChatbotOpenFileUploadPrompt: chatbotOpenFileUploadPromptRequestSchema,
  EnableGuestUpload: enableGuestUploadRequestSchema,
  DisableGuestUpload: disableGuestUploadRequestSchema,
  EnableGuestInput: enableGuestInputRequestSchema,
  DisableGuestInput: disableGuestInputRequestSchema,
  GetMediaObjects: getMediaObjectsRequestSchema,
  ShareFile: shareFileRequestSchema,
  RichCardList: richCardListRequestSchema,
} as const satisfies EventSchemas<MluviiChatbotContentRequestMap>;
