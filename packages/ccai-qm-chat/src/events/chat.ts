import { type DateTimeString, dateTime, type EventSchemas, safeInt } from "@contactkit/core";
import * as z from "zod";
import { ChatDirection, ChatState, SessionType } from "../vocabulary";
import { optionalNullable } from "./optional-nullable";
import { type ChatParticipant, chatParticipantSchema } from "./participants";

/**
 * The fields of a `ChatState` item, as the CCAI Platform "QM chat session event data" page documents them
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data: its field table and its 15
 * example payloads; keys are snake_case as sent).
 *
 * Required are the keys in every example of every chat event: `chat_id`, `state`, `direction`, `initiator`,
 * `session_type_v2` and `participants`; the field table gives each a value in every case, so none is `null`.
 * Every other field is optional, and nullable too: the page types no field and says of none that it is never
 * null, and the one field it documents without a value (`support_number`) is written as JSON `null`. The times
 * `connected_at` and `ends_at` may also be `""`, the export's "not set" (the page's "Chat ended while waiting in
 * queue" example has `"connected_at": ""`).
 */
export interface ChatItemFields {
  /**
   * The chat session's id in CCAI Platform ("the value of the ID field in the main object" of the session
   * metadata). An integer in every example; always present.
   */
  chat_id: number;
  /** Direction from the contact center's point of view; only `incoming` is documented. Always present. */
  direction: ChatDirection;
  /**
   * The party that initialised this chat *state* — per event, not per session ("Chat started" names
   * `end_user_5`, "Chat accepted" `agent_1`) — as `agent_<id>`, `virtual_agent_<id>` or `end_user_<id>`.
   * Always present.
   */
  initiator: string;
  /**
   * `In-web` ("a web SDK chat session"). The page says QM chat events also support the mobile SDKs but
   * documents no value for them, so other values pass in tolerant mode. Always present.
   */
  session_type_v2: SessionType;
  /** Everyone in the chat with their state, typed by `type` (`ChatParticipant`). Always present. */
  participants: ChatParticipant[];
  /**
   * Queue ids navigated before the first agent, `/`-separated (e.g. `"7/26"`). "Applies only to incoming
   * chats": absent in the "Chat resumed" and end-user "Participant left the chat" examples; `null` when unset.
   */
  queue_path_ids?: string | null;
  /**
   * Queue names navigated before the first agent, `/`-separated (e.g. `"Test/calls"`). Incoming chats only:
   * absent like `queue_path_ids`; `null` when unset.
   */
  queue_path_names?: string | null;
  /** The end-user's selected language code (e.g. `"en"`). Incoming chats only: may be absent or `null`. */
  language?: string | null;
  /**
   * "The UUID of the queue" the chat was routed to; "only to incoming and queue transferred chats". In no
   * example, and the QM call page shows the call field `Queue_uuid` as the integer `3`, so a string or a
   * number. May be absent or `null`.
   */
  queue_uuid?: string | number | null;
  /** The name of the CCAI Platform instance hosting the chat. In no example: may be absent or `null`. */
  tenant?: string | null;
  /**
   * "An identifier for the chat session". In no example, so its JSON type is unknown: a string or a number. May be
   * absent or `null`.
   */
  event_id?: string | number | null;
  /**
   * "A timestamp for the chat in Unix epoch time", unit unstated and in no example: seconds or milliseconds,
   * as a number or a digit string (convert with `epochToMillis`/`epochUnit`). May be absent or `null`.
   */
  timestamp?: number | string | null;
  /**
   * `null` in every example that has it (3 of the 15): "Not applicable for chat". Typed as the support number the
   * call export carries, so a chat event that one day has one still parses.
   */
  support_number?: string | null;
  /**
   * When the chat connected, ISO-8601 with milliseconds and the instance's local offset
   * (`2024-09-13T14:04:17.000-07:00`), or `""` when the chat never connected ("Chat ended while waiting in
   * queue"). In 4 of the 15 examples; may be absent or `null`.
   */
  connected_at?: DateTimeString | "" | null;
  /**
   * When the chat ended, ISO-8601 with milliseconds and offset (`2024-08-27T17:06:59.000-07:00`), or `""` when
   * not set, as for `connected_at`. In the 3 "Chat ended" examples; may be absent or `null`.
   */
  ends_at?: DateTimeString | "" | null;
}

