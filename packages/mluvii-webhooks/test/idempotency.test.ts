import { mluviiIdempotencyKey, mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { describe, expect, it } from "vitest";
import { fixtureJson, fixtures } from "./support/fixtures";

const key = (payload: unknown) => mluviiIdempotencyKey(mluviiWebhooks.parse(payload));

describe("mluviiIdempotencyKey", () => {
  it("uses eventType + activityId for generic activities", () => {
    expect(key(fixtureJson("docs-webhooks/SessionActivityOnHold.json"))).toBe("mluvii:SessionActivityOnHold:50898864");
  });

  it("uses eventType + id + time for session events", () => {
    expect(key(fixtureJson("docs-webhooks/SessionOperatorJoined.json"))).toBe(
      "mluvii:SessionOperatorJoined:7371450:2024-05-02T16:05:24.454661+02:00",
    );
  });

  it("uses eventType + sessionId + time for activities without activityId (A/V, hero card submission)", () => {
    expect(key(fixtureJson("docs-webhooks/SessionActivityAvRequest.json"))).toBe(
      "mluvii:SessionActivityAvRequest:7375793:2024-05-03T13:54:49.450758+02:00",
    );
  });

  it("uses eventType + id for once-per-session events without a time", () => {
    expect(key(fixtureJson("docs-webhooks/SessionCreated.json"))).toBe("mluvii:SessionCreated:7371450");
  });

  it.each([
    "UserStatusChanged.json",
    "SessionCallParamsUpdated.json",
    "GuestIdentityUpdated.json",
    "EmailThreadParamsUpdated.json",
    "ApplicationSettingChanged.company.json",
  ])("gives no key (no dedupe) for the repeatable state notification %s", (file) => {
    expect(key(fixtureJson(`model/${file}`))).toBeUndefined();
  });

  it("distinguishes every fixture that has a key, and is stable for a redelivery", () => {
    const all = [...fixtures("docs-webhooks"), ...fixtures("model")];
    const keys = all.map((f) => key(f.text)).filter((k) => k !== undefined);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of all) expect(key(f.text)).toBe(key(f.text));
  });

  it("keys unknown events from their raw data", () => {
    expect(key(fixtureJson("model/_unknown.future-event.json"))).toBe("mluvii:SessionActivityHologramStarted:51300001");
    expect(key({ eventType: "Whatever", data: { id: 5, time: "2027-01-01T00:00:00Z" } })).toBe(
      "mluvii:Whatever:5:2027-01-01T00:00:00Z",
    );
    expect(key({ eventType: "Whatever", data: { name: "x" } })).toBeUndefined();
  });
});
