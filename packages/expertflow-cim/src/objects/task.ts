import * as z from "zod";
import {
  type TaskDirection,
  type TaskMediaState,
  type TaskMode,
  type TaskStateName,
  type TaskStateReasonCode,
  taskDirectionSchema,
  taskMediaStateSchema,
  taskModeSchema,
  taskStateNameSchema,
  taskStateReasonCodeSchema,
} from "../vocabulary";
import { type ChannelSession, channelSessionSchema } from "./channel-session";
import {
  type CimTimestamp,
  cimTimestampSchema,
  type OpenRecord,
  openRecordSchema,
  type QueueRef,
  queueRefSchema,
} from "./common";

/** What kind of request a task is (OM `TaskType`); also FIND_AGENT / NO_AGENT_AVAILABLE `requestType`. */
export interface TaskType {
  /** `INBOUND`, `OUTBOUND`, `CONSULT`, `DIRECT_TRANSFER`, … */
  direction: TaskDirection;
  /** `QUEUE` or `AGENT`. */
  mode: TaskMode;
  /** Extra routing hints, e.g. `{ offerToAgent: true }`; may be `null`. */
  metadata: OpenRecord | null;
}
/** Schema of {@link TaskType}. */
export const taskTypeSchema: z.ZodType<TaskType> = z.object({
  direction: taskDirectionSchema,
  mode: taskModeSchema,
  metadata: openRecordSchema.nullable(),
});

/** One medium of a task (OM `TaskMedia`). Times are epoch ms; `answerTime` is `0` until answered. */
export interface TaskMedia {
  /** Media id. */
  id: string;
  /** MRD the media routes on. */
  mrdId: string;
  /** Owning task id. */
  taskId: string;
  /** Queue; `null` for named-agent requests. */
  queue: QueueRef | null;
  /** Request kind. */
  type: TaskType;
  /** Routing priority (1 by default). */
  priority: number;
  /** `STARTED`, `QUEUED`, `RESERVED`, `ACTIVE`, `CLOSED`. */
  state: TaskMediaState;
  /** The channel session that requested the media; may be `null`. */
  requestSession: ChannelSession | null;
  /** Channel sessions carried by the media. */
  channelSessions: ChannelSession[];
  /** When the media was enqueued (epoch ms). */
  enqueueTime: CimTimestamp;
  /** When an agent answered (epoch ms); `0` until answered. */
  answerTime: CimTimestamp;
}
/** Schema of {@link TaskMedia}. */
export const taskMediaSchema: z.ZodType<TaskMedia> = z.object({
  id: z.string(),
  mrdId: z.string(),
  taskId: z.string(),
  queue: queueRefSchema.nullable(),
  type: taskTypeSchema,
  priority: z.number(),
  state: taskMediaStateSchema,
  requestSession: channelSessionSchema.nullable(),
  channelSessions: z.array(channelSessionSchema),
  enqueueTime: cimTimestampSchema,
  answerTime: cimTimestampSchema,
});

/** Task state (OM `TaskState`). */
export interface TaskState {
  /** `ACTIVE`, `WRAP_UP`, `CLOSED`. */
  name: TaskStateName;
  /** Why: `RONA`, `DONE`, `TRANSFERRED`, …; `null` while active. */
  reasonCode: TaskStateReasonCode | null;
}

/** A routing task (OM `Task`). */
export interface Task {
  /** Task id (UUID). */
  id: string;
  /** Conversation id. */
  conversationId: string;
  /** Current state. */
  state: TaskState;
  /** The agent the task is assigned to; `null` while queued. */
  assignedTo: { id: string; name: string } | null;
  /** Id of the agent-request TTL timer; may be `null`. */
  agentRequestTtlTimerId: string | null;
  /** Active media of the task. */
  activeMedia: TaskMedia[];
}
/** Schema of {@link Task}. */
export const taskSchema: z.ZodType<Task> = z.object({
  id: z.string(),
  conversationId: z.string(),
  state: z.object({ name: taskStateNameSchema, reasonCode: taskStateReasonCodeSchema.nullable() }),
  assignedTo: z.object({ id: z.string(), name: z.string() }).nullable(),
  agentRequestTtlTimerId: z.string().nullable(),
  activeMedia: z.array(taskMediaSchema),
});
