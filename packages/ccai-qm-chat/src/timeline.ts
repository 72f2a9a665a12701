import { parseDateTime } from "@contactkit/core";
import { type ChatEventClassification, classifyChatEvent } from "./classify";
import type { ChatItem } from "./events/chat";
import { epochToMillis } from "./timestamp";
import type { ChatParticipantType } from "./vocabulary";

/** A chat item with the time your service received it (used when the item carries no `timestamp`). */
export interface ChatTimelineInput {
  /** The chat item: the `event` of a parsed chat event. */
  item: ChatItem;
  /** Arrival time: epoch milliseconds or a `Date`. */
  receivedAt?: number | Date;
}

/** One event of the timeline, in timeline order. */
export interface ChatTimelineEntry {
  /** Epoch milliseconds of the event: the item's `timestamp`, else `receivedAt`, else `null`. */
  at: number | null;
  /** Position in the input (0-based), i.e. arrival order. */
  arrival: number;
  /** The item. */
  item: ChatItem;
  /** What the item represents, see `classifyChatEvent`. */
  classification: ChatEventClassification;
}

/** A participant's part in the chat, folded from every event. */
export interface ChatTimelineParticipant {
  /** The participant's `dn`. */
  dn: string;
  /** `external`, `agent` or `virtual_agent`. */
  type: ChatParticipantType;
  /** The agent's `name`, when an event carried it. */
  name: string | null;
  /** When the participant first accepted the chat (epoch ms), if it did and the time is known. */
  acceptedAt: number | null;
  /** When the participant first joined (`connected`/`resumed`; epoch ms), if known. */
  joinedAt: number | null;
  /** When the participant last left (`disconnected`/`dismissed`; epoch ms), if known. */
  leftAt: number | null;
  /** Whether the participant was ever `connected` or `resumed`. */
  joined: boolean;
  /** Whether the participant's last state is `disconnected` or `dismissed`. */
  left: boolean;
}

/** A transfer between agents (see `ChatTransferClassification`). */
export interface ChatTimelineTransfer {
  /** When it happened (epoch ms), if known. */
  at: number | null;
  /** `dn`s of the agents that left. */
  from: string[];
  /** `dn`s of the agents connected after the transfer. */
  to: string[];
  /** The event's `initiator` (the party that initiated the transfer). */
  initiator: string;
}

/** How the chat ended, as far as the events tell. */
export type ChatOutcome = "ongoing" | "ended" | "ended_in_queue" | "dismissed";

/** The folded history of one chat, see {@link buildChatTimeline}. All times are epoch milliseconds. */
export interface ChatTimeline {
  /** The chat's `chat_id`, `null` for no events. */
  chatId: number | null;
  /** Distinct events in timeline order. */
  entries: ChatTimelineEntry[];
  /** How many input events were exact duplicates of an earlier one (same item content) and were dropped. */
  duplicates: number;
  /** Whether the timeline order differs from the arrival order. */
  reordered: boolean;
  /** When the chat was first seen waiting, if known. */
  queuedAt: number | null;
  /** When the chat connected: the `connected_at` field, else the time of the first connected event. */
  connectedAt: number | null;
  /** When the chat ended or was dismissed: the `ends_at` field, else the time of that event. */
  endedAt: number | null;
  /** Queue time: from `queuedAt` to `connectedAt` (or to `endedAt` when it never connected). */
  timeInQueueMs: number | null;
  /** From `queuedAt` to `connectedAt`; `null` if it never connected or a time is unknown. */
  timeToConnectMs: number | null;
  /** From `connectedAt` to `endedAt`; `null` if either is unknown. */
  handleTimeMs: number | null;
  /** Everyone who took part, in order of first appearance. */
  participants: ChatTimelineParticipant[];
  /** Transfers in timeline order. */
  transfers: ChatTimelineTransfer[];
  /** How the chat ended. */
  outcome: ChatOutcome;
  /** The `initiator` of the event that ended or dismissed the chat. */
  endedBy: string | null;
}

/** Lifecycle phase, used to order events that lack times: queue, accept, active, end. */
function phaseOf(c: ChatEventClassification): number {
  if (c.kind === "started_or_waiting") return 0;
  if (c.kind === "accepted") return 1;
  if (c.kind === "ended" || c.kind === "dismissed") return 3;
  return 2;
}

/** JSON with sorted keys: equal content gives equal text whatever the key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(",")}}`;
}

function timeOf(input: ChatTimelineInput): number | null {
  const fromItem = input.item.timestamp == null ? undefined : epochToMillis(input.item.timestamp);
  if (fromItem !== undefined) return fromItem;
  if (input.receivedAt instanceof Date) return input.receivedAt.getTime();
  return input.receivedAt ?? null;
}

/** Epoch milliseconds of a chat datetime field; `null` when it is unset (absent, `null` or `""`) or unreadable. */
function millisOf(datetime: string | null | undefined): number | null {
  if (!datetime) return null;
  try {
    return parseDateTime(datetime)?.epochMillis ?? null;
  } catch {
    return null;
  }
}

const diff = (from: number | null, to: number | null): number | null =>
  from === null || to === null ? null : to - from;

