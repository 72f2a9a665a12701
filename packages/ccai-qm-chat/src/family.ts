import { defineEventFamily, type EventFamily } from "@contactkit/core";
import {
  type AgentStateItem,
  agentStateItemSchema,
  type CallStateItem,
  callStateItemSchema,
} from "./agent-and-call-items";
import {
  type ChatConnected,
  type ChatDisconnected,
  type ChatDismissed,
  type ChatParticipantDisconnect,
  type ChatResumed,
  type ChatTransferred,
  type ChatWaiting,
  chatConnectedSchema,
  chatDisconnectedSchema,
  chatDismissedSchema,
  chatParticipantDisconnectSchema,
  chatResumedSchema,
  chatTransferredSchema,
  chatWaitingSchema,
} from "./chat-items";
import { inspectQmEnvelope, qmEventTypeOf, unwrapQmPayload } from "./envelope";

/**
 * Every event of the CCAI Platform QM export this package types, keyed by event type: chat items by their
 * `state`, agent and call items by their envelope `type`. The typed view is always the item (the envelope,
 * when present, is in `raw`).
 */
export interface CcaiQmEventMap {
  /** Chat started / waiting for assignment. */
  waiting: ChatWaiting;
  /** Chat accepted / connected. */
  connected: ChatConnected;
  /** Chat ended. */
  disconnected: ChatDisconnected;
  /** Chat dismissed. */
  dismissed: ChatDismissed;
  /** Chat resumed. */
  resumed: ChatResumed;
  /** Participant left the chat, or a transfer. */
  participantDisconnect: ChatParticipantDisconnect;
  /**
   * Listed among the chat page's states but never shown: the page says transfers "are not distinct chat events"
   * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data).
   */
  transferred: ChatTransferred;
  /** Agent login / logout. */
  AgentState: AgentStateItem;
  /** A call event (documented fields typed, the rest kept). */
  CallState: CallStateItem;
}

/**
 * The CCAI Platform QM export family: `safeParse`, `parse`, `is`, `match`, `typeOf` and JSON Schema export,
 * accepting `{type, item}` envelopes and bare items alike.
 *
 * @example
 * const r = ccaiQmEvents.safeParse(body);
 * if (r.ok && r.known && r.type === "disconnected") console.log(r.event.ends_at);
 */
export const ccaiQmEvents: EventFamily<CcaiQmEventMap> = defineEventFamily<CcaiQmEventMap>({
  vendor: "ccai-platform",
  family: "qm-export",
  discriminator: qmEventTypeOf,
  prepare: unwrapQmPayload,
  inspect: inspectQmEnvelope,
  schemas: {
    waiting: chatWaitingSchema,
    connected: chatConnectedSchema,
    disconnected: chatDisconnectedSchema,
    dismissed: chatDismissedSchema,
    resumed: chatResumedSchema,
    participantDisconnect: chatParticipantDisconnectSchema,
    transferred: chatTransferredSchema,
    AgentState: agentStateItemSchema,
    CallState: callStateItemSchema,
  },
});

/** The chat-state event types of {@link ccaiQmEvents} (every type but `AgentState` and `CallState`). */
export type ChatEventType = Exclude<keyof CcaiQmEventMap, "AgentState" | "CallState">;
