/**
 * mluvii's own webhook payload models, written down as data so the schemas can be checked against them (and not
 * only against themselves): `WebhookPayload<T>` and every payload class `T` of `mluvii/mluvii.ApiModels`, with the
 * C# type of each property. `test-support/mluvii-model/csharp-rule.ts` (shared with mluvii-chatbot) turns a type into "may be absent" / "may be null".
 */
import type { FieldModel, ObjectModel } from "../../../test-support/mluvii-model/csharp-rule";

const REPO = "mluvii/mluvii.ApiModels@9529d719068231b823de64ccbd7e08dd424cb9e4";
const payload = (name: string) => `${REPO}:Webhooks/Payloads/${name}Payload.cs`;

/** `WebhookPayload<T>`: `string EventType` and `T Data`, both reference types the SDK needs to read anything. */
const ENVELOPE: Record<string, FieldModel> = {
  eventType: { type: "string", notNull: "the discriminator: without it there is no event to read" },
  data: { type: "T", notNull: "the payload: an event without it says nothing" },
};

const SESSION_REF = { ...ENVELOPE, "data.id": "long", "data.tenantId": "int" };
const SESSION_INFO = { ...SESSION_REF, "data.channel": "enum SessionChannel", "data.source": "enum SessionSource" };
const OPERATOR = { ...SESSION_INFO, "data.userId": "int", "data.time": "DateTimeOffset" };
const THREAD_OPERATOR = { ...SESSION_REF, "data.userId": "int", "data.time": "DateTimeOffset" };
const AV = { ...ENVELOPE, "data.sessionId": "long", "data.operatorId": "long", "data.time": "DateTimeOffset" };

/** `SessionActivityGenericPayload` with `SessionModel.ActivityFile`; `object`-typed fields are opaque to the model. */
const GENERIC: ObjectModel = {
  source: payload("SessionActivityGeneric"),
  fields: {
    ...ENVELOPE,
    "data.sessionId": "long",
    "data.activityId": "long",
    "data.time": "DateTimeOffset",
    "data.type": "enum SessionActivityType",
    "data.heroCard": "ICollection<object>",
    "data.heroCardParams": "ICollection<object>",
    "data.callScript": "ICollection<object>",
    "data.client": "ClientType?",
    "data.text": "string",
    "data.previewUrl": "object",
    "data.file": "SessionModel.ActivityFile",
    "data.file.id": "int",
    "data.file.operatorOwner": "int?",
    "data.file.departmentOwner": "int?",
    "data.file.name": "string",
    "data.file.downloadUrl": "string",
    "data.file.isUploading": "bool",
    "data.file.isDeleted": "bool",
    "data.associatedSharedFileUrl": "string",
    "data.toOperatorUserId": "int?",
    "data.toOperatorFullName": "string",
    "data.toGroupId": "int?",
    "data.toGroupName": "string",
    "data.toPhoneNumber": "string",
    "data.note": "string",
    "data.chatbotMessageContent": "string",
    "data.submissionIdentification": "string",
    "data.userId": "int?",
    "data.chatbotId": "int?",
    "data.chatbotHeroCardSubmissionKey": "string",
    "data.chatbotHeroCardSubmissionValue": "string",
    "data.formFieldSetUUID": "Guid?",
    "data.terminationReason": "SessionTerminationReason?",
  },
};

const GENERIC_EVENTS = [
  "ChatMessage",
  "SharedFile",
  "SharedScreen",
  "CobrowsingStarted",
  "CobrowsingStoppedByGuest",
  "ScreenSharingFailedByGuest",
  "FileUploadFailed",
  "HeroCard",
  "ChatbotMessage",
  "CallScript",
  "CallScriptSubmission",
  "WelcomeMessage",
  "LastFarewellMessage",
  "PreviewUrl",
  "ExternalMessage",
  "OnHold",
  "ResumeGuest",
  "ChatToMail",
  "AutoActivity",
  "AutoActivityAsOperator",
  "ChatbotHeroCardSubmission",
  "SessionEnded",
  "SessionForwarded",
  "OperatorInvited",
  "OperatorInviteCanceled",
  "OperatorInviteRejected",
  "OperatorKicked",
];

