import { safeInt } from "@contactkit/core";
import * as z from "zod";
import { type SessionCallback, type SuccessResult, sessionCallbackShape, successResultShape } from "./common";

/** Answer to `GetCallParams`: the session's call parameters. */
export interface GetCallParamsResponse extends SessionCallback {
  /** Always `"GetCallParamsResponse"`. */
  activity: "GetCallParamsResponse";
  /** Call parameters by name (string values). */
  callParams: Record<string, string>;
}

/** Answer to `SetCallParams`. The doc spells the key `sessinId`; the wire (and this type) use `sessionId`. */
export interface SetCallParamsResponse extends SessionCallback, SuccessResult {
  /** Always `"SetCallParamsResponse"`. */
  activity: "SetCallParamsResponse";
}

/** Answer to `GetGuestIdentity`: the guest's identifiers per channel (`null` where unknown). */
export interface GetGuestIdentityResponse extends SessionCallback {
  /** Always `"GetGuestIdentityResponse"`. */
  activity: "GetGuestIdentityResponse";
  /** Unique id of the guest from the web-chat cookie (UUID), or `null`. */
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
   * Generic-channel id (model `GenericChannelId`), or `null`. The doc lists `AppleContactId` instead, which the
   * model does not have; it stays reachable in the raw payload only.
   */
  genericChannelId?: string | null;
}

/** A Contacts Directory record matching the guest. */
export interface MatchedCrmIdentity {
  /** Contact id (C# `long`). */
  crmIdentityId: number;
  /** Match score (a double in the model; the doc shows integers such as 95). Higher is better. */
  score: number;
  /** Contact fields by name, each a list of values (e-mails, phones, guids …). */
  data: Record<string, string[]>;
}

/** Answer to `ObtainCrmIdentity`. */
export interface ObtainCrmIdentityResponse extends SessionCallback {
  /** Always `"ObtainCrmIdentityResponse"`. */
  activity: "ObtainCrmIdentityResponse";
  /** Contact already assigned to the session, or `null`. */
  assignedCrmIdentityId: number | null;
  /** Contacts that match the guest's identification data at least minimally. */
  matchedCrmIdentities: MatchedCrmIdentity[];
}

/** Answer to `AssignCrmIdentity`. */
export interface AssignCrmIdentityResponse extends SessionCallback {
  /** Always `"AssignCrmIdentityResponse"`. */
  activity: "AssignCrmIdentityResponse";
  /** `true` when a new contact was created, `false` when an existing one was paired. */
  created: boolean;
  /** The contact now assigned (C# `long`). */
  crmIdentityId: number;
  /** Explanation from mluvii (model only, not in the doc), or `null`. */
  reason?: string | null;
}

/** Schema of {@link GetCallParamsResponse} (tolerant: unknown keys are dropped from the typed view). */
export const getCallParamsResponseSchema: z.ZodType<GetCallParamsResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GetCallParamsResponse"),
  callParams: z.record(z.string(), z.string()),
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
  genericChannelId: nullableString.exactOptional(),
});

/** Schema of {@link ObtainCrmIdentityResponse} (tolerant: unknown keys are dropped from the typed view). */
export const obtainCrmIdentityResponseSchema: z.ZodType<ObtainCrmIdentityResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("ObtainCrmIdentityResponse"),
  assignedCrmIdentityId: safeInt().nullable(),
  matchedCrmIdentities: z.array(
    z.object({
      crmIdentityId: safeInt(),
      score: z.number(),
      data: z.record(z.string(), z.array(z.string())),
    }),
  ),
});

/** Schema of {@link AssignCrmIdentityResponse} (tolerant: unknown keys are dropped from the typed view). */
export const assignCrmIdentityResponseSchema: z.ZodType<AssignCrmIdentityResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("AssignCrmIdentityResponse"),
  created: z.boolean(),
  crmIdentityId: safeInt(),
  reason: nullableString.exactOptional(),
});
