import { mluviiWebhooks, sessionIdOf, timestampOf } from "@contactkit/mluvii-webhooks";
import { describe, expect, it } from "vitest";
import { fixtures } from "./support/fixtures";

const all = [...fixtures("docs-webhooks"), ...fixtures("model")].map((f) => {
  const payload = JSON.parse(f.text) as { eventType: string; data: Record<string, unknown> };
  return { ...f, payload, parsed: mluviiWebhooks.parse(f.text) };
});

/** Which field the issue says holds the session: `id` on Session* events, `sessionId` on activities. */
function expectedSessionId(eventType: string, data: Record<string, unknown>): unknown {
  if (eventType.startsWith("SessionActivity")) return data.sessionId;
  if (eventType.startsWith("Session")) return data.id;
  return undefined;
}

describe("sessionIdOf", () => {
  it.each(all)("$file", ({ payload, parsed }) => {
    expect(sessionIdOf(parsed.event)).toBe(expectedSessionId(payload.eventType, payload.data));
  });

  it("gives none for user, e-mail, identity and settings events", () => {
    const none = all
      .filter((f) => f.parsed.known && sessionIdOf(f.parsed.event) === undefined)
      .map((f) => f.parsed.type);
    expect(new Set(none)).toEqual(
      new Set([
        "UserStatusChanged",
        "EmailThreadCreated",
        "EmailThreadOperatorJoined",
        "EmailThreadOperatorLeft",
        "EmailThreadForwarded",
        "EmailThreadParamsUpdated",
        "GuestIdentityUpdated",
        "ApplicationSettingChanged",
      ]),
    );
  });
});

describe("timestampOf", () => {
  const timeKeys = ["time", "started", "ended", "created"];
  it.each(all)("$file", ({ payload, parsed }) => {
    const ts = timestampOf(parsed.event);
    if (payload.eventType === "SessionEnded") expect(ts).toBe(payload.data.ended);
    else {
      const key = timeKeys.find((k) => typeof payload.data[k] === "string");
      expect(ts).toBe(key === undefined ? undefined : payload.data[key]);
    }
  });

  it("has no time for SessionCreated and the state notifications", () => {
    const none = all
      .filter((f) => f.parsed.known && timestampOf(f.parsed.event) === undefined)
      .map((f) => f.parsed.type);
    expect(new Set(none)).toEqual(
      new Set([
        "SessionCreated",
        "UserStatusChanged",
        "SessionCallParamsUpdated",
        "SessionRecordingPostProcessingCompleted",
        "GuestIdentityUpdated",
        "EmailThreadParamsUpdated",
        "ApplicationSettingChanged",
      ]),
    );
  });
});
