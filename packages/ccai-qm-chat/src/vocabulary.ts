/**
 * The documented value lists of the CCAI Platform QM export: the field table of "QM chat session event data"
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data) and the examples of "QM call
 * session event data" (https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data).
 * Every list stays open: values the platform adds later parse in tolerant mode.
 */
import { defineOpenEnum, type OpenEnumOf } from "@contactkit/core";

/** Envelope `type` values: the chat page lists `AgentState` and `ChatState`; the call page adds `CallState`. */
export const EnvelopeType = defineOpenEnum(["ChatState", "AgentState", "CallState"]);
/** An envelope `type`: one of `EnvelopeType.values`, or any other string (an unknown event). */
export type EnvelopeType = OpenEnumOf<typeof EnvelopeType>;

/** Chat `state` values from the chat page's field table. `transferred` is listed but in no example. */
export const ChatState = defineOpenEnum([
  "waiting",
  "connected",
  "disconnected",
  "dismissed",
  "resumed",
  "participantDisconnect",
  "transferred",
]);
/** A chat `state`: one of `ChatState.values`, or any other string (open enum). */
export type ChatState = OpenEnumOf<typeof ChatState>;

/** Chat participant `type` values (chat page): `external` is an end-user or a third party. */
export const ChatParticipantType = defineOpenEnum(["external", "agent", "virtual_agent"]);
/** A chat participant `type`: one of `ChatParticipantType.values`, or any other string (open enum). */
export type ChatParticipantType = OpenEnumOf<typeof ChatParticipantType>;

/** Chat participant `state` values (chat page). */
export const ChatParticipantState = defineOpenEnum(["connected", "disconnected", "accepted", "dismissed", "resumed"]);
/** A chat participant `state`: one of `ChatParticipantState.values`, or any other string (open enum). */
export type ChatParticipantState = OpenEnumOf<typeof ChatParticipantState>;

/** Chat `direction` values (the chat page documents only `incoming`). */
export const ChatDirection = defineOpenEnum(["incoming"]);
/** A chat `direction`: one of `ChatDirection.values`, or any other string (open enum). */
export type ChatDirection = OpenEnumOf<typeof ChatDirection>;

/** `session_type_v2` values: only `In-web` is documented, although the chat page says mobile SDKs are supported. */
export const SessionType = defineOpenEnum(["In-web"]);
/** A `session_type_v2`: one of `SessionType.values`, or any other string (open enum). */
export type SessionType = OpenEnumOf<typeof SessionType>;

/** AgentState `State` values (call page: agent logs in / logs out). */
export const AgentState = defineOpenEnum(["login", "logout"]);
/** An AgentState `State`: one of `AgentState.values`, or any other string (open enum). */
export type AgentState = OpenEnumOf<typeof AgentState>;

/** CallState `State` values seen (the call page's one typed example shows only `ringing`). */
export const CallState = defineOpenEnum(["ringing"]);
/** A CallState `State`: one of `CallState.values`, or any other string (open enum). */
export type CallState = OpenEnumOf<typeof CallState>;

/** Call participant `Type` values seen on the call page. */
export const CallParticipantType = defineOpenEnum(["external", "agent"]);
/** A call participant `Type`: one of `CallParticipantType.values`, or any other string (open enum). */
export type CallParticipantType = OpenEnumOf<typeof CallParticipantType>;

/** Call participant `State` values seen on the call page. */
export const CallParticipantState = defineOpenEnum(["connected", "ringing"]);
/** A call participant `State`: one of `CallParticipantState.values`, or any other string (open enum). */
export type CallParticipantState = OpenEnumOf<typeof CallParticipantState>;
