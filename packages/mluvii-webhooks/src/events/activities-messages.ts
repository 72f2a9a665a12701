/** Generic-payload activities that carry messages: chat, chatbot, automatic and external messages, files, links, transcripts. All use the generic payload (`./activity-generic`). */
import type { EventSchemas } from "@contactkit/core";
import type * as z from "zod";
import { genericActivityEvent, type SessionActivityGenericData } from "./activity-generic";

/** Data of {@link SessionActivityChatMessage}. */
export interface SessionActivityChatMessageData extends SessionActivityGenericData {
  /** Always `"ChatMessage"`. */
  type: "ChatMessage";
}
/** A chat message was sent; `client` says by whom (`userId` / `chatbotId` set accordingly) and `text` holds it (may be HTML). Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityChatMessage {
  /** Discriminator. */
  eventType: "SessionActivityChatMessage";
  /** The generic activity payload. */
  data: SessionActivityChatMessageData;
}
/** Schema of {@link SessionActivityChatMessage}. */
export const sessionActivityChatMessageSchema: z.ZodType<SessionActivityChatMessage> = genericActivityEvent(
  "SessionActivityChatMessage",
  "ChatMessage",
);

/** Data of {@link SessionActivitySharedFile}. */
export interface SessionActivitySharedFileData extends SessionActivityGenericData {
  /** Always `"SharedFile"`. */
  type: "SharedFile";
}
/** A file was shared: `file` describes it and `associatedSharedFileUrl` links to it. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivitySharedFile {
  /** Discriminator. */
  eventType: "SessionActivitySharedFile";
  /** The generic activity payload. */
  data: SessionActivitySharedFileData;
}
/** Schema of {@link SessionActivitySharedFile}. */
export const sessionActivitySharedFileSchema: z.ZodType<SessionActivitySharedFile> = genericActivityEvent(
  "SessionActivitySharedFile",
  "SharedFile",
);

/** Data of {@link SessionActivityChatbotMessage}. */
export interface SessionActivityChatbotMessageData extends SessionActivityGenericData {
  /** Always `"ChatbotMessage"`. */
  type: "ChatbotMessage";
}
/** A chatbot sent a message: `chatbotId` and `chatbotMessageContent` (a string in webhooks). Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityChatbotMessage {
  /** Discriminator. */
  eventType: "SessionActivityChatbotMessage";
  /** The generic activity payload. */
  data: SessionActivityChatbotMessageData;
}
/** Schema of {@link SessionActivityChatbotMessage}. */
export const sessionActivityChatbotMessageSchema: z.ZodType<SessionActivityChatbotMessage> = genericActivityEvent(
  "SessionActivityChatbotMessage",
  "ChatbotMessage",
);

/** Data of {@link SessionActivityWelcomeMessage}. */
export interface SessionActivityWelcomeMessageData extends SessionActivityGenericData {
  /** Always `"WelcomeMessage"`. */
  type: "WelcomeMessage";
}
/** The welcome message was shown to the guest (`text`). Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityWelcomeMessage {
  /** Discriminator. */
  eventType: "SessionActivityWelcomeMessage";
  /** The generic activity payload. */
  data: SessionActivityWelcomeMessageData;
}
/** Schema of {@link SessionActivityWelcomeMessage}. */
export const sessionActivityWelcomeMessageSchema: z.ZodType<SessionActivityWelcomeMessage> = genericActivityEvent(
  "SessionActivityWelcomeMessage",
  "WelcomeMessage",
);

/** Data of {@link SessionActivityLastFarewellMessage}. */
export interface SessionActivityLastFarewellMessageData extends SessionActivityGenericData {
  /** Always `"LastFarewellMessage"`. */
  type: "LastFarewellMessage";
}
/** The session was closed automatically after 24 hours in the queue (WhatsApp, Messenger); `text` is the farewell. [webhooks page] */
export interface SessionActivityLastFarewellMessage {
  /** Discriminator. */
  eventType: "SessionActivityLastFarewellMessage";
  /** The generic activity payload. */
  data: SessionActivityLastFarewellMessageData;
}
/** Schema of {@link SessionActivityLastFarewellMessage}. */
export const sessionActivityLastFarewellMessageSchema: z.ZodType<SessionActivityLastFarewellMessage> =
  genericActivityEvent("SessionActivityLastFarewellMessage", "LastFarewellMessage");

/** Data of {@link SessionActivityPreviewUrl}. */
export interface SessionActivityPreviewUrlData extends SessionActivityGenericData {
  /** Always `"PreviewUrl"`. */
  type: "PreviewUrl";
}
/** A message contained a URL: `previewUrl` is its preview, `client` who sent it, `userId` set when an operator did. [webhooks page] */
export interface SessionActivityPreviewUrl {
  /** Discriminator. */
  eventType: "SessionActivityPreviewUrl";
  /** The generic activity payload. */
  data: SessionActivityPreviewUrlData;
}
/** Schema of {@link SessionActivityPreviewUrl}. */
export const sessionActivityPreviewUrlSchema: z.ZodType<SessionActivityPreviewUrl> = genericActivityEvent(
  "SessionActivityPreviewUrl",
  "PreviewUrl",
);

