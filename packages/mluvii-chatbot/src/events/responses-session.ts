/**
 * Answers to the session reads and writes, after the C# classes of `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad`
 * (`GetCallParamsResponse.cs`, `SetCallParamsResponse.cs`, `GetGuestIdentityResponse.cs`,
 * `ObtainCrmIdentityResponse.cs`, `AssignCrmIdentityResponse.cs`).
 */
import { type EventSchemas, optional, safeInt } from "@contactkit/core";
import * as z from "zod";
import {
  nullableStringRecord,
  type SessionCallback,
  type SuccessResult,
  sessionCallbackShape,
  successResultShape,
} from "./common";

/** Answer to `GetCallParams`: the session's call parameters. */
export interface GetCallParamsResponse extends SessionCallback {
  /** Always `"GetCallParamsResponse"`. */
  activity: "GetCallParamsResponse";
  /**
   * Call parameters by name, or `null`; a parameter's value may be `null` too (`IDictionary<string, string>`).
   */
  callParams: Record<string, string | null> | null;
}

/** Answer to `SetCallParams`. The docs spell the key `sessinId`; the wire (and this type) use `sessionId`. */
export interface SetCallParamsResponse extends SessionCallback, SuccessResult {
  /** Always `"SetCallParamsResponse"`. */
  activity: "SetCallParamsResponse";
}

/** Answer to `GetGuestIdentity`: the guest's identifiers per channel (`null` where unknown). */
export interface GetGuestIdentityResponse extends SessionCallback {
  /** Always `"GetGuestIdentityResponse"`. */
  activity: "GetGuestIdentityResponse";
  /** Unique id of the guest from the web-chat cookie (UUID, C# `Guid?`), or `null`. */
  trackedGuestGuid: string | null;
  /** Phone number of the caller, or `null`. */
  phoneCallerId: string | null;
  /** Facebook page-scoped id, or `null`. */
  facebookPSID: string | null;
  /** Facebook page id, or `null`. */
  facebookPageId: string | null;
  /** WhatsApp contact id, or `null`. */
  whatsAppContactId: string | null;
  /** VKontakte contact id, or `null`. */
  vkContactId: string | null;
  /**
   * Generic-channel id (model `GenericChannelId`), or `null`. The docs list `AppleContactId` instead, which the
   * model does not have (it stays reachable in the raw payload only); absent in the docs' example, so optional.
   */
  genericChannelId?: string | null;
}

/** A Contacts Directory record matching the guest (`GetSessionCrmIdentityResponseMatch`). */
export interface MatchedCrmIdentity {
  /** Contact id (C# `long`). */
  crmIdentityId: number;
  /** Match score (a double in the model; the docs show integers such as 95). Higher is better. */
  score: number;
  /**
   * Contact fields by name, each a list of values (e-mails, phones, guids …), or `null`; a field's list may be
   * `null` too (`IReadOnlyDictionary<string, HashSet<string>>`).
   */
  data: Record<string, string[] | null> | null;
}

/** Answer to `ObtainCrmIdentity`. */
export interface ObtainCrmIdentityResponse extends SessionCallback {
  /** Always `"ObtainCrmIdentityResponse"`. */
  activity: "ObtainCrmIdentityResponse";
  /** Contact already assigned to the session, or `null`. */
  assignedCrmIdentityId: number | null;
  /** Contacts that match the guest's identification data at least minimally, or `null` (a C# array). */
  matchedCrmIdentities: MatchedCrmIdentity[] | null;
}

/** Answer to `AssignCrmIdentity`. */
export interface AssignCrmIdentityResponse extends SessionCallback {
  /** Always `"AssignCrmIdentityResponse"`. */
  activity: "AssignCrmIdentityResponse";
  /** `true` when a new contact was created, `false` when an existing one was paired. */
  created: boolean;
  /** The contact now assigned (C# `long`). */
  crmIdentityId: number;
  /** Explanation from mluvii (model only, absent in the docs' example), or `null`. */
  reason?: string | null;
}

/** Schema of {@link GetCallParamsResponse} (tolerant: unknown keys are dropped from the typed view). */
export const getCallParamsResponseSchema: z.ZodType<GetCallParamsResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GetCallParamsResponse"),
  callParams: nullableStringRecord.nullable(),
});

/** Schema of {@link SetCallParamsResponse} (tolerant: unknown keys are dropped from the typed view). */
export const setCallParamsResponseSchema: z.ZodType<SetCallParamsResponse> = z.object({
  ...sessionCallbackShape,
  ...successResultShape,
  activity: z.literal("SetCallParamsResponse"),
});

const nullableString = z.string().nullable();

/** Schema of {@link GetGuestIdentityResponse} (tolerant: unknown keys are dropped from the typed view). */
export const getGuestIdentityResponseSchema: z.ZodType<GetGuestIdentityResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GetGuestIdentityResponse"),
  trackedGuestGuid: nullableString,
  phoneCallerId: nullableString,
  facebookPSID: nullableString,
  facebookPageId: nullableString,
  whatsAppContactId: nullableString,
  vkContactId: nullableString,
  genericChannelId: optional(nullableString),
});

/** Schema of {@link ObtainCrmIdentityResponse} (tolerant: unknown keys are dropped from the typed view). */
export const obtainCrmIdentityResponseSchema: z.ZodType<ObtainCrmIdentityResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("ObtainCrmIdentityResponse"),
  assignedCrmIdentityId: safeInt().nullable(),
  matchedCrmIdentities: z
    .array(
      z.object({
        crmIdentityId: safeInt(),
        score: z.number(),
        data: z.record(z.string(), z.array(z.string()).nullable()).nullable(),
      }),
    )
    .nullable(),
});

/** Schema of {@link AssignCrmIdentityResponse} (tolerant: unknown keys are dropped from the typed view). */
export const assignCrmIdentityResponseSchema: z.ZodType<AssignCrmIdentityResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("AssignCrmIdentityResponse"),
  created: z.boolean(),
  crmIdentityId: safeInt(),
  reason: optional(nullableString),
});

/** `…Response` callbacks about the session: call parameters and identity, by `activity` name. */
export interface MluviiChatbotSessionResponseMap {
  /** `GetCallParamsResponse` callback: {@link GetCallParamsResponse}. */
  GetCallParamsResponse: GetCallParamsResponse;
  /** `SetCallParamsResponse` callback: {@link SetCallParamsResponse}. */
  SetCallParamsResponse: SetCallParamsResponse;
  /** `GetGuestIdentityResponse` callback: {@link GetGuestIdentityResponse}. */
  GetGuestIdentityResponse: GetGuestIdentityResponse;
  /** `ObtainCrmIdentityResponse` callback: {@link ObtainCrmIdentityResponse}. */
  ObtainCrmIdentityResponse: ObtainCrmIdentityResponse;
  /** `AssignCrmIdentityResponse` callback: {@link AssignCrmIdentityResponse}. */
  AssignCrmIdentityResponse: AssignCrmIdentityResponse;
}

/** The schema of each activity of {@link MluviiChatbotSessionResponseMap}. */
export const sessionResponseSchemas = {
  GetCallParamsResponse: getCallParamsResponseSchema,
  SetCallParamsResponse: setCallParamsResponseSchema,
  GetGuestIdentityResponse: getGuestIdentityResponseSchema,
  ObtainCrmIdentityResponse: obtainCrmIdentityResponseSchema,
  AssignCrmIdentityResponse: assignCrmIdentityResponseSchema,
} as const satisfies EventSchemas<MluviiChatbotSessionResponseMap>;
