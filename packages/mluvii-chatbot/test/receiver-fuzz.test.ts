/** The receiver fuzz (core's harness) against the chatbot callback receiver, through the node adapter on loopback. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { callbackTokenAuth, createMluviiBot, type MluviiChatbotResponseActivity } from "@contactkit/mluvii-chatbot";
import { expect, it } from "vitest";
import { fuzzLine, runReceiverFuzz } from "../../core/test/receiver-fuzz-harness";
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
  const lines: string[] = [];
  const errors: unknown[] = [];
  const log = (level: string) => (message: string, meta?: object) =>
    lines.push(`${level} ${message} ${JSON.stringify(meta)}`);
  const bodyLimit = 256 * 1024;
  const bodyTimeoutMs = 300;
  const bot = createMluviiBot({ chatbotId: 1, api: fakeTransport().transport, onUnmatchedResponse: () => {} });
  bot.on("Text", () => {});
  bot.onUnknown(() => {});
  const handler = bot.createCallbackHandler({
    auth: callbackTokenAuth({ tokens: [TOKEN] }),
    bodyLimit,
    bodyTimeoutMs,
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    onInvalid: (error) => lines.push(`invalid ${error.message}`),
    onError: (error) => errors.push(error),
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
      bodyLimit,
      bodyTimeoutMs,
    },
    { requests: 10_000 },
  );
  bot.close();
  console.log(`mluvii-chatbot, seed ${figures.seed}, statuses ${JSON.stringify(figures.statuses)}`);
  console.log(fuzzLine(figures));
  expect(figures.examples).toEqual([]);
  expect(figures.requests).toBeGreaterThanOrEqual(10_000);
  expect([figures.crashes, figures.unboundedWaits, figures.secretsLeaked]).toEqual([0, 0, 0]);
}, 300_000);
