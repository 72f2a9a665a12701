/**
 * The documented value lists of the CCAI Platform QM export: the field table of "QM chat session event data"
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data) and the examples of "QM call
 * session event data" (https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data).
 * Every list stays open: values the platform adds later parse in tolerant mode.
 */

/** Envelope `type` values: the chat page lists `AgentState` and `ChatState`; the call page adds `CallState`. */
export const ENVELOPE_TYPES = ["ChatState", "AgentState", "CallState"] as const;
/** A documented envelope `type`. */
export type EnvelopeType = (typeof ENVELOPE_TYPES)[number];

/** Chat `state` values from the chat page's field table. `transferred` is listed but in no example. */
export const CHAT_STATES = [
  "waiting",
  "connected",
  "disconnected",
  "dismissed",
  "resumed",
  "participantDisconnect",
  "transferred",
] as const;
/** A documented chat `state`. */
export type ChatStateName = (typeof CHAT_STATES)[number];

/** Chat participant `type` values (chat page): `external` is an end-user or a third party. */
export const CHAT_PARTICIPANT_TYPES = ["external", "agent", "virtual_agent"] as const;
/** A documented chat participant `type`. */
export type ChatParticipantType = (typeof CHAT_PARTICIPANT_TYPES)[number];

/** Chat participant `state` values (chat page). */
export const CHAT_PARTICIPANT_STATES = ["connected", "disconnected", "accepted", "dismissed", "resumed"] as const;
/** A documented chat participant `state`. */
export type ChatParticipantState = (typeof CHAT_PARTICIPANT_STATES)[number];

/** Chat `direction` values (the chat page documents only `incoming`). */
export const CHAT_DIRECTIONS = ["incoming"] as const;
/** A documented chat `direction`. */
export type ChatDirection = (typeof CHAT_DIRECTIONS)[number];

/** `session_type_v2` values: only `In-web` is documented, although the chat page says mobile SDKs are supported. */
export const SESSION_TYPES = ["In-web"] as const;
/** A documented `session_type_v2`. */
export type SessionType = (typeof SESSION_TYPES)[number];

/** AgentState `State` values (call page: agent logs in / logs out). */
export const AGENT_STATES = ["login", "logout"] as const;
/** A documented AgentState `State`. */
export type AgentStateName = (typeof AGENT_STATES)[number];

/** CallState `State` values seen (the call page's one typed example shows only `ringing`). */
export const CALL_STATES = ["ringing"] as const;
/** A documented CallState `State`. */
export type CallStateName = (typeof CALL_STATES)[number];

/** Call participant `Type` values seen on the call page. */
export const CALL_PARTICIPANT_TYPES = ["external", "agent"] as const;
/** Call participant `State` values seen on the call page. */
export const CALL_PARTICIPANT_STATES = ["connected", "ringing"] as const;
