/** The mutable state of one simulated session, shared by the guest handle, the chatbot route and the emulator. */
import type { ChatAuthor, ChatItem, ChatItemBody } from "./emulator/protocol";
import type { SessionFacts } from "./webhook-events";

/** Where a session is: with the bot, waiting for an operator after a hand-off or forward, with an operator, ended. */
export type SessionState = "bot" | "queued" | "operator" | "ended";

/** One thing that happened in a session, for summaries and assertions. */
export interface SessionHistoryItem {
  /** When (epoch ms). */
  readonly at: number;
  /** Who did it. */
  readonly from: "guest" | "bot" | "operator" | "system";
  /** Activity name (`Text`, `HandOff`, `SessionOperatorJoined` …). */
  readonly activity: string;
  /** Text of a message, when it is one. */
  readonly text?: string;
}

/** Internal state of a session. */
export interface SessionRecord {
  readonly facts: SessionFacts;
  readonly language: string;
  state: SessionState;
  readonly started: string;
  readonly startedAt: number;
  readonly callParams: Record<string, string>;
  readonly tags: Set<string>;
  operatorId: number | null;
  uploadPromptOpen: boolean;
  guestInputEnabled: boolean;
  guestUploadEnabled: boolean;
  /** The bot's typing indicator (until its next message). */
  typing: boolean;
  /** Text of an unanswered `RequestLocation`. */
  locationRequest: string | null;
  crmIdentityId: number | null;
  readonly trackedGuestGuid: string;
  /** Guest identifiers of this session (`GetGuestIdentity`), over the tenant's template. */
  readonly guestIdentity: Readonly<Record<string, string | null>>;
  readonly history: SessionHistoryItem[];
  /** What the guest sees, in order. */
  readonly chat: ChatItem[];
  readonly listeners: Set<() => void>;
}

/** Appends to the history and wakes whoever waits on the session. */
export function note(record: SessionRecord, item: Omit<SessionHistoryItem, "at">): void {
  record.history.push({ at: Date.now(), ...item });
  changed(record);
}

/** Appends a chat item (what the guest sees) and wakes whoever waits on the session; returns the item. */
export function show<B extends ChatItemBody>(record: SessionRecord, from: ChatAuthor, body: B): B & ChatItem {
  const item = { ...body, id: record.chat.length + 1, at: Date.now(), from } as B & ChatItem;
  record.chat.push(item);
  changed(record);
  return item;
}

/** Replaces a chat item (a form submitted, a card clicked) and wakes whoever waits on the session. */
export function update(record: SessionRecord, item: ChatItem): void {
  const index = record.chat.findIndex((c) => c.id === item.id);
  if (index >= 0) record.chat[index] = item;
  changed(record);
}

/** Wakes whoever waits on the session. */
export function changed(record: SessionRecord): void {
  for (const listener of [...record.listeners]) listener();
}
