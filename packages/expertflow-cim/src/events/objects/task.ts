import { optional } from "@contactkit/core";
import * as z from "zod";
import { TaskDirection, TaskMediaState, TaskMode, TaskStateName, TaskStateReasonCode } from "../../vocabulary";
import { type ChannelSession, channelSessionSchema } from "./channel-session";
import {
  type CimTimestamp,
  cimTimestampSchema,
  type OpenRecord,
  openRecordSchema,
  type QueueRef,
  queueRefSchema,
} from "./common";

// Required and nullable as the vendor's JSON Schemas say (expertflow/object-model@7e7b298d54:schemas/v1/task*.json):
// a field is required only where the schema requires it, and may be `null` wherever it does not. Before
// object-model 1.17.0 a task was a `dto/TaskDto` of another shape; its fields are kept as optional ones.

/**
 * What kind of request a task is (object-model `task/TaskType`); also FIND_AGENT / NO_AGENT_AVAILABLE
 * `requestType`. No field is required: expertflow/object-model@7e7b298d54:schemas/v1/task-type.json.
 */
export interface TaskType {
  /** `INBOUND`, `OUTBOUND`, `CONSULT`, `DIRECT_TRANSFER`, …; may be absent or `null`. */
  direction?: TaskDirection | null;
  /** `QUEUE` or `AGENT`; may be absent or `null`. */
  mode?: TaskMode | null;
  /** Extra routing hints, e.g. `{ offerToAgent: true }`; may be absent or `null`. */
  metadata?: OpenRecord | null;
}
/** Schema of {@link TaskType}. */
export const taskTypeSchema: z.ZodType<TaskType> = z.object({
  direction: optional(TaskDirection.schema.nullable()),
  mode: optional(TaskMode.schema.nullable()),
  metadata: optional(openRecordSchema.nullable()),
});

/**
 * One medium of a task (object-model `task/TaskMedia`, since 1.17.0). Times are epoch ms; `answerTime` is `0` until
 * answered. No field is required: expertflow/object-model@7e7b298d54:schemas/v1/task-media.json.
 */
export interface TaskMedia {
  /** Media id; may be absent or `null`. */
  id?: string | null;
  /** MRD the media routes on; may be absent or `null`. */
  mrdId?: string | null;
  /** Owning task id; may be absent or `null`. */
  taskId?: string | null;
  /** Queue; `null` for named-agent requests. */
  queue?: QueueRef | null;
  /** Request kind; may be absent or `null`. */
  type?: TaskType | null;
  /** Routing priority (1 by default); may be absent or `null`. */
  priority?: number | null;
  /** `STARTED`, `QUEUED`, `RESERVED`, `ACTIVE`, `CLOSED`; may be absent or `null`. */
  state?: TaskMediaState | null;
  /** The channel session that requested the media; may be absent or `null`. */
  requestSession?: ChannelSession | null;
  /** Channel sessions carried by the media; may be absent or `null`. */
  channelSessions?: ChannelSession[] | null;
  /** When the media was enqueued (epoch ms); may be absent or `null`. */
  enqueueTime?: CimTimestamp | null;
  /** When an agent answered (epoch ms), `0` until answered; added in object-model 1.17.1.4, may be `null`. */
  answerTime?: CimTimestamp | null;
}
/** Schema of {@link TaskMedia}. */
export const taskMediaSchema: z.ZodType<TaskMedia> = z.object({
  id: optional(z.string().nullable()),
  mrdId: optional(z.string().nullable()),
  taskId: optional(z.string().nullable()),
  queue: optional(queueRefSchema.nullable()),
  type: optional(taskTypeSchema.nullable()),
  priority: optional(z.number().nullable()),
  state: optional(TaskMediaState.schema.nullable()),
  requestSession: optional(channelSessionSchema.nullable()),
  channelSessions: optional(z.array(channelSessionSchema).nullable()),
  enqueueTime: optional(cimTimestampSchema.nullable()),
  answerTime: optional(cimTimestampSchema.nullable()).meta({ since: "object-model 1.17.1.4" }),
});

/**
 * Task state (object-model `task/TaskState`). Only `name` is required:
 * expertflow/object-model@7e7b298d54:schemas/v1/task-state.json.
 */
