/** Builds the webhook payloads a simulated session produces, typed by `@contactkit/mluvii-webhooks`. */
import type {
  ClientType,
  MluviiWebhookEvent,
  SessionActivityGenericData,
  SessionChannel,
  SessionSource,
  SessionTerminationReason,
} from "@contactkit/mluvii-webhooks";

/** A timestamp as mluvii's webhooks carry it: ISO-8601 with a numeric offset (`DateTimeOffset` in mluvii/mluvii.ApiModels). */
export function webhookTime(date: Date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A timestamp as mluvii's guest `Text` callbacks carry it: no offset at all (the "Buttons" example of
 * https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events). */
export function naiveTime(date: Date = new Date()): string {
  return date.toISOString().replace("Z", "");
}

/** What every session webhook needs to know about its session. */
export interface SessionFacts {
  readonly id: number;
  readonly tenantId: number;
  readonly channel: SessionChannel;
  readonly source: SessionSource;
}

const info = (s: SessionFacts) => ({ id: s.id, tenantId: s.tenantId, channel: s.channel, source: s.source });

/** The fields of a generic activity payload a caller may set; the rest are `null` as mluvii sends them. */
export type GenericFields = Partial<Omit<SessionActivityGenericData, "sessionId" | "activityId" | "time" | "type">>;

function generic(sessionId: number, activityId: number, fields: GenericFields) {
  return {
    sessionId,
    activityId,
    time: webhookTime(),
    heroCard: null,
    heroCardParams: null,
    callScript: null,
    client: null as ClientType | null,
    text: null,
    previewUrl: null,
    file: null,
    associatedSharedFileUrl: null,
    toOperatorUserId: null,
    toOperatorFullName: null,
    toGroupId: null,
    toGroupName: null,
    toPhoneNumber: null,
    note: null,
    chatbotMessageContent: null,
    submissionIdentification: null,
    userId: null,
    chatbotId: null,
    chatbotHeroCardSubmissionKey: null,
    chatbotHeroCardSubmissionValue: null,
    formFieldSetUUID: null,
    terminationReason: null as SessionTerminationReason | null,
    ...fields,
  };
}

/** Generic activity events the simulator emits. */
export type SimulatedActivityType =
  | "ChatMessage"
  | "ChatbotMessage"
  | "HeroCard"
  | "SharedFile"
  | "SessionEnded"
  | "SessionForwarded";

/** One `SessionActivity…` event with the 26-key generic payload. */
export function activityEvent(
  type: SimulatedActivityType,
  sessionId: number,
  activityId: number,
  fields: GenericFields,
): MluviiWebhookEvent {
  const data = generic(sessionId, activityId, fields);
  switch (type) {
    case "ChatMessage":
      return { eventType: "SessionActivityChatMessage", data: { ...data, type } };
    case "ChatbotMessage":
      return { eventType: "SessionActivityChatbotMessage", data: { ...data, type } };
    case "HeroCard":
      return { eventType: "SessionActivityHeroCard", data: { ...data, type } };
    case "SharedFile":
      return { eventType: "SessionActivitySharedFile", data: { ...data, type } };
    case "SessionEnded":
      return { eventType: "SessionActivitySessionEnded", data: { ...data, type } };
    case "SessionForwarded":
      return { eventType: "SessionActivitySessionForwarded", data: { ...data, type } };
  }
}

/** Session lifecycle events. */
export const sessionEvents = {
  created: (s: SessionFacts): MluviiWebhookEvent => ({ eventType: "SessionCreated", data: info(s) }),
  started: (s: SessionFacts, started: string): MluviiWebhookEvent => ({
    eventType: "SessionStarted",
    data: { ...info(s), started },
  }),
  ended: (s: SessionFacts, started: string | null): MluviiWebhookEvent => ({
    eventType: "SessionEnded",
    data: { ...info(s), started, ended: webhookTime() },
  }),
  forwarded: (
    s: SessionFacts,
    target: { userId: number | null; operatorGroupId: number | null; chatbotId: number | null },
  ): MluviiWebhookEvent => ({ eventType: "SessionForwarded", data: { ...info(s), time: webhookTime(), ...target } }),
  operator: (
    eventType: "SessionOperatorJoined" | "SessionOperatorLeft" | "SessionOperatorConcluded",
    s: SessionFacts,
    userId: number,
  ): MluviiWebhookEvent => ({ eventType, data: { ...info(s), userId, time: webhookTime() } }) as MluviiWebhookEvent,
  callParamsUpdated: (s: SessionFacts): MluviiWebhookEvent => ({
    eventType: "SessionCallParamsUpdated",
    data: { id: s.id, tenantId: s.tenantId },
  }),
  heroCardSubmission: (s: SessionFacts, formId: number, params: Record<string, string> | null): MluviiWebhookEvent => ({
    eventType: "SessionActivityHeroCardSubmission",
    data: {
      sessionId: s.id,
      result: params === null ? "Cancelled" : "Submitted",
      originalFormID: formId,
      submittedByClient: true,
      params,
      time: webhookTime(),
    },
  }),
};
