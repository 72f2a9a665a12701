/**
 * Uniform accessors over all 49 events: the session an event belongs to and the moment it reports. The tables
 * below name a field per event type; their mapped types make the compiler check that every type is listed and
 * that the field exists on that event's data.
 */
import { type DateTimeString, isJsonObject, type UnknownEvent } from "@contactkit/core";
import type { MluviiWebhookEvent, MluviiWebhookEventMap } from "./event-map";

type M = MluviiWebhookEventMap;
type KeysOf<K extends keyof M, Candidates extends string> = Candidates & keyof M[K]["data"];

/** Where each event keeps its session id: `id` on session events, `sessionId` on activities, none elsewhere. */
const sessionIdField: { readonly [K in keyof M]: KeysOf<K, "id" | "sessionId"> | null } = {
  UserStatusChanged: null,
  SessionCreated: "id",
  SessionStarted: "id",
  SessionEnded: "id",
  SessionForwarded: "id",
  SessionOperatorJoined: "id",
  SessionOperatorLeft: "id",
  SessionOperatorConcluded: "id",
  SessionCallParamsUpdated: "id",
  SessionRecordingPostProcessingCompleted: "id",
  EmailThreadCreated: null,
  EmailThreadOperatorJoined: null,
  EmailThreadOperatorLeft: null,
  EmailThreadForwarded: null,
  GuestIdentityUpdated: null,
  SessionActivityChatMessage: "sessionId",
  SessionActivitySharedFile: "sessionId",
  SessionActivitySharedScreen: "sessionId",
  SessionActivityCobrowsingStarted: "sessionId",
  SessionActivityCobrowsingStoppedByGuest: "sessionId",
  SessionActivityScreenSharingFailedByGuest: "sessionId",
  SessionActivityFileUploadFailed: "sessionId",
  SessionActivityHeroCard: "sessionId",
  SessionActivityHeroCardSubmission: "sessionId",
  SessionActivityChatbotMessage: "sessionId",
  SessionActivityCallScript: "sessionId",
  SessionActivityCallScriptSubmission: "sessionId",
  SessionActivityWelcomeMessage: "sessionId",
  SessionActivityLastFarewellMessage: "sessionId",
  SessionActivityPreviewUrl: "sessionId",
  SessionActivityExternalMessage: "sessionId",
  SessionActivityOnHold: "sessionId",
  SessionActivityResumeGuest: "sessionId",
  SessionActivityChatToMail: "sessionId",
  SessionActivityAutoActivity: "sessionId",
  SessionActivityAutoActivityAsOperator: "sessionId",
  SessionActivityChatbotHeroCardSubmission: "sessionId",
  SessionActivitySessionEnded: "sessionId",
  SessionActivitySessionForwarded: "sessionId",
  SessionActivityOperatorInvited: "sessionId",
  SessionActivityOperatorInviteCanceled: "sessionId",
  SessionActivityOperatorInviteRejected: "sessionId",
  SessionActivityOperatorKicked: "sessionId",
  SessionActivityAvRequest: "sessionId",
  SessionActivityAvResponse: "sessionId",
  SessionActivityAvMediaResult: "sessionId",
  SessionActivityAvTerminated: "sessionId",
  EmailThreadParamsUpdated: null,
  ApplicationSettingChanged: null,
};

/**
 * Where each event keeps its time: `started` (SessionStarted), `ended` (SessionEnded), `created`
 * (EmailThreadCreated), `time` on the rest that have one; none on SessionCreated and the "…Updated"/status events.
 */
const timeField: { readonly [K in keyof M]: KeysOf<K, "time" | "started" | "ended" | "created"> | null } = {
  UserStatusChanged: null,
  SessionCreated: null,
  SessionStarted: "started",
  SessionEnded: "ended",
  SessionForwarded: "time",
  SessionOperatorJoined: "time",
  SessionOperatorLeft: "time",
  SessionOperatorConcluded: "time",
  SessionCallParamsUpdated: null,
  SessionRecordingPostProcessingCompleted: null,
  EmailThreadCreated: "created",
  EmailThreadOperatorJoined: "time",
  EmailThreadOperatorLeft: "time",
  EmailThreadForwarded: "time",
  GuestIdentityUpdated: null,
  SessionActivityChatMessage: "time",
  SessionActivitySharedFile: "time",
  SessionActivitySharedScreen: "time",
  SessionActivityCobrowsingStarted: "time",
  SessionActivityCobrowsingStoppedByGuest: "time",
  SessionActivityScreenSharingFailedByGuest: "time",
  SessionActivityFileUploadFailed: "time",
  SessionActivityHeroCard: "time",
  SessionActivityHeroCardSubmission: "time",
  SessionActivityChatbotMessage: "time",
  SessionActivityCallScript: "time",
  SessionActivityCallScriptSubmission: "time",
  SessionActivityWelcomeMessage: "time",
  SessionActivityLastFarewellMessage: "time",
  SessionActivityPreviewUrl: "time",
  SessionActivityExternalMessage: "time",
  SessionActivityOnHold: "time",
  SessionActivityResumeGuest: "time",
  SessionActivityChatToMail: "time",
  SessionActivityAutoActivity: "time",
  SessionActivityAutoActivityAsOperator: "time",
  SessionActivityChatbotHeroCardSubmission: "time",
  SessionActivitySessionEnded: "time",
  SessionActivitySessionForwarded: "time",
  SessionActivityOperatorInvited: "time",
  SessionActivityOperatorInviteCanceled: "time",
  SessionActivityOperatorInviteRejected: "time",
  SessionActivityOperatorKicked: "time",
  SessionActivityAvRequest: "time",
  SessionActivityAvResponse: "time",
  SessionActivityAvMediaResult: "time",
  SessionActivityAvTerminated: "time",
  EmailThreadParamsUpdated: null,
  ApplicationSettingChanged: null,
};

function isUnknown(event: MluviiWebhookEvent | UnknownEvent): event is UnknownEvent {
  return "kind" in event && event.kind === "unknown";
}

/** Reads `raw.data[field]` of an unknown event, best effort. */
function rawDataField(event: UnknownEvent, field: string): unknown {
  const raw = event.raw;
  if (!isJsonObject(raw) || !Object.hasOwn(raw, "data")) return undefined;
  const data = raw.data;
  if (!isJsonObject(data) || !Object.hasOwn(data, field)) return undefined;
  return data[field];
}

/**
 * The id of the session an event belongs to: `data.id` on session events, `data.sessionId` on activities,
 * `undefined` on user, e-mail, identity and settings events. For an unknown event, its raw `data.sessionId` when
 * that is a safe integer.
 */
export function sessionIdOf(event: MluviiWebhookEvent | UnknownEvent): number | undefined {
  if (isUnknown(event)) {
    const id = rawDataField(event, "sessionId");
    return Number.isSafeInteger(id) ? (id as number) : undefined;
  }
  const field = sessionIdField[event.eventType];
  return field === null ? undefined : ((event.data as unknown as Record<string, number>)[field] as number);
}

/**
 * The moment an event reports, exactly as received (see the table above for which field), or `undefined` for
 * events that carry no time. For an unknown event, its raw `data.time` when that is a string.
 */
export function timestampOf(event: MluviiWebhookEvent | UnknownEvent): DateTimeString | undefined {
  if (isUnknown(event)) {
    const time = rawDataField(event, "time");
    return typeof time === "string" ? time : undefined;
  }
  const field = timeField[event.eventType];
  return field === null ? undefined : ((event.data as unknown as Record<string, DateTimeString>)[field] as string);
}
