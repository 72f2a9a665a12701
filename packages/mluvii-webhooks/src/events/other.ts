/**
 * Events that belong to no session or e-mail thread (webhooks page TOC "Others"; shapes from the payload classes
 * `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/{UserStatusChanged,GuestIdentityUpdated,ApplicationSettingChanged}Payload.cs`).
 */
import { type EventSchemas, safeInt } from "@contactkit/core";
import * as z from "zod";
import { UserAvailabilityStatus, UserSimplifiedStatus } from "../vocabulary";

/** Data of {@link UserStatusChanged}. */
export interface UserStatusChangedData {
  /** The operator's user id. */
  userId: number;
  /** Simplified presence: `OFFLINE`, `ONLINE`, `BUSY`, `AWAY` (open enum). */
  status: UserSimplifiedStatus;
  /** Availability: `DEFAULT`, `AWAY`, `ON_CALL` (open enum). */
  availabilityStatus: UserAvailabilityStatus;
  /** Free-text reason the operator gave for the availability (e.g. a break name), or `null` (`string`). */
  availabilityStatusReason: string | null;
}
/** An operator's status changed. Carries no time. The only operator-presence webhook. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/UserStatusChangedPayload.cs`. */
export interface UserStatusChanged {
  /** Discriminator. */
  eventType: "UserStatusChanged";
  /** The operator and the new status. */
  data: UserStatusChangedData;
}
/** Schema of {@link UserStatusChanged}. */
export const userStatusChangedSchema: z.ZodType<UserStatusChanged> = z.object({
  eventType: z.literal("UserStatusChanged"),
  data: z.object({
    userId: safeInt(),
    status: UserSimplifiedStatus.schema,
    availabilityStatus: UserAvailabilityStatus.schema,
    availabilityStatusReason: z.string().nullable(),
  }),
});

/** Data of {@link GuestIdentityUpdated}. */
export interface GuestIdentityUpdatedData {
  /** Id of the updated identity (C# `long`). Which identity (contact or CRM) mluvii does not document. */
  id: number;
  /** Tenant (mluvii department) id. */
  tenantId: number;
}
/** A guest's identity was updated. No time. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/GuestIdentityUpdatedPayload.cs` (added 2021-04-14). */
export interface GuestIdentityUpdated {
  /** Discriminator. */
  eventType: "GuestIdentityUpdated";
  /** The identity reference. */
  data: GuestIdentityUpdatedData;
}
/** Schema of {@link GuestIdentityUpdated}. */
export const guestIdentityUpdatedSchema: z.ZodType<GuestIdentityUpdated> = z.object({
  eventType: z.literal("GuestIdentityUpdated"),
  data: z.object({ id: safeInt(), tenantId: safeInt() }),
});

/** Data of {@link ApplicationSettingChanged}. The scope is given by whichever id is set; there is no `tenantId`. */
export interface ApplicationSettingChangedData {
  /** The setting's name, or `null` (`string Name`, a reference type the model does not promise to fill). */
  name: string | null;
  /** Company the setting applies to, or `null`. */
  companyId: number | null;
  /** Department (tenant) the setting applies to, or `null`. */
  departmentId: number | null;
  /** Operator group the setting applies to, or `null`. */
  operatorGroupId: number | null;
  /** User the setting applies to, or `null`. */
  userId: number | null;
  /** Routing rule set the setting applies to, or `null`. */
  routingRuleSetId: number | null;
}
/** An application setting changed. No time. Source: `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/ApplicationSettingChangedPayload.cs` (added 2022-03). */
export interface ApplicationSettingChanged {
  /** Discriminator. */
  eventType: "ApplicationSettingChanged";
  /** The setting and its scope. */
  data: ApplicationSettingChangedData;
}
/** Schema of {@link ApplicationSettingChanged}. */
export const applicationSettingChangedSchema: z.ZodType<ApplicationSettingChanged> = z.object({
  eventType: z.literal("ApplicationSettingChanged"),
  data: z.object({
    name: z.string().nullable(),
    companyId: safeInt().nullable(),
    departmentId: safeInt().nullable(),
    operatorGroupId: safeInt().nullable(),
    userId: safeInt().nullable(),
    routingRuleSetId: safeInt().nullable(),
  }),
});

/** The user status, guest identity and application setting events, keyed by event type; `MluviiWebhookEventMap` extends it. */
export interface OtherEventMap {
  /** See {@link UserStatusChanged}. */
  UserStatusChanged: UserStatusChanged;
  /** See {@link GuestIdentityUpdated}. */
  GuestIdentityUpdated: GuestIdentityUpdated;
  /** See {@link ApplicationSettingChanged}. */
  ApplicationSettingChanged: ApplicationSettingChanged;
}

/** The schema of each of the user status, guest identity and application setting events. */
export const otherEventSchemas = {
  UserStatusChanged: userStatusChangedSchema,
  GuestIdentityUpdated: guestIdentityUpdatedSchema,
  ApplicationSettingChanged: applicationSettingChangedSchema,
} satisfies EventSchemas<OtherEventMap>;
