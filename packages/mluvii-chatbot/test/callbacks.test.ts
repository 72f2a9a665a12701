import {
  type GuestText,
  mluviiChatbotCallbacks,
  mluviiChatbotRequests,
  RESPONSE_ACTIVITIES,
} from "@contactkit/mluvii-chatbot";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("mluviiChatbotCallbacks (tolerant reader)", () => {
  it('reads Ping with a PascalCase "Activity" key (Czech docs, mluvii\'s Python bots) and without sessionId', () => {
    const r = mluviiChatbotCallbacks.safeParse('{"Activity":"Ping"}');
    expect(r.ok && r.known && r.type).toBe("Ping");
    if (r.ok) {
      expect(r.event).toEqual({ activity: "Ping" });
      // the raw payload is the one that arrived, not the normalised copy
      expect(r.raw).toEqual({ Activity: "Ping" });
    }
  });

  it('reads Ping with a camelCase "activity" key (English docs)', () => {
    const r = mluviiChatbotCallbacks.parse({ activity: "Ping" });
    expect(r.type).toBe("Ping");
    expect(r.warnings).toEqual([]);
  });

  it("normalises an activity name in another letter case, with a warning (mluvii reads names case-insensitively)", () => {
    const r = mluviiChatbotCallbacks.parse({ activity: "ping" });
    expect(r.type).toBe("Ping");
    expect(r.warnings.map((w) => w.code)).toEqual(["activity_case"]);
  });

  it("accepts timestamps without an offset and with 7 fractional digits, keeping them as received", () => {
    for (const timestamp of ["2020-09-09T10:03:46.792954", "2020-09-09T10:03:53.4976861+02:00"]) {
      const r = mluviiChatbotCallbacks.parse({
        activity: "ConversationStarted",
        sessionId: 5,
        timestamp,
        source: "Default",
      });
      expect(r.known && r.type === "ConversationStarted" && r.event.timestamp).toBe(timestamp);
    }
  });

  it("rejects the webhook doc's colon-before-fraction datetime with the path", () => {
    const r = mluviiChatbotCallbacks.safeParse({
      activity: "Text",
      sessionId: 5,
      text: "x",
      timestamp: "2024-05-02T08:58:58:888364+02:00",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.path).toBe("$.timestamp");
  });

  it("keeps unknown sources and unknown group states as strings; strict mode rejects them", () => {
    const payload = { activity: "Text", sessionId: 1, text: "hi", source: "Telegram" };
    expect(mluviiChatbotCallbacks.parse(payload).ok).toBe(true);
    const strict = mluviiChatbotCallbacks.safeParse(payload, { strict: true });
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.error.issues[0]?.path).toBe("$.source");
  });

  it("an activity this version does not know is an unknown event carrying its raw payload, not an error", () => {
    const raw = { activity: "GuestVoiceNote", sessionId: 3, url: "https://x" };
    const r = mluviiChatbotCallbacks.parse(raw);
    expect(r.known).toBe(false);
    if (!r.known) expect(r.event).toMatchObject({ kind: "unknown", type: "GuestVoiceNote", raw });
  });

  it("reads GuestLocation and HeroCardQuickReply (model-only activities)", () => {
    expect(
      mluviiChatbotCallbacks.parse({ activity: "GuestLocation", sessionId: 1, latitude: 50.08, longitude: 14.42 }).type,
    ).toBe("GuestLocation");
    const reply = mluviiChatbotCallbacks.parse({
      activity: "HeroCardQuickReply",
      sessionId: 1,
      text: "Yes",
      replyToActivityId: 51234567,
      additionalParams: { body: ["a"] },
    });
    expect(reply.type).toBe("HeroCardQuickReply");
  });

  it("names vendor, family, activity and JSON path in errors, without payload values", () => {
    const r = mluviiChatbotCallbacks.safeParse({
      activity: "GetAvailableGroupsResponse",
      sessionId: 1,
      availableGroups: [{ displayName: "Sales secret" }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain("mluvii chatbot-callbacks");
    expect(r.error.message).toContain("GetAvailableGroupsResponse");
    expect(r.error.message).not.toContain("Sales secret");
    expect(r.error.issues.map((i) => i.path)).toContain("$.availableGroups[0].groupId");
  });

  it("rejects session ids beyond 2^53 instead of rounding them", () => {
    const r = mluviiChatbotCallbacks.safeParse('{"activity":"Text","sessionId":9007199254740993,"text":"x"}');
    expect(r.ok).toBe(false);
  });

  it("gives typed errors for non-JSON and for payloads without an activity", () => {
    const notJson = mluviiChatbotCallbacks.safeParse("{activity:");
    expect(!notJson.ok && notJson.error.kind).toBe("json");
    const noActivity = mluviiChatbotCallbacks.safeParse({ sessionId: 1 });
    expect(!noActivity.ok && noActivity.error.kind).toBe("discriminator");
  });

  it("knows 15 response activities and narrows by type", () => {
    expect(RESPONSE_ACTIVITIES).toHaveLength(15);
    const r = mluviiChatbotCallbacks.parse({ activity: "Text", sessionId: 1, text: "x" });
    if (r.known && r.type === "Text") expectTypeOf(r.event).toEqualTypeOf<GuestText>();
    expect(mluviiChatbotCallbacks.is({ activity: "Text", sessionId: 1, text: "x" }, "Text")).toBe(true);
  });

  it("exports JSON Schema for every callback and request", () => {
    const callbacks = mluviiChatbotCallbacks.toJSONSchemas();
    expect(Object.keys(callbacks)).toHaveLength(23);
    expect(callbacks.GetAvailableGroupsResponse).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["sessionId", "availableGroups"]),
    });
    // requests are read tolerantly too: unknown keys are not part of the schema's contract
    const requests = mluviiChatbotRequests.toJSONSchemas();
    expect(requests.HandOff).toMatchObject({ type: "object", required: ["activity", "sessionId"] });
    expect(requests.HandOff).not.toMatchObject({ additionalProperties: false });
  });
});

