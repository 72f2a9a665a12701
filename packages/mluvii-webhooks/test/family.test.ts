import { ContactkitParseError } from "@contactkit/core";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { describe, expect, it } from "vitest";
import { fixtureJson, fixtureText } from "./support/fixtures";

const created = () => fixtureJson("docs-webhooks/SessionCreated.json");

describe("inputs", () => {
  it("accepts text, bytes and parsed values alike", () => {
    const text = fixtureText("docs-webhooks/SessionCreated.json");
    for (const input of [text, new TextEncoder().encode(text), JSON.parse(text)]) {
      const r = mluviiWebhooks.safeParse(input);
      expect(r.ok && r.known && r.type).toBe("SessionCreated");
    }
  });

  it("keeps the raw payload beside the typed view, which strips unknown keys", () => {
    const payload = created();
    const withExtra = { ...payload, data: { ...payload.data, addedByMluviiLater: 1 } };
    const r = mluviiWebhooks.parse(withExtra);
    expect(r.raw).toEqual(withExtra);
    expect(r.known && r.event.data).not.toHaveProperty("addedByMluviiLater");
    expect(mluviiWebhooks.safeParse(withExtra, { strict: true }).ok).toBe(false);
  });

  it("rejects an array body (mluvii never batches) with a precise input error", () => {
    const r = mluviiWebhooks.safeParse([created(), created()]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(ContactkitParseError);
    expect(r.error).toMatchObject({ vendor: "mluvii", family: "webhooks", kind: "input" });
    expect(r.error.message).toMatch(/one event per request/);
    expect(() => mluviiWebhooks.parse("[]")).toThrow(/never an array/);
  });

  it("reports invalid JSON with its position, never a crash", () => {
    const r = mluviiWebhooks.safeParse('{"eventType": "SessionCreated", "data": {');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe("json");
  });

  it.each([{}, { data: {} }, { eventType: 42 }, { eventType: "" }, null, 7, "text"])(
    "reports a missing or invalid eventType in %j",
    (value) => {
      const r = mluviiWebhooks.safeParse(value);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(["discriminator", "input", "json"]).toContain(r.error.kind);
    },
  );
});

describe("errors name vendor, event and JSON path, never the values", () => {
  it("a missing field", () => {
    const payload = created();
    delete payload.data.tenantId;
    const r = mluviiWebhooks.safeParse(payload);
    if (r.ok) throw new Error("expected failure");
    expect(r.error.kind).toBe("schema");
    expect(r.error.eventType).toBe("SessionCreated");
    expect(r.error.issues.map((i) => i.path)).toEqual(["$.data.tenantId"]);
    expect(r.error.message).toContain("mluvii webhooks");
    expect(r.error.message).toContain("$.data.tenantId");
  });

  it("a personal value never appears in the message", () => {
    const payload = fixtureJson("docs-webhooks/SessionActivityHeroCardSubmission.json");
    payload.data.params = { name: "Zbyněk Hostaš", age: 42 };
    const r = mluviiWebhooks.safeParse(payload);
    if (r.ok) throw new Error("expected failure");
    expect(r.error.issues.map((i) => i.path)).toEqual(["$.data.params.age"]);
    expect(r.error.message).not.toContain("Hostaš");
    expect(JSON.stringify(r.error.toJSON())).not.toContain("Hostaš");
  });
});

describe("ids are safe integers", () => {
  it.each([
    ["beyond 2^53", 2 ** 53 + 2],
    ["fractional", 7371450.5],
    ["a string", "7371450"],
  ])("a session id %s is an error at $.data.id", (_label, id) => {
    const r = mluviiWebhooks.safeParse({ ...created(), data: { ...created().data, id } });
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual(["$.data.id"]);
  });

  it("the largest safe integer is accepted", () => {
    const r = mluviiWebhooks.parse({ ...created(), data: { ...created().data, id: Number.MAX_SAFE_INTEGER } });
    expect(r.known && r.event.eventType === "SessionCreated" && r.event.data.id).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("open enums", () => {
  it("an unknown source is kept as received in tolerant mode, rejected in strict mode", () => {
    const payload = { ...created(), data: { ...created().data, source: "Telegram" } };
    const r = mluviiWebhooks.parse(payload);
    expect(r.known && r.event.eventType === "SessionCreated" && r.event.data.source).toBe("Telegram");
    expect(r.warnings).toEqual([]);
    expect(mluviiWebhooks.safeParse(payload, { strict: true }).ok).toBe(false);
  });

  it("a termination reason added later (after SingleUseSession) is kept", () => {
    const payload = fixtureJson("model/SessionActivitySessionEnded.json");
    payload.data.terminationReason = "SomethingNew";
    const r = mluviiWebhooks.parse(payload);
    expect(r.known && r.event.eventType === "SessionActivitySessionEnded" && r.event.data.terminationReason).toBe(
      "SomethingNew",
    );
  });
});

describe("hero card params are a plain record", () => {
  it("a __proto__ key does not pollute prototypes", () => {
    const text = fixtureText("docs-webhooks/SessionActivityHeroCardSubmission.json").replace('"barva"', '"__proto__"');
    const r = mluviiWebhooks.parse(text);
    expect(({} as Record<string, unknown>).barva).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("Červená");
    expect(r.known).toBe(true);
  });
});

describe("is / match", () => {
  it("is() validates and narrows", () => {
    const payload: unknown = created();
    expect(mluviiWebhooks.is(payload, "SessionCreated")).toBe(true);
    expect(mluviiWebhooks.is(payload, "SessionStarted")).toBe(false);
    if (mluviiWebhooks.is(payload, "SessionCreated")) expect(payload.data.channel).toBe("Phone");
  });

  it("match() with a fallback reaches the right handler", () => {
    const r = mluviiWebhooks.parse(created());
    const out = mluviiWebhooks.match(r, { SessionCreated: (e) => `created ${e.data.id}` }, () => "other");
    expect(out).toBe("created 7371450");
    expect(
      mluviiWebhooks.match(mluviiWebhooks.parse({ eventType: "X", data: {} }), {}, (e) =>
        "kind" in e ? e.type : e.eventType,
      ),
    ).toBe("X");
  });
});
