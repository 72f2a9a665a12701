import * as z from "zod";
import { type ChannelSession, channelSessionSchema } from "./objects/channel-session";
import { type OpenRecord, openRecordSchema, openValue, type QueueRef, queueRefSchema } from "./objects/common";
import { type ConversationDataEntry, conversationDataEntrySchema } from "./objects/conversation";
import { type MessageHeader, messageHeaderSchema } from "./objects/message";
import {
  type CCUser,
  type ConversationParticipant,
  ccUserSchema,
  conversationParticipantSchema,
} from "./objects/participant";
import { type Task, type TaskType, taskSchema, taskTypeSchema } from "./objects/task";
import {
  type ChannelSessionReasonCode,
  channelSessionReasonCodeSchema,
  type RequestQueueType,
  type RoleChangeReason,
  requestQueueTypeSchema,
  roleChangeReasonSchema,
  type UnsubscribeReason,
  unsubscribeReasonSchema,
} from "./vocabulary";

// The `data` of each CIM event whose shape the vendor notes document (§2.5). Shared objects live in ./objects.

/** AGENT_SUBSCRIBED / AGENT_UNSUBSCRIBED `data` (OM `dto/AgentSubUnSubDTO`). */
export interface AgentSubscriptionData {
  /** The agent participant; lacks `joiningTime`, `isActive`, `stateChangedOn` (seed 003 S14). */
  agentParticipant: ConversationParticipant;
  /** `null` on subscribe; on unsubscribe e.g. `SLA_EXPIRED`, `FORCED_LOGOUT`, `MRD_INTERRUPTED`, `CALLBACK`. */
  reason: UnsubscribeReason | null;
}
/** Schema of {@link AgentSubscriptionData}. */
export const agentSubscriptionDataSchema: z.ZodType<AgentSubscriptionData> = z.object({
  agentParticipant: conversationParticipantSchema,
  reason: unsubscribeReasonSchema.nullable(),
});

/** AGENT_MRD_INTERRUPTED `data` (OM `MrdInterrupted`; EF-KB calls the event MRD_INTERRUPTED, notes C6). */
export interface MrdInterruptedData {
  /** The interrupted MRD. */
  mrdId: string;
  /** The agent (Keycloak id). */
  agentId: string;
  /** Ids of the conversations affected. */
  conversations: string[];
}
/** Schema of {@link MrdInterruptedData}. */
export const mrdInterruptedDataSchema: z.ZodType<MrdInterruptedData> = z.object({
  mrdId: z.string(),
  agentId: z.string(),
  conversations: z.array(z.string()),
});

/** TASK_ENQUEUED `data` (OM `task/TaskEnqueuedDto`). */
export interface TaskEnqueuedData {
  /** The task. */
  task: Task;
  /** The queue it went to. */
  queue: QueueRef;
}
/** Schema of {@link TaskEnqueuedData}. */
export const taskEnqueuedDataSchema: z.ZodType<TaskEnqueuedData> = z.object({
  task: taskSchema,
  queue: queueRefSchema,
});

/** TASK_STATE_CHANGED `data` (OM `task/TaskStateChangedDto`; the EF-KB events table says "TaskDto", notes C10). */
export interface TaskStateChangedData {
  /** The task after the change. */
  task: Task;
  /** Whether the task state itself changed (vs. only media states). */
  taskStateChanged: boolean;
  /** Ids of media whose state changed. */
  mediaStateChanges: string[];
}
/** Schema of {@link TaskStateChangedData}. */
export const taskStateChangedDataSchema: z.ZodType<TaskStateChangedData> = z.object({
  task: taskSchema,
  taskStateChanged: z.boolean(),
  mediaStateChanges: z.array(z.string()),
});

/** PARTICIPANT_ROLE_CHANGED `data` (OM `dto/ParticipantRoleChangedDto`). */
export interface ParticipantRoleChangedData {
  /** The participant with its new role. */
  conversationParticipant: ConversationParticipant;
  /** Why: `reason` is `DIRECT_TRANSFER`, `CONSULT_TRANSFER` or `null` (seed 003). */
  metadata: { reason: RoleChangeReason | null; [key: string]: unknown };
}
/** Schema of {@link ParticipantRoleChangedData}. */
export const participantRoleChangedDataSchema: z.ZodType<ParticipantRoleChangedData> = z.object({
  conversationParticipant: conversationParticipantSchema,
  metadata: z.object({ reason: roleChangeReasonSchema.nullable() }).catchall(openValue),
});

