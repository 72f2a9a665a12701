import type { ChatItem } from "./events/chat";
import type { ChatParticipant } from "./events/participants";
import type { ChatParticipantType } from "./vocabulary";

/** A participant as the classifier reports it: who (`dn`) and what kind (`type`). */
export interface ParticipantRef {
  /** The participant's `dn`, e.g. `agent_1`. */
  dn: string;
  /** The participant's `type`: `external` (end-user or third party), `agent` or `virtual_agent`. */
  type: ChatParticipantType;
}

interface ClassificationBase {
  /**
   * The section heading(s) of https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data this
   * payload is an example of; empty for `unrecognised`.
   */
  headings: readonly string[];
  /** The chat's `chat_id`. */
  chatId: number;
  /** The chat `state` as received. */
  state: string;
}

/**
 * `state: "waiting"`. "Chat started" and "Chat waiting for assignment" send the same state and the same
 * shape; a payload cannot tell them apart, so both headings are named.
 */
export interface ChatStartedOrWaitingClassification extends ClassificationBase {
  /** Chat started or waiting for assignment (indistinguishable). */
  kind: "started_or_waiting";
}

/** `state: "connected"` with an agent or virtual agent participant in state `accepted` ("Chat accepted"). */
export interface ChatAcceptedClassification extends ClassificationBase {
  /** Chat accepted: the optional step before an agent connects. */
  kind: "accepted";
  /** The participant that accepted. */
  by: ParticipantRef;
}

/** `state: "connected"` with no `accepted` participant ("Chat connected", to a human or virtual agent). */
export interface ChatConnectedClassification extends ClassificationBase {
  /** Chat connected. */
  kind: "connected";
  /** The connected agents and virtual agents (usually one); empty if the payload lists none. */
  agents: ParticipantRef[];
}

/** `state: "dismissed"` ("Chat dismissed": cancelled before a full connection). */
export interface ChatDismissedClassification extends ClassificationBase {
  /** Chat dismissed. */
  kind: "dismissed";
}

/** `state: "resumed"` ("Chat resumed"). */
export interface ChatResumedClassification extends ClassificationBase {
  /** Chat resumed. */
  kind: "resumed";
}

/** `state: "participantDisconnect"` that is not a transfer ("Participant left the chat"). */
export interface ParticipantLeftClassification extends ClassificationBase {
  /** A participant left. */
  kind: "participant_left";
  /**
   * Who left: the `initiator` when it is a disconnected participant, otherwise the single disconnected
   * participant; `null` when the payload does not say.
   */
  left: ParticipantRef | null;
  /** Every participant in state `disconnected` in this payload (the examples list the others too). */
  disconnected: ParticipantRef[];
}

/** `state: "disconnected"` ("Chat ended"). */
export interface ChatEndedClassification extends ClassificationBase {
  /** Chat ended. */
  kind: "ended";
  /**
   * `in_queue` when the chat never connected (`connected_at` is `""` or `null`, or no agent or virtual agent
   * participates), `connected` otherwise.
   */
  endedWhile: "connected" | "in_queue";
}

/**
 * A transfer: `state: "participantDisconnect"` where one agent (or virtual agent) is `disconnected` and another
 * is `connected` ("Chat session transfers": "not distinct chat events", on the QM chat page), or the documented but never
 * shown `state: "transferred"`.
 */
export interface ChatTransferClassification extends ClassificationBase {
  /** A transfer between agents. */
  kind: "transfer";
  /** Agents that left (usually one). */
  from: ParticipantRef[];
  /** Agents that are connected after the transfer (usually one). */
  to: ParticipantRef[];
}

/** A chat state the documentation does not list. */
export interface UnrecognisedChatClassification extends ClassificationBase {
  /** Not a documented chat event. */
  kind: "unrecognised";
}

