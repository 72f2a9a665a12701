// Each test pins what the SDK accepts where the Expertflow sources disagree or an example is unusual. Sources:
// the Init node page (https://docs.expertflow.com/cx-knowledgebase/latest/init, fixtures/docs-init-node), the events table
// (https://docs.expertflow.com/cx-knowledgebase/latest/cx-events-and-activity-types), the CRM integration page
// (https://docs.expertflow.com/cx-knowledgebase/latest/efcx-crm-integration-details), expertflow/object-model
// (Java classes, `schemas/v1`, README changelog) and expertflow/expertflow-cx-documentation.
import { conversationDataMap, expertflowCim } from "@contactkit/expertflow-cim";
import { describe, expect, it } from "vitest";
import {
  cimEventWith,
  fixtureJson,
  nodeRedMsg,
  parseAs,
  seedCcUser,
  seedChannelSession,
  seedCimEvent,
  seedTask,
} from "./fixtures";

const parse = (value: unknown, strict = false) => expertflowCim.safeParse(value, { strict });

describe("Init node page peculiarities", () => {
  it("AGENT_SUBSCRIBED omits channelSession and eventEmitter.additionalDetail, and lacks joiningTime", () => {
    const r = parseAs(fixtureJson("agent-subscribed.json"), "AGENT_SUBSCRIBED");
    expect(r).not.toHaveProperty("channelSession");
    expect(r.eventEmitter).not.toHaveProperty("additionalDetail");
    expect(r.data?.agentParticipant).not.toHaveProperty("joiningTime");
    expect(r.data?.reason).toBeNull();
    expect(r.id).toMatch(/^[0-9a-f-]{36}$/); // a UUID, while other events use ObjectIds
  });

  it("bot participants have conversationId and state null; bot role PRIMARY before an agent joins", () => {
    const r = parseAs(fixtureJson("find-agent.json"), "FIND_AGENT");
    const bot = r.envelope?.conversation?.participants?.[0];
    expect(bot).toMatchObject({ type: "BOT", role: "PRIMARY", conversationId: null, state: null });
    expect(bot?.participant?.participantType).toBe("Bot");
  });

  it("conversationData mixes INT, STRING and BOOLEAN; a STRING may hold serialized JSON", () => {
    const r = parseAs(fixtureJson("find-agent.json"), "FIND_AGENT");
    const data = r.envelope?.conversation?.conversationData;
    if (!Array.isArray(data)) throw new Error("expected the list form");
    expect(new Set(data.map((d) => d.type))).toEqual(new Set(["INT", "STRING", "BOOLEAN"]));
    const form = data.find((d) => d.key === "formData");
    expect(typeof form?.value).toBe("string");
    expect(() => JSON.parse(form?.value as string)).not.toThrow();
  });

  it("voice channel-session ids are not ObjectIds and still parse", () => {
    const r = parseAs(fixtureJson("agent-mrd-interrupted.json"), "AGENT_MRD_INTERRUPTED");
    expect(r.channelSession?.id).toBe("GQLAJRxeLTC7rVOhclj79Q..");
    expect(r.data?.conversations).toEqual(["684ffbc10eaa0f7ecef7a946"]);
  });

  it("the customer is an open map that carries admin attributes (even `password`)", () => {
    const r = parseAs(fixtureJson("agent-sla-expired.json"), "AGENT_SLA_EXPIRED");
    expect(r.data?.customer).toHaveProperty("password", "");
    expect(r.data?.customer).toHaveProperty("pIIAtribute", "");
    expect(r.data?.customer?.web).toEqual(["03024876634"]);
    // The open map stays open in strict mode too.
    expect(parse(fixtureJson("agent-sla-expired.json"), true).ok).toBe(true);
  });
});

