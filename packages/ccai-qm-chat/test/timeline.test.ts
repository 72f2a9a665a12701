import {
  buildChatTimeline,
  type ChatItem,
  type ChatTimelineInput,
  ccaiQmEvents,
  chatItemOf,
  groupByChatId,
} from "@contactkit/ccai-qm-chat";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixture } from "./helpers";

/** A page example, validated through the family, optionally moved to another chat_id to assemble one chat. */
function item(prefix: string, chatId?: number): ChatItem {
  const raw = fixture(prefix);
  const parsed = chatItemOf(ccaiQmEvents.parse(chatId === undefined ? raw : { ...raw, chat_id: chatId }));
  if (!parsed) throw new Error(`fixture ${prefix} is not a chat item`);
  return parsed;
}
const at = (iso: string): number => Date.parse(iso);

// One human-agent chat assembled from the page examples: started (01), accepted by agent_1 (03), connected (05),
// transferred to agent_2 (15), ended (12, whose connected_at/ends_at are the platform's times).
const humanChat: ChatTimelineInput[] = [
  { item: item("01", 127), receivedAt: at("2024-08-27T17:06:00.000-07:00") },
  { item: item("03", 127), receivedAt: at("2024-08-27T17:06:30.000-07:00") },
  { item: item("05", 127), receivedAt: at("2024-08-27T17:06:37.000-07:00") },
  { item: item("15", 127), receivedAt: new Date("2024-08-27T17:06:45.000-07:00") },
  { item: item("12"), receivedAt: at("2024-08-27T17:06:59.000-07:00") },
];

/** What must not depend on arrival order: everything but the arrival indices. */
const summary = (events: readonly ChatTimelineInput[]) => {
  const { entries, duplicates: _d, reordered: _r, ...rest } = buildChatTimeline(events);
  return { ...rest, order: entries.map((e) => `${e.item.state}@${e.at}`) };
};

