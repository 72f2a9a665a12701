import { expertflowCim, REDACTED, redact } from "@contactkit/expertflow-cim";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cimEventWith, fixtureJson, fixtureText, manifest, parseAs } from "./fixtures";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Every string in a value, at any depth. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe("redact()", () => {
  const sla = { event: parseAs(fixtureText("agent-sla-expired.json"), "AGENT_SLA_EXPIRED") };

  it("removes customer names, phone numbers, channel identifiers and form answers", () => {
    const out = redact(sla.event);
    const all = strings(out);
    for (const personal of ["Zubair", "03024876634"]) expect(all).not.toContain(personal);
    expect(strings(sla.event)).toContain("Zubair"); // …which were there before
    expect(out.data?.customer?.firstName).toBe(REDACTED);
    expect(out.data?.customer?.web).toEqual([REDACTED]);
    expect(out.channelSession?.channelData?.channelCustomerIdentifier).toBe(REDACTED);
    const attribute = out.channelSession?.channelData?.additionalAttributes?.[0]?.value as {
      formData: { attributes: unknown[] };
    };
    expect(attribute.formData.attributes).toEqual([]);
    const data = out.data?.conversationData;
    expect(Array.isArray(data) && data.map((d) => d.value)).toEqual([REDACTED, REDACTED]);
  });

  it("drops admin-defined customer attributes, including `password`, and keeps ids and flags", () => {
    const out = redact(sla.event);
    expect(out.data?.customer).not.toHaveProperty("password");
    expect(out.data?.customer).not.toHaveProperty("pIIAtribute");
    expect(out.data?.customer).toMatchObject({ _id: "684ffb6f0c31c0237bd5fda2", isAnonymous: false, __v: 0 });
    expect(out.id).toBe(sla.event.id);
    expect(out.data?.state).toBe("ACTIVE");
  });

  it("removes keycloak resources, attributes and agent names", () => {
    const event = parseAs(fixtureText("agent-subscribed.json"), "AGENT_SUBSCRIBED");
    const participant = redact(event).data?.agentParticipant?.participant;
    if (participant?.participantType !== "CCUser") throw new Error(String(participant?.participantType));
    expect(participant.keycloakUser.permittedResources).toEqual({ Resources: [] });
    expect(participant.keycloakUser.attributes).toEqual({});
    expect(participant.keycloakUser.username).toBe(REDACTED);
    expect(participant.keycloakUser.roles).toContain("agent");
  });

  it("removes the emitter's channel-identifier map and name for customer emitters", () => {
    const r = expertflowCim.parse(fixtureText("channel-session-started.json"));
    const out = redact(r.event) as { eventEmitter: { senderName: string; additionalDetail: unknown } };
    expect(out.eventEmitter).toMatchObject({ senderName: REDACTED, additionalDetail: {} });
  });

  it("keeps system and bot emitter names", () => {
    expect(redact(sla.event).eventEmitter?.senderName).toBe("CONVERSATION_MONITOR");
    const findAgent = parseAs(fixtureText("find-agent.json"), "FIND_AGENT");
    expect(redact(findAgent).eventEmitter?.senderName).toBe("Rasa");
  });

  it("masks CONVERSATION_DATA_CHANGED values", () => {
    const r = expertflowCim.parse(cimEventWith("CONVERSATION_DATA_CHANGED", { first_name: "Ann", phone: "555" }));
    expect((redact(r.event) as { data: unknown }).data).toEqual({ first_name: REDACTED, phone: REDACTED });
  });

  it("keeps a redacted event valid for its schema", () => {
    for (const f of manifest.fixtures) {
      const r = expertflowCim.parse(fixtureText(f.file));
      const again = expertflowCim.safeParse(redact(r.event));
      if (!again.ok) throw new Error(`${f.file}: ${again.error.message}`);
      expect(again.type).toBe(f.expected);
    }
  });

  it("never mutates its input (frozen events, raw payloads and arbitrary JSON)", () => {
    for (const f of manifest.fixtures) {
      const r = expertflowCim.parse(fixtureText(f.file));
      const before = structuredClone(r.event);
      expect(() => redact(deepFreeze(r.event))).not.toThrow();
      expect(r.event).toEqual(before);
      const raw = deepFreeze(fixtureJson(f.file));
      expect(() => redact(raw)).not.toThrow();
    }
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = structuredClone(value);
        redact(deepFreeze(value));
        expect(value).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it("is idempotent", () => {
    const once = redact(sla.event);
    expect(redact(once)).toEqual(once);
  });
});

describe("redact() and __proto__ keys", () => {
  it("copies an own __proto__ key as data, never as the prototype", () => {
    const input = JSON.parse('{"name":"X","data":{"__proto__":{"polluted":true},"a":1}}');
    const out = redact(input) as { data: Record<string, unknown> };
    expect(Object.getPrototypeOf(out.data)).toBe(Object.prototype);
    expect(Object.hasOwn(out.data, "__proto__")).toBe(true);
    expect((out.data as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
