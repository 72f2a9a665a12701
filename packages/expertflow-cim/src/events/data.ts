import { optional } from "@contactkit/core";
import * as z from "zod";
import {
  ChannelSessionReasonCode,
  RequestQueueType,
  RoleChangeReason,
  TaskStateName,
  TaskStateReasonCode,
  UnsubscribeReason,
} from "../vocabulary";
import { type ChannelSession, channelSessionSchema } from "./objects/channel-session";
import { type OpenRecord, openRecordSchema, openValue, type QueueRef, queueRefSchema } from "./objects/common";
import { type ConversationDataEntry, conversationDataEntrySchema } from "./objects/conversation";
import {
  type CimMessage,
  cimMessageSchema,
  type MessageBody,
  type MessageHeader,
  messageBodySchema,
  messageHeaderSchema,
} from "./objects/message";
import {
  type CCUser,
  type ConversationParticipant,
  ccUserSchema,
  conversationParticipantSchema,
} from "./objects/participant";
import { type Task, type TaskType, taskSchema, taskTypeSchema } from "./objects/task";

// The `data` of each CIM event whose shape the vendor documents; shared objects live in ./objects. Each is a Java
// DTO without a JSON Schema (expertflow/object-model@d77a5aa594:src/main/java/com/ef/cim/objectmodel/dto/ unless
// named otherwise): Jackson writes every field, so a field the DTO has had since it appeared is required, and a
// field of a reference type may be `null` unless the class constrains it.

/** AGENT_SUBSCRIBED / AGENT_UNSUBSCRIBED `data` (object-model `dto/AgentSubUnSubDTO`). */
export interface AgentSubscriptionData {
  /** The agent participant (without `joiningTime`, `isActive`, `stateChangedOn` on the Init node page); may be `null`. */
  agentParticipant: ConversationParticipant | null;
  /** `null` on subscribe; on unsubscribe e.g. `SLA_EXPIRED`, `FORCED_LOGOUT`, `MRD_INTERRUPTED`, `CALLBACK`. */
  reason: UnsubscribeReason | null;
}
/** Schema of {@link AgentSubscriptionData}. */
export const agentSubscriptionDataSchema: z.ZodType<AgentSubscriptionData> = z.object({
  agentParticipant: conversationParticipantSchema.nullable(),
  reason: UnsubscribeReason.schema.nullable(),
});

/**
 * AGENT_MRD_INTERRUPTED `data` (object-model `MrdInterrupted`, since 1.21.1; docs.expertflow.com's events table
 * calls the event MRD_INTERRUPTED).
 */
export interface MrdInterruptedData {
  /** The interrupted MRD; may be `null`. */
  mrdId: string | null;
  /** The agent (Keycloak id); may be `null`. */
  agentId: string | null;
  /** Ids of the conversations affected; may be `null`. */
  conversations: string[] | null;
}
/** Schema of {@link MrdInterruptedData}. */
export const mrdInterruptedDataSchema: z.ZodType<MrdInterruptedData> = z.object({
  mrdId: z.string().nullable(),
  agentId: z.string().nullable(),
  conversations: z.array(z.string()).nullable(),
});

/** TASK_ENQUEUED `data` (object-model `task/TaskEnqueuedDto`; `dto/TaskEnqueuedDto` before 1.17.0). */
export interface TaskEnqueuedData {
  /** The task; may be `null`. */
  task: Task | null;
  /** The queue it went to; may be `null`. */
  queue: QueueRef | null;
}
/** Schema of {@link TaskEnqueuedData}. */
export const taskEnqueuedDataSchema: z.ZodType<TaskEnqueuedData> = z.object({
  task: taskSchema.nullable(),
  queue: queueRefSchema.nullable(),
});