describe("contradictions between sources", () => {
  it("AGENT_RESERVED data is {task, ccUser} on the wire and {topicId, ccUser} in the events table", () => {
    const wire = parse(cimEventWith("AGENT_RESERVED", { task: seedTask(), ccUser: seedCcUser() }));
    const docs = parse(cimEventWith("AGENT_RESERVED", { topicId: "684ffbde0eaa0f7ecef7bb81", ccUser: seedCcUser() }));
    expect(wire.ok && wire.type).toBe("AGENT_RESERVED");
    expect(docs.ok && docs.type).toBe("AGENT_RESERVED");
  });

  it("REVOKE_RESOURCE data is {reasonCode} (events table) or RevokeResourceDto (object model): both parse", () => {
    expect(parse(cimEventWith("REVOKE_RESOURCE", { reasonCode: "RONA" })).ok).toBe(true);
    const om = {
      taskId: "t",
      currentTaskState: "ACTIVE",
      taskCloseReason: "RONA",
      agentId: "a",
      conversationId: "c",
    };
    const r = parse(cimEventWith("REVOKE_RESOURCE", om));
    expect(r.ok && r.known && r.type === "REVOKE_RESOURCE" && r.event.data?.taskId).toBe("t");
  });

  it("TASK_STATE_CHANGED data is TaskStateChangedDto, not the bare TaskDto the events table names", () => {
    const dto = {
      task: seedTask(),
      taskStateChanged: true,
      mediaStateChanges: ["cc6d478f-df93-4c97-9564-a830a07d3a1b"],
    };
    expect(parse(cimEventWith("TASK_STATE_CHANGED", dto)).ok).toBe(true);
    const bare = parse(cimEventWith("TASK_STATE_CHANGED", seedTask()));
    expect(bare.ok).toBe(false);
    if (!bare.ok) expect(bare.error.issues.map((i) => i.path)).toContain("$.data.task");
  });

  it("timestamp is epoch ms live and an ISO string with offset in persisted topicEvents", () => {
    const iso = parse(
      cimEventWith("AGENT_MRD_INTERRUPTED", seedCimEvent("agent-mrd-interrupted.json").data, {
        timestamp: "2024-01-18T13:11:31.863+00:00",
      }),
    );
    expect(iso.ok && iso.known && iso.event).toHaveProperty("timestamp", "2024-01-18T13:11:31.863+00:00");
    const bad = parse(cimEventWith("AGENT_MRD_INTERRUPTED", {}, { timestamp: "yesterday" }));
    expect(!bad.ok && bad.error.issues.map((i) => i.path)).toContain("$.timestamp");
  });

  it("conversationData as the old Map<String,String> parses; the Java `Type` key (capital T) does not", () => {
    const conversation = seedCimEvent("agent-sla-expired.json").data as Record<string, unknown>;
    const asMap = { ...conversation, conversationData: { phone: "1", name: "x" } };
    expect(parse(cimEventWith("AGENT_SLA_EXPIRED", asMap)).ok).toBe(true);
    const listForm = parseAs(fixtureJson("find-agent.json"), "FIND_AGENT").envelope?.conversation;
    const mapForm = parseAs(cimEventWith("AGENT_SLA_EXPIRED", asMap), "AGENT_SLA_EXPIRED").data;
    expect(mapForm && conversationDataMap(mapForm)).toEqual({ phone: "1", name: "x" });
    expect(listForm && conversationDataMap(listForm)).toMatchObject({ Salary: 20, Currency: "pkr" });
    const javaCase = { ...conversation, conversationData: [{ Type: "STRING", key: "phone", value: "1" }] };
    const r = parse(cimEventWith("AGENT_SLA_EXPIRED", javaCase));
    expect(r.ok).toBe(false);
  });

  it("task reason spellings CANCELED, FORCED_CLOSED parse (open enum) and fail only in strict mode", () => {
    const task = seedTask() as { state: { name: string; reasonCode: string | null } };
    task.state = { name: "CLOSED", reasonCode: "CANCELED" };
    const data = { task, queue: { id: "q", name: "web" } };
    const msg = nodeRedMsg(cimEventWith("TASK_ENQUEUED", data));
    const r = parse(msg);
    expect(r.ok && r.known && r.type === "TASK_ENQUEUED" && r.event.data?.task?.state?.reasonCode).toBe("CANCELED");
    const strict = parse(msg, true);
    expect(!strict.ok && strict.error.issues[0]?.path).toBe("$.payload.entities.cimEvent.data.task.state.reasonCode");
    task.state.reasonCode = "CALLBACK";
    expect(parse(msg, true).ok).toBe(true);
  });

  it("delivery-notification reasonCode is a string since object-model 1.16.7 and a number before (and in older docs)", () => {
    const message = (reasonCode: unknown) => ({
      id: "m1",
      header: {
        sender: { id: "s", type: "CONNECTOR", senderName: "WEB_CONNECTOR", additionalDetail: null },
        timestamp: 1,
      },
      body: { type: "DELIVERYNOTIFICATION", messageId: "m0", status: "READ", reasonCode },
    });
    expect(parse(cimEventWith("MESSAGE_DELIVERY_NOTIFICATION", message("200"))).ok).toBe(true);
    expect(parse(cimEventWith("MESSAGE_DELIVERY_NOTIFICATION", message(200))).ok).toBe(true);
  });

  it("channelType.name is a free string: a custom type named `web` parses (strict mode rejects it)", () => {
    const session = seedChannelSession() as { channel: { channelType: { name: string } } };
    session.channel.channelType.name = "web";
    const event = cimEventWith("CHANNEL_SESSION_ENDED", session);
    expect(parse(event).ok).toBe(true);
    expect(parse(event, true).ok).toBe(false);
  });

  it("fields schemas/v1 types without null arrive as null (latestIntent, assignedTo, customerFirstName)", () => {
    const r = parseAs(fixtureJson("task-enqueued.json"), "TASK_ENQUEUED");
    expect(r.data?.task?.assignedTo).toBeNull();
    expect(r.channelSession?.latestIntent).toBeNull();
    expect(r.channelSession?.channelData?.customerFirstName).toBeNull();
  });

  it("ACTION_MESSAGE data has a header, name and data but no body", () => {
    const header = { sender: { id: "b", type: "BOT", senderName: "Rasa", additionalDetail: null }, timestamp: 1 };
    const r = parse(
      cimEventWith("ACTION_MESSAGE", {
        id: "a",
        header,
        name: "FIND_AGENT",
        data: { isReinitiated: false, priority: 1 },
      }),
    );
    expect(r.ok && r.known && r.type === "ACTION_MESSAGE" && r.event.data?.name).toBe("FIND_AGENT");
  });

  it("the monitor emitter renamed to CONVERSATION_MANAGER (2026) still parses", () => {
    const event = seedCimEvent("customer-sla-expired.json");
    (event.eventEmitter as { senderName: string }).senderName = "CONVERSATION_MANAGER";
    expect(parse(event).ok).toBe(true);
  });

  it("channel type soft-delete flag is `deleted` on the wire and `isDeleted` in schemas/v1: both parse", () => {
    const session = seedChannelSession() as { channel: { channelType: Record<string, unknown> } };
    session.channel.channelType.deleted = false;
    session.channel.channelType.isDeleted = false;
    expect(parse(cimEventWith("CHANNEL_SESSION_STARTED", session), true).ok).toBe(true);
  });

  it("older payloads carry channel-session state as a bare string and topicId", () => {
    const session = seedChannelSession() as Record<string, unknown>;
    session.state = "STARTED";
    session.topicId = "684ffbde0eaa0f7ecef7bb81";
    expect(parse(cimEventWith("CHANNEL_SESSION_STARTED", session)).ok).toBe(true);
  });
});
