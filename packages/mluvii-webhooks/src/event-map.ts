import type { MluviiWebhookEventType } from "./event-types";
/**
 * The 49 live mluvii webhook event types (`ApiModels:Webhooks/WebhookEventType.cs`, in enum order) and the event
 * map that types every per-event lookup. `StatRealTime` (removed 2023-05) is deliberately absent: it parses as an
 * unknown event.
 */
import type {
  SessionActivityCallScript,
  SessionActivityCallScriptSubmission,
  SessionActivityChatbotHeroCardSubmission,
  SessionActivityHeroCard,
} from "./events/activities-forms";
import type {
  SessionActivityCobrowsingStarted,
  SessionActivityCobrowsingStoppedByGuest,
  SessionActivityFileUploadFailed,
  SessionActivityOnHold,
  SessionActivityResumeGuest,
  SessionActivityScreenSharingFailedByGuest,
  SessionActivitySharedScreen,
} from "./events/activities-media";
import type {
  SessionActivityAutoActivity,
  SessionActivityAutoActivityAsOperator,
  SessionActivityChatbotMessage,
  SessionActivityChatMessage,
  SessionActivityChatToMail,
  SessionActivityExternalMessage,
  SessionActivityLastFarewellMessage,
  SessionActivityPreviewUrl,
  SessionActivitySharedFile,
  SessionActivityWelcomeMessage,
} from "./events/activities-messages";
import type {
  SessionActivityOperatorInviteCanceled,
  SessionActivityOperatorInvited,
  SessionActivityOperatorInviteRejected,
  SessionActivityOperatorKicked,
  SessionActivitySessionEnded,
  SessionActivitySessionForwarded,
} from "./events/activities-routing";
import type {
  SessionActivityAvMediaResult,
  SessionActivityAvRequest,
  SessionActivityAvResponse,
  SessionActivityAvTerminated,
  SessionActivityHeroCardSubmission,
} from "./events/activities-special";
import type {
  EmailThreadCreated,
  EmailThreadForwarded,
  EmailThreadOperatorJoined,
  EmailThreadOperatorLeft,
  EmailThreadParamsUpdated,
} from "./events/email";
import type { ApplicationSettingChanged, GuestIdentityUpdated, UserStatusChanged } from "./events/other";
import type {
  SessionCallParamsUpdated,
  SessionCreated,
  SessionEnded,
  SessionForwarded,
  SessionOperatorConcluded,
  SessionOperatorJoined,
  SessionOperatorLeft,
  SessionRecordingPostProcessingCompleted,
  SessionStarted,
} from "./events/sessions";

