/**
 * Conversation activities the bot sends, after `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad` (`ChatbotText.cs`,
 * `Typing.cs`, `ForwardFromChatbot.cs`, `HandOff.cs`, `EndConversation.cs`, `SendGuestOfflineEmail.cs`,
 * `RequestLocation.cs`, `SetTag.cs`, `UnsetTag.cs`) and mluvii's "Supported activities and events" page.
 */
import { type EventSchemas, optional } from "@contactkit/core";
import * as z from "zod";
import { bareRequest, idSchema, outboundTimestamp, requestShape, type SessionRequest } from "./requests-common";

/**
 * Send a chat message. `text` is HTML limited to `<strong>`, `<em>`, `<a>` (strict mode, which the bot client
 * uses, rejects other tags: mluvii would drop them); Apple channels use `\n` for lines.
 */
export interface TextRequest extends SessionRequest {
  /** Always `"Text"`. */
  activity: "Text";
  /** Message HTML (subset above); build it with `mluviiHtml` to escape values. */
  text: string;
  /** Optional ISO-8601 time of the message (`DateTimeOffset Timestamp`; mluvii's samples sometimes omit it). */
  timestamp?: string;
}

/** Show or hide the "bot is typing" indicator. The docs send `"typing"`; the enum value is `Typing`. */
export interface TypingRequest extends SessionRequest {
  /** Always `"Typing"`. */
  activity: "Typing";
  /** `true` shows the indicator, `false` hides it. */
  show: boolean;
}

/** Forward the session to an operator group (ignores capacity rules; no re-routing). */
export interface ForwardToGroupRequest extends SessionRequest {
  /** Always `"Forward"`. */
  activity: "Forward";
  /** Target group id (`int? OperatorGroupId`). */
  operatorGroupId: number;
  /** Absent, or `null` as a bot on the C# models sends it (`int? UserId`), when forwarding to a group. */
  userId?: null;
}

/** Forward the session to one operator. */
export interface ForwardToUserRequest extends SessionRequest {
  /** Always `"Forward"`. */
  activity: "Forward";
  /** Target operator's user id (`int? UserId`). */
  userId: number;
  /** Absent, or `null`, when forwarding to a user. */
  operatorGroupId?: null;
}

/** `Forward`: exactly one of `operatorGroupId` or `userId` ("Either operatorGroupId or userId must be set"). */
export type ForwardRequest = ForwardToGroupRequest | ForwardToUserRequest;

/** Return the session to routing; the bot is disconnected (set a `HandoffReason` call param first). */
export interface HandOffRequest extends SessionRequest {
  /** Always `"HandOff"` (capital O; the C# class is `Handoff`). */
  activity: "HandOff";
}

/** End the session. */
export interface EndConversationRequest extends SessionRequest {
  /** Always `"EndConversation"`. */
  activity: "EndConversation";
}

/** E-mail a message to the widget's offline-form address. */
export interface SendGuestOfflineEmailRequest extends SessionRequest {
  /** Always `"SendGuestOfflineEmail"`. */
  activity: "SendGuestOfflineEmail";
  /** E-mail subject. */
  subject: string;
  /** E-mail body. */
  message: string;
  /** Where the message came from, for the reader (e.g. `"Chatbot Mluviik"`). */
  location: string;
}

/** Ask the guest to share a location; the answer arrives as a `GuestLocation` callback (added 2025-03-18, 343420f). */
export interface RequestLocationRequest extends SessionRequest {
  /** Always `"RequestLocation"`. */
  activity: "RequestLocation";
  /** Prompt shown to the guest. */
  text: string;
}

/** Set a tag on the session (model `SetTag`; undocumented response). */
export interface SetTagRequest extends SessionRequest {
  /** Always `"SetTag"`. */
  activity: "SetTag";
  /** Tag name. */
  name: string;
}

/** Remove a tag from the session. */
export interface UnsetTagRequest extends SessionRequest {
  /** Always `"UnsetTag"`. */
  activity: "UnsetTag";
  /** Tag name. */
  name: string;
}

/** Schema of {@link TextRequest} (tolerant; the HTML subset is checked in strict mode). */
export const textRequestSchema: z.ZodType<TextRequest> = z.object({
  ...requestShape("Text"),
  text: z.string().min(1),
  timestamp: optional(outboundTimestamp),
});

/** Schema of {@link TypingRequest} (tolerant: unknown keys are dropped from the typed view). */
export const typingRequestSchema: z.ZodType<TypingRequest> = z.object({
  ...requestShape("Typing"),
  show: z.boolean(),
});

/** Schema of {@link ForwardRequest}: one target set, the other absent or `null`. */
export const forwardRequestSchema: z.ZodType<ForwardRequest> = z.union([
  z.object({ ...requestShape("Forward"), operatorGroupId: idSchema, userId: optional(z.null()) }),
  z.object({ ...requestShape("Forward"), userId: idSchema, operatorGroupId: optional(z.null()) }),
]);

/** Schema of {@link HandOffRequest}. */
export const handOffRequestSchema: z.ZodType<HandOffRequest> = bareRequest("HandOff");
/** Schema of {@link EndConversationRequest}. */
export const endConversationRequestSchema: z.ZodType<EndConversationRequest> = bareRequest("EndConversation");

/** Schema of {@link SendGuestOfflineEmailRequest}. */
export const sendGuestOfflineEmailRequestSchema: z.ZodType<SendGuestOfflineEmailRequest> = z.object({
  ...requestShape("SendGuestOfflineEmail"),
  subject: z.string().min(1),
  message: z.string().min(1),
  location: z.string(),
});

/** Schema of {@link RequestLocationRequest}. */
export const requestLocationRequestSchema: z.ZodType<RequestLocationRequest> = z.object({
  ...requestShape("RequestLocation"),
  text: z.string().min(1),
});

/** Schema of {@link SetTagRequest}. */
export const setTagRequestSchema: z.ZodType<SetTagRequest> = z.object({
  ...requestShape("SetTag"),
  name: z.string().min(1),
});

/** Schema of {@link UnsetTagRequest}. */
export const unsetTagRequestSchema: z.ZodType<UnsetTagRequest> = z.object({
  ...requestShape("UnsetTag"),
  name: z.string().min(1),
});

/** Requests that talk to the guest or move the conversation, by `activity` name. */
export interface MluviiChatbotConversationRequestMap {
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
  /** `SendGuestOfflineEmail` request: {@link SendGuestOfflineEmailRequest}. */
  SendGuestOfflineEmail: SendGuestOfflineEmailRequest;
  /** `SetTag` request: {@link SetTagRequest}. */
  SetTag: SetTagRequest;
  /** `UnsetTag` request: {@link UnsetTagRequest}. */
  UnsetTag: UnsetTagRequest;
  /** `RequestLocation` request: {@link RequestLocationRequest}. */
  RequestLocation: RequestLocationRequest;
}

/** The schema of each activity of {@link MluviiChatbotConversationRequestMap}. */
export const conversationRequestSchemas = {
  Text: textRequestSchema,
  Typing: typingRequestSchema,
  Forward: forwardRequestSchema,
  HandOff: handOffRequestSchema,
  EndConversation: endConversationRequestSchema,
  SendGuestOfflineEmail: sendGuestOfflineEmailRequestSchema,
  SetTag: setTagRequestSchema,
  UnsetTag: unsetTagRequestSchema,
  RequestLocation: requestLocationRequestSchema,
} as const satisfies EventSchemas<MluviiChatbotConversationRequestMap>;
