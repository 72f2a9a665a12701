/**
 * Session lifecycle events (webhooks page, "Sessions"; payload classes
 * `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/Session*.cs`, all value types but `SessionEndedPayload.Started`
 * and the `int?` targets of `SessionForwardedPayload`).
 * Order of a typical session: Created → Started → OperatorJoined → (Forwarded) → Ended → OperatorLeft → OperatorConcluded.
 */
import { type DateTimeString, dateTime, type EventSchemas, safeInt } from "@contactkit/core";
import * as z from "zod";
import { SessionChannel, SessionSource } from "../vocabulary";

/** Fields every session event carries. */
export interface SessionRef {
  /** Session id (C# `long`; a safe integer here, larger ids are rejected rather than rounded). */
  id: number;
  /** Tenant (mluvii *department*) id the session belongs to. */
  tenantId: number;
}

/** {@link SessionRef} plus how the session reached mluvii. */
export interface SessionInfo extends SessionRef {
  /** `Chat`, `AV` or `Phone` (open enum). */
  channel: SessionChannel;
  /** Where the session came from, e.g. `Default` (web chat), `WhatsApp`, `OutgoingCall` (open enum). */
  source: SessionSource;
}

const sessionRefShape = { id: safeInt(), tenantId: safeInt() };
const sessionInfoShape = { ...sessionRefShape, channel: SessionChannel.schema, source: SessionSource.schema };

/** Data of {@link SessionCreated}. */
export interface SessionCreatedData extends SessionInfo {}
/** A session was created, before any operator or chatbot joined it. Carries no time. [webhooks page; `SessionCreatedPayload.cs`] */
export interface SessionCreated {
  /** Discriminator. */
  eventType: "SessionCreated";
  /** The new session. */
  data: SessionCreatedData;
}
/** Schema of {@link SessionCreated}. */
export const sessionCreatedSchema: z.ZodType<SessionCreated> = z.object({
  eventType: z.literal("SessionCreated"),
  data: z.object(sessionInfoShape),
});

/** Data of {@link SessionStarted}. */
export interface SessionStartedData extends SessionInfo {
  /** When the session started (ISO-8601 with offset, kept as received). */
  started: DateTimeString;
}
/** The session started: the guest entered the queue, or a chatbot began talking. All channels. [webhooks page] */
export interface SessionStarted {
  /** Discriminator. */
  eventType: "SessionStarted";
  /** The session and its start time. */
  data: SessionStartedData;
}
/** Schema of {@link SessionStarted}. */
export const sessionStartedSchema: z.ZodType<SessionStarted> = z.object({
  eventType: z.literal("SessionStarted"),
  data: z.object({ ...sessionInfoShape, started: dateTime() }),
});

/** Data of {@link SessionEnded}. */
export interface SessionEndedData extends SessionInfo {
  /**
   * When the session started, or `null` for a session that never started (e.g. abandoned before routing).
   * The webhooks page shows it as always present; the model `SessionEndedPayload.cs` types it `DateTimeOffset?`.
   */
  started: DateTimeString | null;
  /** When the session ended. */
  ended: DateTimeString;
}
/** The session ended (the operator or the guest finished it). [webhooks page; `SessionEndedPayload.cs`] */
export interface SessionEnded {
  /** Discriminator. */
  eventType: "SessionEnded";
  /** The session with its start and end times. */
  data: SessionEndedData;
}
/** Schema of {@link SessionEnded}. */
export const sessionEndedSchema: z.ZodType<SessionEnded> = z.object({
  eventType: z.literal("SessionEnded"),
  data: z.object({ ...sessionInfoShape, started: dateTime().nullable(), ended: dateTime() }),
});

/** Data of {@link SessionForwarded}. Exactly one target id is usually set, depending on where it was forwarded. */
export interface SessionForwardedData extends SessionInfo {
  /** When the session was forwarded. */
  time: DateTimeString;
  /** Target operator's user id, or `null` when the target was not an operator. */
  userId: number | null;
  /** Target operator group id, or `null`. */
  operatorGroupId: number | null;
  /** Target chatbot id, or `null`. */
  chatbotId: number | null;
}
/** The session was forwarded. No details beyond the target; see `SessionActivitySessionForwarded` for those. [webhooks page] */
export interface SessionForwarded {
  /** Discriminator. */
  eventType: "SessionForwarded";
  /** The session and the forwarding target. */
  data: SessionForwardedData;
}
/** Schema of {@link SessionForwarded}. */
export const sessionForwardedSchema: z.ZodType<SessionForwarded> = z.object({
  eventType: z.literal("SessionForwarded"),
  data: z.object({
    ...sessionInfoShape,
    time: dateTime(),
    userId: safeInt().nullable(),
    operatorGroupId: safeInt().nullable(),
    chatbotId: safeInt().nullable(),
  }),
});

