import { ContactkitParseError } from "@contactkit/core";
import {
  ACTIVITY_TRAITS,
  escapeMluviiText,
  mluviiChatbotRequests,
  mluviiHtml,
  validateChatbotRequest,
} from "@contactkit/mluvii-chatbot";
import { describe, expect, it } from "vitest";

function errorOf(activity: unknown): ContactkitParseError {
  try {
    validateChatbotRequest(activity);
  } catch (error) {
    if (error instanceof ContactkitParseError) return error;
    throw error;
  }
  throw new Error("expected a validation error");
}

describe("outbound activities (strict mode: the writer's rules)", () => {
  it("rejects unknown keys with the path", () => {
    const error = errorOf({ activity: "HandOff", sessionId: 1, reason: "Sales" });
    expect(error.family).toBe("chatbot-requests");
    expect(error.eventType).toBe("HandOff");
    expect(error.issues[0]).toMatchObject({ path: "$", code: "unrecognized_keys" });
  });

  it("rejects unknown activities and non-canonical names (strict: no unknown-event branch)", () => {
    expect(errorOf({ activity: "Teleport", sessionId: 1 }).kind).toBe("unknown_type");
    expect(errorOf({ activity: "handoff", sessionId: 1 }).kind).toBe("unknown_type");
  });

  it("Forward needs exactly one of operatorGroupId or userId", () => {
    expect(validateChatbotRequest({ activity: "Forward", sessionId: 1, userId: 4 })).toEqual({
      activity: "Forward",
      sessionId: 1,
      userId: 4,
    });
    expect(errorOf({ activity: "Forward", sessionId: 1 }).kind).toBe("schema");
    expect(errorOf({ activity: "Forward", sessionId: 1, userId: 4, operatorGroupId: 2 }).kind).toBe("schema");
    expect(errorOf({ activity: "Forward", sessionId: 1, userId: null, operatorGroupId: null }).kind).toBe("schema");
    // the unused target may be null, as a bot on mluvii's C# models sends it
    expect(validateChatbotRequest({ activity: "Forward", sessionId: 1, userId: null, operatorGroupId: 2 })).toEqual({
      activity: "Forward",
      sessionId: 1,
      userId: null,
      operatorGroupId: 2,
    });
  });

  it("ShareFile needs a name or an absolute URL", () => {
    expect(
      validateChatbotRequest({ activity: "ShareFile", sessionId: 1, url: "https://x.example/a.pdf" }),
    ).toBeTruthy();
    expect(errorOf({ activity: "ShareFile", sessionId: 1, url: "a.pdf" }).issues[0]?.path).toBe("$.url");
  });

  it("rejects ids that are not positive safe integers", () => {
    expect(errorOf({ activity: "HandOff", sessionId: 0 }).issues[0]?.path).toBe("$.sessionId");
    expect(errorOf({ activity: "HandOff", sessionId: 2 ** 53 }).issues[0]?.path).toBe("$.sessionId");
    expect(errorOf({ activity: "GetAvailableGroups", sessionId: 1, groupIds: [1, 1.5] }).issues[0]?.path).toBe(
      "$.groupIds[1]",
    );
  });

  it("closed enums: rich card layout and button type", () => {
    const items = [{ contentType: "application/vnd.microsoft.card.hero", content: { title: "A" } }];
    expect(validateChatbotRequest({ activity: "RichCardList", sessionId: 1, items, layout: "Carousel" })).toBeTruthy();
    expect(errorOf({ activity: "RichCardList", sessionId: 1, items, layout: "Grid" }).issues[0]?.path).toBe("$.layout");
    const message = (type: string) => ({
      type: "message",
      sessionId: 1,
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.hero",
          content: { buttons: [{ type, title: "t", value: "v" }] },
        },
      ],
    });
    expect(validateChatbotRequest(message("imBack"))).toBeTruthy();
    expect(errorOf(message("postBack")).issues[0]?.path).toBe("$.attachments[0].content.buttons[0].type");
  });

  it("Text keeps to the HTML subset mluvii keeps (<strong>, <em>, <a>)", () => {
    expect(
      validateChatbotRequest({
        activity: "Text",
        sessionId: 1,
        text: 'Hi <strong>there</strong>, <a href="https://x">see</a>',
      }),
    ).toBeTruthy();
    const error = errorOf({ activity: "Text", sessionId: 1, text: "<p>Hi</p><script>x</script>" });
    expect(error.issues[0]).toMatchObject({ path: "$.text", code: "unsupported_html" });
    expect(error.issues[0]?.message).toContain("4 HTML tags that mluvii drops (the first at character 0)");
    expect(error.message).not.toMatch(/<p>|script/);
    expect(errorOf({ activity: "Text", sessionId: 1, text: "" }).issues[0]?.path).toBe("$.text");
  });

  it("escapes interpolated values with mluviiHtml", () => {
    const name = "<b>Eve & co</b>";
    const text = mluviiHtml`Hello <strong>${name}</strong>`;
    expect(text).toBe("Hello <strong>&lt;b&gt;Eve &amp; co&lt;/b&gt;</strong>");
    expect(validateChatbotRequest({ activity: "Text", sessionId: 1, text })).toBeTruthy();
    expect(escapeMluviiText(`"'`)).toBe("&quot;&#39;");
  });

  it("error messages never contain the payload's values", () => {
    const error = errorOf({
      activity: "SendGuestOfflineEmail",
      sessionId: 1,
      subject: "Card 4111-1111",
      message: 5,
      location: "x",
    });
    expect(error.message).toContain("$.message");
    expect(error.message).not.toContain("4111");
  });

  it("every schema has traits; reads are safe, effects are not", () => {
    expect(Object.keys(ACTIVITY_TRAITS).sort()).toEqual([...mluviiChatbotRequests.types].sort());
    for (const read of [
      "GetAvailableOperators",
      "GetAvailableGroups",
      "GetCallParams",
      "GetGuestIdentity",
      "GetHeroCards",
      "GetMediaObjects",
      "ObtainCrmIdentity",
    ] as const) {
      expect(ACTIVITY_TRAITS[read].repeatable, read).toBe(true);
    }
    for (const effect of [
      "Text",
      "SendHeroCard",
      "Forward",
      "HandOff",
      "EndConversation",
      "ShareFile",
      "message",
      "RichCardList",
      "AssignCrmIdentity",
    ] as const) {
      expect(ACTIVITY_TRAITS[effect].repeatable, effect).toBe(false);
    }
  });
});
