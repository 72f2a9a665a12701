/**
 * Answers to the content activities (hero cards, uploads, guest input, stored files), after the C# classes of
 * `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad` named on each type.
 */
import { type EventSchemas, optional, safeInt } from "@contactkit/core";
import * as z from "zod";
import { type SessionCallback, type SuccessResult, sessionCallbackShape, successResultShape } from "./common";

/** A hero card the bot may send in this session (`GetHeroCardsResponse.HeroCardInfo`). */
export interface HeroCardInfo {
  /** Hero card name, or `null` (`string DisplayName`). */
  displayName: string | null;
  /** Hero card id (C# `int`), for `sendHeroCard`. */
  heroCardId: number;
  /** Languages the card is translated to, or `null` (`IList<string>`; model only, the docs' example omits it). */
  languages?: string[] | null;
}

/** Answer to `GetHeroCards`: the hero cards usable in the current session (`GetHeroCardsResponse.cs`). */
export interface GetHeroCardsResponse extends SessionCallback {
  /** Always `"GetHeroCardsResponse"`. */
  activity: "GetHeroCardsResponse";
  /** Usable hero cards, or `null`. */
  heroCards: HeroCardInfo[] | null;
}

/** Answer to `SendHeroCard` (`SendHeroCardResponse.cs`). */
export interface SendHeroCardResponse extends SessionCallback, SuccessResult {
  /** Always `"SendHeroCardResponse"`. */
  activity: "SendHeroCardResponse";
}

/** Answer to `ChatbotOpenFileUploadPrompt`; arrives when the guest uploads a file or cancels the dialog (`ChatbotOpenFileUploadPromptResponse.cs`). */
export interface ChatbotOpenFileUploadPromptResponse extends SessionCallback {
  /** Always `"ChatbotOpenFileUploadPromptResponse"`. */
  activity: "ChatbotOpenFileUploadPromptResponse";
  /** URL of the file the guest uploaded, or `null`. */
  fileUrl: string | null;
  /** `true` when the guest cancelled the prompt. */
  canceledByGuest: boolean;
}

/** Answer to `EnableGuestUpload` (`EnableGuestUploadResponse.cs`). */
export interface EnableGuestUploadResponse extends SessionCallback, SuccessResult {
  /** Always `"EnableGuestUploadResponse"`. */
  activity: "EnableGuestUploadResponse";
}

/** Answer to `DisableGuestUpload` (`DisableGuestUploadResponse.cs`). */
export interface DisableGuestUploadResponse extends SessionCallback, SuccessResult {
  /** Always `"DisableGuestUploadResponse"`. */
  activity: "DisableGuestUploadResponse";
}

/** Answer to both `EnableGuestInput` and `DisableGuestInput` (`GuestInputChangeResponse.cs`; the docs show `language, source`, the model `errorMessage`). */
export interface GuestInputChangeResponse extends SessionCallback, SuccessResult {
  /** Always `"GuestInputChangeResponse"`. */
  activity: "GuestInputChangeResponse";
}

/** A file stored in mluvii (Settings → Files; `GetMediaObjectsResponse.FileStoreItemInfo`). */
export interface FileStoreItem {
  /** File id (C# `int`). */
  id: number;
  /** File name, for `shareFile(sessionId, { name })`, or `null` (`string Name`). */
  name: string | null;
}

/** Answer to `GetMediaObjects` (`GetMediaObjectsResponse.cs`). */
export interface GetMediaObjectsResponse extends SessionCallback {
  /** Always `"GetMediaObjectsResponse"`. */
  activity: "GetMediaObjectsResponse";
  /** Files available to this session, or `null`. */
  fileStoreItems: FileStoreItem[] | null;
}

/** Answer to `ShareFile` (`ShareFileResponse.cs`). Note `isSuccess`, not `success` (model and docs agree). */
export interface ShareFileResponse extends SessionCallback {
  /** Always `"ShareFileResponse"`. */
  activity: "ShareFileResponse";
  /** Whether the file was shared. */
  isSuccess: boolean;
  /** Why it failed, or `null`. Optional: the response means the same without it (`isSuccess` says it). */
  errorMessage?: string | null;
  /** Where the shared file came from (store name or URL), or `null`. Optional, like `errorMessage`. */
  fileSource?: string | null;
}

const successShape = { ...sessionCallbackShape, ...successResultShape };

/** Schema of {@link GetHeroCardsResponse} (tolerant: unknown keys are dropped from the typed view). */
export const getHeroCardsResponseSchema: z.ZodType<GetHeroCardsResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GetHeroCardsResponse"),
  heroCards: z
    .array(
      z.object({
        displayName: z.string().nullable(),
        heroCardId: safeInt(),
        languages: optional(z.array(z.string()).nullable()),
      }),
    )
    .nullable(),
});