/** Data of {@link SessionActivityExternalMessage}. */
export interface SessionActivityExternalMessageData extends SessionActivityGenericData {
  /** Always `"ExternalMessage"`. */
  type: "ExternalMessage";
}
/** A message sent outside mluvii, e.g. a Facebook page's intro or Messenger messages (`text`). The page's table spells the type `ExteernalMessage`. [webhooks page] */
export interface SessionActivityExternalMessage {
  /** Discriminator. */
  eventType: "SessionActivityExternalMessage";
  /** The generic activity payload. */
  data: SessionActivityExternalMessageData;
}
/** Schema of {@link SessionActivityExternalMessage}. */
export const sessionActivityExternalMessageSchema: z.ZodType<SessionActivityExternalMessage> = genericActivityEvent(
  "SessionActivityExternalMessage",
  "ExternalMessage",
);

/** Data of {@link SessionActivityAutoActivity}. */
export interface SessionActivityAutoActivityData extends SessionActivityGenericData {
  /** Always `"AutoActivity"`. */
  type: "AutoActivity";
}
/** An automatic message, e.g. on guest inactivity or when the operator is busy; `text` may be HTML. [webhooks page] */
export interface SessionActivityAutoActivity {
  /** Discriminator. */
  eventType: "SessionActivityAutoActivity";
  /** The generic activity payload. */
  data: SessionActivityAutoActivityData;
}
/** Schema of {@link SessionActivityAutoActivity}. */
export const sessionActivityAutoActivitySchema: z.ZodType<SessionActivityAutoActivity> = genericActivityEvent(
  "SessionActivityAutoActivity",
  "AutoActivity",
);

/** Data of {@link SessionActivityAutoActivityAsOperator}. */
export interface SessionActivityAutoActivityAsOperatorData extends SessionActivityGenericData {
  /** Always `"AutoActivityAsOperator"`. */
  type: "AutoActivityAsOperator";
}
/** An automatic message sent in an operator's name (added to `Webhooks/WebhookEventType.cs` on 2023-03-02). Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityAutoActivityAsOperator {
  /** Discriminator. */
  eventType: "SessionActivityAutoActivityAsOperator";
  /** The generic activity payload. */
  data: SessionActivityAutoActivityAsOperatorData;
}
/** Schema of {@link SessionActivityAutoActivityAsOperator}. */
export const sessionActivityAutoActivityAsOperatorSchema: z.ZodType<SessionActivityAutoActivityAsOperator> =
  genericActivityEvent("SessionActivityAutoActivityAsOperator", "AutoActivityAsOperator");

/** Data of {@link SessionActivityChatToMail}. */
export interface SessionActivityChatToMailData extends SessionActivityGenericData {
  /** Always `"ChatToMail"`. */
  type: "ChatToMail";
}
/** The transcript was e-mailed: by the guest (`client: "Guest"`) or an operator (`client: "User"`, `userId`; the page writes `userID`). [webhooks page] */
export interface SessionActivityChatToMail {
  /** Discriminator. */
  eventType: "SessionActivityChatToMail";
  /** The generic activity payload. */
  data: SessionActivityChatToMailData;
}
/** Schema of {@link SessionActivityChatToMail}. */
export const sessionActivityChatToMailSchema: z.ZodType<SessionActivityChatToMail> = genericActivityEvent(
  "SessionActivityChatToMail",
  "ChatToMail",
);

/** The message activities, keyed by event type; `MluviiWebhookEventMap` extends it. */
export interface MessageActivityEventMap {
  /** See {@link SessionActivityChatMessage}. */
  SessionActivityChatMessage: SessionActivityChatMessage;
  /** See {@link SessionActivitySharedFile}. */
  SessionActivitySharedFile: SessionActivitySharedFile;
  /** See {@link SessionActivityChatbotMessage}. */
  SessionActivityChatbotMessage: SessionActivityChatbotMessage;
  /** See {@link SessionActivityWelcomeMessage}. */
  SessionActivityWelcomeMessage: SessionActivityWelcomeMessage;
  /** See {@link SessionActivityLastFarewellMessage}. */
  SessionActivityLastFarewellMessage: SessionActivityLastFarewellMessage;
  /** See {@link SessionActivityPreviewUrl}. */
  SessionActivityPreviewUrl: SessionActivityPreviewUrl;
  /** See {@link SessionActivityExternalMessage}. */
  SessionActivityExternalMessage: SessionActivityExternalMessage;
  /** See {@link SessionActivityAutoActivity}. */
  SessionActivityAutoActivity: SessionActivityAutoActivity;
  /** See {@link SessionActivityAutoActivityAsOperator}. */
  SessionActivityAutoActivityAsOperator: SessionActivityAutoActivityAsOperator;
  /** See {@link SessionActivityChatToMail}. */
  SessionActivityChatToMail: SessionActivityChatToMail;
}

/** The schema of each of the message activities. */
export const messageActivityEventSchemas = {
  SessionActivityChatMessage: sessionActivityChatMessageSchema,
  SessionActivitySharedFile: sessionActivitySharedFileSchema,
  SessionActivityChatbotMessage: sessionActivityChatbotMessageSchema,
  SessionActivityWelcomeMessage: sessionActivityWelcomeMessageSchema,
  SessionActivityLastFarewellMessage: sessionActivityLastFarewellMessageSchema,
  SessionActivityPreviewUrl: sessionActivityPreviewUrlSchema,
  SessionActivityExternalMessage: sessionActivityExternalMessageSchema,
  SessionActivityAutoActivity: sessionActivityAutoActivitySchema,
  SessionActivityAutoActivityAsOperator: sessionActivityAutoActivityAsOperatorSchema,
  SessionActivityChatToMail: sessionActivityChatToMailSchema,
} satisfies EventSchemas<MessageActivityEventMap>;
