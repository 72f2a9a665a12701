/**
 * `mluviiChatbotRequests` reads what real mluvii accepts, like every other family: mluvii's own sample bots send
 * `language` and `source` on `Text` and the hero card id as a string; a bot on mluvii's C# models sends `null` for
 * every unset optional field. `{ strict: true }` — the writer's mode — still rejects unknown keys.
 */
import { ContactkitParseError } from "@contactkit/core";
import { mluviiChatbotRequests, validateChatbotRequest } from "@contactkit/mluvii-chatbot";
import { describe, expect, it } from "vitest";
import { jsonFixtures } from "./support/fixtures";

const sampleBots = jsonFixtures("sample-bots");
const csharpModels = jsonFixtures("csharp-models/requests");
const activityOf = (value: unknown) => {
  const v = value as { activity?: string; type?: string };
  return v.activity ?? v.type;
};

describe("mluviiChatbotRequests in default mode (tolerant reader)", () => {
  it.each(sampleBots.map((f) => [f.stem, f.value] as const))(
    "mluvii's sample bot payload %s parses to its activity",
    (_stem, value) => {
      const r = mluviiChatbotRequests.safeParse(value);
      if (!r.ok) throw new Error(r.error.report());
      expect(r.known && r.type).toBe(activityOf(value));
    },
  );

  it.each(csharpModels.map((f) => [f.stem, f.value] as const))(
    "a C#-model serialisation (%s, nulls for unset fields) parses in default and in strict mode",
    (_stem, value) => {
      for (const options of [{}, { strict: true }]) {
        const r = mluviiChatbotRequests.safeParse(value, options);
        if (!r.ok) throw new Error(r.error.report());
        expect(r.known && r.type).toBe(activityOf(value));
      }
    },
  );

  it("keeps a numeric-string hero card id as sent (mluvii's Python samples)", () => {
    const r = mluviiChatbotRequests.parse({ activity: "SendHeroCard", sessionId: 5, heroCardId: "12" });
    expect(r.known && r.type === "SendHeroCard" && r.event.heroCardId).toBe("12");
    for (const heroCardId of ["0", "12a", "-3", "", "1.5"]) {
      expect(mluviiChatbotRequests.safeParse({ activity: "SendHeroCard", sessionId: 5, heroCardId }).ok).toBe(false);
    }
  });

  it("drops unknown keys from the typed view and keeps them in raw; strict mode names them", () => {
    const sent = sampleBots.find((f) => f.stem === "ChatbotWithQueue.Text.message-payload")?.value;
    const r = mluviiChatbotRequests.parse(sent);
    expect(r.known && r.event).not.toHaveProperty("language");
    expect(r.raw).toMatchObject({ language: "cs", source: "Default" });
    const strict = mluviiChatbotRequests.safeParse(sent, { strict: true });
    expect(strict.ok).toBe(false);
    if (strict.ok) return;
    expect(strict.error.issues).toEqual([expect.objectContaining({ path: "$", code: "unrecognized_keys" })]);
    expect(() => validateChatbotRequest(sent)).toThrow(ContactkitParseError);
  });

  it("an activity this version does not know is an unknown event; strict mode rejects it", () => {
    const raw = { activity: "SendSticker", sessionId: 5, stickerId: 9 };
    const r = mluviiChatbotRequests.parse(raw);
    expect(r.known).toBe(false);
    if (!r.known) expect(r.event).toMatchObject({ kind: "unknown", type: "SendSticker", raw });
    expect(mluviiChatbotRequests.safeParse(raw, { strict: true }).ok).toBe(false);
  });

  it("unknown enum values pass in default mode and fail in strict mode, at their path", () => {
    const list = {
      activity: "RichCardList",
      sessionId: 5,
      items: [{ contentType: "application/vnd.microsoft.card.hero", content: { title: "A" } }],
      layout: "Grid",
    };
    expect(mluviiChatbotRequests.safeParse(list).ok).toBe(true);
    const strict = mluviiChatbotRequests.safeParse(list, { strict: true });
    expect(!strict.ok && strict.error.issues.map((i) => i.path)).toEqual(["$.layout"]);
  });

  it("HTML mluvii drops passes in default mode (mluvii accepts it) and is refused in strict mode", () => {
    const text = { activity: "Text", sessionId: 5, text: "<p>Hello</p>" };
    expect(mluviiChatbotRequests.safeParse(text).ok).toBe(true);
    const strict = mluviiChatbotRequests.safeParse(text, { strict: true });
    expect(!strict.ok && strict.error.issues.map((i) => [i.path, i.code])).toEqual([["$.text", "unsupported_html"]]);
  });

  it("still rejects what mluvii cannot act on, in default mode", () => {
    for (const bad of [
      { activity: "Forward", sessionId: 5 },
      { activity: "Forward", sessionId: 5, userId: 3, operatorGroupId: 4 },
      { activity: "SendHeroCard", sessionId: 5 },
      { activity: "Text", sessionId: 5, text: null },
      { activity: "HandOff", sessionId: "5" },
      { type: "message", sessionId: 5 },
    ]) {
      const r = mluviiChatbotRequests.safeParse(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe("schema");
    }
  });
});
