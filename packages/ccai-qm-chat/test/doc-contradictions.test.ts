import { ccaiQmEvents, chatItemOf, classifyChatEvent, epochToMillis, epochUnit } from "@contactkit/ccai-qm-chat";
import { describe, expect, it } from "vitest";
import { fixture, fixtureJson, manifest, sampleText } from "./helpers";

// Each test pins what the SDK accepts where the documentation is wrong, silent or self-contradictory.
// "Chat page": https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data
// "Call page": https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data

const all = manifest.map(fixtureJson);
const parse = (value: unknown) => ccaiQmEvents.parse(value);

describe("gaps and contradictions of the chat page", () => {
  it("the page defines the {type, item} wrapper but every example is bare — both are accepted", () => {
    expect(all.some((x) => "item" in x)).toBe(false);
    const item = fixture("01");
    expect(parse(item).type).toBe("waiting");
    expect(parse({ type: "ChatState", item }).type).toBe("waiting");
    expect(parse({ type: "ChatState", item }).event).toEqual(parse(item).event);
  });

  it("documented-only fields (queue_uuid, tenant, event_id, timestamp, participant_id) are optional and typed", () => {
    for (const key of ["queue_uuid", "tenant", "event_id", "timestamp"]) expect(all.some((x) => key in x)).toBe(false);
    const item = {
      ...fixture("05"),
      queue_uuid: "2b7c6d0e-2f50-4a4c-9a43-1b0f7b2f1d9e",
      tenant: "acme",
      event_id: "evt-1",
      timestamp: 1726261457,
      participants: [{ state: "connected", type: "external", dn: "end_user_5", participant_id: null }],
    };
    const r = parse(item);
    expect(r.known && r.type === "connected" ? r.event : undefined).toMatchObject({
      queue_uuid: "2b7c6d0e-2f50-4a4c-9a43-1b0f7b2f1d9e",
      tenant: "acme",
      event_id: "evt-1",
      timestamp: 1726261457,
      participants: [{ participant_id: null }],
    });
  });

  it("timestamp is 'Unix epoch time' with no unit — seconds and milliseconds are both read", () => {
    expect(epochUnit(1726261457)).toBe("seconds");
    expect(epochUnit(1726261457123)).toBe("milliseconds");
    expect(epochToMillis(1726261457)).toBe(epochToMillis(1726261457000));
    expect(parse({ ...fixture("01"), timestamp: 1726261457123 }).type).toBe("waiting");
    expect(parse({ ...fixture("01"), timestamp: "1726261457" }).type).toBe("waiting");
    expect(ccaiQmEvents.safeParse({ ...fixture("01"), timestamp: "yesterday" }).ok).toBe(false);
  });

  it("state 'transferred' is listed but transfers are shown as participantDisconnect — both are transfers", () => {
    const transferPayload = fixture("15");
    expect(transferPayload.state).toBe("participantDisconnect");
    const viaDisconnect = parse(transferPayload);
    const viaTransferred = parse({ ...transferPayload, state: "transferred" });
    expect(viaTransferred.type).toBe("transferred");
    for (const r of [viaDisconnect, viaTransferred]) {
      const item = chatItemOf(r);
      expect(item && classifyChatEvent(item)).toMatchObject({
        kind: "transfer",
        from: [{ dn: "agent_1" }],
        to: [{ dn: "agent_2" }],
      });
    }
  });

  it("connected_at is '' when the chat ended in queue, and so may ends_at be; junk and impossible dates are rejected", () => {
    expect(fixture("14").connected_at).toBe("");
    expect(parse(fixture("14")).type).toBe("disconnected");
    const junk = ccaiQmEvents.safeParse({ ...fixture("14"), connected_at: "soon" });
    expect(junk.ok ? undefined : junk.error.issues[0]?.path).toBe("$.connected_at");
    const impossible = ccaiQmEvents.safeParse({ ...fixture("12"), ends_at: "2024-02-30T17:06:59.000-07:00" });
    expect(impossible.ok ? undefined : impossible.error.issues[0]?.path).toBe("$.ends_at");
    // The export writes an unset time as "" (connected_at above); ends_at is the same kind of field.
    const notEnded = ccaiQmEvents.safeParse({ ...fixture("12"), ends_at: "" });
    expect(notEnded.ok && notEnded.event).toMatchObject({ ends_at: "" });
  });

  it("support_number is in only 3/15 examples and always null; queue/language fields are missing in 2/15", () => {
    expect(all.filter((x) => "support_number" in x).map((x) => x.support_number)).toEqual([null, null, null]);
    expect(all.filter((x) => !("queue_path_ids" in x)).map((x) => x.chat_id)).toEqual([198, 169]);
    // Tolerant reader: the call export's support number in a chat event one day is a value, not a failure.
    const withNumber = ccaiQmEvents.safeParse({ ...fixture("01"), support_number: "+15555550100" });
    expect(withNumber.ok && withNumber.known && withNumber.event).toMatchObject({ support_number: "+15555550100" });
    const withObject = ccaiQmEvents.safeParse({ ...fixture("01"), support_number: { n: 1 } });
    expect(withObject.ok ? undefined : withObject.error.issues[0]?.path).toBe("$.support_number");
  });

  it("session_type_v2 documents only 'In-web' although mobile SDKs are supported — other values are tolerated", () => {
    const mobile = { ...fixture("01"), session_type_v2: "In-app" };
    expect(ccaiQmEvents.safeParse(mobile).ok).toBe(true);
    expect(ccaiQmEvents.safeParse(mobile, { strict: true }).ok).toBe(false);
  });

  it("initiator is per event, not per session (started by end_user_5, accepted by agent_1)", () => {
    expect(fixture("01").initiator).toBe("end_user_5");
    expect(fixture("03").initiator).toBe("agent_1");
    expect(parse(fixture("03")).type).toBe("connected");
  });

  it("media_id is missing on the virtual-agent 'Chat connected' example of the same chat that has it elsewhere", () => {
    const connected = fixture("06") as { chat_id: number; participants: object[] };
    const accepted = fixture("04") as { chat_id: number; participants: object[] };
    expect(connected.chat_id).toBe(accepted.chat_id);
    expect(connected.participants.some((p) => "media_id" in p)).toBe(false);
    expect(accepted.participants.every((p) => "media_id" in p)).toBe(true);
    expect(parse(connected).type).toBe("connected");
  });
});