/** A `ChatState` item in any state, including states the documentation does not list (tolerant mode). */
export interface ChatItem extends ChatItemFields {
  /** The chat's state (the QM chat page's field table); undocumented values pass in tolerant mode. */
  state: ChatState;
}

/**
 * `state: "waiting"`: "Chat started" and "Chat waiting for assignment" both send it
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data).
 */
export interface ChatWaiting extends ChatItemFields {
  /** The chat is queued, waiting for assignment. */
  state: "waiting";
}

/**
 * `state: "connected"`: "Chat accepted" (an agent participant is `accepted`, an optional intermediate event) and
 * "Chat connected" (the agent participant is `connected`) both send it
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data).
 */
export interface ChatConnected extends ChatItemFields {
  /** An agent or virtual agent accepted or connected. */
  state: "connected";
}

/**
 * `state: "disconnected"`: "Chat ended", after a connection or while still in queue
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data).
 */
export interface ChatDisconnected extends ChatItemFields {
  /** The chat has ended. */
  state: "disconnected";
}

/**
 * `state: "dismissed"`: "Chat dismissed", cancelled before a full connection
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data).
 */
export interface ChatDismissed extends ChatItemFields {
  /** The chat was cancelled or terminated before it fully connected. */
  state: "dismissed";
}

/**
 * `state: "resumed"`: "Chat resumed", a paused or suspended chat resumes
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data).
 */
export interface ChatResumed extends ChatItemFields {
  /** The chat resumed. */
  state: "resumed";
}

/**
 * `state: "participantDisconnect"`: "Participant left the chat", and also the payload of a chat session
 * transfer (one agent `disconnected`, another `connected`: "Chat session transfers",
 * https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data).
 */
export interface ChatParticipantDisconnect extends ChatItemFields {
  /** One or more participants left. */
  state: "participantDisconnect";
}

/**
 * `state: "transferred"`: listed in the state table of
 * https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data but in no example; the page's
 * transfer example is a `participantDisconnect`.
 */
export interface ChatTransferred extends ChatItemFields {
  /** The chat was transferred. */
  state: "transferred";
}

const chatFields = {
  chat_id: safeInt(),
  direction: ChatDirection.schema,
  initiator: z.string(),
  session_type_v2: SessionType.schema,
  participants: z.array(chatParticipantSchema),
  queue_path_ids: optionalNullable(z.string()),
  queue_path_names: optionalNullable(z.string()),
  language: optionalNullable(z.string()),
  queue_uuid: optionalNullable(z.union([z.string(), z.number()])),
  tenant: optionalNullable(z.string()),
  event_id: optionalNullable(z.union([z.string(), z.number()])),
  timestamp: optionalNullable(
    z.union([z.number().nonnegative(), z.string().regex(/^\d+(?:\.\d+)?$/, { message: "expected epoch digits" })]),
  ),
  support_number: optionalNullable(z.string()),
  connected_at: optionalNullable(dateTime({ allowEmpty: true })),
  ends_at: optionalNullable(dateTime({ allowEmpty: true })),
};

/** Schema of {@link ChatItem}: any chat state (open). Used for states the family does not know yet. */
export const chatItemSchema: z.ZodType<ChatItem> = z.object({ ...chatFields, state: ChatState.schema });
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

/** The chat events, keyed by chat `state`; `CcaiQmEventMap` extends it. */
export interface ChatEventMap {
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
}

/** The schema of each chat event. */
export const chatEventSchemas = {
  waiting: chatWaitingSchema,
  connected: chatConnectedSchema,
  disconnected: chatDisconnectedSchema,
  dismissed: chatDismissedSchema,
  resumed: chatResumedSchema,
  participantDisconnect: chatParticipantDisconnectSchema,
  transferred: chatTransferredSchema,
} satisfies EventSchemas<ChatEventMap>;
