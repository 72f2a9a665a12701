/** Expertflow CX CIM Routing Engine events (tasks, queues, agent reservation). */

import type { EventSchemas } from "@contactkit/core";
import { type CimEvent, cimEventSchema } from "./cim-event";
import {
  type AgentReservedData,
  type AssignResourceRequestData,
  agentReservedDataSchema,
  assignResourceRequestDataSchema,
  type FindAgentData,
  findAgentDataSchema,
  type MrdInterruptedData,
  mrdInterruptedDataSchema,
  type NoAgentAvailableData,
  noAgentAvailableDataSchema,
  type RevokeResourceData,
  revokeResourceDataSchema,
  type TaskEnqueuedData,
  type TaskStateChangedData,
  taskEnqueuedDataSchema,
  taskStateChangedDataSchema,
} from "./data";

/** TASK_ENQUEUED: a task entered a queue (Routing Engine). */
export interface TaskEnqueued extends CimEvent<"TASK_ENQUEUED", TaskEnqueuedData> {}
/** TASK_STATE_CHANGED: a task's (or its media's) state changed (Routing Engine). */
export interface TaskStateChanged extends CimEvent<"TASK_STATE_CHANGED", TaskStateChangedData> {}
/** FIND_AGENT: the bot asks for an agent (the Init node page shows it in the raw controller body). */
export interface FindAgent extends CimEvent<"FIND_AGENT", FindAgentData> {}
/** AGENT_RESERVED: an agent was reserved for a task (two documented `data` shapes). */
export interface AgentReserved extends CimEvent<"AGENT_RESERVED", AgentReservedData> {}
/** NO_AGENT_AVAILABLE: routing found no agent. */
export interface NoAgentAvailable extends CimEvent<"NO_AGENT_AVAILABLE", NoAgentAvailableData> {}
/** REVOKE_RESOURCE: a reserved resource was revoked (two documented `data` shapes). */
export interface RevokeResource extends CimEvent<"REVOKE_RESOURCE", RevokeResourceData> {}
/** ASSIGN_RESOURCE_REQUESTED: a resource (agent) assignment was requested. */
export interface AssignResourceRequested extends CimEvent<"ASSIGN_RESOURCE_REQUESTED", AssignResourceRequestData> {}
/** AGENT_MRD_INTERRUPTED: a request on another MRD interrupted the agent's MRD (Routing Engine). */
export interface AgentMrdInterrupted extends CimEvent<"AGENT_MRD_INTERRUPTED", MrdInterruptedData> {}

/** The Routing Engine events (tasks, queues, agent reservation), keyed by `name`; `ExpertflowCimEventMap` extends it. */
export interface RoutingEventMap {
  /** `TASK_ENQUEUED`. */
  TASK_ENQUEUED: TaskEnqueued;
  /** `TASK_STATE_CHANGED`. */
  TASK_STATE_CHANGED: TaskStateChanged;
  /** `FIND_AGENT`. */
  FIND_AGENT: FindAgent;
  /** `AGENT_RESERVED`. */
  AGENT_RESERVED: AgentReserved;
  /** `NO_AGENT_AVAILABLE`. */
  NO_AGENT_AVAILABLE: NoAgentAvailable;
  /** `REVOKE_RESOURCE`. */
  REVOKE_RESOURCE: RevokeResource;
  /** `ASSIGN_RESOURCE_REQUESTED`. */
  ASSIGN_RESOURCE_REQUESTED: AssignResourceRequested;
  /** `AGENT_MRD_INTERRUPTED`. */
  AGENT_MRD_INTERRUPTED: AgentMrdInterrupted;
}

/** The schema of each of the Routing Engine events (tasks, queues, agent reservation). */
export const routingEventSchemas = {
  TASK_ENQUEUED: cimEventSchema("TASK_ENQUEUED", taskEnqueuedDataSchema),
  TASK_STATE_CHANGED: cimEventSchema("TASK_STATE_CHANGED", taskStateChangedDataSchema),
  FIND_AGENT: cimEventSchema("FIND_AGENT", findAgentDataSchema),
  AGENT_RESERVED: cimEventSchema("AGENT_RESERVED", agentReservedDataSchema),
  NO_AGENT_AVAILABLE: cimEventSchema("NO_AGENT_AVAILABLE", noAgentAvailableDataSchema),
  REVOKE_RESOURCE: cimEventSchema("REVOKE_RESOURCE", revokeResourceDataSchema),
  ASSIGN_RESOURCE_REQUESTED: cimEventSchema("ASSIGN_RESOURCE_REQUESTED", assignResourceRequestDataSchema),
  AGENT_MRD_INTERRUPTED: cimEventSchema("AGENT_MRD_INTERRUPTED", mrdInterruptedDataSchema),
} satisfies EventSchemas<RoutingEventMap>;