describe("both activity keys", () => {
  it("naming different activities is a discriminator error at $ naming both keys and neither value", () => {
    const payload = { activity: "Text", Activity: "Ping", sessionId: 1, text: "GuestSecret" };
    for (const input of [payload, JSON.stringify(payload)]) {
      const r = mluviiChatbotCallbacks.safeParse(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toMatchObject({ vendor: "mluvii", family: "chatbot-callbacks", kind: "discriminator" });
      expect(r.error.issues).toEqual([expect.objectContaining({ path: "$", code: "ambiguous_discriminator" })]);
      expect(r.error.message).toContain('"activity"');
      expect(r.error.message).toContain('"Activity"');
      expect(r.error.message).not.toMatch(/Text|Ping|GuestSecret/);
      expect(r.raw).toEqual(payload);
    }
    expect(() => mluviiChatbotCallbacks.parse(payload)).toThrow(/"activity" and "Activity"/);
    expect(mluviiChatbotCallbacks.is(payload, "Text")).toBe(false);
    expect(mluviiChatbotCallbacks.is(payload, "Ping")).toBe(false);
    expect(mluviiChatbotCallbacks.typeOf(payload)).toBeUndefined();
  });

  it("naming the same activity, in any letter case, is read once, in strict mode too", () => {
    const r = mluviiChatbotCallbacks.parse({ activity: "ping", Activity: "Ping" }, { strict: true });
    expect(r.type).toBe("Ping");
    expect(r.known && r.event).toEqual({ activity: "Ping" });
    const text = { activity: "Text", Activity: "TEXT", sessionId: 1, text: "x" };
    expect(mluviiChatbotCallbacks.parse(text, { strict: true }).type).toBe("Text");
    expect(mluviiChatbotCallbacks.is(text, "Text")).toBe(true);
  });

  it("for any two names under the two keys: an error exactly when they differ beyond letter case", () => {
    const names = [...mluviiChatbotCallbacks.types, "GuestVoiceNote"];
    const casing = fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toLowerCase(),
      (s) => s.toUpperCase(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...names), casing, casing, (a, b, ca, cb) => {
        const r = mluviiChatbotCallbacks.safeParse({ activity: ca(a), Activity: cb(b), sessionId: 1 });
        const ambiguous = !r.ok && r.error.kind === "discriminator";
        expect(ambiguous).toBe(a.toLowerCase() !== b.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });
});
