import { ContactkitParseError } from "@contactkit/core";
import { CIM_EVENT_NAMES, expertflowCim } from "@contactkit/expertflow-cim";
import { describe, expect, it } from "vitest";
import {
  cimEventWith,
  fixtureJson,
  fixtureText,
  nodeRedMsg,
  parseAs,
  seedChannelSession,
  seedCimEvent,
} from "./fixtures";

describe("event names", () => {
  it("knows all 69 CimEventName values plus the CONVERSATION_STARTED intent", () => {
    expect(new Set(CIM_EVENT_NAMES).size).toBe(69);
    expect(expertflowCim.types).toHaveLength(70);
    expect([...expertflowCim.types].sort()).toEqual([...CIM_EVENT_NAMES, "CONVERSATION_STARTED"].sort());
  });

  it("parses every known name whose data is untyped, with data kept as received", () => {
    const r = expertflowCim.parse(cimEventWith("CONVERSATION_PAUSED", { anything: [1, 2] }));
    expect(r.type).toBe("CONVERSATION_PAUSED");
    if (r.known && r.type === "CONVERSATION_PAUSED") expect(r.event.data).toEqual({ anything: [1, 2] });
  });

  it("discriminates on name, never on type (the docs.expertflow.com events table writes lowercase/ACTIVITY types)", () => {
    const docType = cimEventWith("TASK_ENQUEUED", seedCimEvent("task-enqueued.json").data, { type: "activity" });
    const r = expertflowCim.parse(docType);
    expect(r.type).toBe("TASK_ENQUEUED");
    const strict = expertflowCim.safeParse(docType, { strict: true });
    expect(strict.ok).toBe(false); // the type hint is an open enum: unknown values fail only in strict mode
    if (!strict.ok) expect(strict.error.issues[0]?.path).toBe("$.type");
  });

  it("returns a new name as an unknown event carrying the raw payload, and fails it in strict mode", () => {
    const msg = nodeRedMsg(cimEventWith("SOMETHING_NEW_IN_1_23", { x: 1 }));
    const r = expertflowCim.safeParse(msg);
    expect(r.ok && !r.known && r.type === "SOMETHING_NEW_IN_1_23").toBe(true);
    if (r.ok && !r.known) expect(r.raw).toBe(msg);
    const strict = expertflowCim.safeParse(msg, { strict: true });
    expect(strict.ok || strict.error.kind).toBe("unknown_type");
  });

  it("names the documentation-only aliases with a warning (events-table MRD_INTERRUPTED, object-model README AGENT_HAND_RAISED)", () => {
    const mrd = expertflowCim.safeParse(cimEventWith("MRD_INTERRUPTED", {}));
    expect(mrd.ok && mrd.known).toBe(false);
    expect(mrd.ok && mrd.warnings.map((w) => w.code)).toEqual(["doc_only_name"]);
    const hand = expertflowCim.safeParse(cimEventWith("AGENT_HAND_RAISED", {}));
    expect(hand.ok && hand.warnings[0]?.message).toContain('"HAND_RAISED"');
  });

  it("treats the default-flows typo CHANNEL_SESSION_STARTED0 as an unknown name", () => {
    const r = expertflowCim.safeParse(cimEventWith("CHANNEL_SESSION_STARTED0", seedChannelSession()));
    expect(r.ok && !r.known).toBe(true);
  });
});

