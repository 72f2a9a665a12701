/**
 * Session reads and writes the bot sends, after `mluvii/mluvii.Chatbot.ChannelActivities@16a8fad`
 * (`GetAvailableOperators.cs`, `GetAvailableGroups.cs`, `GetCallParams.cs`, `SetCallParams.cs`,
 * `GetGuestIdentity.cs`, `ObtainCrmIdentity.cs`, `AssignCrmIdentity.cs`).
 */
import { type EventSchemas, optional } from "@contactkit/core";
import * as z from "zod";
import { bareRequest, idSchema, requestShape, type SessionRequest } from "./requests-common";

/** List available operators of a group, or of the groups the routing would choose now (no `groupId`). */
export interface GetAvailableOperatorsRequest extends SessionRequest {
  /** Always `"GetAvailableOperators"`. */
  activity: "GetAvailableOperators";
  /** Restrict to this group (`int? GroupId`); absent or `null` for the groups the routing picks. */
  groupId?: number | null;
}

/** List operator groups and their state. */
export interface GetAvailableGroupsRequest extends SessionRequest {
  /** Always `"GetAvailableGroups"`. */
  activity: "GetAvailableGroups";
  /** Restrict to these groups (`ICollection<int> GroupIds`); absent or `null` for all that match the routing. */
  groupIds?: number[] | null;
}

/** Read the session's call parameters. */
export interface GetCallParamsRequest extends SessionRequest {
  /** Always `"GetCallParams"`. */
  activity: "GetCallParams";
}

/** Set call parameters of the session (e.g. `HandoffReason` before `HandOff`). */
export interface SetCallParamsRequest extends SessionRequest {
  /** Always `"SetCallParams"`. */
  activity: "SetCallParams";
  /** Parameters to set, by name. */
  callParams: Record<string, string>;
}

/** Read the guest's identifiers. */
export interface GetGuestIdentityRequest extends SessionRequest {
  /** Always `"GetGuestIdentity"`. */
  activity: "GetGuestIdentity";
}

/** Find Contacts Directory records matching the guest. */
export interface ObtainCrmIdentityRequest extends SessionRequest {
  /** Always `"ObtainCrmIdentity"`. */
  activity: "ObtainCrmIdentity";
}

/** Pair the guest with a contact, or create one. */
export interface AssignCrmIdentityRequest extends SessionRequest {
  /** Always `"AssignCrmIdentity"`. */
  activity: "AssignCrmIdentity";
  /** Existing contact id, or `null` to create a new contact (`long?`; so repeating it may create two). */
  existingCrmIdentityId: number | null;
}

/** Schema of {@link GetAvailableOperatorsRequest}. */
export const getAvailableOperatorsRequestSchema: z.ZodType<GetAvailableOperatorsRequest> = z.object({
  ...requestShape("GetAvailableOperators"),
  groupId: optional(idSchema.nullable()),
});

/** Schema of {@link GetAvailableGroupsRequest}. */
export const getAvailableGroupsRequestSchema: z.ZodType<GetAvailableGroupsRequest> = z.object({
  ...requestShape("GetAvailableGroups"),
  groupIds: optional(z.array(idSchema).nullable()),
});

/** Schema of {@link GetCallParamsRequest}. */
export const getCallParamsRequestSchema: z.ZodType<GetCallParamsRequest> = bareRequest("GetCallParams");

/** Schema of {@link SetCallParamsRequest}. */
export const setCallParamsRequestSchema: z.ZodType<SetCallParamsRequest> = z.object({
  ...requestShape("SetCallParams"),
  callParams: z.record(z.string().min(1), z.string()),
});

/** Schema of {@link GetGuestIdentityRequest}. */
export const getGuestIdentityRequestSchema: z.ZodType<GetGuestIdentityRequest> = bareRequest("GetGuestIdentity");
/** Schema of {@link ObtainCrmIdentityRequest}. */
export const obtainCrmIdentityRequestSchema: z.ZodType<ObtainCrmIdentityRequest> = bareRequest("ObtainCrmIdentity");

/** Schema of {@link AssignCrmIdentityRequest}. */
export const assignCrmIdentityRequestSchema: z.ZodType<AssignCrmIdentityRequest> = z.object({
  ...requestShape("AssignCrmIdentity"),
  existingCrmIdentityId: idSchema.nullable(),
});

/** Requests that read or change the session: routing, call parameters, identity, by `activity` name. */
export interface MluviiChatbotSessionRequestMap {
  /** `GetAvailableOperators` request: {@link GetAvailableOperatorsRequest}. */
  GetAvailableOperators: GetAvailableOperatorsRequest;
  /** `GetAvailableGroups` request: {@link GetAvailableGroupsRequest}. */
  GetAvailableGroups: GetAvailableGroupsRequest;
  /** `GetCallParams` request: {@link GetCallParamsRequest}. */
  GetCallParams: GetCallParamsRequest;
  /** `SetCallParams` request: {@link SetCallParamsRequest}. */
  SetCallParams: SetCallParamsRequest;
  /** `GetGuestIdentity` request: {@link GetGuestIdentityRequest}. */
  GetGuestIdentity: GetGuestIdentityRequest;
  /** `ObtainCrmIdentity` request: {@link ObtainCrmIdentityRequest}. */
  ObtainCrmIdentity: ObtainCrmIdentityRequest;
  /** `AssignCrmIdentity` request: {@link AssignCrmIdentityRequest}. */
  AssignCrmIdentity: AssignCrmIdentityRequest;
}

/** The schema of each activity of {@link MluviiChatbotSessionRequestMap}. */
export const sessionRequestSchemas = {
  GetAvailableOperators: getAvailableOperatorsRequestSchema,
  GetAvailableGroups: getAvailableGroupsRequestSchema,
  GetCallParams: getCallParamsRequestSchema,
  SetCallParams: setCallParamsRequestSchema,
  GetGuestIdentity: getGuestIdentityRequestSchema,
  ObtainCrmIdentity: obtainCrmIdentityRequestSchema,
  AssignCrmIdentity: assignCrmIdentityRequestSchema,
} as const satisfies EventSchemas<MluviiChatbotSessionRequestMap>;
