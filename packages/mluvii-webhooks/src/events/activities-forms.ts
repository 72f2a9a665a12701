/** Generic-payload activities about forms: hero cards, call scripts, chatbot hero card buttons. All use the generic payload (`./activity-generic`). */
import type { EventSchemas } from "@contactkit/core";
import type * as z from "zod";
import { genericActivityEvent, type SessionActivityGenericData } from "./activity-generic";

/** Data of {@link SessionActivityHeroCard}. */
export interface SessionActivityHeroCardData extends SessionActivityGenericData {
  /** Always `"HeroCard"`. */
  type: "HeroCard";
}
/** A hero card (form) was sent: `heroCard` lists its fields, `formFieldSetUUID` identifies it; `client` is `User` or `Chatbot` with `userId` / `chatbotId` (the enum also has `Guest`). [webhooks page] */
export interface SessionActivityHeroCard {
  /** Discriminator. */
  eventType: "SessionActivityHeroCard";
  /** The generic activity payload. */
  data: SessionActivityHeroCardData;
}
/** Schema of {@link SessionActivityHeroCard}. */
export const sessionActivityHeroCardSchema: z.ZodType<SessionActivityHeroCard> = genericActivityEvent(
  "SessionActivityHeroCard",
  "HeroCard",
);

/** Data of {@link SessionActivityCallScript}. */
export interface SessionActivityCallScriptData extends SessionActivityGenericData {
  /** Always `"CallScript"`. */
  type: "CallScript";
}
/** A call script (campaign form) was shown for a called contact: `callScript` lists its fields. Needs no acknowledgement. [webhooks page] */
export interface SessionActivityCallScript {
  /** Discriminator. */
  eventType: "SessionActivityCallScript";
  /** The generic activity payload. */
  data: SessionActivityCallScriptData;
}
/** Schema of {@link SessionActivityCallScript}. */
export const sessionActivityCallScriptSchema: z.ZodType<SessionActivityCallScript> = genericActivityEvent(
  "SessionActivityCallScript",
  "CallScript",
);

/** Data of {@link SessionActivityCallScriptSubmission}. */
export interface SessionActivityCallScriptSubmissionData extends SessionActivityGenericData {
  /** Always `"CallScriptSubmission"`. */
  type: "CallScriptSubmission";
}
/** The operator confirmed the call script (phone campaigns); delivered when after-call work ends. [webhooks page] */
export interface SessionActivityCallScriptSubmission {
  /** Discriminator. */
  eventType: "SessionActivityCallScriptSubmission";
  /** The generic activity payload. */
  data: SessionActivityCallScriptSubmissionData;
}
/** Schema of {@link SessionActivityCallScriptSubmission}. */
export const sessionActivityCallScriptSubmissionSchema: z.ZodType<SessionActivityCallScriptSubmission> =
  genericActivityEvent("SessionActivityCallScriptSubmission", "CallScriptSubmission");

/** Data of {@link SessionActivityChatbotHeroCardSubmission}. */
export interface SessionActivityChatbotHeroCardSubmissionData extends SessionActivityGenericData {
  /** Always `"ChatbotHeroCardSubmission"`. */
  type: "ChatbotHeroCardSubmission";
}
/** The guest pressed a chatbot hero card button: `chatbotHeroCardSubmissionKey` / `chatbotHeroCardSubmissionValue`. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityChatbotHeroCardSubmission {
  /** Discriminator. */
  eventType: "SessionActivityChatbotHeroCardSubmission";
  /** The generic activity payload. */
  data: SessionActivityChatbotHeroCardSubmissionData;
}
/** Schema of {@link SessionActivityChatbotHeroCardSubmission}. */
export const sessionActivityChatbotHeroCardSubmissionSchema: z.ZodType<SessionActivityChatbotHeroCardSubmission> =
  genericActivityEvent("SessionActivityChatbotHeroCardSubmission", "ChatbotHeroCardSubmission");

/** The hero card and call script activities, keyed by event type; `MluviiWebhookEventMap` extends it. */
export interface FormActivityEventMap {
  /** See {@link SessionActivityHeroCard}. */
  SessionActivityHeroCard: SessionActivityHeroCard;
  /** See {@link SessionActivityCallScript}. */
  SessionActivityCallScript: SessionActivityCallScript;
  /** See {@link SessionActivityCallScriptSubmission}. */
  SessionActivityCallScriptSubmission: SessionActivityCallScriptSubmission;
  /** See {@link SessionActivityChatbotHeroCardSubmission}. */
  SessionActivityChatbotHeroCardSubmission: SessionActivityChatbotHeroCardSubmission;
}

/** The schema of each of the hero card and call script activities. */
export const formActivityEventSchemas = {
  SessionActivityHeroCard: sessionActivityHeroCardSchema,
  SessionActivityCallScript: sessionActivityCallScriptSchema,
  SessionActivityCallScriptSubmission: sessionActivityCallScriptSubmissionSchema,
  SessionActivityChatbotHeroCardSubmission: sessionActivityChatbotHeroCardSubmissionSchema,
} satisfies EventSchemas<FormActivityEventMap>;
