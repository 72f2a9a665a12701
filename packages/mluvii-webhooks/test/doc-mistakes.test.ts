/**
 * Every mistake of the mluvii *Webhooks* page, pinned: what the SDK does with the page's version and why, checked
 * against mluvii's payload classes (`mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/*.cs`). "The page" below is
 * https://docs.mluvii.com/en/for-it-specialists/public-api/webhooks; its JSON examples are the fixtures in `docs-webhooks/`.
 */
import { formFieldSchema, mluviiWebhooks, timestampOf } from "@contactkit/mluvii-webhooks";
import { describe, expect, it } from "vitest";
import { fixtureJson, fixtureText } from "./support/fixtures";

const seed = (type: string) => fixtureJson(`docs-webhooks/${type}.json`);
const withData = (type: string, patch: Record<string, unknown>, omit: string[] = []) => {
  const payload = seed(type);
  const data: Record<string, unknown> = { ...payload.data, ...patch };
  for (const key of omit) delete data[key];
  return { ...payload, data };
};
/** The JSON paths of the issues a payload fails with (tolerant mode unless `strict`). */
const failurePaths = (payload: unknown, strict = false) => {
  const result = mluviiWebhooks.safeParse(payload, { strict });
  if (result.ok) throw new Error("expected a failure");
  return result.error.issues.map((i) => i.path);
};

describe("datetimes", () => {
  // The page's lifecycle table ("EventTime") writes "2024-05-02T08:58:58:888364+02:00": a colon before the
  // fraction. The page's own JSON examples and .NET's DateTimeOffset use ".", so the colon form is rejected.
  const lifecycle = JSON.parse(fixtureText("docs-webhooks/doc-mistakes/lifecycle-times.json")) as {
    event: string;
    time: string;
  }[];
  it.each(lifecycle.filter((l) => l.event !== "SessionCreated"))(
    "lifecycle time of $event is rejected at its JSON path",
    ({ event, time }) => {
      const original = mluviiWebhooks.parse(seed(event));
      if (!original.known) throw new Error("seed example must be known");
      const field = Object.keys(original.event.data).find(
        (k) => (original.event.data as unknown as Record<string, unknown>)[k] === timestampOf(original.event),
      );
      expect(field).toBeDefined();
      expect(failurePaths(withData(event, { [field as string]: time }))).toEqual([`$.data.${field}`]);
    },
  );

  it("the lifecycle table covers 7 events; SessionCreated has no time field to carry it", () => {
    expect(lifecycle.map((l) => l.event)).toContain("SessionCreated");
    expect(timestampOf(mluviiWebhooks.parse(seed("SessionCreated")).event as never)).toBeUndefined();
  });

  // The parameter tables give the format `yyyy-MM-dd'T'HH:mm:ss,SSSZZZZ` (comma before the fraction). The wire is
  // ISO 8601 with "." and 0–7 fraction digits (the page's own JSON examples; .NET `DateTimeOffset` as
  // Newtonsoft.Json writes it): the comma form fails, the real forms pass.
  it("rejects the parameter tables' comma-fraction pattern", () => {
    expect(failurePaths(withData("SessionStarted", { started: "2024-05-02T16:05:24,454661+02:00" }))).toEqual([
      "$.data.started",
    ]);
  });
  it.each([
    "2024-05-02T16:05:24+02:00",
    "2024-05-02T16:05:24.1+02:00",
    "2024-05-02T16:05:24.4976861+02:00",
    "2024-05-02T14:05:24.262Z",
  ])("accepts the wire form %s and keeps it verbatim", (started) => {
    const r = mluviiWebhooks.parse(withData("SessionStarted", { started }));
    expect(r.known && r.event.eventType === "SessionStarted" && r.event.data.started).toBe(started);
  });
});

describe("A/V activities: the page's tables say userId, the wire says operatorId", () => {
  // SessionActivityAvRequest / AvTerminated tables list `userId`; SessionActivityAv*Payload.cs and the page's own
  // JSON examples carry `operatorId`. A table-shaped payload is missing operatorId.
  it.each(["SessionActivityAvRequest", "SessionActivityAvTerminated"])(
    "%s with userId instead of operatorId fails at $.data.operatorId",
    (type) => {
      const { operatorId, ...rest } = seed(type).data;
      expect(failurePaths({ eventType: type, data: { ...rest, userId: operatorId } })).toEqual(["$.data.operatorId"]);
    },
  );
});

