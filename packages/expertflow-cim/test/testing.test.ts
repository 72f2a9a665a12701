import { createWebhookHandler, headerSecretAuth, type ParsedEvent } from "@contactkit/core";
import { valueAt } from "@contactkit/core/testing";
import { type ExpertflowCimEventMap, expertflowCim } from "@contactkit/expertflow-cim";
import {
  createTestControllerBody,
  createTestEvent,
  createTestRequest,
  createTestStudioMsg,
  TestEventError,
} from "@contactkit/expertflow-cim/testing";
import { arbitraryEvent } from "@contactkit/expertflow-cim/testing/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leafPaths, overridesFrom } from "../../../test-support/overrides";

const names = expertflowCim.types;
const strip = (event: unknown) => {
  const { envelope: _envelope, ...rest } = event as Record<string, unknown>;
  return rest;
};

describe("createTestEvent, createTestStudioMsg, createTestControllerBody", () => {
  it.each(names)("%s: valid bare, in a Node-RED msg and as a controller body", (name) => {
    const event = createTestEvent(name);
    for (const payload of [event, createTestStudioMsg(name), createTestControllerBody(name)]) {
      const result = expertflowCim.safeParse(payload);
      if (!result.ok) throw new Error(result.error.report());
      expect(result).toMatchObject({ known: true, type: name, warnings: [] });
      const strict = expertflowCim.safeParse(payload, { strict: true });
      // As on the wire, a form activity's header intent is one the object model's enum does not list.
      const expected = name === "THIRD_PARTY_ACTIVITY" ? ["$.data.header.intent"] : [];
      expect(
        strict.ok ? [] : strict.error.issues.map((i) => i.path.replace(/^\$(\.payload)?\.entities\.cimEvent/, "$")),
      ).toEqual(expected);
    }
  });

  it("the three envelopes carry the same event", () => {
    for (const name of ["TASK_ENQUEUED", "CUSTOMER_MESSAGE", "CONVERSATION_STARTED"] as const) {
      const event = createTestEvent(name);
      const msg = expertflowCim.parse(createTestStudioMsg(name, event));
      const body = expertflowCim.parse(createTestControllerBody(name, event));
      expect(strip(msg.event)).toEqual(strip(event));
      expect(strip(body.event)).toEqual(strip(event));
      expect(msg.known && msg.event.envelope?.kind).toBe("node-red-msg");
      expect(body.known && body.event.envelope?.kind).toBe("controller-body");
    }
  });

  it("every name: overrides land where they are typed and the event still parses to its name", () => {
    const cases = fc.constantFrom(...names.filter((n) => n !== "CONVERSATION_STARTED")).chain((name) =>
      arbitraryEvent(name).chain((source) => {
        const leaves = leafPaths(source).filter((p) => p.length > 0 && p[0] !== "name");
        return fc
          .shuffledSubarray(leaves, { maxLength: Math.min(12, leaves.length) })
          .map((paths) => ({ name, source, paths }));
      }),
    );
    fc.assert(
      fc.property(cases, ({ name, source, paths }) => {
        const event = createTestEvent(name, overridesFrom(source, paths));
        expect(expertflowCim.safeParse(event)).toMatchObject({ ok: true, known: true, type: name });
        for (const path of paths) expect(valueAt(event, path)).toEqual(valueAt(source, path));
      }),
      { numRuns: 150 },
    );
  });

  it("fresh ids per event, consistent within it; system emitters and channels keep theirs", () => {
    const [a, b] = [createTestEvent("AGENT_SLA_EXPIRED"), createTestEvent("AGENT_SLA_EXPIRED")];
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{24}$/);
    expect(a.conversationId).not.toBe(b.conversationId);
    expect(a.data?.id).toBe(a.conversationId);
    expect(a.roomInfo?.id).not.toBe(b.roomInfo?.id);
    expect(a.channelSession?.roomInfo?.id).toBe(a.roomInfo?.id);
    expect(a.eventEmitter?.id).toBe("38327e73-4a21-4ad4-a958-a6385c8636aa");
    expect(a.channelSession?.channel?.id).toBeTruthy();
    expect(a.channelSession?.channel?.id).toBe(b.channelSession?.channel?.id);
  });

  it("stamps epoch-millisecond timestamps with now", () => {
    const before = Date.now();
    const event = createTestEvent("TASK_ENQUEUED");
    expect(typeof event.timestamp).toBe("number");
    expect(event.timestamp).toBeGreaterThanOrEqual(before);
    expect(event.data?.task?.activeMedia?.[0]?.enqueueTime).toBeLessThanOrEqual(event.timestamp as number);
  });

  it("envelope overrides reach the envelope: an intent that differs from the name is a warning, as on the wire", () => {
    const msg = createTestStudioMsg("TASK_ENQUEUED", { envelope: { intent: "AGENT_MRD_INTERRUPTED" } });
    expect(msg.payload.intent).toBe("AGENT_MRD_INTERRUPTED");
    const result = expertflowCim.parse(msg);
    expect(result.type).toBe("TASK_ENQUEUED");
    expect(result.warnings.map((w) => w.code)).toEqual(["intent_mismatch"]);
  });

  it("a controller body carries a populated conversation on the event's conversation and room", () => {
    const body = createTestControllerBody("CUSTOMER_MESSAGE");
    const { cimEvent } = body.entities as { cimEvent: { conversationId: string; roomInfo: { id: string } } };
    expect(body.conversation).toMatchObject({ id: cimEvent.conversationId, roomInfo: { id: cimEvent.roomInfo.id } });
  });

  it("refuses invalid overrides with TestEventError, in every envelope", () => {
    expect(() => createTestEvent("HAND_RAISED", { data: { agentId: 7 as unknown as string } })).toThrow(TestEventError);
    expect(() => createTestStudioMsg("TASK_ENQUEUED", { envelope: { roomId: 5 as unknown as string } })).toThrow(
      /\$\.payload\.roomId/,
    );
  });
});

describe("createTestRequest: a controller webhook test in three lines", () => {
  it("is accepted by a receiver with a shared-secret header", async () => {
    const seen: ParsedEvent<ExpertflowCimEventMap>[] = [];
    const handler = createWebhookHandler({
      family: expertflowCim,
      auth: headerSecretAuth({ header: "x-controller-secret", secrets: ["s3cret"] }),
      process: (parsed) => void seen.push(parsed),
    });
    const auth = { header: "x-controller-secret", secret: "s3cret" };
    const response = await handler(createTestRequest(createTestControllerBody("CUSTOMER_MESSAGE"), { auth }));
    expect(response.status).toBe(200);
    expect((await handler(createTestRequest(createTestControllerBody("CUSTOMER_MESSAGE")))).status).toBe(401);
    await handler.drain();
    expect(seen.map((p) => p.type)).toEqual(["CUSTOMER_MESSAGE"]);
  });
});

describe("arbitraryEvent", () => {
  it("generates valid events of every name", () => {
    fc.assert(
      fc.property(arbitraryEvent(), (event) => {
        expect(expertflowCim.safeParse(event).ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
