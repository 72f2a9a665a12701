/**
 * mluvii's enumerations as they appear in webhook payloads. Every enum is open: mluvii's contract README says
 * "Enumerations may change by adding new values … consumers should ignore unknown values", so a value added later
 * parses (tolerant mode) and is typed as the known literals plus `string`. Strict mode rejects unknown values.
 * Values are exactly those of the C# enums in `mluvii/mluvii.ApiModels@9529d71` (`Sessions/*.cs`, `Users/*.cs`), without
 * the deserialisation-only `UNKNOWN` (that repository's README, "Serialization"). Paths below are in that repository.
 */
import { defineOpenEnum, type OpenEnumOf } from "@contactkit/core";

/** Values of `SessionChannel` (`Sessions/SessionChannel.cs`). E-mail is never a session channel. */
export const SessionChannel = defineOpenEnum(["Chat", "AV", "Phone"]);
/** How the guest talks to the operator: `Chat`, `AV` (audio/video) or `Phone`. Open enum. */
export type SessionChannel = OpenEnumOf<typeof SessionChannel>;

/** Values of `SessionSource` (`Sessions/SessionSource.cs`); `GenericChannel` was added 2024-04. */
export const SessionSource = defineOpenEnum([
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
]);
/**
 * Where the session came from. `Default` is the web chat; Facebook/WhatsApp/VK/Apple/GenericChannel are sources
 * (a WhatsApp chat is `channel: "Chat", source: "WhatsApp"`). Open enum.
 */
export type SessionSource = OpenEnumOf<typeof SessionSource>;

/** Values of `ClientType` (`Sessions/ClientType.cs`). The webhooks page writes them lower-case; the wire does not. */
export const ClientType = defineOpenEnum(["User", "Guest", "Chatbot"]);
/** Who performed an activity: `User` (an operator), `Guest` (the client) or `Chatbot`. Open enum. */
export type ClientType = OpenEnumOf<typeof ClientType>;

/** Values of `SessionTerminationReason`; its zero value is `UnknownReason` (not `UNKNOWN`), `SingleUseSession` added 2026-04-30. */
export const SessionTerminationReason = defineOpenEnum([
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
]);
/** Why a session ended (`SessionActivitySessionEnded.data.terminationReason`). Open enum. */
export type SessionTerminationReason = OpenEnumOf<typeof SessionTerminationReason>;

/** Values of `HeroCardSubmissionResult` (note the double "l" in `Cancelled`). */
export const HeroCardSubmissionResult = defineOpenEnum(["Submitted", "Cancelled"]);
/** Whether a hero card form was submitted or cancelled. Open enum. */
export type HeroCardSubmissionResult = OpenEnumOf<typeof HeroCardSubmissionResult>;

/** Values of `SessionAVRequestState` (`RejectedShitBrowser` is mluvii's own spelling). */
export const SessionAvRequestState = defineOpenEnum([
  "None",
  "Requested",
  "Accepted",
  "RejectedUser",
  "RejectedShitBrowser",
  "RejectedNoMic",
]);
/** The guest's answer to an audio/video request. Open enum. */
export type SessionAvRequestState = OpenEnumOf<typeof SessionAvRequestState>;

/** Values of `GetMediaResult`. */
export const GetMediaResult = defineOpenEnum(["Success", "NoCameraOnlyMic", "NoDevices", "UserDenied"]);
/** What the guest's browser granted for an audio/video call. Open enum. */
export type GetMediaResult = OpenEnumOf<typeof GetMediaResult>;

/** Values of `UserSimplifiedStatus`. */
export const UserSimplifiedStatus = defineOpenEnum(["OFFLINE", "ONLINE", "BUSY", "AWAY"]);
/** An operator's simplified presence. Open enum. */
export type UserSimplifiedStatus = OpenEnumOf<typeof UserSimplifiedStatus>;

/** Values of `UserAvailabilityStatus`. */
export const UserAvailabilityStatus = defineOpenEnum(["DEFAULT", "AWAY", "ON_CALL"]);
/** An operator's availability. Open enum. */
export type UserAvailabilityStatus = OpenEnumOf<typeof UserAvailabilityStatus>;

/** Values of `FormFieldInputType` (`Sessions/FormFieldInputType.cs`). */
export const FormFieldInputType = defineOpenEnum([
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
]);
/** The kind of a hero-card or call-script form field. Open enum. */
export type FormFieldInputType = OpenEnumOf<typeof FormFieldInputType>;
