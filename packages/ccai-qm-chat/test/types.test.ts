import {
  type AgentChatParticipant,
  type AgentStateItem,
  type CcaiQmEventMap,
  type ChatDisconnected,
  type ChatItem,
  type ChatParticipant,
  type ChatWaiting,
  ccaiQmEvents,
  type chatDisconnectedSchema,
  type chatParticipantSchema,
  isAgentParticipant,
} from "@contactkit/ccai-qm-chat";
import type { EventMapOf } from "@contactkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { fixtureText } from "./helpers";

// Compile-time checks (tsc runs over test/); the runtime part only makes sure each path executes.
describe("public types", () => {
  it("the family's event map is CcaiQmEventMap, one entry per type", () => {
    expectTypeOf<EventMapOf<typeof ccaiQmEvents>>().toEqualTypeOf<CcaiQmEventMap>();
    expectTypeOf<CcaiQmEventMap["waiting"]>().toEqualTypeOf<ChatWaiting>();
    expectTypeOf<CcaiQmEventMap["AgentState"]>().toEqualTypeOf<AgentStateItem>();
  });

  it("schemas infer exactly their interfaces (no drift)", () => {
    expectTypeOf<z.output<typeof chatDisconnectedSchema>>().toEqualTypeOf<ChatDisconnected>();
    expectTypeOf<z.output<typeof chatParticipantSchema>>().toEqualTypeOf<ChatParticipant>();
  });

  it("switching on type narrows the event; every chat event is a ChatItem", () => {
    const r = ccaiQmEvents.parse(fixtureText("12-chat-ended--human-agent-and-end-user-leaving-a-chat.json"));
    if (r.known && r.type === "disconnected") {
      expectTypeOf(r.event).toEqualTypeOf<ChatDisconnected>();
      expectTypeOf(r.event).toExtend<ChatItem>();
      expectTypeOf(r.event.connected_at).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(r.event.support_number).toEqualTypeOf<string | null | undefined>();
      const agents = r.event.participants.filter(isAgentParticipant);
      expectTypeOf(agents).toEqualTypeOf<AgentChatParticipant[]>();
      expectTypeOf(agents[0]?.alias).toEqualTypeOf<string | null | undefined>();
    }
  });
});