/** TASK_STATE_CHANGED `data` (object-model `task/TaskStateChangedDto`, since 1.17.1.2). */
export interface TaskStateChangedData {
  /** The task after the change; may be `null`. */
  task: Task | null;
  /** Whether the task state itself changed (vs. only media states); a Java `boolean`. */
  taskStateChanged: boolean;
  /** Ids of media whose state changed; may be `null`. */
  mediaStateChanges: string[] | null;
}
/** Schema of {@link TaskStateChangedData}. */
export const taskStateChangedDataSchema: z.ZodType<TaskStateChangedData> = z.object({
  task: taskSchema.nullable(),
  taskStateChanged: z.boolean(),
  mediaStateChanges: z.array(z.string()).nullable(),
});

/** The `metadata` map of PARTICIPANT_ROLE_CHANGED (a `Map<String, Object>`: every key may be absent). */
export interface RoleChangeMetadata {
  /** `DIRECT_TRANSFER`, `CONSULT_TRANSFER` or `null`. */
  reason?: RoleChangeReason | null;
  /** Further keys. */
  [key: string]: unknown;
}

/** PARTICIPANT_ROLE_CHANGED `data` (object-model `dto/ParticipantRoleChangedDto`). */
export interface ParticipantRoleChangedData {
  /** The participant with its new role; may be `null`. */
  conversationParticipant: ConversationParticipant | null;
  /** Why the role changed; may be `null`. */
  metadata: RoleChangeMetadata | null;
}
/** Schema of {@link ParticipantRoleChangedData}. */
export const participantRoleChangedDataSchema: z.ZodType<ParticipantRoleChangedData> = z.object({
  conversationParticipant: conversationParticipantSchema.nullable(),
  metadata: z
    .object({ reason: optional(RoleChangeReason.schema.nullable()) })
    .catchall(openValue)
    .nullable(),
});

/** The queue a FIND_AGENT request names (object-model `dto/RequestQueue`; both fields constrained non-null). */
export interface RequestQueue {
  /** Whether `value` is a queue `ID` or `NAME` (`@NotNull`). */
  type: RequestQueueType;
  /** Queue id or name (`@NotBlank`). */
  value: string;
}
/** Schema of {@link RequestQueue}. */
export const requestQueueSchema: z.ZodType<RequestQueue> = z.object({
  type: RequestQueueType.schema,
  value: z.string(),
});

/**
 * FIND_AGENT `data` (object-model `dto/FindAgentDto`, since 1.22.8:
 * expertflow/object-model@a80e7456d6:src/main/java/com/ef/cim/objectmodel/dto/FindAgentDto.java). All three are
 * `null` on the Init node page.
 */
export interface FindAgentData {
  /** Queue to search; `null` for the channel's default queue. */
  queue: RequestQueue | null;
  /** Request kind; `null` for the default (inbound via queue). */
  requestType: TaskType | null;
  /** Catch-all of further keys (`@JsonAnySetter`); may be `null`. */
  additionalDetails: OpenRecord | null;
}
/** Schema of {@link FindAgentData}. */
export const findAgentDataSchema: z.ZodType<FindAgentData> = z.object({
  queue: requestQueueSchema.nullable(),
  requestType: taskTypeSchema.nullable(),
  additionalDetails: openRecordSchema.nullable(),
});

/** ACTION_MESSAGE `data` (object-model `ActionMessage`): a header, an action `name` and its `data`, and **no** `body`. */
export interface ActionMessage {
  /** Message id; may be `null`. */
  id: string | null;
  /** Header; may be `null`. */
  header: MessageHeader | null;
  /** Action name, e.g. `FIND_AGENT`; may be `null`. */
  name: string | null;
  /** Action data (a `Map<String, Object>`), e.g. `{ isReinitiated, priority }`; may be `null`. */
  data: OpenRecord | null;
}
/** Schema of {@link ActionMessage}. */
export const actionMessageSchema: z.ZodType<ActionMessage> = z.object({
  id: z.string().nullable(),
  header: messageHeaderSchema.nullable(),
  name: z.string().nullable(),
  data: openRecordSchema.nullable(),
});