describe("envelopes", () => {
  it("flags payload.intent ≠ cimEvent.name as a warning and types by cimEvent.name (Init node page, Task Enqueued)", () => {
    const r = expertflowCim.parse(fixtureText("task-enqueued.json"));
    expect(r.type).toBe("TASK_ENQUEUED");
    expect(r.warnings).toEqual([expect.objectContaining({ code: "intent_mismatch", path: "$.payload.intent" })]);
    if (r.known && r.type === "TASK_ENQUEUED") {
      expect(r.event.envelope?.intent).toBe("AGENT_MRD_INTERRUPTED");
      expect(r.event.name).toBe("TASK_ENQUEUED");
    }
  });

  it("gives no warning when intent and name agree", () => {
    expect(expertflowCim.parse(fixtureText("agent-subscribed.json")).warnings).toEqual([]);
  });

  it("reads CONVERSATION_STARTED from the intent: entities.channelSession and no cimEvent (Init node page)", () => {
    const r = parseAs(fixtureText("conversation-started.json"), "CONVERSATION_STARTED");
    expect(r.channelSession.channel?.channelType?.name).toBe("WEB");
    expect(r.envelope).toMatchObject({ kind: "node-red-msg", msgid: "12345", roomId: "12345", slots: {} });
    expect(r.envelope).not.toHaveProperty("conversation"); // `{}` in the Node-RED examples
  });

  it("returns another intent without cimEvent as an unknown event (e.g. END_CHAT)", () => {
    const msg = fixtureJson("conversation-started.json") as { payload: Record<string, unknown> };
    msg.payload.intent = "END_CHAT";
    const r = expertflowCim.safeParse(msg);
    expect(r.ok && !r.known && r.type).toBe("END_CHAT");
  });

  it("reads the raw controller body with a populated conversation (Init node page, Find Agent)", () => {
    const r = parseAs(fixtureText("find-agent.json"), "FIND_AGENT");
    expect(r.envelope?.kind).toBe("controller-body");
    expect(r.envelope?.conversation?.state).toBe("CREATED");
    expect(r.envelope).not.toHaveProperty("slots");
    expect(r.data).toEqual({ queue: null, requestType: null, additionalDetails: null });
  });

  it("fails without a name or an intent, naming vendor and family", () => {
    const r = expertflowCim.safeParse({ payload: { entities: {}, roomId: "1" }, _msgid: "1" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(ContactkitParseError);
      expect(r.error.kind).toBe("discriminator");
      expect(r.error.message).toContain("expertflow cim");
    }
  });

  it("rejects the Init node page's JavaScript `msg = {` text as JSON with a position", () => {
    const r = expertflowCim.safeParse(`msg = ${fixtureText("agent-mrd-interrupted.json")}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe("json");
      expect(r.error.position).toMatchObject({ line: 1, column: 1 });
    }
  });

  it("reports schema errors at JSON paths of the payload as it arrived, without payload values", () => {
    const msg = fixtureJson("task-enqueued.json") as {
      payload: { entities: { cimEvent: { data: { task: { id: unknown } } } } };
    };
    msg.payload.entities.cimEvent.data.task.id = 42;
    const r = expertflowCim.safeParse(msg);
    if (r.ok) throw new Error("expected a failure");
    expect(r.error.kind).toBe("schema");
    expect(r.error.eventType).toBe("TASK_ENQUEUED");
    expect(r.error.issues.map((i) => i.path)).toEqual(["$.payload.entities.cimEvent.data.task.id"]);
    expect(r.error.message).not.toContain("8a7c6da5");
    expect(r.error.report()).toContain("received 42");

    const body = fixtureJson("find-agent.json") as { roomId: unknown };
    body.roomId = null;
    const r2 = expertflowCim.safeParse(body);
    expect(!r2.ok && r2.error.issues.map((i) => i.path)).toEqual(["$.roomId"]);

    const started = fixtureJson("conversation-started.json") as {
      payload: { entities: { channelSession: { isActive?: unknown } } };
    };
    delete started.payload.entities.channelSession.isActive; // the one field channel-session.json requires
    const r3 = expertflowCim.safeParse(started);
    expect(!r3.ok && r3.error.issues.map((i) => i.path)).toEqual(["$.payload.entities.channelSession.isActive"]);
  });

  it("never mutates its input", () => {
    const msg = fixtureJson("task-enqueued.json");
    const before = structuredClone(msg);
    expertflowCim.parse(msg);
    expertflowCim.parse(msg.payload);
    expect(msg).toEqual(before);
  });

  it("typeOf() sees through the envelopes; is() narrows only the typed view, never an envelope", () => {
    const msg = fixtureJson("agent-unsubscribed.json");
    expect(expertflowCim.typeOf(msg)).toBe("AGENT_UNSUBSCRIBED");
    expect(expertflowCim.is(msg, "AGENT_UNSUBSCRIBED")).toBe(false);
    const event = expertflowCim.parse(msg).event;
    expect(expertflowCim.is(event, "AGENT_UNSUBSCRIBED")).toBe(true);
    expect(expertflowCim.is(event, "AGENT_SUBSCRIBED")).toBe(false);
  });

  it("match() dispatches on the name", () => {
    const r = expertflowCim.parse(fixtureText("agent-unsubscribed.json"));
    const reason = expertflowCim.match(
      r,
      { AGENT_UNSUBSCRIBED: (e) => e.data?.reason, AGENT_SUBSCRIBED: () => "subscribed" },
      () => "other",
    );
    // The default flows' JSONata reads `payload.data.reason`; the reason is at cimEvent.data.reason.
    expect(reason).toBe("SLA_EXPIRED");
  });
});

describe("envelope edge cases", () => {
  it("accepts a controller body whose conversation is null or missing", () => {
    const body = fixtureJson("find-agent.json") as Record<string, unknown>;
    body.conversation = null;
    expect(expertflowCim.safeParse(body).ok).toBe(true);
    delete body.conversation;
    expect(expertflowCim.safeParse(body).ok).toBe(true);
  });

  it("reports a missing metadata at its own path", () => {
    const msg = fixtureJson("agent-subscribed.json") as { payload: Record<string, unknown> };
    delete msg.payload.metadata;
    const r = expertflowCim.safeParse(msg);
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual(["$.payload.metadata"]);
  });

  it("maps an invalid _msgid to its own path", () => {
    const msg = fixtureJson("agent-subscribed.json");
    msg._msgid = 12345;
    const r = expertflowCim.safeParse(msg);
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual(["$._msgid"]);
  });
});