/** Event type → event interface, for every live mluvii webhook event. Look events up here, never with `Extract`. */
export interface MluviiWebhookEventMap {
  /** See {@link UserStatusChanged}. */
  UserStatusChanged: UserStatusChanged;
  /** See {@link SessionCreated}. */
  SessionCreated: SessionCreated;
  /** See {@link SessionStarted}. */
  SessionStarted: SessionStarted;
  /** See {@link SessionEnded}. */
  SessionEnded: SessionEnded;
  /** See {@link SessionForwarded}. */
  SessionForwarded: SessionForwarded;
  /** See {@link SessionOperatorJoined}. */
  SessionOperatorJoined: SessionOperatorJoined;
  /** See {@link SessionOperatorLeft}. */
  SessionOperatorLeft: SessionOperatorLeft;
  /** See {@link SessionOperatorConcluded}. */
  SessionOperatorConcluded: SessionOperatorConcluded;
  /** See {@link SessionCallParamsUpdated}. */
  SessionCallParamsUpdated: SessionCallParamsUpdated;
  /** See {@link SessionRecordingPostProcessingCompleted}. */
  SessionRecordingPostProcessingCompleted: SessionRecordingPostProcessingCompleted;
  /** See {@link EmailThreadCreated}. */
  EmailThreadCreated: EmailThreadCreated;
  /** See {@link EmailThreadOperatorJoined}. */
  EmailThreadOperatorJoined: EmailThreadOperatorJoined;
  /** See {@link EmailThreadOperatorLeft}. */
  EmailThreadOperatorLeft: EmailThreadOperatorLeft;
  /** See {@link EmailThreadForwarded}. */
  EmailThreadForwarded: EmailThreadForwarded;
  /** See {@link GuestIdentityUpdated}. */
  GuestIdentityUpdated: GuestIdentityUpdated;
  /** See {@link SessionActivityChatMessage}. */
  SessionActivityChatMessage: SessionActivityChatMessage;
  /** See {@link SessionActivitySharedFile}. */
  SessionActivitySharedFile: SessionActivitySharedFile;
  /** See {@link SessionActivitySharedScreen}. */
  SessionActivitySharedScreen: SessionActivitySharedScreen;
  /** See {@link SessionActivityCobrowsingStarted}. */
  SessionActivityCobrowsingStarted: SessionActivityCobrowsingStarted;
  /** See {@link SessionActivityCobrowsingStoppedByGuest}. */
  SessionActivityCobrowsingStoppedByGuest: SessionActivityCobrowsingStoppedByGuest;
  /** See {@link SessionActivityScreenSharingFailedByGuest}. */
  SessionActivityScreenSharingFailedByGuest: SessionActivityScreenSharingFailedByGuest;
  /** See {@link SessionActivityFileUploadFailed}. */
  SessionActivityFileUploadFailed: SessionActivityFileUploadFailed;
  /** See {@link SessionActivityHeroCard}. */
  SessionActivityHeroCard: SessionActivityHeroCard;
  /** See {@link SessionActivityHeroCardSubmission}. */
  SessionActivityHeroCardSubmission: SessionActivityHeroCardSubmission;
  /** See {@link SessionActivityChatbotMessage}. */
  SessionActivityChatbotMessage: SessionActivityChatbotMessage;
  /** See {@link SessionActivityCallScript}. */
  SessionActivityCallScript: SessionActivityCallScript;
  /** See {@link SessionActivityCallScriptSubmission}. */
  SessionActivityCallScriptSubmission: SessionActivityCallScriptSubmission;
  /** See {@link SessionActivityWelcomeMessage}. */
  SessionActivityWelcomeMessage: SessionActivityWelcomeMessage;
  /** See {@link SessionActivityLastFarewellMessage}. */
  SessionActivityLastFarewellMessage: SessionActivityLastFarewellMessage;
  /** See {@link SessionActivityPreviewUrl}. */
  SessionActivityPreviewUrl: SessionActivityPreviewUrl;
  /** See {@link SessionActivityExternalMessage}. */
  SessionActivityExternalMessage: SessionActivityExternalMessage;
  /** See {@link SessionActivityOnHold}. */
  SessionActivityOnHold: SessionActivityOnHold;
  /** See {@link SessionActivityResumeGuest}. */
  SessionActivityResumeGuest: SessionActivityResumeGuest;
  /** See {@link SessionActivityChatToMail}. */
  SessionActivityChatToMail: SessionActivityChatToMail;
  /** See {@link SessionActivityAutoActivity}. */
  SessionActivityAutoActivity: SessionActivityAutoActivity;
  /** See {@link SessionActivityAutoActivityAsOperator}. */
  SessionActivityAutoActivityAsOperator: SessionActivityAutoActivityAsOperator;
  /** See {@link SessionActivityChatbotHeroCardSubmission}. */
  SessionActivityChatbotHeroCardSubmission: SessionActivityChatbotHeroCardSubmission;
  /** See {@link SessionActivitySessionEnded}. */
  SessionActivitySessionEnded: SessionActivitySessionEnded;
  /** See {@link SessionActivitySessionForwarded}. */
  SessionActivitySessionForwarded: SessionActivitySessionForwarded;
  /** See {@link SessionActivityOperatorInvited}. */
  SessionActivityOperatorInvited: SessionActivityOperatorInvited;
  /** See {@link SessionActivityOperatorInviteCanceled}. */
  SessionActivityOperatorInviteCanceled: SessionActivityOperatorInviteCanceled;
  /** See {@link SessionActivityOperatorInviteRejected}. */
  SessionActivityOperatorInviteRejected: SessionActivityOperatorInviteRejected;
  /** See {@link SessionActivityOperatorKicked}. */
  SessionActivityOperatorKicked: SessionActivityOperatorKicked;
  /** See {@link SessionActivityAvRequest}. */
  SessionActivityAvRequest: SessionActivityAvRequest;
  /** See {@link SessionActivityAvResponse}. */
  SessionActivityAvResponse: SessionActivityAvResponse;
  /** See {@link SessionActivityAvMediaResult}. */
  SessionActivityAvMediaResult: SessionActivityAvMediaResult;
  /** See {@link SessionActivityAvTerminated}. */
  SessionActivityAvTerminated: SessionActivityAvTerminated;
  /** See {@link EmailThreadParamsUpdated}. */
  EmailThreadParamsUpdated: EmailThreadParamsUpdated;
  /** See {@link ApplicationSettingChanged}. */
  ApplicationSettingChanged: ApplicationSettingChanged;
}

/** Any known mluvii webhook event; `switch (event.eventType)` narrows it. */
export type MluviiWebhookEvent = MluviiWebhookEventMap[keyof MluviiWebhookEventMap];
/** A known mluvii webhook event type. */
export type { MluviiWebhookEventType } from "./event-types";

/** Compile-time proof that the explicit name list and the event map's keys are the same set. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type MluviiWebhookEventTypesMatchMap = Assert<Exactly<keyof MluviiWebhookEventMap, MluviiWebhookEventType>>;
type Assert<T extends true> = T;
