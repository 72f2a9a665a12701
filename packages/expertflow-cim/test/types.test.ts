// Type-level tests (checked by `tsc`; the runtime assertions keep vitest honest about the file running).
import type {
  AgentSubscribed,
  Channel,
  ChannelConfig,
  ChannelSession,
  CimTimestamp,
  Conversation,
  ConversationParticipant,
  CustomerSla,
  ExpertflowCimEvent,
  ExpertflowCimEventMap,
  QueueRef,
  RoutingPolicy,
  Sender,
  TaskEnqueuedData,
  TaskStateReasonCode,
  UntypedCimEvent,
} from "@contactkit/expertflow-cim";
import { expertflowCim } from "@contactkit/expertflow-cim";
import { describe, expect, expectTypeOf, it } from "vitest";
import { fixtureText } from "./fixtures";

describe("public types", () => {
  it("look events up through the map", () => {
    expectTypeOf<ExpertflowCimEventMap["TASK_ENQUEUED"]["data"]>().toEqualTypeOf<TaskEnqueuedData | null>();
    expectTypeOf<
      NonNullable<ExpertflowCimEventMap["TASK_ENQUEUED"]["data"]>["queue"]
    >().toEqualTypeOf<QueueRef | null>();
    expectTypeOf<ExpertflowCimEventMap["CONVERSATION_PAUSED"]>().toEqualTypeOf<
      UntypedCimEvent<"CONVERSATION_PAUSED">
    >();
    expectTypeOf<UntypedCimEvent["data"]>().toBeUnknown();
    expectTypeOf<AgentSubscribed["timestamp"]>().toEqualTypeOf<CimTimestamp | null>();
    expectTypeOf<CimTimestamp>().toEqualTypeOf<number | string>();
    expect(expertflowCim.types.length).toBe(70);
  });

  it("say what the vendor's model says: optional where added late or not required, nullable where null is allowed", () => {
    expectTypeOf<Pick<Channel, "calendarId" | "name">>().toEqualTypeOf<{ calendarId?: string | null; name: string }>();
    expectTypeOf<Pick<ChannelConfig, "customerSla" | "botId">>().toEqualTypeOf<{
      customerSla?: CustomerSla | null;
      botId: string;
    }>();
    expectTypeOf<Pick<Sender, "id" | "senderName">>().toEqualTypeOf<{ id: string; senderName?: string | null }>();
    expectTypeOf<Pick<ChannelSession, "isActive" | "id">>().toEqualTypeOf<{ isActive: boolean; id?: string | null }>();
    expectTypeOf<Pick<Conversation, "id" | "wrapUps">>().toEqualTypeOf<{
      id: string | null;
      wrapUps?: unknown[] | null;
    }>();
    expectTypeOf<Pick<RoutingPolicy, "routingObjectId">>().toEqualTypeOf<{ routingObjectId?: string | null }>();
    expect(expertflowCim.types).toContain("TASK_ENQUEUED");
  });

  it("keep enums open but autocompleting", () => {
    const known: TaskStateReasonCode = "RONA";
    const later: TaskStateReasonCode = "SOMETHING_NEW";
    expectTypeOf(known).toExtend<string>();
    expect([known, later]).toHaveLength(2);
  });

  it("narrow participants on participantType and events on name", () => {
    const describeParticipant = (p: ConversationParticipant["participant"]): string | null | undefined => {
      if (p === null) return null;
      switch (p.participantType) {
        case "CCUser":
          return p.keycloakUser.username;
        case "Bot":
          return p.name;
        case "ChannelSession":
          return p.channelData?.channelCustomerIdentifier;
        default:
          return p.participantType;
      }
    };
    const r = expertflowCim.parse(fixtureText("agent-subscribed.json"));
    if (r.known && r.type === "AGENT_SUBSCRIBED") {
      expectTypeOf(r.event).toEqualTypeOf<AgentSubscribed>();
      expectTypeOf(r.event.channelSession).toEqualTypeOf<AgentSubscribed["channelSession"]>();
      expect(describeParticipant(r.event.data?.agentParticipant?.participant ?? null)).toBe("voice1");
    } else throw new Error("expected AGENT_SUBSCRIBED");
    const nameOf = (e: ExpertflowCimEvent) => e.name;
    expectTypeOf(nameOf).returns.toExtend<string>();
  });
});
