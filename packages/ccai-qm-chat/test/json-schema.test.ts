import { ccaiQmEvents } from "@contactkit/ccai-qm-chat";
import { describe, expect, it } from "vitest";

type Schema = { properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[]; const?: unknown };

describe("JSON Schema export", () => {
  it("exports one schema per event type", () => {
    const all = ccaiQmEvents.toJSONSchemas();
    expect(Object.keys(all).sort()).toEqual([...ccaiQmEvents.types].sort());
    expect(Object.keys(all)).toHaveLength(9);
  });

  it("a chat schema requires exactly the keys in every example of the QM chat page", () => {
    const s = ccaiQmEvents.toJSONSchema("disconnected") as Schema;
    expect(s.required?.sort()).toEqual([
      "chat_id",
      "direction",
      "initiator",
      "participants",
      "session_type_v2",
      "state",
    ]);
    expect(s.properties?.state).toMatchObject({ const: "disconnected" });
    expect(JSON.stringify(s.properties?.connected_at)).toContain('""'); // "" allowed: "ended while waiting in queue"
    expect(s.properties?.support_number).toMatchObject({ type: ["string", "null"] });
  });

  it("the AgentState schema keeps PascalCase keys", () => {
    const s = ccaiQmEvents.toJSONSchema("AgentState") as Schema;
    expect(s.required?.sort()).toEqual(["Email", "ParticipantID", "State"]);
  });

  it("throws a RangeError for a type that does not exist", () => {
    expect(() => ccaiQmEvents.toJSONSchema("paused" as "waiting")).toThrow(RangeError);
  });
});
