// What the common layout adds to this package: the event union and the schema record, like every vendor package,
// and vocabulary types that are open (known values plus any string) as the parsed fields are.
import {
  type CcaiQmEvent,
  type CcaiQmEventMap,
  type ChatParticipantType,
  type ChatState,
  ccaiQmEvents,
  ccaiQmSchemas,
} from "@contactkit/ccai-qm-chat";
import type { KnownValueOf } from "@contactkit/core";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("layout", () => {
  it("exports the union of the event map and the schema record the family uses", () => {
    expectTypeOf<CcaiQmEvent>().toEqualTypeOf<CcaiQmEventMap[keyof CcaiQmEventMap]>();
    expect(ccaiQmEvents.schemas).toBe(ccaiQmSchemas);
    expect(Object.keys(ccaiQmSchemas).sort()).toEqual([...ccaiQmEvents.types].sort());
  });

  it("types vocabularies open, with the closed union one KnownValueOf away", () => {
    expectTypeOf<"virtual_agent">().toExtend<ChatParticipantType>();
    expectTypeOf<"a-new-type">().toExtend<ChatParticipantType>();
    expectTypeOf<KnownValueOf<typeof ChatState>>().toEqualTypeOf<
      "waiting" | "connected" | "disconnected" | "dismissed" | "resumed" | "participantDisconnect" | "transferred"
    >();
  });
});