/** Deduplicates and orders the events: by time when every event has one, else by lifecycle phase. */
function orderEntries(events: readonly (ChatItem | ChatTimelineInput)[]): {
  entries: ChatTimelineEntry[];
  duplicates: number;
} {
  const seen = new Set<string>();
  const entries: ChatTimelineEntry[] = [];
  events.forEach((event, arrival) => {
    const input: ChatTimelineInput = "item" in event ? event : { item: event };
    const key = canonical(input.item);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ at: timeOf(input), arrival, item: input.item, classification: classifyChatEvent(input.item) });
  });
  const timed = entries.every((e) => e.at !== null);
  entries.sort(
    (a, b) =>
      (timed ? (a.at as number) - (b.at as number) : 0) ||
      phaseOf(a.classification) - phaseOf(b.classification) ||
      a.arrival - b.arrival,
  );
  return { entries, duplicates: events.length - entries.length };
}

/**
 * Folds the events of one chat (one `chat_id`), in arrival order, into the chat's timeline: time in queue,
 * time to connect, handle time, who joined and left and when, transfers, and how it ended.
 *
 * Exact duplicates are dropped. Events are ordered by time when every event has one (the item's `timestamp`,
 * else `receivedAt`); otherwise by lifecycle (waiting, accepted, active, ended), keeping arrival order within a
 * phase. Pure and deterministic: the same input always gives the same timeline.
 *
 * @throws RangeError when the events belong to more than one chat.
 */
export function buildChatTimeline(events: readonly (ChatItem | ChatTimelineInput)[]): ChatTimeline {
  const { entries, duplicates } = orderEntries(events);
  const chatIds = new Set(entries.map((e) => e.item.chat_id));
  if (chatIds.size > 1)
    throw new RangeError(`buildChatTimeline: events of ${chatIds.size} chats; group them by chat_id first`);

  const people = new Map<string, ChatTimelineParticipant>();
  const transfers: ChatTimelineTransfer[] = [];
  let queuedAt: number | null = null;
  let connectedAt: number | null = null;
  let endedAt: number | null = null;
  let end: ChatTimelineEntry | undefined;

  // The platform's own `connected_at` wins over the arrival time of the first connected event.
  for (const { item } of entries) connectedAt ??= millisOf(item.connected_at);

  for (const entry of entries) {
    const { item, classification: c, at } = entry;
    if (c.kind === "started_or_waiting") queuedAt ??= at;
    if (connectedAt === null && c.kind === "connected" && c.agents.length > 0) connectedAt = at;
    if (c.kind === "ended" || c.kind === "dismissed") {
      end = entry;
      endedAt = millisOf(item.ends_at) ?? at;
    }
    if (c.kind === "transfer") {
      transfers.push({ at, from: c.from.map((p) => p.dn), to: c.to.map((p) => p.dn), initiator: item.initiator });
    }
    const leaveTime = end === entry ? endedAt : at;
    for (const p of item.participants) {
      let person = people.get(p.dn);
      if (!person) {
        person = {
          dn: p.dn,
          type: p.type,
          name: null,
          acceptedAt: null,
          joinedAt: null,
          leftAt: null,
          joined: false,
          left: false,
        };
        people.set(p.dn, person);
      }
      if ("name" in p && typeof p.name === "string") person.name = p.name;
      if (p.state === "accepted") person.acceptedAt ??= at;
      if (p.state === "connected" || p.state === "resumed") {
        if (!person.joined) person.joinedAt = at ?? (p.type !== "external" ? millisOf(item.connected_at) : null);
        person.joined = true;
        person.left = false;
      }
      if ((p.state === "disconnected" || p.state === "dismissed") && !person.left) {
        person.left = true;
        person.leftAt = leaveTime;
      }
    }
  }

  const agentJoined = [...people.values()].some((p) => p.type !== "external" && p.joined);
  let outcome: ChatOutcome = "ongoing";
  if (end?.classification.kind === "dismissed") outcome = "dismissed";
  else if (end?.classification.kind === "ended") {
    outcome = end.classification.endedWhile === "in_queue" && !agentJoined ? "ended_in_queue" : "ended";
  }
  const queueEnd = connectedAt ?? (outcome === "ongoing" ? null : endedAt);

  return {
    chatId: entries[0]?.item.chat_id ?? null,
    entries,
    duplicates,
    reordered: entries.some((e, i) => i > 0 && e.arrival < (entries[i - 1] as ChatTimelineEntry).arrival),
    queuedAt,
    connectedAt,
    endedAt,
    timeInQueueMs: diff(queuedAt, queueEnd),
    timeToConnectMs: diff(queuedAt, connectedAt),
    handleTimeMs: outcome === "ended" ? diff(connectedAt, endedAt) : null,
    participants: [...people.values()],
    transfers,
    outcome,
    endedBy: end?.item.initiator ?? null,
  };
}

/** Groups chat items by `chat_id`, keeping arrival order within each chat (input for {@link buildChatTimeline}). */
export function groupByChatId<T extends ChatItem | ChatTimelineInput>(events: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const event of events) {
    const id = "item" in event ? event.item.chat_id : event.chat_id;
    const group = groups.get(id);
    if (group) group.push(event);
    else groups.set(id, [event]);
  }
  return groups;
}