/** The queue a FIND_AGENT request names (OM `dto/RequestQueue`). */
export interface RequestQueue {
  /** Whether `value` is a queue `ID` or `NAME`. */
  type: RequestQueueType;
  /** Queue id or name. */
  value: string;
}

/** FIND_AGENT `data` (OM `dto/FindAgentDto`); all three are `null` in seed 003. */
export interface FindAgentData {
  /** Queue to search; `null` for the channel's default queue. */
  queue: RequestQueue | null;
  /** Request kind; `null` for the default (inbound via queue). */
  requestType: TaskType | null;
  /** Catch-all of further keys (`@JsonAnySetter`). */
  additionalDetails: OpenRecord | null;
}
/** Schema of {@link FindAgentData}. */
export const findAgentDataSchema: z.ZodType<FindAgentData> = z.object({
  queue: z.object({ type: requestQueueTypeSchema, value: z.string() }).nullable(),
  requestType: taskTypeSchema.nullable(),
  additionalDetails: openRecordSchema.nullable(),
});

/** ACTION_MESSAGE `data` (OM `ActionMessage`): a header, an action `name` and its `data`, and **no** `body`. */
export interface ActionMessage {
  /** Message id. */
  id: string;
  /** Header. */
  header: MessageHeader;
  /** Action name, e.g. `FIND_AGENT`. */
  name: string;
  /** Action data, e.g. `{ isReinitiated, priority }`. */
  data: unknown;
}
/** Schema of {@link ActionMessage}. */
export const actionMessageSchema: z.ZodType<ActionMessage> = z.object({
  id: z.string(),
  header: messageHeaderSchema,
  name: z.string(),
  data: openValue,
});

/** One bot suggestion. */
export interface BotSuggestionItem {
  /** Suggested message body. */
  messageBody: unknown;
  /** Confidence (0–1). */
  confidenceLevel: number | null;
}

/** BOT_SUGGESTION `data` (EF-DOCS onCimEvent). */
export interface BotSuggestionData {
  /** Suggestion id. */
  id: string;
  /** Header. */
  header: MessageHeader;
  /** Suggestions for the agent. */
  suggestions: BotSuggestionItem[];
  /** The customer message the suggestions answer. */
  requestedMessage: unknown;
}
/** Schema of {@link BotSuggestionData}. */
export const botSuggestionDataSchema: z.ZodType<BotSuggestionData> = z.object({
  id: z.string(),
  header: messageHeaderSchema,
  suggestions: z.array(z.object({ messageBody: openValue, confidenceLevel: z.number().nullable() })),
  requestedMessage: openValue,
});

/** NO_AGENT_AVAILABLE `data` (OM `dto/NoAgentAvailableDto`). */
export interface NoAgentAvailableData {
  /** The request kind that found no agent. */
  requestType: TaskType | null;
}
/** Schema of {@link NoAgentAvailableData}. */
export const noAgentAvailableDataSchema: z.ZodType<NoAgentAvailableData> = z.object({
  requestType: taskTypeSchema.nullable(),
});

/**
 * REVOKE_RESOURCE `data`. The sources conflict (notes C9): the EF-KB events table says `{reasonCode}`, OM
 * `dto/RevokeResourceDto` says `{taskId, currentTaskState, taskCloseReason, agentId, conversationId}`. Both parse.
 */
export interface RevokeResourceData {
  /** Reason (EF-KB events table form). */
  reasonCode?: string | null;
  /** Task id (OM form). */
  taskId?: string | null;
  /** Task state when revoked (OM form). */
  currentTaskState?: unknown;
  /** Why the task closes (OM form). */
  taskCloseReason?: string | null;
  /** Agent id (OM form). */
  agentId?: string | null;
  /** Conversation id (OM form). */
  conversationId?: string | null;
  /** Further keys. */
  [key: string]: unknown;
}
/** Schema of {@link RevokeResourceData}. */
export const revokeResourceDataSchema: z.ZodType<RevokeResourceData> = z
  .object({
    reasonCode: z.string().nullable().exactOptional(),
    taskId: z.string().nullable().exactOptional(),
    currentTaskState: openValue.exactOptional(),
    taskCloseReason: z.string().nullable().exactOptional(),
    agentId: z.string().nullable().exactOptional(),
    conversationId: z.string().nullable().exactOptional(),
  })
  .catchall(openValue);

