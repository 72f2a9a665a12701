/**
 * mluvii's enumerations as they appear in webhook payloads. Every enum is open: mluvii's contract README says
 * "Enumerations may change by adding new values … consumers should ignore unknown values", so a value added later
 * parses (tolerant mode) and is typed as the known literals plus `string`. Strict mode rejects unknown values.
 * Values are exactly those of the C# enums in `mluvii/mluvii.ApiModels@9529d71` (`Sessions/*.cs`, `Users/*.cs`), without
 * the deserialisation-only `UNKNOWN` (that repository's README, "Serialization"). Paths below are in that repository.
 */
import { type OpenEnum, openEnum } from "@contactkit/core";

/** Values of `SessionChannel` (`Sessions/SessionChannel.cs`). E-mail is never a session channel. */
export const sessionChannels = ["Chat", "AV", "Phone"] as const;
/** How the guest talks to the operator: `Chat`, `AV` (audio/video) or `Phone`. Open enum. */
export type SessionChannel = OpenEnum<(typeof sessionChannels)[number]>;
/** Schema of {@link SessionChannel}. */
export const sessionChannelSchema = openEnum(sessionChannels);

/** Values of `SessionSource` (`Sessions/SessionSource.cs`); `GenericChannel` was added 2024-04. */
export const sessionSources = [
  "Default",
  "Callback",
  "Invitation",
  "ChatInvitation",
  "IncomingCall",
  "OutgoingCall",
  "Campaign",
  "API",
  "Facebook",
  "WhatsApp",
  "VK",
  "Apple",
  "GenericChannel",
] as const;
/**
 * Where the session came from. `Default` is the web chat; Facebook/WhatsApp/VK/Apple/GenericChannel are sources
 * (a WhatsApp chat is `channel: "Chat", source: "WhatsApp"`). Open enum.
 */
export type SessionSource = OpenEnum<(typeof sessionSources)[number]>;
/** Schema of {@link SessionSource}. */
export const sessionSourceSchema = openEnum(sessionSources);

/** Values of `ClientType` (`Sessions/ClientType.cs`). The webhooks page writes them lower-case; the wire does not. */
export const clientTypes = ["User", "Guest", "Chatbot"] as const;
/** Who performed an activity: `User` (an operator), `Guest` (the client) or `Chatbot`. Open enum. */
export type ClientType = OpenEnum<(typeof clientTypes)[number]>;
/** Schema of {@link ClientType}. */
export const clientTypeSchema = openEnum(clientTypes);

/** Values of `SessionTerminationReason`; its zero value is `UnknownReason` (not `UNKNOWN`), `SingleUseSession` added 2026-04-30. */
export const sessionTerminationReasons = [
  "UnknownReason",
  "GuestLeft",
  "OperatorLeft",
  "ChatbotLeft",
  "GuestAbandoned",
  "OperatorAbandoned",
  "ExternalPartyLeft",
  "CampaignFailedDial",
  "CampaignTerminated",
  "CallForwardedToExternalPhone",
  "OperatorWithoutExtension",
  "ForwardToExternalPhoneFailed",
  "FailedRouting",
  "ExternalSessionExpired",
  "SessionApiCall",
  "SingleUseSession",
] as const;
/** Why a session ended (`SessionActivitySessionEnded.data.terminationReason`). Open enum. */
export type SessionTerminationReason = OpenEnum<(typeof sessionTerminationReasons)[number]>;
/** Schema of {@link SessionTerminationReason}. */
export const sessionTerminationReasonSchema = openEnum(sessionTerminationReasons);

/** Values of `HeroCardSubmissionResult` (note the double "l" in `Cancelled`). */
export const heroCardSubmissionResults = ["Submitted", "Cancelled"] as const;
/** Whether a hero card form was submitted or cancelled. Open enum. */
export type HeroCardSubmissionResult = OpenEnum<(typeof heroCardSubmissionResults)[number]>;
/** Schema of {@link HeroCardSubmissionResult}. */
export const heroCardSubmissionResultSchema = openEnum(heroCardSubmissionResults);

/** Values of `SessionAVRequestState` (`RejectedShitBrowser` is mluvii's own spelling). */
export const sessionAvRequestStates = [
  "None",
  "Requested",
  "Accepted",
  "RejectedUser",
  "RejectedShitBrowser",
  "RejectedNoMic",
] as const;
/** The guest's answer to an audio/video request. Open enum. */
export type SessionAvRequestState = OpenEnum<(typeof sessionAvRequestStates)[number]>;
/** Schema of {@link SessionAvRequestState}. */
export const sessionAvRequestStateSchema = openEnum(sessionAvRequestStates);

/** Values of `GetMediaResult`. */
export const getMediaResults = ["Success", "NoCameraOnlyMic", "NoDevices", "UserDenied"] as const;
/** What the guest's browser granted for an audio/video call. Open enum. */
export type GetMediaResult = OpenEnum<(typeof getMediaResults)[number]>;
/** Schema of {@link GetMediaResult}. */
export const getMediaResultSchema = openEnum(getMediaResults);

/** Values of `UserSimplifiedStatus`. */
export const userSimplifiedStatuses = ["OFFLINE", "ONLINE", "BUSY", "AWAY"] as const;
/** An operator's simplified presence. Open enum. */
export type UserSimplifiedStatus = OpenEnum<(typeof userSimplifiedStatuses)[number]>;
/** Schema of {@link UserSimplifiedStatus}. */
export const userSimplifiedStatusSchema = openEnum(userSimplifiedStatuses);

/** Values of `UserAvailabilityStatus`. */
export const userAvailabilityStatuses = ["DEFAULT", "AWAY", "ON_CALL"] as const;
/** An operator's availability. Open enum. */
export type UserAvailabilityStatus = OpenEnum<(typeof userAvailabilityStatuses)[number]>;
/** Schema of {@link UserAvailabilityStatus}. */
export const userAvailabilityStatusSchema = openEnum(userAvailabilityStatuses);

/** Values of `FormFieldInputType` (`Sessions/FormFieldInputType.cs`). */
export const formFieldInputTypes = [
  "Text",
  "Email",
  "Phone",
  "Number",
  "TextArea",
  "RichText",
  "Radio",
  "Select",
  "Image",
  "Video",
  "Document",
  "Gdpr",
  "Confirmation",
  "Submit",
  "Identification",
  "TimePicker",
  "ListPicker",
  "QuickReply",
  "Stars",
  "Smiles",
  "Thumbs",
  "Feedback",
  "Transcript",
  "NPSScale",
  "FileUpload",
  "PaymentRequest",
] as const;
/** The kind of a hero-card or call-script form field. Open enum. */
export type FormFieldInputType = OpenEnum<(typeof formFieldInputTypes)[number]>;
/** Schema of {@link FormFieldInputType}. */
export const formFieldInputTypeSchema = openEnum(formFieldInputTypes);
