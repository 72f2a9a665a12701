/** The receiver fuzz (core's harness) against the chatbot callback receiver, through the node adapter on loopback. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { callbackTokenAuth, createMluviiBot, type MluviiChatbotResponseActivity } from "@contactkit/mluvii-chatbot";
import { it } from "vitest";
import { expectCleanFuzz, FUZZ_LIMITS, fuzzRecorder, runReceiverFuzz } from "../../core/test/receiver-fuzz-harness";
import { fakeTransport } from "./support/fake-transport";
import { sampleResponse } from "./support/samples";

const TOKEN = "Fz-callback-T0ken-3e4r";

const RESPONSES: MluviiChatbotResponseActivity[] = [
  "GetAvailableOperatorsResponse",
  "GetAvailableGroupsResponse",
  "GetCallParamsResponse",
  "SetCallParamsResponse",
  "GetGuestIdentityResponse",
  "GetHeroCardsResponse",
  "SendHeroCardResponse",
];

function validBodies(): string[] {
  const dir = join(import.meta.dirname, "fixtures", "docs-activities");
  const callbacks = readdirSync(dir)
    .filter((f) => f.endsWith(".callback.json"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  return [
    ...callbacks,
    ...RESPONSES.map((activity, i) => JSON.stringify(sampleResponse(activity, 100 + i))),
    JSON.stringify({ activity: "Ping" }),
    JSON.stringify({ Activity: "Ping" }),
    JSON.stringify({ activity: "Text", sessionId: 7, text: "hello" }),
    JSON.stringify({ activity: "ConversationStarted", sessionId: 7, source: "Default" }),
  ];
}

it("10,000 hostile requests: no crash, no unbounded wait, no secret or payload value in an answer or a log line", async () => {
  const { lines, errors, hooks } = fuzzRecorder();
  const bot = createMluviiBot({ chatbotId: 1, api: fakeTransport().transport, onUnmatchedResponse: () => {} });
  bot.on("Text", () => {});
  bot.onUnknown(() => {});
  const handler = bot.createCallbackHandler({
    auth: callbackTokenAuth({ tokens: [TOKEN] }),
    ...FUZZ_LIMITS,
    ...hooks,
  });
  const figures = await runReceiverFuzz(
    {
      name: "mluvii-chatbot",
      handler,
      lines,
      errors,
      path: "/mluvii/callback",
      auth: { headers: {}, query: `?access_token=${TOKEN}` },
      secrets: [TOKEN],
      validBodies: validBodies(),
      ...FUZZ_LIMITS,
    },
    { requests: 10_000 },
  );
  bot.close();
  expectCleanFuzz("mluvii-chatbot", figures, 10_000);
}, 300_000);
