import { ccaiQmEvents, chatItemOf, isAgentParticipant, isQmEnvelope } from "@contactkit/ccai-qm-chat";
import { describe, expect, it } from "vitest";
import { fixture, sampleText } from "./helpers";

/** The keys present in all 15 examples of the QM chat page, and nothing else. */
const minimal = {
  session_type_v2: "In-web",
  chat_id: 7,
  state: "waiting",
  direction: "incoming",
  initiator: "end_user_1",
  participants: [{ state: "connected", type: "external", dn: "end_user_1" }],
};

describe("envelope and discrimination", () => {
  it("recognises the wrapper only when type is a string and item an object", () => {
    expect(isQmEnvelope({ type: "ChatState", item: minimal })).toBe(true);
    expect(isQmEnvelope(minimal)).toBe(false);
    expect(isQmEnvelope({ type: "ChatState", item: [] })).toBe(false);
  });

  it("AgentState login/logout parse wrapped and bare, keys as sent", () => {
    const login = ccaiQmEvents.parse(sampleText("agent-login.json"));
    expect(login.type).toBe("AgentState");
    expect(login.event).toEqual({ ParticipantID: "1234", Email: "agent@example.com", State: "login" });
    const logout = ccaiQmEvents.parse(JSON.parse(sampleText("agent-logout.json")).item);
    expect(logout.type).toBe("AgentState");
    // `is` narrows to the typed view, the item: an envelope does not have that shape.
    expect(ccaiQmEvents.is(JSON.parse(sampleText("agent-logout.json")).item, "AgentState")).toBe(true);
    expect(ccaiQmEvents.is(JSON.parse(sampleText("agent-logout.json")), "AgentState")).toBe(false);
  });

  it("an AgentState State other than login/logout passes tolerant mode only", () => {
    const away = { type: "AgentState", item: { ParticipantID: "1", Email: "a@b.c", State: "away" } };
    expect(ccaiQmEvents.safeParse(away).ok).toBe(true);
    expect(ccaiQmEvents.safeParse(away, { strict: true }).ok).toBe(false);
  });

  it("a CallState item types the documented fields and keeps every other key", () => {
    const raw = JSON.parse(sampleText("call-projected.json"));
    raw.item.Hold_duration = 12;
    const r = ccaiQmEvents.parse(raw);
    expect(r.type).toBe("CallState");
    expect(r.event).toMatchObject({
      CallID: "846802bf90d1",
      State: "ringing",
      Recording_permitted: true,
      Hold_duration: 12,
    });
    expect(ccaiQmEvents.safeParse(raw, { strict: true }).ok).toBe(false);
    expect(ccaiQmEvents.parse({ CallID: "x", State: "answered" }).type).toBe("CallState"); // bare, unknown state
  });

  it("an unknown envelope type is an unknown event, not an error", () => {
    const r = ccaiQmEvents.safeParse({ type: "QueueState", item: { QueueID: 3 } });
    expect(r.ok && !r.known ? r.type : undefined).toBe("QueueState");
    const strict = ccaiQmEvents.safeParse({ type: "QueueState", item: { QueueID: 3 } }, { strict: true });
    expect(strict.ok ? undefined : strict.error.kind).toBe("unknown_type");
  });

  it("an undocumented chat state is an unknown event whose chat item is still readable", () => {
    const r = ccaiQmEvents.parse({ ...fixture("08"), state: "paused" });
    expect(r.known).toBe(false);
    expect(r.type).toBe("paused");
    expect(chatItemOf(r)).toMatchObject({ chat_id: 198, state: "paused" });
    expect(chatItemOf(ccaiQmEvents.parse(sampleText("agent-login.json")))).toBeUndefined();
  });

  it("reads an item object bare after it was parsed inside an envelope (no envelope remembered)", () => {
    const item = { ...minimal };
    expect(ccaiQmEvents.safeParse({ type: "AgentState", item }).ok).toBe(false);
    expect(ccaiQmEvents.parse(item).type).toBe("waiting");
    expect(item).toEqual(minimal); // and the input was not mutated
  });

  it("a payload that is no known item kind fails on the discriminator", () => {
    const r = ccaiQmEvents.safeParse({ hello: "world" });
    expect(r.ok ? undefined : r.error.kind).toBe("discriminator");
    expect(ccaiQmEvents.safeParse(42).ok).toBe(false);
    expect(ccaiQmEvents.safeParse({ ...minimal, state: "" }).ok).toBe(false);
  });

  it("warns (without failing) when an envelope type disagrees with its item", () => {
    // The envelope decides the event type: a chat item labelled AgentState is validated as one, and fails...
    const wrong = ccaiQmEvents.safeParse({ type: "AgentState", item: minimal });
    expect(wrong.ok ? undefined : wrong.error.eventType).toBe("AgentState");
    const mismatch = ccaiQmEvents.parse({ type: "CallState", item: { ...minimal, CallID: "c", State: "ringing" } });
    expect(mismatch.warnings.map((w) => w.code)).toEqual(["envelope_mismatch"]); // ...or passes with a warning
  });
});

