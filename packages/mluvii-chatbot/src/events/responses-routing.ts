/**
 * Answers to the routing reads, after `ChannelActivities:GetAvailableOperatorsResponse.cs` and
 * `GetAvailableGroupsResponse.cs` (`mluvii/mluvii.Chatbot.ChannelActivities@16a8fad`). Lists, nested objects and
 * strings are C# reference types, so each may be `null`; `int`, `bool` and enums never are.
 */
import { type EventSchemas, safeInt } from "@contactkit/core";
import * as z from "zod";
import { GroupOfflineReason, GroupState } from "../vocabulary";
import { type SessionCallback, sessionCallbackShape } from "./common";

/** An operator who is logged in and available (`AvailableOperatorInfo`). */
export interface AvailableOperator {
  /** Operator's display name, or `null` (`string DisplayName`). */
  displayName: string | null;
  /** mluvii user id of the operator (C# `int`); use it with `forward(sessionId, { userId })`. */
  userId: number;
}

/** Answer to `GetAvailableOperators`. */
export interface GetAvailableOperatorsResponse extends SessionCallback {
  /** Always `"GetAvailableOperatorsResponse"`. */
  activity: "GetAvailableOperatorsResponse";
  /** Available operators (of the requested group, or of the groups the routing would pick now), or `null`. */
  availableOperators: AvailableOperator[] | null;
}

/** Operator-slot load of a group (`AvailableGroupWorkload`; all `int`). */
export interface GroupWorkload {
  /** Sum of all slots of the logged-in operators of the group. */
  maxSlots: number;
  /** Sum of waiting slots of the logged-in operators. */
  usedSlotsWaiting: number;
  /** Sum of accepted slots of the logged-in operators. */
  usedSlotsAccepted: number;
  /** Sum of free slots of the logged-in operators. */
  freeSlots: number;
}

/** Queue load of a group (`AvailableGroupQueueWorkload`). */
export interface QueueWorkload {
  /** Free queue slots of the group. */
  freeQueueSlotsCountTotal: number;
  /** Sessions waiting in the group's queue. */
  inQueueCountTotal: number;
  /** `freeQueueSlotsCountTotal == 0`. */
  isQueueFull: boolean;
}

/** One operator group and its state (`AvailableGroupInfo`). */
export interface AvailableGroup {
  /** Group name, or `null` (`string DisplayName`). */
  displayName: string | null;
  /** Group id (C# `int`); use it with `forward(sessionId, { operatorGroupId })`. */
  groupId: number;
  /** `ONLINE`, `BUSY` or `OFFLINE` (open: new states pass as strings). */
  groupState: GroupState;
  /**
   * Populated when the group is offline, or `null` (a C# array). `NO_OPERATORS` means *no* operator is logged in
   * (the docs say "there are").
   */
  groupOfflineReasons: GroupOfflineReason[] | null;
  /** Operator-slot load, or `null`. */
  groupWorkload: GroupWorkload | null;
  /** Queue load, or `null`. */
  queueWorkload: QueueWorkload | null;
}

/** Answer to `GetAvailableGroups`. The docs spell the key `sesionId`; the wire (and this type) use `sessionId`. */
export interface GetAvailableGroupsResponse extends SessionCallback {
  /** Always `"GetAvailableGroupsResponse"`. */
  activity: "GetAvailableGroupsResponse";
  /** The requested groups (or all groups matching the routing now), or `null`. */
  availableGroups: AvailableGroup[] | null;
}

const availableOperatorSchema: z.ZodType<AvailableOperator> = z.object({
  displayName: z.string().nullable(),
  userId: safeInt(),
});

/** Schema of {@link GetAvailableOperatorsResponse} (tolerant: unknown keys are dropped from the typed view). */
export const getAvailableOperatorsResponseSchema: z.ZodType<GetAvailableOperatorsResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GetAvailableOperatorsResponse"),
  availableOperators: z.array(availableOperatorSchema).nullable(),
});

const availableGroupSchema: z.ZodType<AvailableGroup> = z.object({
  displayName: z.string().nullable(),
  groupId: safeInt(),
  groupState: GroupState.schema,
  groupOfflineReasons: z.array(GroupOfflineReason.schema).nullable(),
  groupWorkload: z
    .object({
      maxSlots: z.int(),
      usedSlotsWaiting: z.int(),
      usedSlotsAccepted: z.int(),
      freeSlots: z.int(),
    })
    .nullable(),
  queueWorkload: z
    .object({
      freeQueueSlotsCountTotal: z.int(),
      inQueueCountTotal: z.int(),
      isQueueFull: z.boolean(),
    })
    .nullable(),
});

/** Schema of {@link GetAvailableGroupsResponse} (tolerant: unknown keys are dropped from the typed view). */
export const getAvailableGroupsResponseSchema: z.ZodType<GetAvailableGroupsResponse> = z.object({
  ...sessionCallbackShape,
  activity: z.literal("GetAvailableGroupsResponse"),
  availableGroups: z.array(availableGroupSchema).nullable(),
});

/** `…Response` callbacks about who can take the session, by `activity` name. */
export interface MluviiChatbotRoutingResponseMap {
  /** `GetAvailableOperatorsResponse` callback: {@link GetAvailableOperatorsResponse}. */
  GetAvailableOperatorsResponse: GetAvailableOperatorsResponse;
  /** `GetAvailableGroupsResponse` callback: {@link GetAvailableGroupsResponse}. */
  GetAvailableGroupsResponse: GetAvailableGroupsResponse;
}

/** The schema of each activity of {@link MluviiChatbotRoutingResponseMap}. */
export const routingResponseSchemas = {
  GetAvailableOperatorsResponse: getAvailableOperatorsResponseSchema,
  GetAvailableGroupsResponse: getAvailableGroupsResponseSchema,
} as const satisfies EventSchemas<MluviiChatbotRoutingResponseMap>;