describe("buildChatTimeline", () => {
  it("folds a human-agent chat with a transfer (examples 01, 03, 05, 15, 12)", () => {
    const t = buildChatTimeline(humanChat);
    expect(t).toMatchObject({
      chatId: 127,
      duplicates: 0,
      reordered: false,
      queuedAt: at("2024-08-27T17:06:00.000-07:00"),
      connectedAt: at("2024-08-27T17:06:37.000-07:00"), // from connected_at of the ended event
      endedAt: at("2024-08-27T17:06:59.000-07:00"), // from ends_at
      timeInQueueMs: 37_000,
      timeToConnectMs: 37_000,
      handleTimeMs: 22_000,
      outcome: "ended",
      endedBy: "end_user_5",
      transfers: [
        { at: at("2024-08-27T17:06:45.000-07:00"), from: ["agent_1"], to: ["agent_2"], initiator: "agent_1" },
      ],
    });
    expect(t.entries.map((e) => e.classification.kind)).toEqual([
      "started_or_waiting",
      "accepted",
      "connected",
      "transfer",
      "ended",
    ]);
    expect(t.participants).toEqual([
      {
        dn: "end_user_5",
        type: "external",
        name: null,
        acceptedAt: null,
        joinedAt: at("2024-08-27T17:06:00.000-07:00"),
        leftAt: at("2024-08-27T17:06:59.000-07:00"),
        joined: true,
        left: true,
      },
      {
        dn: "agent_1",
        type: "agent",
        name: "Admin UJET",
        acceptedAt: at("2024-08-27T17:06:30.000-07:00"),
        joinedAt: at("2024-08-27T17:06:37.000-07:00"),
        leftAt: at("2024-08-27T17:06:45.000-07:00"),
        joined: true,
        left: true,
      },
      // The ended example (12) lists only agent_1, so nothing says when agent_2 left.
      {
        dn: "agent_2",
        type: "agent",
        name: "ajay1 ujet",
        acceptedAt: null,
        joinedAt: at("2024-08-27T17:06:45.000-07:00"),
        leftAt: null,
        joined: true,
        left: false,
      },
    ]);
  });

  it("folds chat 196 exactly as documented (virtual agent: waiting 02, accepted 04, connected 06, left 11)", () => {
    const t = buildChatTimeline([item("02"), item("04"), item("06"), item("11")]);
    expect(t).toMatchObject({
      chatId: 196,
      queuedAt: null, // no timestamps and no receivedAt: times stay unknown
      connectedAt: at("2024-09-13T14:04:17.000-07:00"),
      timeInQueueMs: null,
      outcome: "ongoing",
      endedBy: null,
    });
    expect(t.participants.map((p) => [p.dn, p.joined, p.left, p.joinedAt])).toEqual([
      ["end_user_5", true, true, null],
      ["virtual_agent_2", true, true, at("2024-09-13T14:04:17.000-07:00")],
    ]);
  });

  it("drops duplicates and restores order from arrival times", () => {
    const [a, b, c, d, e] = humanChat as [ChatTimelineInput, ...ChatTimelineInput[]];
    const t = buildChatTimeline([e, c, a, c, b, d, a] as ChatTimelineInput[]);
    expect(t.duplicates).toBe(2);
    expect(t.reordered).toBe(true);
    expect(summary([e, c, a, c, b, d, a] as ChatTimelineInput[])).toEqual(summary(humanChat));
  });

  it("without times, orders by lifecycle: waiting, accepted, active, ended (arrival order within a phase)", () => {
    const t = buildChatTimeline([item("12", 5), item("05", 5), item("15", 5), item("01", 5), item("03", 5)]);
    expect(t.entries.map((e) => e.classification.kind)).toEqual([
      "started_or_waiting",
      "accepted",
      "connected",
      "transfer",
      "ended",
    ]);
    expect(t.entries.map((e) => e.arrival)).toEqual([3, 4, 1, 2, 0]);
    expect(t.outcome).toBe("ended");
  });

  it("is independent of arrival order and duplication (property)", () => {
    const expected = summary(humanChat);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(humanChat, { minLength: humanChat.length, maxLength: humanChat.length }),
        fc.array(fc.nat({ max: humanChat.length - 1 }), { maxLength: 6 }),
        (shuffled, repeats) => {
          const events = [...shuffled, ...repeats.map((i) => humanChat[i] as ChatTimelineInput)];
          const t = buildChatTimeline(events);
          expect(t.duplicates).toBe(repeats.length);
          expect(summary(events)).toEqual(expected);
        },
      ),
    );
  });

  it("a chat ended while waiting in queue (01 + 14): queue time to the end, no connect or handle time", () => {
    const t = buildChatTimeline([
      { item: item("01", 141), receivedAt: at("2024-08-29T14:40:16.000-07:00") },
      { item: item("14") },
    ]);
    expect(t).toMatchObject({
      outcome: "ended_in_queue",
      connectedAt: null,
      endedAt: at("2024-08-29T14:41:16.000-07:00"),
      timeInQueueMs: 60_000,
      timeToConnectMs: null,
      handleTimeMs: null,
    });
  });

  it('reads null (or "") connected_at, ends_at and timestamp as unset, like the absent field', () => {
    const queued = { item: item("01", 141), receivedAt: at("2024-08-29T14:40:16.000-07:00") };
    const nulled = chatItemOf(ccaiQmEvents.parse({ ...fixture("14"), connected_at: null, timestamp: null }));
    const emptyEnd = chatItemOf(ccaiQmEvents.parse({ ...fixture("14"), ends_at: "" }));
    if (!nulled || !emptyEnd) throw new Error("not chat items");
    expect(buildChatTimeline([queued, { item: nulled }])).toMatchObject({
      outcome: "ended_in_queue",
      connectedAt: null,
      endedAt: at("2024-08-29T14:41:16.000-07:00"),
    });
    const received = at("2024-08-29T14:42:00.000-07:00");
    expect(buildChatTimeline([queued, { item: emptyEnd, receivedAt: received }])).toMatchObject({
      outcome: "ended_in_queue",
      endedAt: received, // no ends_at: the event's own time
    });
  });

  it("a dismissed chat (01, 03, 07)", () => {
    const t = buildChatTimeline([item("01", 197), item("03", 197), item("07")]);
    expect(t.outcome).toBe("dismissed");
    expect(t.endedBy).toBe("agent_1");
    expect(t.participants.find((p) => p.dn === "agent_1")).toMatchObject({ joined: false, left: true });
  });

  it("prefers an item's own timestamp (seconds or milliseconds) over receivedAt", () => {
    const t = buildChatTimeline([
      { item: { ...item("02"), timestamp: 1726261400 }, receivedAt: 0 },
      { item: { ...item("06"), timestamp: 1726261457000 }, receivedAt: 0 },
    ]);
    expect(t.entries.map((e) => e.at)).toEqual([1726261400000, 1726261457000]);
    expect(t.queuedAt).toBe(1726261400000);
  });

  it("is pure: frozen input, same output twice", () => {
    const frozen = structuredClone(humanChat).map((e) => Object.freeze(e));
    expect(buildChatTimeline(frozen)).toEqual(buildChatTimeline(frozen));
  });

  it("refuses events of several chats, and groupByChatId splits them", () => {
    const mixed = [item("01"), item("02"), item("04")];
    expect(() => buildChatTimeline(mixed)).toThrow(RangeError);
    const groups = groupByChatId(mixed);
    expect([...groups.keys()]).toEqual([138, 196]);
    expect(buildChatTimeline(groups.get(196) ?? []).entries).toHaveLength(2);
  });

  it("an empty input is an empty, ongoing timeline", () => {
    expect(buildChatTimeline([])).toMatchObject({ chatId: null, entries: [], outcome: "ongoing", participants: [] });
  });
});
