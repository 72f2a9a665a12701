/** Generic-payload activities about ending, forwarding and operator invitations. All use the generic payload (`./activity-generic`). */
import type { EventSchemas } from "@contactkit/core";
import type * as z from "zod";
import { genericActivityEvent, type SessionActivityGenericData } from "./activity-generic";

/** Data of {@link SessionActivitySessionEnded}. */
export interface SessionActivitySessionEndedData extends SessionActivityGenericData {
  /** Always `"SessionEnded"`. */
  type: "SessionEnded";
}
/** The session ended; `terminationReason` says why. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivitySessionEnded {
  /** Discriminator. */
  eventType: "SessionActivitySessionEnded";
  /** The generic activity payload. */
  data: SessionActivitySessionEndedData;
}
/** Schema of {@link SessionActivitySessionEnded}. */
export const sessionActivitySessionEndedSchema: z.ZodType<SessionActivitySessionEnded> = genericActivityEvent(
  "SessionActivitySessionEnded",
  "SessionEnded",
);

/** Data of {@link SessionActivitySessionForwarded}. */
export interface SessionActivitySessionForwardedData extends SessionActivityGenericData {
  /** Always `"SessionForwarded"`. */
  type: "SessionForwarded";
}
/** The session was forwarded, with details: `toOperatorUserId` / `toOperatorFullName`, `toGroupId` / `toGroupName`, `toPhoneNumber`, `note`. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivitySessionForwarded {
  /** Discriminator. */
  eventType: "SessionActivitySessionForwarded";
  /** The generic activity payload. */
  data: SessionActivitySessionForwardedData;
}
/** Schema of {@link SessionActivitySessionForwarded}. */
export const sessionActivitySessionForwardedSchema: z.ZodType<SessionActivitySessionForwarded> = genericActivityEvent(
  "SessionActivitySessionForwarded",
  "SessionForwarded",
);

/** Data of {@link SessionActivityOperatorInvited}. */
export interface SessionActivityOperatorInvitedData extends SessionActivityGenericData {
  /** Always `"OperatorInvited"`. */
  type: "OperatorInvited";
}
/** An operator (`userId`) invited another (`toOperatorUserId` / `toOperatorFullName`). [webhooks page, truncated copy] */
export interface SessionActivityOperatorInvited {
  /** Discriminator. */
  eventType: "SessionActivityOperatorInvited";
  /** The generic activity payload. */
  data: SessionActivityOperatorInvitedData;
}
/** Schema of {@link SessionActivityOperatorInvited}. */
export const sessionActivityOperatorInvitedSchema: z.ZodType<SessionActivityOperatorInvited> = genericActivityEvent(
  "SessionActivityOperatorInvited",
  "OperatorInvited",
);

/** Data of {@link SessionActivityOperatorInviteCanceled}. */
export interface SessionActivityOperatorInviteCanceledData extends SessionActivityGenericData {
  /** Always `"OperatorInviteCanceled"`. */
  type: "OperatorInviteCanceled";
}
/** The inviting operator (`userId`) cancelled the invitation before it was accepted. [webhooks page] */
export interface SessionActivityOperatorInviteCanceled {
  /** Discriminator. */
  eventType: "SessionActivityOperatorInviteCanceled";
  /** The generic activity payload. */
  data: SessionActivityOperatorInviteCanceledData;
}
/** Schema of {@link SessionActivityOperatorInviteCanceled}. */
export const sessionActivityOperatorInviteCanceledSchema: z.ZodType<SessionActivityOperatorInviteCanceled> =
  genericActivityEvent("SessionActivityOperatorInviteCanceled", "OperatorInviteCanceled");

/** Data of {@link SessionActivityOperatorInviteRejected}. */
export interface SessionActivityOperatorInviteRejectedData extends SessionActivityGenericData {
  /** Always `"OperatorInviteRejected"`. */
  type: "OperatorInviteRejected";
}
/** The invited operator rejected the invitation. Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityOperatorInviteRejected {
  /** Discriminator. */
  eventType: "SessionActivityOperatorInviteRejected";
  /** The generic activity payload. */
  data: SessionActivityOperatorInviteRejectedData;
}
/** Schema of {@link SessionActivityOperatorInviteRejected}. */
export const sessionActivityOperatorInviteRejectedSchema: z.ZodType<SessionActivityOperatorInviteRejected> =
  genericActivityEvent("SessionActivityOperatorInviteRejected", "OperatorInviteRejected");

/** Data of {@link SessionActivityOperatorKicked}. */
export interface SessionActivityOperatorKickedData extends SessionActivityGenericData {
  /** Always `"OperatorKicked"`. */
  type: "OperatorKicked";
}
/** An operator was removed from the session (which of `userId` / `toOperatorUserId` is whom is undocumented). Source: `mluvii/mluvii.ApiModels@9529d71:Sessions/SessionModel.cs` (class `Activity`). */
export interface SessionActivityOperatorKicked {
  /** Discriminator. */
  eventType: "SessionActivityOperatorKicked";
  /** The generic activity payload. */
  data: SessionActivityOperatorKickedData;
}
/** Schema of {@link SessionActivityOperatorKicked}. */
export const sessionActivityOperatorKickedSchema: z.ZodType<SessionActivityOperatorKicked> = genericActivityEvent(
  "SessionActivityOperatorKicked",
  "OperatorKicked",
);

/** The routing activities (session ended or forwarded, operator invitations), keyed by event type; `MluviiWebhookEventMap` extends it. */
export interface RoutingActivityEventMap {
  /** See {@link SessionActivitySessionEnded}. */
  SessionActivitySessionEnded: SessionActivitySessionEnded;
  /** See {@link SessionActivitySessionForwarded}. */
  SessionActivitySessionForwarded: SessionActivitySessionForwarded;
  /** See {@link SessionActivityOperatorInvited}. */
  SessionActivityOperatorInvited: SessionActivityOperatorInvited;
  /** See {@link SessionActivityOperatorInviteCanceled}. */
  SessionActivityOperatorInviteCanceled: SessionActivityOperatorInviteCanceled;
  /** See {@link SessionActivityOperatorInviteRejected}. */
  SessionActivityOperatorInviteRejected: SessionActivityOperatorInviteRejected;
  /** See {@link SessionActivityOperatorKicked}. */
  SessionActivityOperatorKicked: SessionActivityOperatorKicked;
}

/** The schema of each of the routing activities (session ended or forwarded, operator invitations). */
export const routingActivityEventSchemas = {
  SessionActivitySessionEnded: sessionActivitySessionEndedSchema,
  SessionActivitySessionForwarded: sessionActivitySessionForwardedSchema,
  SessionActivityOperatorInvited: sessionActivityOperatorInvitedSchema,
  SessionActivityOperatorInviteCanceled: sessionActivityOperatorInviteCanceledSchema,
  SessionActivityOperatorInviteRejected: sessionActivityOperatorInviteRejectedSchema,
  SessionActivityOperatorKicked: sessionActivityOperatorKickedSchema,
} satisfies EventSchemas<RoutingActivityEventMap>;
