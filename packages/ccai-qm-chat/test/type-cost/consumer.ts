// Type-cost consumer: what a typical integration writes (see ../type-cost.test.ts).
import {
  buildChatTimeline,
  type ChatItem,
  ccaiQmEvents,
  chatItemOf,
  classifyChatEvent,
  createCcaiQmHandler,
} from "@contactkit/ccai-qm-chat";
import { createRouter } from "@contactkit/core";

export function describeEvent(body: string): string {
  const r = ccaiQmEvents.safeParse(body);
  if (!r.ok) return r.error.message;
  if (!r.known) return `unknown ${r.type}`;
  switch (r.type) {
    case "waiting":
    case "connected":
    case "disconnected":
    case "dismissed":
    case "resumed":
    case "participantDisconnect":
    case "transferred":
      return `${r.event.chat_id} ${classifyChatEvent(r.event).kind}`;
    case "AgentState":
      return `${r.event.ParticipantID} ${r.event.State}`;
    case "CallState":
      return r.event.CallID;
  }
}

export function matchAll(body: string): string {
  const parsed = ccaiQmEvents.parse(body);
  return ccaiQmEvents.match(
    parsed,
    {
      waiting: (e) => e.initiator,
      connected: (e) => e.participants[0]?.dn ?? "",
      disconnected: (e) => e.ends_at ?? "",
      dismissed: (e) => e.state,
      resumed: (e) => e.state,
      participantDisconnect: (e) => e.state,
      transferred: (e) => e.state,
      AgentState: (e) => e.Email,
      CallState: (e) => e.CallID,
    },
    (unknown) => unknown.type,
  );
}

export const router = createRouter(ccaiQmEvents)
  .on("disconnected", (e) => void e.connected_at)
  .on(["waiting", "connected"], (e) => void e.chat_id)
  .on("AgentState", (e) => void e.State);

export const handler = createCcaiQmHandler({ auth: { kind: "bearer", tokens: ["t"] }, process: router });

export function timeline(items: ChatItem[]): number | null {
  const parsed = items.map((i) => chatItemOf(ccaiQmEvents.parse(i))).filter((i): i is ChatItem => i !== undefined);
  return buildChatTimeline(parsed).handleTimeMs;
}

export const isLogin = (v: unknown): boolean => ccaiQmEvents.is(v, "AgentState") && v.State === "login";
