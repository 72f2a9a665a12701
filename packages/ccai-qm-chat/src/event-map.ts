/**
 * The CCAI Platform QM export event map, its union and its schema record, composed from the groups in `./events/`:
 * chat items keyed by their `state`, agent and call items by their envelope `type`. The typed view is always the
 * item (the envelope, when present, is in `raw`).
 */
import type { EventSchemas } from "@contactkit/core";
import { type AgentAndCallEventMap, agentAndCallEventSchemas } from "./events/agent-and-call";
import { type ChatEventMap, chatEventSchemas } from "./events/chat";

/** Every event of the CCAI Platform QM export this package types, keyed by event type. Look events up here. */
export interface CcaiQmEventMap extends ChatEventMap, AgentAndCallEventMap {}

/** Any known CCAI Platform QM export event (the item); `r.type` of a parse result tells which. */
export type CcaiQmEvent = CcaiQmEventMap[keyof CcaiQmEventMap];

/** The chat-state event types of {@link CcaiQmEventMap} (every type but `AgentState` and `CallState`). */
export type ChatEventType = keyof ChatEventMap;

/** The schema of every known QM export event, keyed like {@link CcaiQmEventMap}; each is checked against its interface. */
export const ccaiQmSchemas: EventSchemas<CcaiQmEventMap> = { ...chatEventSchemas, ...agentAndCallEventSchemas };
