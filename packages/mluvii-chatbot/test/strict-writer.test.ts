/**
 * The bot client validates what it sends in the writer's (strict) mode, although the requests family reads
 * tolerantly: nothing invalid leaves the process, and the transport is never called for it.
 */
import { ContactkitParseError } from "@contactkit/core";
import { createMluviiBot, type MluviiChatbotRequest } from "@contactkit/mluvii-chatbot";
import { describe, expect, it } from "vitest";
import { fakeTransport } from "./support/fake-transport";

const refused: [string, unknown, string][] = [
  [
    "an unknown key (what mluvii's Python samples add to Text)",
    { activity: "Text", sessionId: 1, text: "Hi", language: "cs" },
    "$",
  ],
  ["HTML that mluvii drops", { activity: "Text", sessionId: 1, text: "<p>Hi</p>" }, "$.text"],
  ["an activity name in another letter case", { activity: "handoff", sessionId: 1 }, "$"],
  ["an unknown activity", { activity: "SendSticker", sessionId: 1 }, "$"],
  [
    "a rich card layout outside the enum",
    { activity: "RichCardList", sessionId: 1, items: [{ contentType: "x", content: {} }], layout: "Grid" },
    "$.layout",
  ],
  ["both forward targets", { activity: "Forward", sessionId: 1, userId: 3, operatorGroupId: 4 }, "$.userId"],
  ["a session id that is not a positive integer", { activity: "GetCallParams", sessionId: 0 }, "$.sessionId"],
];

describe("the bot client refuses to send what the writer's rules reject", () => {
  it.each(refused)(
    "%s: send() throws a ContactkitParseError at the path and posts nothing",
    async (_label, activity, path) => {
      const { transport, calls } = fakeTransport();
      const bot = createMluviiBot({ chatbotId: 42, api: transport });
      const sent = bot.send(activity as MluviiChatbotRequest);
      await expect(sent).rejects.toBeInstanceOf(ContactkitParseError);
      const error = (await sent.catch((e: unknown) => e)) as ContactkitParseError;
      expect(error.family).toBe("chatbot-requests");
      expect(error.issues.map((i) => i.path)).toContain(path);
      expect(calls).toEqual([]);
      bot.close();
    },
  );

  it("a request-type activity is refused before a waiter is registered or anything posted", async () => {
    const { transport, calls } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 42, api: transport });
    await expect(
      bot.request({ activity: "GetAvailableGroups", sessionId: 1, groupIds: [1], extra: true } as never),
    ).rejects.toBeInstanceOf(ContactkitParseError);
    expect(calls).toEqual([]);
    bot.close();
  });

  it("what a bot on mluvii's C# models would send (null for the unused target) is sent as is", async () => {
    const { transport, calls } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 42, api: transport });
    await bot.send({ activity: "Forward", sessionId: 1, operatorGroupId: 4, userId: null });
    expect(calls.map((c) => c.body)).toEqual([{ activity: "Forward", sessionId: 1, operatorGroupId: 4, userId: null }]);
    bot.close();
  });
});