/** One bot suggestion (object-model `BotSuggestion`). */
export interface BotSuggestionItem {
  /** Suggested message body; may be `null`. */
  messageBody: MessageBody | null;
  /** Confidence (0–1), a Java `float`. */
  confidenceLevel: number;
}
/** Schema of {@link BotSuggestionItem}. */
export const botSuggestionItemSchema: z.ZodType<BotSuggestionItem> = z.object({
  messageBody: messageBodySchema.nullable(),
  confidenceLevel: z.number(),
});

/** BOT_SUGGESTION `data` (object-model `SuggestionMessage`). */
export interface BotSuggestionData {
  /** Suggestion id; may be `null`. */
  id: string | null;
  /** Header; may be `null`. */
  header: MessageHeader | null;
  /** Suggestions for the agent; may be `null`. */
  suggestions: BotSuggestionItem[] | null;
  /** The customer message the suggestions answer; may be `null`. */
  requestedMessage: CimMessage | null;
}
/** Schema of {@link BotSuggestionData}. */
export const botSuggestionDataSchema: z.ZodType<BotSuggestionData> = z.object({
  id: z.string().nullable(),
  header: messageHeaderSchema.nullable(),
  suggestions: z.array(botSuggestionItemSchema).nullable(),
  requestedMessage: cimMessageSchema.nullable(),
});

/** NO_AGENT_AVAILABLE `data` (object-model `dto/NoAgentAvailableDto`). */
export interface NoAgentAvailableData {
  /** The request kind that found no agent; may be `null`. */
  requestType: TaskType | null;
}
/** Schema of {@link NoAgentAvailableData}. */
export const noAgentAvailableDataSchema: z.ZodType<NoAgentAvailableData> = z.object({
  requestType: taskTypeSchema.nullable(),
});

/**
 * REVOKE_RESOURCE `data`. The sources differ: docs.expertflow.com's events table
 * (https://docs.expertflow.com/cx-knowledgebase/latest/cx-events-and-activity-types) says `{reasonCode}`,
 * object-model `dto/RevokeResourceDto` (since 1.13.5) says `{taskId, currentTaskState, taskCloseReason, agentId,
 * conversationId}`. Both parse, so every field is optional.
 */
export interface RevokeResourceData {
  /** Reason (events-table form). */
  reasonCode?: string | null;
  /** Task id (object-model form). */
  taskId?: string | null;
  /** Task state when revoked (object-model form, a `TaskStateName`). */
  currentTaskState?: TaskStateName | null;
  /** Why the task closes (object-model form, a `TaskStateReasonCode`). */
  taskCloseReason?: TaskStateReasonCode | null;
  /** Agent id (object-model form). */
  agentId?: string | null;
  /** Conversation id (object-model form). */
  conversationId?: string | null;
  /** Further keys. */
  [key: string]: unknown;
}
/** Schema of {@link RevokeResourceData}. */
export const revokeResourceDataSchema: z.ZodType<RevokeResourceData> = z
  .object({
    reasonCode: optional(z.string().nullable()),
    taskId: optional(z.string().nullable()),
    currentTaskState: optional(TaskStateName.schema.nullable()),
    taskCloseReason: optional(TaskStateReasonCode.schema.nullable()),
    agentId: optional(z.string().nullable()),
    conversationId: optional(z.string().nullable()),
  })
  .catchall(openValue);

/**
 * CONVERSATION_DATA_CHANGED `data`: "Map<String,String> … any key-value pairs" (docs.expertflow.com events table),
 * e.g. `{first_name, phone}`; since object-model 1.22.2 conversation data may also be a list of typed entries.
 */
export type ConversationDataChangedData = Record<string, unknown> | ConversationDataEntry[];
/** Schema of {@link ConversationDataChangedData}. */
export const conversationDataChangedDataSchema: z.ZodType<ConversationDataChangedData> = z.union([
  z.array(conversationDataEntrySchema),
  openRecordSchema,
]);

