import { ccaiQmEvents, classifyChatEvent } from "@contactkit/ccai-qm-chat";
import { ContactkitParseError } from "@contactkit/core";
import { describe, expect, it } from "vitest";
import { fixtureText, manifest } from "./helpers";

// The QM chat page's "Participant left the chat" human-agent example
// (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data) has no comma after
// `"type": "agent"`. The fixture keeps the text exactly as documented.
const broken = manifest.find((m) => !m.validJson);
const raw = fixtureText(broken?.file ?? "missing");
const repaired = fixtureText(broken?.repairedFile ?? "missing");

describe("the QM chat page example with the missing comma", () => {
  it("is the human-agent 'Participant left the chat' example", () => {
    expect(broken?.heading).toBe("Participant left the chat");
    expect(broken?.variant).toBe("human agent leaving a chat");
    expect(raw).toContain('"type": "agent"\n      "media_id"');
  });

  it("fails with a clear JSON error naming vendor, family and the position", () => {
    const r = ccaiQmEvents.safeParse(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(ContactkitParseError);
    expect(r.error.kind).toBe("json");
    expect(r.error.vendor).toBe("ccai-platform");
    // The error points at the first character after the missing comma: the `"media_id"` key on line 20.
    const offset = raw.indexOf('"media_id": "MBba370f84');
    expect(r.error.position).toEqual({ offset, line: 20, column: 7 });
    expect(r.error.message).toMatch(/^ccai-platform qm-export: invalid JSON at line 20, column 7/);
    expect(r.error.message).not.toContain("MBba370f84"); // messages never carry payload values
    expect(r.error.report()).toContain("^");
  });

  it("parse() throws the same error", () => {
    expect(() => ccaiQmEvents.parse(raw)).toThrow(ContactkitParseError);
  });

  it("differs from the repaired text by exactly the comma", () => {
    expect(repaired).toBe(raw.replace('"type": "agent"\n', '"type": "agent",\n'));
  });

  it("repaired, parses to participantDisconnect and classifies as the human agent leaving", () => {
    const r = ccaiQmEvents.parse(repaired);
    expect(r.type).toBe("participantDisconnect");
    if (!r.known || r.type !== "participantDisconnect") return;
    expect(classifyChatEvent(r.event)).toMatchObject({ kind: "participant_left", left: { dn: "agent_1" } });
  });
});