export interface TaskState {
  /** `ACTIVE`, `WRAP_UP`, `CLOSED`. Required. */
  name: TaskStateName;
  /** Why: `RONA`, `DONE`, `TRANSFERRED`, …; `null` while active, may be absent. */
  reasonCode?: TaskStateReasonCode | null;
}
/** Schema of {@link TaskState}. */
export const taskStateSchema: z.ZodType<TaskState> = z.object({
  name: TaskStateName.schema,
  reasonCode: optional(TaskStateReasonCode.schema.nullable()),
});

/** The agent a task is assigned to (object-model `task/TaskAgent`, `schemas/v1/task-agent.json`: nothing required). */
export interface TaskAgent {
  /** Agent id; may be absent or `null`. */
  id?: string | null;
  /** Agent name; may be absent or `null`. */
  name?: string | null;
}
/** Schema of {@link TaskAgent}. */
export const taskAgentSchema: z.ZodType<TaskAgent> = z.object({
  id: optional(z.string().nullable()),
  name: optional(z.string().nullable()),
});

/**
 * A routing task (object-model `task/Task`, since 1.17.0). No field is required:
 * expertflow/object-model@7e7b298d54:schemas/v1/task.json. Releases before 1.17.0 send a `dto/TaskDto`
 * (expertflow/object-model@d8b56e4f90:src/main/java/com/ef/cim/objectmodel/dto/TaskDto.java, 1.12.6): its
 * `channelSession`, `mrd`, `queue`, `priority`, `type`, `enqueueTime`, `answerTime` and `handleTime` parse too.
 */
export interface Task {
  /** Task id (UUID); may be absent or `null`. */
  id?: string | null;
  /** Conversation id; added in object-model 1.17.0, may be `null`. */
  conversationId?: string | null;
  /** Current state; may be absent or `null`. */
  state?: TaskState | null;
  /** The agent the task is assigned to (an agent id string before object-model 1.15); `null` while queued. */
  assignedTo?: TaskAgent | string | null;
  /** Id of the agent-request TTL timer; added in object-model 1.17.1, may be `null`. */
  agentRequestTtlTimerId?: string | null;
  /** Active media of the task; added in object-model 1.17.0, may be `null`. */
  activeMedia?: TaskMedia[] | null;
  /** The customer's session (`TaskDto`, before object-model 1.17.0). */
  channelSession?: ChannelSession | null;
  /** The MRD (`TaskDto`, before object-model 1.17.0). */
  mrd?: OpenRecord | null;
  /** The queue: an id string in 1.12.x, `{id, name}` later (`TaskDto`, before object-model 1.17.0). */
  queue?: QueueRef | string | null;
  /** Routing priority, a Java `int` (`TaskDto`, before object-model 1.17.0). */
  priority?: number;
  /** Request kind (`TaskDto`, before object-model 1.17.0). */
  type?: TaskType | null;
  /** When the task was enqueued, epoch ms (`TaskDto`, before object-model 1.17.0). */
  enqueueTime?: CimTimestamp | null;
  /** When an agent answered, epoch ms (`TaskDto`, before object-model 1.17.0). */
  answerTime?: CimTimestamp | null;
  /** Handle time (`TaskDto`, before object-model 1.17.0). */
  handleTime?: number | null;
}
/** Schema of {@link Task}. */
export const taskSchema: z.ZodType<Task> = z.object({
  id: optional(z.string().nullable()),
  conversationId: optional(z.string().nullable()).meta({ since: "object-model 1.17.0" }),
  state: optional(taskStateSchema.nullable()),
  assignedTo: optional(z.union([taskAgentSchema, z.string()]).nullable()),
  agentRequestTtlTimerId: optional(z.string().nullable()).meta({ since: "object-model 1.17.1" }),
  activeMedia: optional(z.array(taskMediaSchema).nullable()).meta({ since: "object-model 1.17.0" }),
  channelSession: optional(channelSessionSchema.nullable()),
  mrd: optional(openRecordSchema.nullable()),
  queue: optional(z.union([queueRefSchema, z.string()]).nullable()),
  priority: optional(z.number()),
  type: optional(taskTypeSchema.nullable()),
  enqueueTime: optional(cimTimestampSchema.nullable()),
  answerTime: optional(cimTimestampSchema.nullable()),
  handleTime: optional(z.number().nullable()),
});
