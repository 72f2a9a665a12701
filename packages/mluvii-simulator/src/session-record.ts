/** The mutable state of one simulated session, shared by the guest handle and the chatbot route. */
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
  readonly callParams: Record<string, string>;
  readonly tags: Set<string>;
  operatorId: number | null;
  lastHeroCardId: number | null;
  uploadPromptOpen: boolean;
  guestInputEnabled: boolean;
  guestUploadEnabled: boolean;
  crmIdentityId: number | null;
  readonly trackedGuestGuid: string;
  readonly history: SessionHistoryItem[];
  readonly listeners: Set<() => void>;
}

/** Appends to the history and wakes whoever waits on the session. */
export function note(record: SessionRecord, item: Omit<SessionHistoryItem, "at">): void {
  record.history.push({ at: Date.now(), ...item });
  changed(record);
}

/** Wakes whoever waits on the session. */
export function changed(record: SessionRecord): void {
  for (const listener of [...record.listeners]) listener();
}
