/**
 * Names of the vocabulary before every package followed one rule (`defineOpenEnum`: one PascalCase constant per
 * enumeration, with `.values` and `.schema`, and a type of the same name). Kept so existing code compiles; they go in 1.0.
 */
import type { KnownValueOf } from "@contactkit/core";
import {
  AgentState,
  CallParticipantState,
  CallParticipantType,
  CallState,
  ChatDirection,
  ChatParticipantState,
  ChatParticipantType,
  ChatState,
  EnvelopeType,
  SessionType,
} from "./vocabulary";

/** @deprecated Use `EnvelopeType.values` (the same values). */
export const ENVELOPE_TYPES: typeof EnvelopeType.values = EnvelopeType.values;
/** @deprecated Use `ChatState.values` (the same values). */
export const CHAT_STATES: typeof ChatState.values = ChatState.values;
/** @deprecated Use `ChatState` (open) or `KnownValueOf<typeof ChatState>` (the documented states only). */
export type ChatStateName = KnownValueOf<typeof ChatState>;
/** @deprecated Use `ChatParticipantType.values` (the same values). */
export const CHAT_PARTICIPANT_TYPES: typeof ChatParticipantType.values = ChatParticipantType.values;
/** @deprecated Use `ChatParticipantState.values` (the same values). */
export const CHAT_PARTICIPANT_STATES: typeof ChatParticipantState.values = ChatParticipantState.values;
/** @deprecated Use `ChatDirection.values` (the same values). */
export const CHAT_DIRECTIONS: typeof ChatDirection.values = ChatDirection.values;
/** @deprecated Use `SessionType.values` (the same values). */
export const SESSION_TYPES: typeof SessionType.values = SessionType.values;
/** @deprecated Use `AgentState.values` (the same values). */
export const AGENT_STATES: typeof AgentState.values = AgentState.values;
/** @deprecated Use `AgentState` (open) or `KnownValueOf<typeof AgentState>` (the documented states only). */
export type AgentStateName = KnownValueOf<typeof AgentState>;
/** @deprecated Use `CallState.values` (the same values). */
export const CALL_STATES: typeof CallState.values = CallState.values;
/** @deprecated Use `CallState` (open) or `KnownValueOf<typeof CallState>` (the documented states only). */
export type CallStateName = KnownValueOf<typeof CallState>;
/** @deprecated Use `CallParticipantType.values` (the same values). */
export const CALL_PARTICIPANT_TYPES: typeof CallParticipantType.values = CallParticipantType.values;
/** @deprecated Use `CallParticipantState.values` (the same values). */
export const CALL_PARTICIPANT_STATES: typeof CallParticipantState.values = CallParticipantState.values;
