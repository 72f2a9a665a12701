/** Generic-payload activities about co-browsing, screen sharing, uploads and call hold. All use the generic payload (`./activity-generic`). */
import type { EventSchemas } from "@contactkit/core";
import type * as z from "zod";
import { genericActivityEvent, type SessionActivityGenericData } from "./activity-generic";

/** Data of {@link SessionActivitySharedScreen}. */
export interface SessionActivitySharedScreenData extends SessionActivityGenericData {
  /** Always `"SharedScreen"`. */
  type: "SharedScreen";
}
/** The screen was shared in the session. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivitySharedScreen {
  /** Discriminator. */
  eventType: "SessionActivitySharedScreen";
  /** The generic activity payload. */
  data: SessionActivitySharedScreenData;
}
/** Schema of {@link SessionActivitySharedScreen}. */
export const sessionActivitySharedScreenSchema: z.ZodType<SessionActivitySharedScreen> = genericActivityEvent(
  "SessionActivitySharedScreen",
  "SharedScreen",
);

/** Data of {@link SessionActivityCobrowsingStarted}. */
export interface SessionActivityCobrowsingStartedData extends SessionActivityGenericData {
  /** Always `"CobrowsingStarted"`. */
  type: "CobrowsingStarted";
}
/** Co-browsing started: the guest accepted the operator's request. The page's table gives the type as `SessionActivityCobrowsingStarted`; the wire says `CobrowsingStarted`. [webhooks page] */
export interface SessionActivityCobrowsingStarted {
  /** Discriminator. */
  eventType: "SessionActivityCobrowsingStarted";
  /** The generic activity payload. */
  data: SessionActivityCobrowsingStartedData;
}
/** Schema of {@link SessionActivityCobrowsingStarted}. */
export const sessionActivityCobrowsingStartedSchema: z.ZodType<SessionActivityCobrowsingStarted> = genericActivityEvent(
  "SessionActivityCobrowsingStarted",
  "CobrowsingStarted",
);

/** Data of {@link SessionActivityCobrowsingStoppedByGuest}. */
export interface SessionActivityCobrowsingStoppedByGuestData extends SessionActivityGenericData {
  /** Always `"CobrowsingStoppedByGuest"`. */
  type: "CobrowsingStoppedByGuest";
}
/** The guest stopped co-browsing. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityCobrowsingStoppedByGuest {
  /** Discriminator. */
  eventType: "SessionActivityCobrowsingStoppedByGuest";
  /** The generic activity payload. */
  data: SessionActivityCobrowsingStoppedByGuestData;
}
/** Schema of {@link SessionActivityCobrowsingStoppedByGuest}. */
export const sessionActivityCobrowsingStoppedByGuestSchema: z.ZodType<SessionActivityCobrowsingStoppedByGuest> =
  genericActivityEvent("SessionActivityCobrowsingStoppedByGuest", "CobrowsingStoppedByGuest");

/** Data of {@link SessionActivityScreenSharingFailedByGuest}. */
export interface SessionActivityScreenSharingFailedByGuestData extends SessionActivityGenericData {
  /** Always `"ScreenSharingFailedByGuest"`. */
  type: "ScreenSharingFailedByGuest";
}
/** Screen sharing failed on the guest's side. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityScreenSharingFailedByGuest {
  /** Discriminator. */
  eventType: "SessionActivityScreenSharingFailedByGuest";
  /** The generic activity payload. */
  data: SessionActivityScreenSharingFailedByGuestData;
}
/** Schema of {@link SessionActivityScreenSharingFailedByGuest}. */
export const sessionActivityScreenSharingFailedByGuestSchema: z.ZodType<SessionActivityScreenSharingFailedByGuest> =
  genericActivityEvent("SessionActivityScreenSharingFailedByGuest", "ScreenSharingFailedByGuest");

/** Data of {@link SessionActivityFileUploadFailed}. */
export interface SessionActivityFileUploadFailedData extends SessionActivityGenericData {
  /** Always `"FileUploadFailed"`. */
  type: "FileUploadFailed";
}
/** A file upload failed. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityFileUploadFailed {
  /** Discriminator. */
  eventType: "SessionActivityFileUploadFailed";
  /** The generic activity payload. */
  data: SessionActivityFileUploadFailedData;
}
/** Schema of {@link SessionActivityFileUploadFailed}. */
export const sessionActivityFileUploadFailedSchema: z.ZodType<SessionActivityFileUploadFailed> = genericActivityEvent(
  "SessionActivityFileUploadFailed",
  "FileUploadFailed",
);

/** Data of {@link SessionActivityOnHold}. */
export interface SessionActivityOnHoldData extends SessionActivityGenericData {
  /** Always `"OnHold"`. */
  type: "OnHold";
}
/** The operator put the call on hold ("Hold call"); `userId` is the operator. [webhooks page] */
export interface SessionActivityOnHold {
  /** Discriminator. */
  eventType: "SessionActivityOnHold";
  /** The generic activity payload. */
  data: SessionActivityOnHoldData;
}
/** Schema of {@link SessionActivityOnHold}. */
export const sessionActivityOnHoldSchema: z.ZodType<SessionActivityOnHold> = genericActivityEvent(
  "SessionActivityOnHold",
  "OnHold",
);

/** Data of {@link SessionActivityResumeGuest}. */
export interface SessionActivityResumeGuestData extends SessionActivityGenericData {
  /** Always `"ResumeGuest"`. */
  type: "ResumeGuest";
}
/** The operator resumed the held call (counterpart of `OnHold`). Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityResumeGuest {
  /** Discriminator. */
  eventType: "SessionActivityResumeGuest";
  /** The generic activity payload. */
  data: SessionActivityResumeGuestData;
}
/** Schema of {@link SessionActivityResumeGuest}. */
export const sessionActivityResumeGuestSchema: z.ZodType<SessionActivityResumeGuest> = genericActivityEvent(
  "SessionActivityResumeGuest",
  "ResumeGuest",
);

/** The screen sharing, co-browsing, file and hold activities, keyed by event type; `MluviiWebhookEventMap` extends it. */
export interface MediaActivityEventMap {
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
  /** See {@link SessionActivityOnHold}. */
  SessionActivityOnHold: SessionActivityOnHold;
  /** See {@link SessionActivityResumeGuest}. */
  SessionActivityResumeGuest: SessionActivityResumeGuest;
}

/** The schema of each of the screen sharing, co-browsing, file and hold activities. */
export const mediaActivityEventSchemas = {
  SessionActivitySharedScreen: sessionActivitySharedScreenSchema,
  SessionActivityCobrowsingStarted: sessionActivityCobrowsingStartedSchema,
  SessionActivityCobrowsingStoppedByGuest: sessionActivityCobrowsingStoppedByGuestSchema,
  SessionActivityScreenSharingFailedByGuest: sessionActivityScreenSharingFailedByGuestSchema,
  SessionActivityFileUploadFailed: sessionActivityFileUploadFailedSchema,
  SessionActivityOnHold: sessionActivityOnHoldSchema,
  SessionActivityResumeGuest: sessionActivityResumeGuestSchema,
} satisfies EventSchemas<MediaActivityEventMap>;
