import { expertflowCim, isMessageBody, type MessageBody } from "@contactkit/expertflow-cim";
import { describe, expect, it } from "vitest";
import { cimEventWith, parseAs } from "./fixtures";

const header = {
  sender: {
    id: "460df46c-adf9-11ed-afa1-0242ac120002",
    type: "CONNECTOR",
    senderName: "WEB_CONNECTOR",
    additionalDetail: null,
  },
  timestamp: 1750073125012,
  intent: null,
  conversationId: "684ffef60eaa0f7ecef7da95",
};
const messageEvent = (name: string, body: Record<string, unknown>, extraHeader: Record<string, unknown> = {}) =>
  cimEventWith(name, { id: "m1", header: { ...header, ...extraHeader }, body }, { type: "MESSAGE" });

describe("CimMessage bodies (discriminated on body.type)", () => {
  it("types a PLAIN customer message", () => {
    const r = parseAs(messageEvent("CUSTOMER_MESSAGE", { type: "PLAIN", markdownText: "hello" }), "CUSTOMER_MESSAGE");
    const body: MessageBody | null | undefined = r.data?.body;
    if (!body) throw new Error("expected a body");
    expect(isMessageBody(body, "PLAIN") && body.markdownText).toBe("hello");
    expect(isMessageBody(body, "VOICE")).toBe(false);
  });

  it("accepts a PLAIN body without text (plain-message-body.json requires only `type`) and rejects a wrong one at its path", () => {
    expect(parseAs(messageEvent("BOT_MESSAGE", { type: "PLAIN" }), "BOT_MESSAGE").data?.body).toEqual({
      type: "PLAIN",
    });
    const r = expertflowCim.safeParse(messageEvent("BOT_MESSAGE", { type: "PLAIN", markdownText: 42 }));
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual(["$.data.body.markdownText"]);
  });

  it("rejects a FORM_DATA body without the formId and formTitle form-data-message-body.json requires", () => {
    const r = expertflowCim.safeParse(messageEvent("THIRD_PARTY_ACTIVITY", { type: "FORM_DATA", formId: "f" }));
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual(["$.data.body.formTitle"]);
  });

  it("keeps an undocumented body type as received", () => {
    const body = { type: "IMAGE", caption: "x", attachment: { mediaUrl: "https://example.test/a.png" } };
    const r = parseAs(messageEvent("AGENT_MESSAGE", body), "AGENT_MESSAGE");
    expect(r.data?.body).toEqual(body);
  });

  it("types CALL_HOLD's VOICE body", () => {
    const r = parseAs(
      messageEvent("CALL_HOLD", { type: "VOICE", callId: "c1", leg: "l1", reasonCode: null }),
      "CALL_HOLD",
    );
    const voice = r.data?.body;
    expect(voice && isMessageBody(voice, "VOICE") && voice.callId).toBe("c1");
  });

  it("types THIRD_PARTY_ACTIVITY's FORM_DATA body with header.intent WIDGET_FORM_ACTIVITY and header.channelSession", () => {
    const body = {
      type: "FORM_DATA",
      formId: "f",
      formTitle: "Pre-chat",
      sections: [{ sectionId: "s", attributes: [] }],
    };
    const r = parseAs(
      messageEvent("THIRD_PARTY_ACTIVITY", body, { intent: "WIDGET_FORM_ACTIVITY", channelSession: { id: "x" } }),
      "THIRD_PARTY_ACTIVITY",
    );
    expect(r.data?.header?.intent).toBe("WIDGET_FORM_ACTIVITY");
    expect(r.data?.body && isMessageBody(r.data.body, "FORM_DATA")).toBe(true);
    // The object-model README (1.21.3) says FORMDATA: not the wire value, so it is kept as a generic body.
    const readme = parseAs(messageEvent("THIRD_PARTY_ACTIVITY", { ...body, type: "FORMDATA" }), "THIRD_PARTY_ACTIVITY");
    expect(readme.data?.body && isMessageBody(readme.data.body, "FORM_DATA")).toBe(false);
  });

  it("types the remaining documented data shapes", () => {
    const cases: [string, unknown][] = [
      [
        "BOT_SUGGESTION",
        {
          id: "s",
          header,
          suggestions: [{ messageBody: { type: "PLAIN", markdownText: "hi" }, confidenceLevel: 0.9 }],
          requestedMessage: null,
        },
      ],
      ["NO_AGENT_AVAILABLE", { requestType: { direction: "INBOUND", mode: "QUEUE", metadata: null } }],
      ["CONVERSATION_DATA_CHANGED", { first_name: "A", last_name: "B", phone: "1" }],
      ["HAND_RAISED", { agentId: "a", userName: "agent1" }],
      ["HAND_DOWN", { agentId: "a", userName: "agent1" }],
      ["BOT_SUBSCRIBED", { participantType: "Bot", id: "b", type: "RASA", name: "Rasa", uri: "http://bot" }],
      ["FIND_AGENT", { queue: { type: "NAME", value: "web" }, requestType: null, additionalDetails: { lang: "en" } }],
    ];
    for (const [name, data] of cases) {
      const r = expertflowCim.safeParse(cimEventWith(name, data));
      expect(r.ok && r.known && r.type, name).toBe(name);
    }
    expect(expertflowCim.safeParse(cimEventWith("HAND_RAISED", { agentId: "a" })).ok).toBe(false);
  });
});
