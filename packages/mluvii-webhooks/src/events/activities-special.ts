/**
 * The five session activities that do NOT use the generic payload: the four audio/video events and the hero card
 * submission (`mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/SessionActivityAv*Payload.cs`,
 * `SessionActivityHeroCardSubmissionPayload.cs`). None carries an `activityId`.
 */
import { type DateTimeString, dateTime, type EventSchemas, safeInt } from "@contactkit/core";
import * as z from "zod";
import { GetMediaResult, HeroCardSubmissionResult, SessionAvRequestState } from "../vocabulary";

/** Fields of every audio/video activity. */
export interface SessionActivityAvData {
  /** Session id (C# `long`). */
  sessionId: number;
  /**
   * The operator's user id (C# `long`). The webhooks page's parameter tables call it `userId`; the payload class and
   * the page's own JSON examples use `operatorId`.
   */
  operatorId: number;
  /** When it happened. */
  time: DateTimeString;
}
const avShape = { sessionId: safeInt(), operatorId: safeInt(), time: dateTime() };

/** The operator upgraded the chat to an audio/video call and invited the guest. [webhooks page] */
export interface SessionActivityAvRequest {
  /** Discriminator. */
  eventType: "SessionActivityAvRequest";
  /** Session, operator and time. */
  data: SessionActivityAvData;
}
/** Schema of {@link SessionActivityAvRequest}. */
export const sessionActivityAvRequestSchema: z.ZodType<SessionActivityAvRequest> = z.object({
  eventType: z.literal("SessionActivityAvRequest"),
  data: z.object(avShape),
});

/** Data of {@link SessionActivityAvResponse}. */
export interface SessionActivityAvResponseData extends SessionActivityAvData {
  /** The guest's answer, e.g. `Accepted`, `RejectedNoMic` (open enum). */
  response: SessionAvRequestState;
}
/** The guest answered an audio/video request. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/SessionActivityAvResponsePayload.cs`. */
export interface SessionActivityAvResponse {
  /** Discriminator. */
  eventType: "SessionActivityAvResponse";
  /** Session, operator, answer and time. */
  data: SessionActivityAvResponseData;
}
/** Schema of {@link SessionActivityAvResponse}. */
export const sessionActivityAvResponseSchema: z.ZodType<SessionActivityAvResponse> = z.object({
  eventType: z.literal("SessionActivityAvResponse"),
  data: z.object({ ...avShape, response: SessionAvRequestState.schema }),
});

/** Data of {@link SessionActivityAvMediaResult}. */
export interface SessionActivityAvMediaResultData extends SessionActivityAvData {
  /** What the guest's browser granted, e.g. `Success`, `NoCameraOnlyMic` (open enum). */
  result: GetMediaResult;
  /** Whether a media stream is available. */
  isStreamAvailable: boolean;
}
/** The guest's browser reported which media it could use for the call. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/SessionActivityAvMediaResultPayload.cs`. */
export interface SessionActivityAvMediaResult {
  /** Discriminator. */
  eventType: "SessionActivityAvMediaResult";
  /** Session, operator, media result and time. */
  data: SessionActivityAvMediaResultData;
}
/** Schema of {@link SessionActivityAvMediaResult}. */
export const sessionActivityAvMediaResultSchema: z.ZodType<SessionActivityAvMediaResult> = z.object({
  eventType: z.literal("SessionActivityAvMediaResult"),
  data: z.object({ ...avShape, result: GetMediaResult.schema, isStreamAvailable: z.boolean() }),
});

/** The operator ended the audio/video call; the chat continues as text. [webhooks page] */
export interface SessionActivityAvTerminated {
  /** Discriminator. */
  eventType: "SessionActivityAvTerminated";
  /** Session, operator and time. */
  data: SessionActivityAvData;
}
/** Schema of {@link SessionActivityAvTerminated}. */
export const sessionActivityAvTerminatedSchema: z.ZodType<SessionActivityAvTerminated> = z.object({
  eventType: z.literal("SessionActivityAvTerminated"),
  data: z.object(avShape),
});

/** Data of {@link SessionActivityHeroCardSubmission}. */
export interface SessionActivityHeroCardSubmissionData {
  /** Session id (C# `long`). */
  sessionId: number;
  /** `Submitted` or `Cancelled` (open enum). The webhooks page writes "submitted"; the enum is capitalised. */
  result: HeroCardSubmissionResult;
  /** Id of the hero card (form) in mluvii. Spelled with a capital `ID` on the wire. */
  originalFormID: number;
  /** `true` when the guest submitted, `false` when an operator confirmed the form instead. */
  submittedByClient: boolean;
  /**
   * The form's values by field key (e.g. `oo1_guest_email`), or `null` (e.g. when cancelled); a value may be `null`
   * too (`IDictionary<string, string>`). The webhooks page types it `string`; the payload class and the page's JSON
   * example carry an object.
   */
  params: Record<string, string | null> | null;
  /** When the form was submitted or cancelled. */
  time: DateTimeString;
}
/** A hero card form was submitted or cancelled. [webhooks page; `SessionActivityHeroCardSubmissionPayload.cs`] */
export interface SessionActivityHeroCardSubmission {
  /** Discriminator. */
  eventType: "SessionActivityHeroCardSubmission";
  /** The submission. */
  data: SessionActivityHeroCardSubmissionData;
}
/** Schema of {@link SessionActivityHeroCardSubmission}. */
export const sessionActivityHeroCardSubmissionSchema: z.ZodType<SessionActivityHeroCardSubmission> = z.object({
  eventType: z.literal("SessionActivityHeroCardSubmission"),
  data: z.object({
    sessionId: safeInt(),
    result: HeroCardSubmissionResult.schema,
    originalFormID: safeInt(),
    submittedByClient: z.boolean(),
    params: z.record(z.string(), z.string().nullable()).nullable(),
    time: dateTime(),
  }),
});

/** The activities with their own payload (audio/video, hero card submission), keyed by event type; `MluviiWebhookEventMap` extends it. */
export interface SpecialActivityEventMap {
  /** See {@link SessionActivityAvRequest}. */
  SessionActivityAvRequest: SessionActivityAvRequest;
  /** See {@link SessionActivityAvResponse}. */
  SessionActivityAvResponse: SessionActivityAvResponse;
  /** See {@link SessionActivityAvMediaResult}. */
  SessionActivityAvMediaResult: SessionActivityAvMediaResult;
  /** See {@link SessionActivityAvTerminated}. */
  SessionActivityAvTerminated: SessionActivityAvTerminated;
  /** See {@link SessionActivityHeroCardSubmission}. */
  SessionActivityHeroCardSubmission: SessionActivityHeroCardSubmission;
}

/** The schema of each of the activities with their own payload (audio/video, hero card submission). */
export const specialActivityEventSchemas = {
  SessionActivityAvRequest: sessionActivityAvRequestSchema,
  SessionActivityAvResponse: sessionActivityAvResponseSchema,
  SessionActivityAvMediaResult: sessionActivityAvMediaResultSchema,
  SessionActivityAvTerminated: sessionActivityAvTerminatedSchema,
  SessionActivityHeroCardSubmission: sessionActivityHeroCardSubmissionSchema,
} satisfies EventSchemas<SpecialActivityEventMap>;
