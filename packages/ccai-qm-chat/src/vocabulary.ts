/**
 * The documented value lists of the CCAI Platform QM export (G-CHAT field table = seed 002, G-CALL examples).
 * Every list stays open: values the platform adds later parse in tolerant mode.
 */

/** Envelope `type` values: G-CHAT lists `AgentState` and `ChatState`; G-CALL adds `CallState` (vendor notes C1). */
export const ENVELOPE_TYPES = ["ChatState", "AgentState", "CallState"] as const;
/** A documented envelope `type`. */
export type EnvelopeType = (typeof ENVELOPE_TYPES)[number];

/** Chat `state` values from the G-CHAT field table. `transferred` is listed but never shown (vendor notes S4). */
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

/** Chat participant `type` values (G-CHAT): `external` is an end-user or a third party. */
export const CHAT_PARTICIPANT_TYPES = ["external", "agent", "virtual_agent"] as const;
/** A documented chat participant `type`. */
export type ChatParticipantType = (typeof CHAT_PARTICIPANT_TYPES)[number];

/** Chat participant `state` values (G-CHAT). */
export const CHAT_PARTICIPANT_STATES = ["connected", "disconnected", "accepted", "dismissed", "resumed"] as const;
/** A documented chat participant `state`. */
export type ChatParticipantState = (typeof CHAT_PARTICIPANT_STATES)[number];

/** Chat `direction` values (G-CHAT documents only `incoming`). */
export const CHAT_DIRECTIONS = ["incoming"] as const;
/** A documented chat `direction`. */
export type ChatDirection = (typeof CHAT_DIRECTIONS)[number];

/** `session_type_v2` values: only `In-web` is documented; the mobile-SDK value is unknown (vendor notes S7). */
export const SESSION_TYPES = ["In-web"] as const;
/** A documented `session_type_v2`. */
export type SessionType = (typeof SESSION_TYPES)[number];

/** AgentState `State` values (G-CALL: agent logs in / logs out). */
export const AGENT_STATES = ["login", "logout"] as const;
/** A documented AgentState `State`. */
export type AgentStateName = (typeof AGENT_STATES)[number];

/** CallState `State` values seen (G-CALL shows only `ringing`; later call events were unreadable, §6.3). */
export const CALL_STATES = ["ringing"] as const;
/** A documented CallState `State`. */
export type CallStateName = (typeof CALL_STATES)[number];

/** Call participant `Type` values seen in G-CALL. */
export const CALL_PARTICIPANT_TYPES = ["external", "agent"] as const;
/** Call participant `State` values seen in G-CALL. */
export const CALL_PARTICIPANT_STATES = ["connected", "ringing"] as const;
