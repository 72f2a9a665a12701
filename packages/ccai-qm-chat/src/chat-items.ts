import { type DateTimeString, dateTime, type OpenEnum, openEnum, optional, safeInt } from "@contactkit/core";
import * as z from "zod";
import { type ChatParticipant, chatParticipantSchema } from "./participants";
import {
  CHAT_DIRECTIONS,
  CHAT_STATES,
  type ChatDirection,
  type ChatStateName,
  SESSION_TYPES,
  type SessionType,
} from "./vocabulary";

/**
 * The fields of a `ChatState` item (G-CHAT field table = seed 002; keys are snake_case as sent). Optionality
 * follows the union of the 15 examples (vendor notes §1.7): `chat_id`, `state`, `direction`, `initiator`,
 * `session_type_v2` and `participants` are always present; every other field is optional.
 */
export interface ChatItemFields {
  /** The chat session's id in CCAI Platform (the session metadata `id`); an integer in every example. */
  chat_id: number;
  /** Direction from the contact center's point of view; only `incoming` is documented (G-CHAT). */
  direction: OpenEnum<ChatDirection>;
  /**
   * The party that initialised this chat *state* (per event, not per session; vendor notes S8), as
   * `agent_<id>`, `virtual_agent_<id>` or `end_user_<id>`.
   */
  initiator: string;
  /** `In-web` ("a web SDK chat session", G-CHAT); the mobile-SDK value is undocumented (vendor notes S7). */
  session_type_v2: OpenEnum<SessionType>;
  /** Everyone in the chat with their state, typed by `type` (`ChatParticipant`). Present in 15/15 examples. */
  participants: ChatParticipant[];
  /** Queue ids navigated before the first agent, `/`-separated (e.g. `"7/26"`); incoming chats only (13/15). */
  queue_path_ids?: string;
  /** Queue names navigated before the first agent, `/`-separated (e.g. `"Test/calls"`); incoming only (13/15). */
  queue_path_names?: string;
  /** The end-user's selected language code (e.g. `"en"`); incoming chats only (13/15). */
  language?: string;
  /**
   * "The UUID of the queue" the chat was routed to; incoming and queue-transferred chats. In 0/15 examples,
   * and the call page shows `Queue_uuid` as the integer `3` (vendor notes C3), so a string or a number.
   */
  queue_uuid?: string | number;
  /** The name of the CCAI Platform instance hosting the chat (G-CHAT). In 0/15 examples. */
  tenant?: string;
  /** "An identifier for the chat session" (G-CHAT). In 0/15 examples; its JSON type is unknown (§6.3). */
  event_id?: string | number;
  /**
   * "A timestamp for the chat in Unix epoch time" (G-CHAT), unit unstated and in 0/15 examples: seconds or
   * milliseconds, as a number or a digit string. Convert with `epochToMillis`/`epochUnit`.
   */
  timestamp?: number | string;
  /** Always `null`: "not applicable for chat" (G-CHAT). Present in only 3/15 examples (vendor notes S6). */
  support_number?: null;
  /**
   * When the chat connected, ISO-8601 with milliseconds and the instance's local offset
   * (`2024-09-13T14:04:17.000-07:00`), or `""` when the chat never connected (ended in queue; vendor notes
   * S5). In 4/15 examples.
   */
  connected_at?: DateTimeString | "";
  /** When the chat ended, ISO-8601 with milliseconds and offset. In 3/15 examples (the "Chat ended" ones). */
  ends_at?: DateTimeString;
}

/** A `ChatState` item in any state, including states the documentation does not list (tolerant mode). */
export interface ChatItem extends ChatItemFields {
  /** The chat's state (G-CHAT field table); undocumented values pass in tolerant mode. */
  state: OpenEnum<ChatStateName>;
}

/** `state: "waiting"`: "Chat started" and "Chat waiting for assignment" both send it (G-CHAT). */
export interface ChatWaiting extends ChatItemFields {
  /** The chat is queued, waiting for assignment. */
  state: "waiting";
}

