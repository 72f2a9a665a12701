/**
 * E-mail thread events (webhooks page TOC "E-mails", https://docs.mluvii.com/en/for-it-specialists/public-api/webhooks;
 * shapes from the payload classes `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/EmailThread*.cs`). Every
 * field is a C# value type (`long`, `int`, `DateTimeOffset`) or `int?`: present, and `null` only where `?`.
 */
import { type DateTimeString, dateTime, type EventSchemas, safeInt } from "@contactkit/core";
import * as z from "zod";

/** Fields every e-mail thread event carries. */
export interface EmailThreadRef {
  /** E-mail thread id (C# `long`). Not a session id. */
  id: number;
  /** Tenant (mluvii department) id. */
  tenantId: number;
}
const threadRefShape = { id: safeInt(), tenantId: safeInt() };

/** Data of {@link EmailThreadCreated}. */
export interface EmailThreadCreatedData extends EmailThreadRef {
  /** When the thread was created. */
  created: DateTimeString;
}
/** A new e-mail thread was created (an e-mail arrived that starts a conversation). Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/EmailThreadCreatedPayload.cs`. */
export interface EmailThreadCreated {
  /** Discriminator. */
  eventType: "EmailThreadCreated";
  /** The thread and its creation time. */
  data: EmailThreadCreatedData;
}
/** Schema of {@link EmailThreadCreated}. */
export const emailThreadCreatedSchema: z.ZodType<EmailThreadCreated> = z.object({
  eventType: z.literal("EmailThreadCreated"),
  data: z.object({ ...threadRefShape, created: dateTime() }),
});

/** Data of the e-mail thread operator events. */
export interface EmailThreadOperatorData extends EmailThreadRef {
  /** The operator's user id. */
  userId: number;
  /** When it happened. */
  time: DateTimeString;
}
const operatorData = z.object({ ...threadRefShape, userId: safeInt(), time: dateTime() });

/** An operator took the e-mail thread. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/EmailThreadOperatorJoinedPayload.cs`. */
export interface EmailThreadOperatorJoined {
  /** Discriminator. */
  eventType: "EmailThreadOperatorJoined";
  /** The thread and the operator. */
  data: EmailThreadOperatorData;
}
/** Schema of {@link EmailThreadOperatorJoined}. */
export const emailThreadOperatorJoinedSchema: z.ZodType<EmailThreadOperatorJoined> = z.object({
  eventType: z.literal("EmailThreadOperatorJoined"),
  data: operatorData,
});

/** An operator left the e-mail thread. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/EmailThreadOperatorLeftPayload.cs`. */
export interface EmailThreadOperatorLeft {
  /** Discriminator. */
  eventType: "EmailThreadOperatorLeft";
  /** The thread and the operator. */
  data: EmailThreadOperatorData;
}
/** Schema of {@link EmailThreadOperatorLeft}. */
export const emailThreadOperatorLeftSchema: z.ZodType<EmailThreadOperatorLeft> = z.object({
  eventType: z.literal("EmailThreadOperatorLeft"),
  data: operatorData,
});

/** Data of {@link EmailThreadForwarded}. */
export interface EmailThreadForwardedData extends EmailThreadRef {
  /** When the thread was forwarded. */
  time: DateTimeString;
  /** Target operator's user id, or `null` when forwarded to a group. */
  userId: number | null;
  /** Target operator group id, or `null` when forwarded to an operator. */
  operatorGroupId: number | null;
}
/** The e-mail thread was forwarded to an operator or a group. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/EmailThreadForwardedPayload.cs`. */
export interface EmailThreadForwarded {
  /** Discriminator. */
  eventType: "EmailThreadForwarded";
  /** The thread and the forwarding target. */
  data: EmailThreadForwardedData;
}
/** Schema of {@link EmailThreadForwarded}. */
export const emailThreadForwardedSchema: z.ZodType<EmailThreadForwarded> = z.object({
  eventType: z.literal("EmailThreadForwarded"),
  data: z.object({
    ...threadRefShape,
    time: dateTime(),
    userId: safeInt().nullable(),
    operatorGroupId: safeInt().nullable(),
  }),
});

/**
 * The thread's interaction parameters changed; fetch them through the API. No time. The C# class is
 * `EmailThreadInteractionParamsUpdatedPayload`; the event was briefly named `EmailInteractionParamsUpdated` (2021-11).
 */
export interface EmailThreadParamsUpdated {
  /** Discriminator. */
  eventType: "EmailThreadParamsUpdated";
  /** Only the thread reference. */
  data: EmailThreadRef;
}
/** Schema of {@link EmailThreadParamsUpdated}. */
export const emailThreadParamsUpdatedSchema: z.ZodType<EmailThreadParamsUpdated> = z.object({
  eventType: z.literal("EmailThreadParamsUpdated"),
  data: z.object(threadRefShape),
});

/** The e-mail thread events, keyed by event type; `MluviiWebhookEventMap` extends it. */
export interface EmailEventMap {
  /** See {@link EmailThreadCreated}. */
  EmailThreadCreated: EmailThreadCreated;
  /** See {@link EmailThreadOperatorJoined}. */
  EmailThreadOperatorJoined: EmailThreadOperatorJoined;
  /** See {@link EmailThreadOperatorLeft}. */
  EmailThreadOperatorLeft: EmailThreadOperatorLeft;
  /** See {@link EmailThreadForwarded}. */
  EmailThreadForwarded: EmailThreadForwarded;
  /** See {@link EmailThreadParamsUpdated}. */
  EmailThreadParamsUpdated: EmailThreadParamsUpdated;
}

/** The schema of each of the e-mail thread events. */
export const emailEventSchemas = {
  EmailThreadCreated: emailThreadCreatedSchema,
  EmailThreadOperatorJoined: emailThreadOperatorJoinedSchema,
  EmailThreadOperatorLeft: emailThreadOperatorLeftSchema,
  EmailThreadForwarded: emailThreadForwardedSchema,
  EmailThreadParamsUpdated: emailThreadParamsUpdatedSchema,
} satisfies EventSchemas<EmailEventMap>;