describe("chat item optionality (keys in every example of the QM chat page)", () => {
  it("accepts an item with only the always-present keys", () => {
    expect(ccaiQmEvents.parse(minimal).event).toEqual(minimal);
  });

  for (const key of Object.keys(minimal).filter((k) => k !== "state")) {
    it(`requires ${key} (present in 15/15 examples), naming its path`, () => {
      const { [key as keyof typeof minimal]: _, ...rest } = minimal;
      const r = ccaiQmEvents.safeParse(rest);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(["schema", "discriminator"]).toContain(r.error.kind);
      if (r.error.kind === "schema") {
        expect(r.error.issues.map((i) => i.path)).toContain(`$.${key}`);
        expect(r.error.message).toContain('"waiting"');
      }
    });
  }

  for (const key of ["state", "type", "dn"]) {
    it(`requires participants[].${key}`, () => {
      const { [key as "dn"]: _, ...participant } = minimal.participants[0] as Record<string, string>;
      const r = ccaiQmEvents.safeParse({ ...minimal, participants: [participant] });
      expect(r.ok ? undefined : r.error.issues[0]?.path).toBe(`$.participants[0].${key}`);
    });
  }

  it("rejects a chat_id beyond 2^53 instead of rounding it", () => {
    const r = ccaiQmEvents.safeParse(
      '{"session_type_v2":"In-web","chat_id":9007199254740993,"state":"waiting","direction":"incoming","initiator":"x","participants":[]}',
    );
    expect(r.ok ? undefined : r.error.issues[0]?.path).toBe("$.chat_id");
  });
});

describe("participants typed by type", () => {
  it("narrows agents, keeps agent-only fields, strips them from others", () => {
    const r = ccaiQmEvents.parse(fixture("15"));
    const agents = r.known && r.type === "participantDisconnect" ? r.event.participants.filter(isAgentParticipant) : [];
    expect(agents.map((a) => a.name)).toEqual(["Admin UJET", "ajay1 ujet"]);
    const external = ccaiQmEvents.parse({ ...minimal, participants: [{ ...minimal.participants[0], name: "x" }] });
    expect(external.event).toEqual(minimal);
  });

  it("an undocumented participant type passes tolerant mode only", () => {
    const p = { state: "connected", type: "supervisor", dn: "agent_9" };
    expect(ccaiQmEvents.safeParse({ ...minimal, participants: [p] }).ok).toBe(true);
    expect(ccaiQmEvents.safeParse({ ...minimal, participants: [p] }, { strict: true }).ok).toBe(false);
  });

  it("a malformed agent reports the agent field, not an unknown type", () => {
    const p = { state: "connected", type: "agent", dn: "agent_1", name: 5 };
    const r = ccaiQmEvents.safeParse({ ...minimal, participants: [p] });
    expect(r.ok ? undefined : r.error.issues[0]?.path).toBe("$.participants[0].name");
  });

  it("an undocumented participant state passes tolerant mode only", () => {
    const p = { state: "on_hold", type: "agent", dn: "agent_1" };
    expect(ccaiQmEvents.safeParse({ ...minimal, participants: [p] }).ok).toBe(true);
    expect(ccaiQmEvents.safeParse({ ...minimal, participants: [p] }, { strict: true }).ok).toBe(false);
  });
});