const model = (name: string, fields: Record<string, FieldModel | string>): ObjectModel => ({
  source: payload(name),
  fields,
});

/** Every webhook event type's model. */
export const webhookModels: Record<string, ObjectModel> = {
  UserStatusChanged: model("UserStatusChanged", {
    ...ENVELOPE,
    "data.userId": "int",
    "data.status": "enum UserSimplifiedStatus",
    "data.availabilityStatus": "enum UserAvailabilityStatus",
    "data.availabilityStatusReason": "string",
  }),
  SessionCreated: model("SessionCreated", SESSION_INFO),
  SessionStarted: model("SessionStarted", { ...SESSION_INFO, "data.started": "DateTimeOffset" }),
  SessionEnded: model("SessionEnded", {
    ...SESSION_INFO,
    "data.started": "DateTimeOffset?",
    "data.ended": "DateTimeOffset",
  }),
  SessionForwarded: model("SessionForwarded", {
    ...SESSION_INFO,
    "data.time": "DateTimeOffset",
    "data.userId": "int?",
    "data.operatorGroupId": "int?",
    "data.chatbotId": "int?",
  }),
  SessionOperatorJoined: model("SessionOperatorJoined", OPERATOR),
  SessionOperatorLeft: model("SessionOperatorLeft", OPERATOR),
  SessionOperatorConcluded: model("SessionOperatorConcluded", OPERATOR),
  SessionCallParamsUpdated: model("SessionCallParamsUpdated", SESSION_REF),
  SessionRecordingPostProcessingCompleted: model("SessionRecordingPostProcessingCompleted", SESSION_REF),
  EmailThreadCreated: model("EmailThreadCreated", { ...SESSION_REF, "data.created": "DateTimeOffset" }),
  EmailThreadOperatorJoined: model("EmailThreadOperatorJoined", THREAD_OPERATOR),
  EmailThreadOperatorLeft: model("EmailThreadOperatorLeft", THREAD_OPERATOR),
  EmailThreadForwarded: model("EmailThreadForwarded", {
    ...SESSION_REF,
    "data.time": "DateTimeOffset",
    "data.userId": "int?",
    "data.operatorGroupId": "int?",
  }),
  EmailThreadParamsUpdated: model("EmailThreadInteractionParamsUpdated", SESSION_REF),
  GuestIdentityUpdated: model("GuestIdentityUpdated", SESSION_REF),
  ApplicationSettingChanged: model("ApplicationSettingChanged", {
    ...ENVELOPE,
    "data.name": "string",
    "data.companyId": "int?",
    "data.departmentId": "int?",
    "data.operatorGroupId": "int?",
    "data.userId": "int?",
    "data.routingRuleSetId": "int?",
  }),
  SessionActivityAvRequest: model("SessionActivityAvRequest", AV),
  SessionActivityAvResponse: model("SessionActivityAvResponse", {
    ...AV,
    "data.response": "enum SessionAVRequestState",
  }),
  SessionActivityAvMediaResult: model("SessionActivityAvMediaResult", {
    ...AV,
    "data.result": "enum GetMediaResult",
    "data.isStreamAvailable": "bool",
  }),
  SessionActivityAvTerminated: model("SessionActivityAvTerminated", AV),
  SessionActivityHeroCardSubmission: model("SessionActivityHeroCardSubmission", {
    ...ENVELOPE,
    "data.sessionId": "long",
    "data.result": "enum HeroCardSubmissionResult",
    "data.originalFormID": "int",
    "data.submittedByClient": "bool",
    "data.params": "IDictionary<string, string>",
    "data.params{}": "string",
    "data.time": "DateTimeOffset",
  }),
  ...Object.fromEntries(GENERIC_EVENTS.map((type) => [`SessionActivity${type}`, GENERIC])),
};
