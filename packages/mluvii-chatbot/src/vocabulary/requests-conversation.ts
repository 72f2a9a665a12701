import * as z from "zod";
import { unsupportedTags } from "../html";
import { bareRequest, idSchema, requestShape, type SessionRequest } from "./requests-common";

/** Send a chat message. `text` is HTML limited to `<strong>`, `<em>`, `<a>`; Apple channels use `\n` for lines. */
export interface TextRequest extends SessionRequest {
  /** Always `"Text"`. */
  activity: "Text";
  /** Message HTML (subset above); build it with `mluviiHtml` to escape values. */
  text: string;
  /** Optional ISO-8601 time of the message. */
  timestamp?: string;
}

/** Show or hide the "bot is typing" indicator. Seed 001 sends `"typing"`; the enum value is `Typing`. */
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
  /** Target group id. */
  operatorGroupId: number;
  /** Must be absent when forwarding to a group. */
  userId?: never;
}

/** Forward the session to one operator. */
export interface ForwardToUserRequest extends SessionRequest {
  /** Always `"Forward"`. */
  activity: "Forward";
  /** Target operator's user id. */
  userId: number;
  /** Must be absent when forwarding to a user. */
  operatorGroupId?: never;
}

/** `Forward`: exactly one of `operatorGroupId` or `userId` (seed 001). */
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

/** Ask the guest to share a location; the answer arrives as a `GuestLocation` callback. */
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

/** An ISO-8601 timestamp with an offset, as mluvii's own examples send. */
export const outboundTimestamp = z.iso.datetime({ offset: true });

const mluviiHtmlText = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const tags = unsupportedTags(text);
    if (tags.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `mluvii keeps only <strong>, <em> and <a>; would drop <${tags.join(">, <")}> (escape plain text with escapeMluviiText)`,
      });
    }
  });

/** Schema of {@link TextRequest} (strict: unknown keys are errors). */
export const textRequestSchema: z.ZodType<TextRequest> = z.strictObject({
  ...requestShape("Text"),
  text: mluviiHtmlText,
  timestamp: outboundTimestamp.exactOptional(),
});

/** Schema of {@link TypingRequest} (strict: unknown keys are errors). */
export const typingRequestSchema: z.ZodType<TypingRequest> = z.strictObject({
  ...requestShape("Typing"),
  show: z.boolean(),
});

/** Schema of {@link ForwardRequest} (strict: unknown keys are errors). */
export const forwardRequestSchema: z.ZodType<ForwardRequest> = z.union([
  z.strictObject({ ...requestShape("Forward"), operatorGroupId: idSchema }),
  z.strictObject({ ...requestShape("Forward"), userId: idSchema }),
]);

/** Schema of {@link HandOffRequest} (strict: unknown keys are errors). */
export const handOffRequestSchema: z.ZodType<HandOffRequest> = bareRequest("HandOff");
/** Schema of {@link EndConversationRequest} (strict: unknown keys are errors). */
export const endConversationRequestSchema: z.ZodType<EndConversationRequest> = bareRequest("EndConversation");

/** Schema of {@link SendGuestOfflineEmailRequest} (strict: unknown keys are errors). */
export const sendGuestOfflineEmailRequestSchema: z.ZodType<SendGuestOfflineEmailRequest> = z.strictObject({
  ...requestShape("SendGuestOfflineEmail"),
  subject: z.string().min(1),
  message: z.string().min(1),
  location: z.string(),
});

/** Schema of {@link RequestLocationRequest} (strict: unknown keys are errors). */
export const requestLocationRequestSchema: z.ZodType<RequestLocationRequest> = z.strictObject({
  ...requestShape("RequestLocation"),
  text: z.string().min(1),
});

/** Schema of {@link SetTagRequest} (strict: unknown keys are errors). */
export const setTagRequestSchema: z.ZodType<SetTagRequest> = z.strictObject({
  ...requestShape("SetTag"),
  name: z.string().min(1),
});

/** Schema of {@link UnsetTagRequest} (strict: unknown keys are errors). */
export const unsetTagRequestSchema: z.ZodType<UnsetTagRequest> = z.strictObject({
  ...requestShape("UnsetTag"),
  name: z.string().min(1),
});
