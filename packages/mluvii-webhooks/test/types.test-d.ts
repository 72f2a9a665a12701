/**
 * Type tests, checked by `tsc` (the repository's typecheck), not run by vitest. A wrong type here fails CI.
 */
import { createRouter, type OpenEnum } from "@contactkit/core";
import {
  type ActivityFile,
  type ApplicationSettingChanged,
  type ClientType,
  type MluviiWebhookEvent,
  type MluviiWebhookEventMap,
  mluviiWebhooks,
  type SessionActivityAvRequest,
  type SessionActivityGenericData,
  type SessionActivityHeroCard,
  type SessionEnded,
  sessionEndedSchema,
} from "@contactkit/mluvii-webhooks";
import { expectTypeOf } from "vitest";
import type * as z from "zod";

/** Exhaustive switch: adding a 50th type to the map without a case here is a compile error. */
export function describeEvent(event: MluviiWebhookEvent): string {
  switch (event.eventType) {
    case "UserStatusChanged":
      return event.data.status;
    case "SessionCreated":
      return event.data.channel;
    case "SessionStarted":
      return event.data.started;
    case "SessionEnded":
      return event.data.started ?? event.data.ended;
    case "SessionForwarded":
      return String(event.data.operatorGroupId);
    case "SessionOperatorJoined":
    case "SessionOperatorLeft":
    case "SessionOperatorConcluded":
      return String(event.data.userId);
    case "SessionCallParamsUpdated":
    case "SessionRecordingPostProcessingCompleted":
      return String(event.data.id);
    case "EmailThreadCreated":
      return event.data.created;
    case "EmailThreadOperatorJoined":
    case "EmailThreadOperatorLeft":
      return event.data.time;
    case "EmailThreadForwarded":
      return String(event.data.userId);
    case "GuestIdentityUpdated":
      return String(event.data.id);
    case "SessionActivityChatMessage":
      return event.data.type;
    case "SessionActivitySharedFile":
      return event.data.file?.downloadUrl ?? "";
    case "SessionActivitySharedScreen":
    case "SessionActivityCobrowsingStarted":
    case "SessionActivityCobrowsingStoppedByGuest":
    case "SessionActivityScreenSharingFailedByGuest":
    case "SessionActivityFileUploadFailed":
      return event.data.type;
    case "SessionActivityHeroCard":
      return String(event.data.heroCard?.length);
    case "SessionActivityHeroCardSubmission":
      return event.data.result;
    case "SessionActivityChatbotMessage":
      return event.data.chatbotMessageContent ?? "";
    case "SessionActivityCallScript":
      return String(event.data.callScript?.[0]?.inputType);
    case "SessionActivityCallScriptSubmission":
    case "SessionActivityWelcomeMessage":
    case "SessionActivityLastFarewellMessage":
      return event.data.type;
    case "SessionActivityPreviewUrl":
      return event.data.previewUrl?.originalUrl ?? "";
    case "SessionActivityExternalMessage":
    case "SessionActivityOnHold":
    case "SessionActivityResumeGuest":
    case "SessionActivityChatToMail":
    case "SessionActivityAutoActivity":
    case "SessionActivityAutoActivityAsOperator":
      return event.data.type;
    case "SessionActivityChatbotHeroCardSubmission":
      return event.data.chatbotHeroCardSubmissionKey ?? "";
    case "SessionActivitySessionEnded":
      return event.data.terminationReason ?? "";
    case "SessionActivitySessionForwarded":
      return event.data.toPhoneNumber ?? "";
    case "SessionActivityOperatorInvited":
    case "SessionActivityOperatorInviteCanceled":
    case "SessionActivityOperatorInviteRejected":
    case "SessionActivityOperatorKicked":
      return String(event.data.toOperatorUserId);
    case "SessionActivityAvRequest":
    case "SessionActivityAvTerminated":
      return String(event.data.operatorId);
    case "SessionActivityAvResponse":
      return event.data.response;
    case "SessionActivityAvMediaResult":
      return event.data.result;
    case "EmailThreadParamsUpdated":
      return String(event.data.id);
    case "ApplicationSettingChanged":
      return event.data.name ?? "";
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

// The consumer snippet narrows through safeParse.
const result = mluviiWebhooks.safeParse("{}");
if (result.ok && result.known) {
  if (result.event.eventType === "SessionEnded") expectTypeOf(result.event).toEqualTypeOf<SessionEnded>();
  if (result.type === "SessionActivityHeroCard") expectTypeOf(result.event).toEqualTypeOf<SessionActivityHeroCard>();
}

// The map's keys are exactly the event interfaces' discriminators.
expectTypeOf<keyof MluviiWebhookEventMap>().toEqualTypeOf<MluviiWebhookEvent["eventType"]>();

// Nullability and field names as the models say.
expectTypeOf<SessionEnded["data"]["started"]>().toEqualTypeOf<string | null>();
expectTypeOf<SessionActivityAvRequest["data"]>().toHaveProperty("operatorId");
// @ts-expect-error the A/V payloads have operatorId, not the userId the page's tables show
expectTypeOf<SessionActivityAvRequest["data"]>().toHaveProperty("userId");
expectTypeOf<SessionActivityHeroCard["data"]["type"]>().toEqualTypeOf<"HeroCard">();
expectTypeOf<SessionActivityHeroCard["data"]["client"]>().toEqualTypeOf<ClientType | null>();
expectTypeOf<ClientType>().toEqualTypeOf<OpenEnum<"User" | "Guest" | "Chatbot">>();
expectTypeOf<MluviiWebhookEventMap["SessionActivityHeroCardSubmission"]["data"]["params"]>().toEqualTypeOf<Record<
  string,
  string | null
> | null>();
// C# reference types may be null (mluvii/mluvii.ApiModels@9529d71: ActivityFile.Name/DownloadUrl, ApplicationSettingChangedPayload.Name)
expectTypeOf<SessionActivityGenericData["file"]>().toEqualTypeOf<ActivityFile | null>();
expectTypeOf<ActivityFile["name"]>().toEqualTypeOf<string | null>();
expectTypeOf<ActivityFile["downloadUrl"]>().toEqualTypeOf<string | null>();
expectTypeOf<ApplicationSettingChanged["data"]["name"]>().toEqualTypeOf<string | null>();

// Schemas are checked against interfaces.
expectTypeOf(sessionEndedSchema).toEqualTypeOf<z.ZodType<SessionEnded>>();

// Router handlers are typed by lookup.
createRouter(mluviiWebhooks).on("SessionActivityAvResponse", (e) => {
  expectTypeOf(e.data.response).toEqualTypeOf<
    OpenEnum<"None" | "Requested" | "Accepted" | "RejectedUser" | "RejectedShitBrowser" | "RejectedNoMic">
  >();
});