/** The documented chat event a `ChatState` payload represents, see {@link classifyChatEvent}. */
export type ChatEventClassification =
  | ChatStartedOrWaitingClassification
  | ChatAcceptedClassification
  | ChatConnectedClassification
  | ChatDismissedClassification
  | ChatResumedClassification
  | ParticipantLeftClassification
  | ChatEndedClassification
  | ChatTransferClassification
  | UnrecognisedChatClassification;

/** The kinds {@link classifyChatEvent} names. */
export type ChatEventKind = ChatEventClassification["kind"];

/** The heading(s) of each kind on https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data. */
export const CHAT_EVENT_HEADINGS: { readonly [K in ChatEventKind]: readonly string[] } = {
  started_or_waiting: ["Chat started", "Chat waiting for assignment"],
  accepted: ["Chat accepted"],
  connected: ["Chat connected"],
  dismissed: ["Chat dismissed"],
  resumed: ["Chat resumed"],
  participant_left: ["Participant left the chat"],
  ended: ["Chat ended"],
  transfer: ["Chat session transfers"],
  unrecognised: [],
};

const ref = (p: ChatParticipant): ParticipantRef => ({ dn: p.dn, type: p.type });
const isAgentLike = (p: ChatParticipant): boolean => p.type !== "external";

/**
 * Names the documented chat event a `ChatState` item represents. Several events share a `state` (started and
 * waiting; accepted and connected; participant left and transfer), so the participants decide.
 * Pure: reads the item only.
 *
 * @example classifyChatEvent(item).kind // "accepted" when an agent participant is `accepted`
 */
export function classifyChatEvent(item: ChatItem): ChatEventClassification {
  const base = { chatId: item.chat_id, state: item.state };
  const agents = item.participants.filter(isAgentLike);
  const inState = (s: string) => agents.filter((p) => p.state === s).map(ref);
  switch (item.state) {
    case "waiting":
      return { kind: "started_or_waiting", headings: CHAT_EVENT_HEADINGS.started_or_waiting, ...base };
    case "connected": {
      const accepted = inState("accepted")[0];
      if (accepted) return { kind: "accepted", headings: CHAT_EVENT_HEADINGS.accepted, ...base, by: accepted };
      return { kind: "connected", headings: CHAT_EVENT_HEADINGS.connected, ...base, agents: inState("connected") };
    }
    case "dismissed":
      return { kind: "dismissed", headings: CHAT_EVENT_HEADINGS.dismissed, ...base };
    case "resumed":
      return { kind: "resumed", headings: CHAT_EVENT_HEADINGS.resumed, ...base };
    case "disconnected": {
      // `connected_at` is "" (or null) when the chat never connected; absent, the participants tell.
      const inQueue = item.connected_at === "" || item.connected_at === null || agents.length === 0;
      return {
        kind: "ended",
        headings: CHAT_EVENT_HEADINGS.ended,
        ...base,
        endedWhile: inQueue ? "in_queue" : "connected",
      };
    }
    case "transferred":
      return transfer(base, inState("disconnected"), inState("connected"));
    case "participantDisconnect": {
      const from = inState("disconnected");
      const to = inState("connected");
      if (from.length > 0 && to.length > 0) return transfer(base, from, to);
      const disconnected = item.participants.filter((p) => p.state === "disconnected").map(ref);
      const left =
        disconnected.find((p) => p.dn === item.initiator) ?? (disconnected.length === 1 ? disconnected[0] : undefined);
      return {
        kind: "participant_left",
        headings: CHAT_EVENT_HEADINGS.participant_left,
        ...base,
        left: left ?? null,
        disconnected,
      };
    }
    default:
      return { kind: "unrecognised", headings: CHAT_EVENT_HEADINGS.unrecognised, ...base };
  }
}

function transfer(
  base: { chatId: number; state: string },
  from: ParticipantRef[],
  to: ParticipantRef[],
): ChatTransferClassification {
  return { kind: "transfer", headings: CHAT_EVENT_HEADINGS.transfer, ...base, from, to };
}
