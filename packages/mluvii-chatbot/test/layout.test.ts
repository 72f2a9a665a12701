import { createRouter, noAuth, strictify } from "@contactkit/core";
import {
  ACTIVITY_TRAITS,
  contentRequestSchemas,
  contentResponseSchemas,
  conversationRequestSchemas,
  createMluviiChatbotReceiver,
  GROUP_OFFLINE_REASONS,
  GROUP_STATES,
  GroupOfflineReason,
  GroupState,
  guestEventSchemas,
  messageRequestSchemas,
  mluviiChatbotCallbacks,
  mluviiChatbotRequests,
  RESPONSE_ACTIVITIES,
  RESPONSE_CORRELATION,
  RICH_CARD_LAYOUTS,
  RichCardLayout,
  routingResponseSchemas,
  SESSION_SOURCES,
  SessionSource,
  sessionRequestSchemas,
  sessionResponseSchemas,
} from "@contactkit/mluvii-chatbot";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("events: each group's schema record", () => {
  it("the request groups partition the requests family, each key once", () => {
    const groups = [conversationRequestSchemas, sessionRequestSchemas, contentRequestSchemas, messageRequestSchemas];
    const keys = groups.flatMap((group) => Object.keys(group));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...mluviiChatbotRequests.types].sort());
    for (const group of groups) {
      for (const [type, schema] of Object.entries(group)) {
        expect(mluviiChatbotRequests.schemas[type as keyof typeof mluviiChatbotRequests.schemas]).toBe(schema);
      }
    }
  });

  it("the callback groups partition the callbacks family; the response groups are the response activities", () => {
    const responses = [routingResponseSchemas, sessionResponseSchemas, contentResponseSchemas].flatMap((group) =>
      Object.keys(group),
    );
    const keys = [...Object.keys(guestEventSchemas), ...responses];
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...mluviiChatbotCallbacks.types].sort());
    expect([...responses].sort()).toEqual([...RESPONSE_ACTIVITIES].sort());
  });
});

describe("the activity table", () => {
  it("traits and correlation agree: every response answers a request, and its pairing is known", () => {
    const answered = new Set(Object.values(ACTIVITY_TRAITS).flatMap((traits) => traits.response ?? []));
    expect([...answered].sort()).toEqual([...RESPONSE_ACTIVITIES].sort());
    expect(Object.keys(RESPONSE_CORRELATION).sort()).toEqual([...RESPONSE_ACTIVITIES].sort());
    expect(Object.keys(ACTIVITY_TRAITS).sort()).toEqual([...mluviiChatbotRequests.types].sort());
  });

  it("an activity whose answer is shared is a read, so repeatable; sending a card is not", () => {
    // Reads are shared and repeatable; an activity whose answer is "shared" must be a read.
    for (const traits of Object.values(ACTIVITY_TRAITS)) {
      if (traits.response !== undefined && RESPONSE_CORRELATION[traits.response] === "shared") {
        expect(traits.repeatable).toBe(true);
      }
    }
    expect(ACTIVITY_TRAITS.Text).toEqual({ repeatable: false });
    expect(ACTIVITY_TRAITS.SendHeroCard).toEqual({ response: "SendHeroCardResponse", repeatable: false });
  });
});

describe("vocabulary", () => {
  const enums = [
    [SessionSource, SESSION_SOURCES],
    [RichCardLayout, RICH_CARD_LAYOUTS],
    [GroupState, GROUP_STATES],
    [GroupOfflineReason, GROUP_OFFLINE_REASONS],
  ] as const;

  it("keeps the old constant names as aliases of the values", () => {
    for (const [definition, alias] of enums) expect(alias).toBe(definition.values);
  });

  it("each schema takes any string tolerantly and only its values strictly", () => {
    for (const [definition] of enums) {
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...definition.values), fc.string()), (value) => {
          expect(definition.schema.safeParse(value).success).toBe(true);
          expect(strictify(definition.schema).safeParse(value).success).toBe(definition.is(value));
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe("createMluviiChatbotReceiver", () => {
  const TOKEN = "t0ken";
  const post = (body: unknown, token = TOKEN) =>
    new Request(`https://bot.example.com/cb?access_token=${token}`, { method: "POST", body: JSON.stringify(body) });

  it("takes { tokens } as callback-token auth and `process` as the router, under core's option names", async () => {
    const texts: (string | null)[] = [];
    const receiver = createMluviiChatbotReceiver({
      auth: { tokens: [TOKEN] },
      process: createRouter(mluviiChatbotCallbacks).on("Text", (event) => {
        texts.push(event.text);
      }),
      logger: {},
    });
    try {
      expect((await receiver(post({ activity: "Ping" }, "wrong"))).status).toBe(401);
      expect((await receiver(post({ activity: "Text", sessionId: 1, text: "hi" }))).status).toBe(200);
      await receiver.drain();
      expect(texts).toEqual(["hi"]);
    } finally {
      receiver.close();
    }
  });

  it("takes any core WebhookAuth", async () => {
    const receiver = createMluviiChatbotReceiver({ auth: noAuth(), logger: {} });
    try {
      expect((await receiver(post({ activity: "Ping" }, "anything"))).status).toBe(200);
    } finally {
      receiver.close();
    }
  });
});