/**
 * CONVERSATION_DATA_CHANGED `data`: "Map<String,String> … any key-value pairs" (EF-KB), e.g. `{first_name,
 * phone}`; since OM 1.22.2 conversation data may also be a list of typed entries (notes C12).
 */
export type ConversationDataChangedData = Record<string, unknown> | ConversationDataEntry[];
/** Schema of {@link ConversationDataChangedData}. */
export const conversationDataChangedDataSchema: z.ZodType<ConversationDataChangedData> = z.union([
  z.array(conversationDataEntrySchema),
  openRecordSchema,
]);

/** HAND_RAISED / HAND_DOWN `data` (EF-KB-INT); emitted by the AGENT. */
export interface HandRaiseData {
  /** Agent id. */
  agentId: string;
  /** Agent user name (personal data). */
  userName: string;
}
/** Schema of {@link HandRaiseData}. */
export const handRaiseDataSchema: z.ZodType<HandRaiseData> = z.object({ agentId: z.string(), userName: z.string() });

/**
 * AGENT_RESERVED `data`: `{task, ccUser}` on the wire (OM `dto/AgentReservedDto`), `{topicId, ccUser}` in the
 * EF-KB events table (notes C8). Both parse.
 */
export interface AgentReservedData {
  /** The reserved task (wire form). */
  task?: Task;
  /** Conversation id (EF-KB events-table form). */
  topicId?: string;
  /** The reserved agent. */
  ccUser: CCUser;
}
/** Schema of {@link AgentReservedData}. */
export const agentReservedDataSchema: z.ZodType<AgentReservedData> = z.object({
  task: taskSchema.exactOptional(),
  topicId: z.string().exactOptional(),
  ccUser: ccUserSchema,
});

/** REMOVE_CHANNEL_SESSION `data` (OM `dto/RemoveChannelSessionDto`). */
export interface RemoveChannelSessionData {
  /** The session to remove. */
  channelSession: ChannelSession;
  /** Why (OM `ReasonCodeEnum`). */
  reasonCode: ChannelSessionReasonCode | null;
}
/** Schema of {@link RemoveChannelSessionData}. */
export const removeChannelSessionDataSchema: z.ZodType<RemoveChannelSessionData> = z.object({
  channelSession: channelSessionSchema,
  reasonCode: channelSessionReasonCodeSchema.nullable(),
});

/** ASSIGN_RESOURCE_REQUESTED `data` (OM `dto/AssignResourceRequest`); no payload seen, so every field is optional. */
export interface AssignResourceRequestData {
  /** Requested queue. */
  queue?: unknown;
  /** The requesting session. */
  requestSession?: ChannelSession | null;
  /** Sessions to carry. */
  channelSessions?: ChannelSession[] | null;
  /** Request kind. */
  type?: TaskType | null;
  /** Priority (default 1). */
  priority?: number | null;
  /** Offer to an agent (default true). */
  offerToAgent?: boolean | null;
  /** Last assigned agent id. */
  lastAssignedAgentId?: string | null;
  /** Further keys. */
  [key: string]: unknown;
}
/** Schema of {@link AssignResourceRequestData}. */
export const assignResourceRequestDataSchema: z.ZodType<AssignResourceRequestData> = z
  .object({
    queue: openValue.exactOptional(),
    requestSession: channelSessionSchema.nullable().exactOptional(),
    channelSessions: z.array(channelSessionSchema).nullable().exactOptional(),
    type: taskTypeSchema.nullable().exactOptional(),
    priority: z.number().nullable().exactOptional(),
    offerToAgent: z.boolean().nullable().exactOptional(),
    lastAssignedAgentId: z.string().nullable().exactOptional(),
  })
  .catchall(openValue);