/** Data of the three operator events on a session. */
export interface SessionOperatorData extends SessionInfo {
  /** The operator's user id. */
  userId: number;
  /** When it happened. */
  time: DateTimeString;
}
const operatorData = z.object({ ...sessionInfoShape, userId: safeInt(), time: dateTime() });

/** An operator joined the session; one event per operator. [webhooks page] */
export interface SessionOperatorJoined {
  /** Discriminator. */
  eventType: "SessionOperatorJoined";
  /** The session and the operator. */
  data: SessionOperatorData;
}
/** Schema of {@link SessionOperatorJoined}. */
export const sessionOperatorJoinedSchema: z.ZodType<SessionOperatorJoined> = z.object({
  eventType: z.literal("SessionOperatorJoined"),
  data: operatorData,
});

/** The operator ended the session ("End") and entered after-call work; other operators get `SessionOperatorConcluded`. [webhooks page] */
export interface SessionOperatorLeft {
  /** Discriminator. */
  eventType: "SessionOperatorLeft";
  /** The session and the operator. */
  data: SessionOperatorData;
}
/** Schema of {@link SessionOperatorLeft}. */
export const sessionOperatorLeftSchema: z.ZodType<SessionOperatorLeft> = z.object({
  eventType: z.literal("SessionOperatorLeft"),
  data: operatorData,
});

/** After-call work ended (automatically or manually), or the operator forwarded the session onwards. [webhooks page] */
export interface SessionOperatorConcluded {
  /** Discriminator. */
  eventType: "SessionOperatorConcluded";
  /** The session and the operator. */
  data: SessionOperatorData;
}
/** Schema of {@link SessionOperatorConcluded}. */
export const sessionOperatorConcludedSchema: z.ZodType<SessionOperatorConcluded> = z.object({
  eventType: z.literal("SessionOperatorConcluded"),
  data: operatorData,
});

/** The session's call parameters changed; fetch them through the Sessions API. No time. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/SessionCallParamsUpdatedPayload.cs`. */
export interface SessionCallParamsUpdated {
  /** Discriminator. */
  eventType: "SessionCallParamsUpdated";
  /** Only the session reference. */
  data: SessionRef;
}
/** Schema of {@link SessionCallParamsUpdated}. */
export const sessionCallParamsUpdatedSchema: z.ZodType<SessionCallParamsUpdated> = z.object({
  eventType: z.literal("SessionCallParamsUpdated"),
  data: z.object(sessionRefShape),
});

/** The session's recording finished post-processing and can be downloaded. No time. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/SessionRecordingPostProcessingCompletedPayload.cs` (added 2022-04-29). */
export interface SessionRecordingPostProcessingCompleted {
  /** Discriminator. */
  eventType: "SessionRecordingPostProcessingCompleted";
  /** Only the session reference. */
  data: SessionRef;
}
/** Schema of {@link SessionRecordingPostProcessingCompleted}. */
export const sessionRecordingPostProcessingCompletedSchema: z.ZodType<SessionRecordingPostProcessingCompleted> =
  z.object({
    eventType: z.literal("SessionRecordingPostProcessingCompleted"),
    data: z.object(sessionRefShape),
  });

/** The session lifecycle events, keyed by event type; `MluviiWebhookEventMap` extends it. */
export interface SessionEventMap {
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
}

/** The schema of each of the session lifecycle events. */
export const sessionEventSchemas = {
  SessionCreated: sessionCreatedSchema,
  SessionStarted: sessionStartedSchema,
  SessionEnded: sessionEndedSchema,
  SessionForwarded: sessionForwardedSchema,
  SessionOperatorJoined: sessionOperatorJoinedSchema,
  SessionOperatorLeft: sessionOperatorLeftSchema,
  SessionOperatorConcluded: sessionOperatorConcludedSchema,
  SessionCallParamsUpdated: sessionCallParamsUpdatedSchema,
  SessionRecordingPostProcessingCompleted: sessionRecordingPostProcessingCompletedSchema,
} satisfies EventSchemas<SessionEventMap>;