describe("contradictions between the chat and call pages", () => {
  it("the chat page lists AgentState|ChatState, the call page adds CallState — all three are recognised", () => {
    expect(parse(sampleText("agent-login.json")).type).toBe("AgentState");
    expect(parse(sampleText("call-projected.json")).type).toBe("CallState");
    expect(parse({ type: "ChatState", item: fixture("02") }).type).toBe("waiting");
  });

  it("key casing differs (chat snake_case, agent/call PascalCase) and is kept as sent, never normalised", () => {
    const call = parse(sampleText("call-projected.json"));
    expect(call.event).toHaveProperty("Queue_path_ids", "1/2/3");
    expect(call.event).not.toHaveProperty("queue_path_ids");
    const chat = parse(fixture("01"));
    expect(chat.event).toHaveProperty("queue_path_ids", "7/26");
    // A chat item written in the call family's casing is not silently accepted as a chat.
    const pascal = ccaiQmEvents.safeParse({ type: "ChatState", item: { Chat_id: 1, State: "waiting" } });
    expect(pascal.ok).toBe(false);
  });

  it("Queue_uuid is 'the UUID of the queue' but the integer 3 on the call page — numbers and strings are accepted", () => {
    const call = parse(sampleText("call-projected.json"));
    expect(call.event).toHaveProperty("Queue_uuid", 3);
    expect(parse({ ...fixture("05"), queue_uuid: 3 }).type).toBe("connected");
    expect(parse({ ...fixture("05"), queue_uuid: "6f1c…" }).type).toBe("connected");
  });
});