/** Schema of {@link SendHeroCardResponse} (tolerant: unknown keys are dropped from the typed view). */
export const sendHeroCardResponseSchema: z.ZodType<SendHeroCardResponse> = z.object({
  ...successShape,
  activity: z.literal("SendHeroCardResponse"),
});

/** Schema of {@link ChatbotOpenFileUploadPromptResponse} (tolerant: unknown keys are dropped from the typed view). */
export const chatbotOpenFileUploadPromptResponseSchema: z.ZodType<ChatbotOpenFileUploadPromptResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("ChatbotOpenFileUploadPromptResponse"),
  fileUrl: z.string().nullable(),
  canceledByGuest: z.boolean(),
});

/** Schema of {@link EnableGuestUploadResponse} (tolerant: unknown keys are dropped from the typed view). */
export const enableGuestUploadResponseSchema: z.ZodType<EnableGuestUploadResponse> = z.object({
  ...successShape,
  activity: z.literal("EnableGuestUploadResponse"),
});

/** Schema of {@link DisableGuestUploadResponse} (tolerant: unknown keys are dropped from the typed view). */
export const disableGuestUploadResponseSchema: z.ZodType<DisableGuestUploadResponse> = z.object({
  ...successShape,
  activity: z.literal("DisableGuestUploadResponse"),
});

/** Schema of {@link GuestInputChangeResponse} (tolerant: unknown keys are dropped from the typed view). */
export const guestInputChangeResponseSchema: z.ZodType<GuestInputChangeResponse> = z.object({
  ...successShape,
  activity: z.literal("GuestInputChangeResponse"),
});

/** Schema of {@link GetMediaObjectsResponse} (tolerant: unknown keys are dropped from the typed view). */
export const getMediaObjectsResponseSchema: z.ZodType<GetMediaObjectsResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GetMediaObjectsResponse"),
  fileStoreItems: z.array(z.object({ id: safeInt(), name: z.string().nullable() })).nullable(),
});

/** Schema of {@link ShareFileResponse} (tolerant: unknown keys are dropped from the typed view). */
export const shareFileResponseSchema: z.ZodType<ShareFileResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("ShareFileResponse"),
  isSuccess: z.boolean(),
  errorMessage: optional(z.string().nullable()),
  fileSource: optional(z.string().nullable()),
});

/** `…Response` callbacks about cards, files and guest input, by `activity` name. */
export interface MluviiChatbotContentResponseMap {
  /** `GetHeroCardsResponse` callback: {@link GetHeroCardsResponse}. */
  GetHeroCardsResponse: GetHeroCardsResponse;
  /** `SendHeroCardResponse` callback: {@link SendHeroCardResponse}. */
  SendHeroCardResponse: SendHeroCardResponse;
  /** `ChatbotOpenFileUploadPromptResponse` callback: {@link ChatbotOpenFileUploadPromptResponse}. */
  ChatbotOpenFileUploadPromptResponse: ChatbotOpenFileUploadPromptResponse;
  /** `EnableGuestUploadResponse` callback: {@link EnableGuestUploadResponse}. */
  EnableGuestUploadResponse: EnableGuestUploadResponse;
  /** `DisableGuestUploadResponse` callback: {@link DisableGuestUploadResponse}. */
  DisableGuestUploadResponse: DisableGuestUploadResponse;
  /** `GuestInputChangeResponse` callback: {@link GuestInputChangeResponse}. */
  GuestInputChangeResponse: GuestInputChangeResponse;
  /** `GetMediaObjectsResponse` callback: {@link GetMediaObjectsResponse}. */
  GetMediaObjectsResponse: GetMediaObjectsResponse;
  /** `ShareFileResponse` callback: {@link ShareFileResponse}. */
  ShareFileResponse: ShareFileResponse;
}

/** The schema of each activity of {@link MluviiChatbotContentResponseMap}. */
export const contentResponseSchemas = {
  GetHeroCardsResponse: getHeroCardsResponseSchema,
  SendHeroCardResponse: sendHeroCardResponseSchema,
  ChatbotOpenFileUploadPromptResponse: chatbotOpenFileUploadPromptResponseSchema,
  EnableGuestUploadResponse: enableGuestUploadResponseSchema,
  DisableGuestUploadResponse: disableGuestUploadResponseSchema,
  GuestInputChangeResponse: guestInputChangeResponseSchema,
  GetMediaObjectsResponse: getMediaObjectsResponseSchema,
  ShareFileResponse: shareFileResponseSchema,
} as const satisfies EventSchemas<MluviiChatbotContentResponseMap>;
