import { CHAT_EVENT_HEADINGS, type ChatItem, classifyChatEvent } from "@contactkit/ccai-qm-chat";
import { describe, expect, it } from "vitest";
import { fixture } from "./helpers";

// Classification of the page examples is in fixtures.test.ts; these cover the branches no example shows.
const base = fixture("15") as unknown as ChatItem;

describe("classifyChatEvent beyond the examples", () => {
  it("names both headings for waiting, since started and waiting share a state", () => {
    expect(classifyChatEvent(fixture("01") as unknown as ChatItem).headings).toEqual([
      "Chat started",
      "Chat waiting for assignment",
    ]);
  });

  it('an ended chat whose connected_at is null ended in queue, as with ""', () => {
    const ended = fixture("12") as unknown as ChatItem;
    expect(classifyChatEvent(ended)).toMatchObject({ kind: "ended", endedWhile: "connected" });
    expect(classifyChatEvent({ ...ended, connected_at: null })).toMatchObject({ endedWhile: "in_queue" });
    expect(classifyChatEvent({ ...ended, connected_at: "" })).toMatchObject({ endedWhile: "in_queue" });
  });

  it("treats a virtual agent handing over to a human agent as a transfer", () => {
    const item: ChatItem = {
      ...base,
      participants: [
        { state: "connected", type: "external", dn: "end_user_5" },
        { state: "disconnected", type: "virtual_agent", dn: "virtual_agent_2" },
        { state: "connected", type: "agent", dn: "agent_1" },
      ],
    };
    expect(classifyChatEvent(item)).toMatchObject({
      kind: "transfer",
      from: [{ dn: "virtual_agent_2", type: "virtual_agent" }],
      to: [{ dn: "agent_1", type: "agent" }],
    });
  });

  it("participant left without the initiator among the leavers: the single disconnected participant", () => {
    const item: ChatItem = {
      ...base,
      initiator: "system",
      participants: [
        { state: "connected", type: "external", dn: "end_user_5" },
        { state: "disconnected", type: "agent", dn: "agent_1" },
      ],
    };
    expect(classifyChatEvent(item)).toMatchObject({ kind: "participant_left", left: { dn: "agent_1" } });
  });

  it("participant left, ambiguous: left is null but every disconnected participant is listed", () => {
    const item: ChatItem = {
      ...base,
      initiator: "system",
      participants: [
        { state: "disconnected", type: "external", dn: "end_user_5" },
        { state: "disconnected", type: "agent", dn: "agent_1" },
      ],
    };
    expect(classifyChatEvent(item)).toMatchObject({
      kind: "participant_left",
      left: null,
      disconnected: [{ dn: "end_user_5" }, { dn: "agent_1" }],
    });
  });

  it("a chat that ended with only the end-user listed ended in queue even without connected_at", () => {
    const { connected_at: _, ...item } = fixture("14") as unknown as ChatItem;
    expect(classifyChatEvent(item)).toMatchObject({ kind: "ended", endedWhile: "in_queue" });
  });

  it("connected with no agent listed yet: connected, with no agents", () => {
    const item: ChatItem = {
      ...base,
      state: "connected",
      participants: [{ state: "connected", type: "external", dn: "e" }],
    };
    expect(classifyChatEvent(item)).toMatchObject({ kind: "connected", agents: [] });
  });

  it("an undocumented state is unrecognised, with no heading", () => {
    const c = classifyChatEvent({ ...base, state: "paused" });
    expect(c).toMatchObject({ kind: "unrecognised", state: "paused", chatId: 208 });
    expect(c.headings).toEqual(CHAT_EVENT_HEADINGS.unrecognised);
    expect(c.headings).toHaveLength(0);
  });
});