describe("activity `type` values written wrongly in the page's tables", () => {
  // ExternalMessage table: type `ExteernalMessage`; SessionActivityType.cs says `ExternalMessage`.
  it("ExteernalMessage fails at $.data.type", () => {
    expect(failurePaths(withData("SessionActivityExternalMessage", { type: "ExteernalMessage" }))).toEqual([
      "$.data.type",
    ]);
  });
  // CobrowsingStarted table: type `SessionActivityCobrowsingStarted`; the JSON example and the enum say `CobrowsingStarted`.
  it("SessionActivityCobrowsingStarted as the type fails at $.data.type", () => {
    expect(
      failurePaths(withData("SessionActivityCobrowsingStarted", { type: "SessionActivityCobrowsingStarted" })),
    ).toEqual(["$.data.type"]);
  });
});

describe("PreviewUrl table", () => {
  // The table spells `previewUrl.contantType`; the JSON example says `contentType`.
  it("contantType instead of contentType fails at $.data.previewUrl.contentType", () => {
    const { contentType, ...preview } = seed("SessionActivityPreviewUrl").data.previewUrl as Record<string, unknown>;
    expect(
      failurePaths(withData("SessionActivityPreviewUrl", { previewUrl: { ...preview, contantType: contentType } })),
    ).toEqual(["$.data.previewUrl.contentType"]);
  });

  // The prose says client is "guest", "user" or "chatbot"; ClientType.cs and the JSON examples use Guest/User/Chatbot.
  // Tolerant mode keeps the value as received (an open-enum string) and warns; strict mode rejects it.
  it("lower-case client values parse with an enum_case warning and fail in strict mode", () => {
    const payload = withData("SessionActivityPreviewUrl", { client: "guest" });
    const r = mluviiWebhooks.parse(payload);
    expect(r.known && r.event.eventType === "SessionActivityPreviewUrl" && r.event.data.client).toBe("guest");
    expect(r.warnings).toEqual([expect.objectContaining({ code: "enum_case", path: "$.data.client" })]);
    expect(r.warnings[0]?.message).toContain('"Guest"');
    expect(failurePaths(payload, true)).toEqual(["$.data.client"]);
  });
});

describe("CallScript and HeroCard tables", () => {
  // The CallScript table names the field `callscript`; the JSON example and the model use `callScript`.
  it("callscript (lower-case s) leaves the required callScript missing", () => {
    const { callScript, ...rest } = seed("SessionActivityCallScript").data;
    expect(failurePaths({ eventType: "SessionActivityCallScript", data: { ...rest, callscript: callScript } })).toEqual(
      ["$.data.callScript"],
    );
  });

  // The "Form Structure" / "HeroCard Structure" samples are not JSON (the array is never closed) and one item spells
  // `InputType`. Repaired, that item fails the form-field schema at its inputType.
  it.each(["SessionActivityCallScript", "SessionActivityHeroCard"])(
    "%s form structure sample: invalid JSON, then InputType fails",
    (type) => {
      const text = fixtureText(`docs-webhooks/doc-mistakes/${type}.form-structure.txt`);
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      const items = JSON.parse(`${text.trimEnd()}]`) as unknown[];
      expect(items.slice(0, 2).every((item) => formFieldSchema.safeParse(item).success)).toBe(true);
      const third = formFieldSchema.safeParse(items[2]);
      expect(third.success).toBe(false);
      expect(third.error?.issues.map((i) => i.path.join("."))).toEqual(["inputType"]);
    },
  );

  // The CallScript and CallScriptSubmission tables have no activityId row; the JSON examples and
  // SessionActivityGenericPayload.cs always carry it, so it is required.
  it.each(["SessionActivityCallScript", "SessionActivityCallScriptSubmission"])(
    "%s without activityId fails at $.data.activityId",
    (type) => {
      expect(failurePaths(withData(type, {}, ["activityId"]))).toEqual(["$.data.activityId"]);
    },
  );

  // The HeroCard prose says client can be "User, Chatbot"; ClientType.cs also has Guest.
  it("a HeroCard with client Guest is valid even in strict mode", () => {
    expect(
      mluviiWebhooks.safeParse(withData("SessionActivityHeroCard", { client: "Guest" }), { strict: true }).ok,
    ).toBe(true);
  });
});

