import * as z from "zod";
import { bareRequest, idSchema, requestShape, type SessionRequest } from "./requests-common";

/** List available operators of a group, or of the groups the routing would choose now (no `groupId`). */
export interface GetAvailableOperatorsRequest extends SessionRequest {
  /** Always `"GetAvailableOperators"`. */
  activity: "GetAvailableOperators";
  /** Restrict to this group. */
  groupId?: number;
}

/** List operator groups and their state. */
export interface GetAvailableGroupsRequest extends SessionRequest {
  /** Always `"GetAvailableGroups"`. */
  activity: "GetAvailableGroups";
  /** Restrict to these groups. */
  groupIds?: number[];
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
  /** Existing contact id, or `null` to create a new contact (so repeating it may create two). */
  existingCrmIdentityId: number | null;
}

/** Schema of {@link GetAvailableOperatorsRequest} (strict: unknown keys are errors). */
export const getAvailableOperatorsRequestSchema: z.ZodType<GetAvailableOperatorsRequest> = z.strictObject({
  ...requestShape("GetAvailableOperators"),
  groupId: idSchema.exactOptional(),
});

/** Schema of {@link GetAvailableGroupsRequest} (strict: unknown keys are errors). */
export const getAvailableGroupsRequestSchema: z.ZodType<GetAvailableGroupsRequest> = z.strictObject({
  ...requestShape("GetAvailableGroups"),
  groupIds: z.array(idSchema).exactOptional(),
});

/** Schema of {@link GetCallParamsRequest} (strict: unknown keys are errors). */
export const getCallParamsRequestSchema: z.ZodType<GetCallParamsRequest> = bareRequest("GetCallParams");

/** Schema of {@link SetCallParamsRequest} (strict: unknown keys are errors). */
export const setCallParamsRequestSchema: z.ZodType<SetCallParamsRequest> = z.strictObject({
  ...requestShape("SetCallParams"),
  callParams: z.record(z.string().min(1), z.string()),
});

/** Schema of {@link GetGuestIdentityRequest} (strict: unknown keys are errors). */
export const getGuestIdentityRequestSchema: z.ZodType<GetGuestIdentityRequest> = bareRequest("GetGuestIdentity");
/** Schema of {@link ObtainCrmIdentityRequest} (strict: unknown keys are errors). */
export const obtainCrmIdentityRequestSchema: z.ZodType<ObtainCrmIdentityRequest> = bareRequest("ObtainCrmIdentity");

/** Schema of {@link AssignCrmIdentityRequest} (strict: unknown keys are errors). */
export const assignCrmIdentityRequestSchema: z.ZodType<AssignCrmIdentityRequest> = z.strictObject({
  ...requestShape("AssignCrmIdentity"),
  existingCrmIdentityId: idSchema.nullable(),
});