/**
 * HAND_RAISED / HAND_DOWN `data`, emitted by the AGENT; no class in the object model, so its shape is the one
 * docs.expertflow.com shows (https://docs.expertflow.com/cx-knowledgebase/latest/efcx-crm-integration-details).
 */
export interface HandRaiseData {
  /** Agent id. */
  agentId: string;
  /** Agent user name (personal data). */
  userName: string;
}
/** Schema of {@link HandRaiseData}. */
export const handRaiseDataSchema: z.ZodType<HandRaiseData> = z.object({ agentId: z.string(), userName: z.string() });

/**
 * AGENT_RESERVED `data`: `{task, ccUser}` on the wire (object-model `dto/AgentReservedDto`, since 1.13.5),
 * `{topicId, ccUser}` in docs.expertflow.com's events table. Both parse.
 */
export interface AgentReservedData {
  /** The reserved task (wire form); may be `null`. */
  task?: Task | null;
  /** Conversation id (events-table form). */
  topicId?: string | null;
  /** The reserved agent; may be `null`. */
  ccUser: CCUser | null;
}
/** Schema of {@link AgentReservedData}. */
export const agentReservedDataSchema: z.ZodType<AgentReservedData> = z.object({
  task: optional(taskSchema.nullable()),
  topicId: optional(z.string().nullable()),
  ccUser: ccUserSchema.nullable(),
});

/** REMOVE_CHANNEL_SESSION `data` (object-model `dto/RemoveChannelSessionDto`, since 1.14.8). */
export interface RemoveChannelSessionData {
  /** The session to remove; may be `null`. */
  channelSession: ChannelSession | null;
  /** Why (`ReasonCodeEnum`); may be `null`. */
  reasonCode: ChannelSessionReasonCode | null;
}
/** Schema of {@link RemoveChannelSessionData}. */
export const removeChannelSessionDataSchema: z.ZodType<RemoveChannelSessionData> = z.object({
  channelSession: channelSessionSchema.nullable(),
  reasonCode: ChannelSessionReasonCode.schema.nullable(),
});

/**
 * ASSIGN_RESOURCE_REQUESTED `data`. The class changed twice in the supported range (`dto/AssignResourceRequestDto`
 * `{channelSession, queue}` until 1.16.x, `dto/AssignResourceRequest` since 1.17.0), so every field is optional.
 */
export interface AssignResourceRequestData {
  /** Requested queue (`RequestQueue` since 1.17.0). */
  queue?: unknown;
  /** The requesting session (since 1.17.0; `@NotNull`). */
  requestSession?: ChannelSession;
  /** Sessions to carry (since 1.17.0; `@NotEmpty`). */
  channelSessions?: ChannelSession[];
  /** Request kind (since 1.17.0). */
  type?: TaskType | null;
  /** Priority (default 1; a Java `int`). */
  priority?: number;
  /** Offer to an agent (default true; a Java `boolean`). */
  offerToAgent?: boolean;
  /** Last assigned agent id (since object-model 1.17.1.3). */
  lastAssignedAgentId?: string | null;
  /** The session (`AssignResourceRequestDto`, until 1.16.x). */
  channelSession?: ChannelSession | null;
  /** Further keys. */
  [key: string]: unknown;
}
/** Schema of {@link AssignResourceRequestData}. */
export const assignResourceRequestDataSchema: z.ZodType<AssignResourceRequestData> = z
  .object({
    queue: optional(openValue),
    requestSession: optional(channelSessionSchema),
    channelSessions: optional(z.array(channelSessionSchema)),
    type: optional(taskTypeSchema.nullable()),
    priority: optional(z.number()),
    offerToAgent: optional(z.boolean()),
    lastAssignedAgentId: optional(z.string().nullable()).meta({ since: "object-model 1.17.1.3" }),
    channelSession: optional(channelSessionSchema.nullable()),
  })
  .catchall(openValue);