describe("HeroCardSubmission table", () => {
  // The table gives result "submitted"; HeroCardSubmissionResult.cs has Submitted / Cancelled.
  it('"submitted" is kept with a warning and fails in strict mode', () => {
    const payload = withData("SessionActivityHeroCardSubmission", { result: "submitted" });
    expect(mluviiWebhooks.parse(payload).warnings).toEqual([
      expect.objectContaining({ code: "enum_case", path: "$.data.result" }),
    ]);
    expect(failurePaths(payload, true)).toEqual(["$.data.result"]);
  });
  // The table types params as `string`; the payload class and the JSON example carry an object (or null).
  it("params as a string fails at $.data.params; null is accepted", () => {
    expect(failurePaths(withData("SessionActivityHeroCardSubmission", { params: "barva=Červená" }))).toEqual([
      "$.data.params",
    ]);
    expect(
      mluviiWebhooks.safeParse(withData("SessionActivityHeroCardSubmission", { params: null, result: "Cancelled" })).ok,
    ).toBe(true);
  });
});

describe("other table/prose mistakes", () => {
  // ChatToMail prose writes `userID`; the generic payload's key is `userId` (camelCase).
  it("ChatToMail with userID instead of userId fails at $.data.userId", () => {
    const { userId, ...rest } = seed("SessionActivityChatToMail").data;
    expect(failurePaths({ eventType: "SessionActivityChatToMail", data: { ...rest, userID: userId } })).toEqual([
      "$.data.userId",
    ]);
  });

  // AutoActivity table shows plain text; the JSON example's text is HTML. Text is kept verbatim, markup included.
  it("AutoActivity text keeps its HTML", () => {
    const r = mluviiWebhooks.parse(fixtureText("docs-webhooks/SessionActivityAutoActivity.json"));
    expect(r.known && r.event.eventType === "SessionActivityAutoActivity" && r.event.data.text).toBe("<p>zpráva</p>");
  });

  // The page shows SessionEnded.started as always present; SessionEndedPayload.cs types it DateTimeOffset?.
  it("SessionEnded with started null is valid (strict too); started missing is not", () => {
    expect(mluviiWebhooks.safeParse(withData("SessionEnded", { started: null }), { strict: true }).ok).toBe(true);
    expect(failurePaths(withData("SessionEnded", {}, ["started"]))).toEqual(["$.data.started"]);
  });

  // A brief listed channels "Chat/AV/Phone/Email/Facebook/WhatsApp"; SessionChannel.cs has Chat/AV/Phone only, the
  // rest are sources. A channel "WhatsApp" is tolerated as an unknown open-enum value, rejected in strict mode.
  it("channel WhatsApp is an unknown channel value (WhatsApp is a source)", () => {
    const payload = withData("SessionCreated", { channel: "WhatsApp" });
    expect(mluviiWebhooks.safeParse(payload).ok).toBe(true);
    expect(failurePaths(payload, true)).toEqual(["$.data.channel"]);
    expect(
      mluviiWebhooks.safeParse(withData("SessionCreated", { channel: "Chat", source: "WhatsApp" }), { strict: true })
        .ok,
    ).toBe(true);
  });

  // chatbotMessageContent is a `string` in `mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/SessionActivityGenericPayload.cs`
  // (an object only in the Sessions API's `Sessions/SessionModel.cs`).
  it("chatbotMessageContent as an object fails at $.data.chatbotMessageContent", () => {
    const payload = fixtureJson("model/SessionActivityChatbotMessage.json");
    payload.data.chatbotMessageContent = { text: "hi" };
    expect(failurePaths(payload)).toEqual(["$.data.chatbotMessageContent"]);
  });
});
