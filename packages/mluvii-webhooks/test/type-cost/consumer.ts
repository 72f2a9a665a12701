/**
 * Type-cost consumer: an exhaustive `switch` over all 49 events and an `on()` handler for each, as a service would
 * write them. `type-cost.test.ts` measures its tsc instantiations minus `baseline.ts`.
 */
import { createRouter } from "@contactkit/core";
import { type MluviiWebhookEvent, mluviiWebhooks, sessionIdOf } from "@contactkit/mluvii-webhooks";

export function handle(event: MluviiWebhookEvent): number | undefined {
  switch (event.eventType) {
    case "UserStatusChanged":
      return sessionIdOf(event);
    case "SessionCreated":
      return sessionIdOf(event);
    case "SessionStarted":
      return sessionIdOf(event);
    case "SessionEnded":
      return sessionIdOf(event);
    case "SessionForwarded":
      return sessionIdOf(event);
    case "SessionOperatorJoined":
      return sessionIdOf(event);
    case "SessionOperatorLeft":
      return sessionIdOf(event);
    case "SessionOperatorConcluded":
      return sessionIdOf(event);
    case "SessionCallParamsUpdated":
      return sessionIdOf(event);
    case "SessionRecordingPostProcessingCompleted":
      return sessionIdOf(event);
    case "EmailThreadCreated":
      return sessionIdOf(event);
    case "EmailThreadOperatorJoined":
      return sessionIdOf(event);
    case "EmailThreadOperatorLeft":
      return sessionIdOf(event);
    case "EmailThreadForwarded":
      return sessionIdOf(event);
    case "GuestIdentityUpdated":
      return sessionIdOf(event);
    case "SessionActivityChatMessage":
      return sessionIdOf(event);
    case "SessionActivitySharedFile":
      return sessionIdOf(event);
    case "SessionActivitySharedScreen":
      return sessionIdOf(event);
    case "SessionActivityCobrowsingStarted":
      return sessionIdOf(event);
    case "SessionActivityCobrowsingStoppedByGuest":
      return sessionIdOf(event);
    case "SessionActivityScreenSharingFailedByGuest":
      return sessionIdOf(event);
    case "SessionActivityFileUploadFailed":
      return sessionIdOf(event);
    case "SessionActivityHeroCard":
      return sessionIdOf(event);
    case "SessionActivityHeroCardSubmission":
      return sessionIdOf(event);
    case "SessionActivityChatbotMessage":
      return sessionIdOf(event);
    case "SessionActivityCallScript":
      return sessionIdOf(event);
    case "SessionActivityCallScriptSubmission":
      return sessionIdOf(event);
    case "SessionActivityWelcomeMessage":
      return sessionIdOf(event);
    case "SessionActivityLastFarewellMessage":
      return sessionIdOf(event);
    case "SessionActivityPreviewUrl":
      return sessionIdOf(event);
    case "SessionActivityExternalMessage":
      return sessionIdOf(event);
    case "SessionActivityOnHold":
      return sessionIdOf(event);
    case "SessionActivityResumeGuest":
      return sessionIdOf(event);
    case "SessionActivityChatToMail":
      return sessionIdOf(event);
    case "SessionActivityAutoActivity":
      return sessionIdOf(event);
    case "SessionActivityAutoActivityAsOperator":
      return sessionIdOf(event);
    case "SessionActivityChatbotHeroCardSubmission":
      return sessionIdOf(event);
    case "SessionActivitySessionEnded":
      return sessionIdOf(event);
    case "SessionActivitySessionForwarded":
      return sessionIdOf(event);
    case "SessionActivityOperatorInvited":
      return sessionIdOf(event);
    case "SessionActivityOperatorInviteCanceled":
      return sessionIdOf(event);
    case "SessionActivityOperatorInviteRejected":
      return sessionIdOf(event);
    case "SessionActivityOperatorKicked":
      return sessionIdOf(event);
    case "SessionActivityAvRequest":
      return sessionIdOf(event);
    case "SessionActivityAvResponse":
      return sessionIdOf(event);
    case "SessionActivityAvMediaResult":
      return sessionIdOf(event);
    case "SessionActivityAvTerminated":
      return sessionIdOf(event);
    case "EmailThreadParamsUpdated":
      return sessionIdOf(event);
    case "ApplicationSettingChanged":
      return sessionIdOf(event);
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export const router = createRouter(mluviiWebhooks)
  .on("UserStatusChanged", (e) => e.data)
  .on("SessionCreated", (e) => e.data)
  .on("SessionStarted", (e) => e.data)
  .on("SessionEnded", (e) => e.data)
  .on("SessionForwarded", (e) => e.data)
  .on("SessionOperatorJoined", (e) => e.data)
  .on("SessionOperatorLeft", (e) => e.data)
  .on("SessionOperatorConcluded", (e) => e.data)
  .on("SessionCallParamsUpdated", (e) => e.data)
  .on("SessionRecordingPostProcessingCompleted", (e) => e.data)
  .on("EmailThreadCreated", (e) => e.data)
  .on("EmailThreadOperatorJoined", (e) => e.data)
  .on("EmailThreadOperatorLeft", (e) => e.data)
  .on("EmailThreadForwarded", (e) => e.data)
  .on("GuestIdentityUpdated", (e) => e.data)
  .on("SessionActivityChatMessage", (e) => e.data)
  .on("SessionActivitySharedFile", (e) => e.data)
  .on("SessionActivitySharedScreen", (e) => e.data)
  .on("SessionActivityCobrowsingStarted", (e) => e.data)
  .on("SessionActivityCobrowsingStoppedByGuest", (e) => e.data)
  .on("SessionActivityScreenSharingFailedByGuest", (e) => e.data)
  .on("SessionActivityFileUploadFailed", (e) => e.data)
  .on("SessionActivityHeroCard", (e) => e.data)
  .on("SessionActivityHeroCardSubmission", (e) => e.data)
  .on("SessionActivityChatbotMessage", (e) => e.data)
  .on("SessionActivityCallScript", (e) => e.data)
  .on("SessionActivityCallScriptSubmission", (e) => e.data)
  .on("SessionActivityWelcomeMessage", (e) => e.data)
  .on("SessionActivityLastFarewellMessage", (e) => e.data)
  .on("SessionActivityPreviewUrl", (e) => e.data)
  .on("SessionActivityExternalMessage", (e) => e.data)
  .on("SessionActivityOnHold", (e) => e.data)
  .on("SessionActivityResumeGuest", (e) => e.data)
  .on("SessionActivityChatToMail", (e) => e.data)
  .on("SessionActivityAutoActivity", (e) => e.data)
  .on("SessionActivityAutoActivityAsOperator", (e) => e.data)
  .on("SessionActivityChatbotHeroCardSubmission", (e) => e.data)
  .on("SessionActivitySessionEnded", (e) => e.data)
  .on("SessionActivitySessionForwarded", (e) => e.data)
  .on("SessionActivityOperatorInvited", (e) => e.data)
  .on("SessionActivityOperatorInviteCanceled", (e) => e.data)
  .on("SessionActivityOperatorInviteRejected", (e) => e.data)
  .on("SessionActivityOperatorKicked", (e) => e.data)
  .on("SessionActivityAvRequest", (e) => e.data)
  .on("SessionActivityAvResponse", (e) => e.data)
  .on("SessionActivityAvMediaResult", (e) => e.data)
  .on("SessionActivityAvTerminated", (e) => e.data)
  .on("EmailThreadParamsUpdated", (e) => e.data)
  .on("ApplicationSettingChanged", (e) => e.data);

const result = mluviiWebhooks.safeParse("{}");
export const handled = result.ok && result.known ? handle(result.event) : undefined;
