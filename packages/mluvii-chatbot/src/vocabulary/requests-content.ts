import * as z from "zod";
import { bareRequest, idSchema, requestShape, type SessionRequest } from "./requests-common";
import { outboundTimestamp } from "./requests-conversation";

/** List the hero cards usable in this session. */
export interface GetHeroCardsRequest extends SessionRequest {
  /** Always `"GetHeroCards"`. */
  activity: "GetHeroCards";
}

/**
 * WhatsApp hero-card parameters (seed 001): keep the four section names, add or remove values, and send an empty
 * array for a section without parameters.
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
  /** Hero card id from `GetHeroCards`. */
  heroCardId: number;
  /** Two-letter language of the card (`"cs"`, `"en"`, `"de"`). */
  selectedLanguage?: string;
  /**
   * Predefined values by call-parameter name. Values are strings: a time-picker range is a JSON *string*
   * (`JSON.stringify([{ startTime, endTime }])`), not an array — seed 001 prints it with raw line breaks.
   */
  initialParams?: Record<string, string>;
  /** WhatsApp template parameters. */
  additionalParams?: WhatsAppHeroCardParams;
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
  /** Must be absent when sharing by name. */
  url?: never;
}

/** Share an externally hosted file by URL. */
export interface ShareFileByUrlRequest extends SessionRequest {
  /** Always `"ShareFile"`. */
  activity: "ShareFile";
  /** Absolute URL of the file. */
  url: string;
  /** Must be absent when sharing by URL. */
  name?: never;
}

/** `ShareFile`: exactly one of `name` or `url`. */
export type ShareFileRequest = ShareFileByNameRequest | ShareFileByUrlRequest;

/** Layouts of a rich card list (C# enum; sent as its name — the wire form is unverified, notes §6.3). */
export const RICH_CARD_LAYOUTS = ["List", "Carousel"] as const;

/** One card of a rich card list. */
export interface RichCardItem {
  /** MIME-like content type of the card, e.g. `application/vnd.microsoft.card.hero`. */
  contentType: string;
  /** The card content object. */
  content: Record<string, unknown>;
}

/** A list or carousel of rich cards (model `ChatbotRichCardList`). */
export interface RichCardListRequest extends SessionRequest {
  /** Always `"RichCardList"`. */
  activity: "RichCardList";
  /** Optional ISO-8601 time with offset. */
  timestamp?: string;
  /** The cards. */
  items: RichCardItem[];
  /** `List` or `Carousel`. */
  layout: (typeof RICH_CARD_LAYOUTS)[number];
}

/** Schema of {@link GetHeroCardsRequest} (strict: unknown keys are errors). */
export const getHeroCardsRequestSchema: z.ZodType<GetHeroCardsRequest> = bareRequest("GetHeroCards");

/** Schema of {@link SendHeroCardRequest} (strict: unknown keys are errors). */
export const sendHeroCardRequestSchema: z.ZodType<SendHeroCardRequest> = z.strictObject({
  ...requestShape("SendHeroCard"),
  heroCardId: idSchema,
  selectedLanguage: z
    .string()
    .regex(/^[a-z]{2}$/, { message: 'expected a two-letter language code such as "cs" or "en"' })
    .exactOptional(),
  initialParams: z.record(z.string().min(1), z.string()).exactOptional(),
  additionalParams: z
    .strictObject({
      header: z.array(z.string()),
      body: z.array(z.string()),
      buttons: z.array(z.string()),
      footer: z.array(z.string()),
    })
    .exactOptional(),
});

/** Schema of {@link ChatbotOpenFileUploadPromptRequest} (strict: unknown keys are errors). */
export const chatbotOpenFileUploadPromptRequestSchema: z.ZodType<ChatbotOpenFileUploadPromptRequest> =
  bareRequest("ChatbotOpenFileUploadPrompt");
/** Schema of {@link EnableGuestUploadRequest} (strict: unknown keys are errors). */
export const enableGuestUploadRequestSchema: z.ZodType<EnableGuestUploadRequest> = bareRequest("EnableGuestUpload");
/** Schema of {@link DisableGuestUploadRequest} (strict: unknown keys are errors). */
export const disableGuestUploadRequestSchema: z.ZodType<DisableGuestUploadRequest> = bareRequest("DisableGuestUpload");
/** Schema of {@link EnableGuestInputRequest} (strict: unknown keys are errors). */
export const enableGuestInputRequestSchema: z.ZodType<EnableGuestInputRequest> = bareRequest("EnableGuestInput");
/** Schema of {@link DisableGuestInputRequest} (strict: unknown keys are errors). */
export const disableGuestInputRequestSchema: z.ZodType<DisableGuestInputRequest> = bareRequest("DisableGuestInput");
/** Schema of {@link GetMediaObjectsRequest} (strict: unknown keys are errors). */
export const getMediaObjectsRequestSchema: z.ZodType<GetMediaObjectsRequest> = bareRequest("GetMediaObjects");

/** Schema of {@link ShareFileRequest} (strict: unknown keys are errors). */
export const shareFileRequestSchema: z.ZodType<ShareFileRequest> = z.union([
  z.strictObject({ ...requestShape("ShareFile"), name: z.string().min(1) }),
  z.strictObject({ ...requestShape("ShareFile"), url: z.url() }),
]);

/** Schema of {@link RichCardListRequest} (strict: unknown keys are errors). */
export const richCardListRequestSchema: z.ZodType<RichCardListRequest> = z.strictObject({
  ...requestShape("RichCardList"),
  timestamp: outboundTimestamp.exactOptional(),
  items: z.array(z.strictObject({ contentType: z.string().min(1), content: z.record(z.string(), z.unknown()) })).min(1),
  layout: z.enum(RICH_CARD_LAYOUTS),
});