/**
 * `state: "connected"`: "Chat accepted" (an agent participant is `accepted`, an optional intermediate event) and
 * "Chat connected" (the agent participant is `connected`) both send it (G-CHAT).
 */
export interface ChatConnected extends ChatItemFields {
  /** An agent or virtual agent accepted or connected. */
  state: "connected";
}

/** `state: "disconnected"`: "Chat ended", after a connection or while still in queue (G-CHAT). */
export interface ChatDisconnected extends ChatItemFields {
  /** The chat has ended. */
  state: "disconnected";
}

/** `state: "dismissed"`: "Chat dismissed", cancelled before a full connection (G-CHAT). */
export interface ChatDismissed extends ChatItemFields {
  /** The chat was cancelled or terminated before it fully connected. */
  state: "dismissed";
}

/** `state: "resumed"`: "Chat resumed", a paused or suspended chat resumes (G-CHAT). */
export interface ChatResumed extends ChatItemFields {
  /** The chat resumed. */
  state: "resumed";
}

/**
 * `state: "participantDisconnect"`: "Participant left the chat", and also the payload of a chat session
 * transfer (one agent `disconnected`, another `connected`; G-CHAT "Chat session transfers").
 */
export interface ChatParticipantDisconnect extends ChatItemFields {
  /** One or more participants left. */
  state: "participantDisconnect";
}

/** `state: "transferred"`: listed in the G-CHAT state table but never shown; transfers appear as
 * `participantDisconnect` in the examples (vendor notes S4). */
export interface ChatTransferred extends ChatItemFields {
  /** The chat was transferred. */
  state: "transferred";
}

const chatFields = {
  chat_id: safeInt(),
  direction: openEnum(CHAT_DIRECTIONS),
  initiator: z.string(),
  session_type_v2: openEnum(SESSION_TYPES),
  participants: z.array(chatParticipantSchema),
  queue_path_ids: z.string().exactOptional(),
  queue_path_names: z.string().exactOptional(),
  language: z.string().exactOptional(),
  queue_uuid: optional(z.union([z.string(), z.number()])),
  tenant: z.string().exactOptional(),
  event_id: optional(z.union([z.string(), z.number()])),
  timestamp: optional(
    z.union([z.number().nonnegative(), z.string().regex(/^\d+(?:\.\d+)?$/, { message: "expected epoch digits" })]),
  ),
  support_number: z.null().exactOptional(),
  connected_at: dateTime({ allowEmpty: true }).exactOptional(),
  ends_at: dateTime().exactOptional(),
};

/** Schema of {@link ChatItem}: any chat state (open). Used for states the family does not know yet. */
export const chatItemSchema: z.ZodType<ChatItem> = z.object({ ...chatFields, state: openEnum(CHAT_STATES) });
/** Schema of {@link ChatWaiting}. */
export const chatWaitingSchema: z.ZodType<ChatWaiting> = z.object({ ...chatFields, state: z.literal("waiting") });
/** Schema of {@link ChatConnected}. */
export const chatConnectedSchema: z.ZodType<ChatConnected> = z.object({ ...chatFields, state: z.literal("connected") });
/** Schema of {@link ChatDisconnected}. */
export const chatDisconnectedSchema: z.ZodType<ChatDisconnected> = z.object({
  ...chatFields,
  state: z.literal("disconnected"),
});
/** Schema of {@link ChatDismissed}. */
export const chatDismissedSchema: z.ZodType<ChatDismissed> = z.object({ ...chatFields, state: z.literal("dismissed") });
/** Schema of {@link ChatResumed}. */
export const chatResumedSchema: z.ZodType<ChatResumed> = z.object({ ...chatFields, state: z.literal("resumed") });
/** Schema of {@link ChatParticipantDisconnect}. */
export const chatParticipantDisconnectSchema: z.ZodType<ChatParticipantDisconnect> = z.object({
  ...chatFields,
  state: z.literal("participantDisconnect"),
});
/** Schema of {@link ChatTransferred}. */
export const chatTransferredSchema: z.ZodType<ChatTransferred> = z.object({
  ...chatFields,
  state: z.literal("transferred"),
});
