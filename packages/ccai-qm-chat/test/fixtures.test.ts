import { type ChatEventClassification, ccaiQmEvents, chatItemOf, classifyChatEvent } from "@contactkit/ccai-qm-chat";
import { describe, expect, it } from "vitest";
import { fixtureText, manifest } from "./helpers";

/**
 * Every example of the QM chat page (test/fixtures/README.md), by fixture prefix: the state it parses to and what
 * the classifier must call it. The heading check below ties each expectation to the page's own section heading.
 */
const expected: Record<string, { state: string; classification: Partial<ChatEventClassification> }> = {
  "01": { state: "waiting", classification: { kind: "started_or_waiting" } },
  "02": { state: "waiting", classification: { kind: "started_or_waiting" } },
  "03": { state: "connected", classification: { kind: "accepted", by: { dn: "agent_1", type: "agent" } } },
  "04": {
    state: "connected",
    classification: { kind: "accepted", by: { dn: "virtual_agent_2", type: "virtual_agent" } },
  },
  "05": { state: "connected", classification: { kind: "connected", agents: [{ dn: "agent_1", type: "agent" }] } },
  "06": {
    state: "connected",
    classification: { kind: "connected", agents: [{ dn: "virtual_agent_2", type: "virtual_agent" }] },
  },
  "07": { state: "dismissed", classification: { kind: "dismissed" } },
  "08": { state: "resumed", classification: { kind: "resumed" } },
  "09": {
    state: "participantDisconnect",
    classification: { kind: "participant_left", left: { dn: "end_user_5", type: "external" } },
  },
  "10": {
    state: "participantDisconnect",
    classification: { kind: "participant_left", left: { dn: "agent_1", type: "agent" } },
  },
  "11": {
    state: "participantDisconnect",
    classification: { kind: "participant_left", left: { dn: "virtual_agent_2", type: "virtual_agent" } },
  },
  "12": { state: "disconnected", classification: { kind: "ended", endedWhile: "connected" } },
  "13": { state: "disconnected", classification: { kind: "ended", endedWhile: "connected" } },
  "14": { state: "disconnected", classification: { kind: "ended", endedWhile: "in_queue" } },
  "15": {
    state: "participantDisconnect",
    classification: {
      kind: "transfer",
      from: [{ dn: "agent_1", type: "agent" }],
      to: [{ dn: "agent_2", type: "agent" }],
    },
  },
};

describe("QM chat page examples", () => {
  it("extracted all 15 examples, exactly one of them not valid JSON", () => {
    expect(manifest).toHaveLength(15);
    expect(Object.keys(expected)).toHaveLength(15);
    expect(manifest.filter((m) => !m.validJson).map((m) => m.file)).toEqual([
      "10-participant-left-the-chat--human-agent-leaving-a-chat.txt",
    ]);
  });

  for (const entry of manifest) {
    const prefix = entry.file.slice(0, 2);
    const want = expected[prefix];
    const file = entry.repairedFile ?? entry.file;

    describe(`${file} (${entry.heading}${entry.variant ? `, ${entry.variant}` : ""}, page line ${entry.pageLine})`, () => {
      it(`parses, bare, to state "${want?.state}"`, () => {
        const r = ccaiQmEvents.safeParse(fixtureText(file));
        expect(r.ok && r.known).toBe(true);
        if (!r.ok) return;
        expect(r.type).toBe(want?.state);
        expect(r.warnings).toEqual([]);
        expect(r.raw).toEqual(JSON.parse(fixtureText(file)));
      });

      it("parses wrapped as {type: ChatState, item} to the same event", () => {
        const bare = ccaiQmEvents.parse(fixtureText(file));
        const wrapped = ccaiQmEvents.parse(`{"type":"ChatState","item":${fixtureText(file)}}`);
        expect(wrapped.type).toBe(bare.type);
        expect(wrapped.event).toEqual(bare.event);
      });

      it(`is classified as its heading says ("${entry.heading}")`, () => {
        const parsed = ccaiQmEvents.parse(fixtureText(file));
        const item = chatItemOf(parsed);
        expect(item).toBeDefined();
        if (!item) return;
        const c = classifyChatEvent(item);
        expect(c).toMatchObject({ ...want?.classification, chatId: item.chat_id, state: want?.state });
        expect(c.headings).toContain(entry.heading);
      });

      it("passes strict mode (no unknown keys or enum values in the documented examples)", () => {
        expect(ccaiQmEvents.safeParse(fixtureText(file), { strict: true }).ok).toBe(true);
      });
    });
  }
});
