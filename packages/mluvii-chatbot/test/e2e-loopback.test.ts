/**
 * End to end on loopback: the real @contactkit/mluvii-api client posts activities to a stand-in mluvii
 * (test/support/loopback-mluvii.ts), which answers each request-type activity by POSTing the `…Response` to the
 * bot's callback server — a node:http server running the bot's callback handler.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiApiClient, MluviiConnectionError } from "@contactkit/mluvii-api";
import { callbackTokenAuth, createMluviiBot, type MluviiBot } from "@contactkit/mluvii-chatbot";
import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackMluvii, type LoopbackMluviiOptions, startLoopbackMluvii } from "./support/loopback-mluvii";

const CALLBACK_TOKEN = "callback-token";
const cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

async function setup(fault?: LoopbackMluviiOptions["fault"]): Promise<{ bot: MluviiBot; mluvii: LoopbackMluvii }> {
  // The bot's callback server first (mluvii needs its URL), with the bot wired in once it exists.
  let bot!: MluviiBot;
  let handle: ReturnType<typeof toNodeHandler> | undefined;
  const callbackServer: Server = createServer((req, res) => void handle?.(req, res));
  callbackServer.listen(0, "127.0.0.1");
  await once(callbackServer, "listening");
  const { port } = callbackServer.address() as AddressInfo;
  const mluvii = await startLoopbackMluvii({
    callbackUrl: `http://127.0.0.1:${port}/mluvii?access_token=${CALLBACK_TOKEN}`,
    ...(fault ? { fault } : {}),
  });
  const api = createMluviiApiClient({
    origin: mluvii.origin,
    credentials: { clientId: "bot", clientSecret: "secret" },
    retryBaseDelayMs: 5,
    timeout: 2000,
  });
  bot = createMluviiBot({ chatbotId: 42, api, responseTimeoutMs: 3000 });
  const handler = bot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: [CALLBACK_TOKEN] }) });
  handle = toNodeHandler(handler);
  cleanup.push(async () => {
    await handler.drain();
    bot.close();
    await mluvii.close();
    callbackServer.closeAllConnections();
    callbackServer.close();
  });
  return { bot, mluvii };
}

describe("bot ↔ loopback mluvii", () => {
  it("a guest message → getAvailableGroups awaited through the callback → handOff", async () => {
    const { bot, mluvii } = await setup();
    const done = new Promise<string>((resolve, reject) => {
      bot.on("Text", async (event) => {
        try {
          const groups = await bot.getAvailableGroups(event.sessionId);
          if (groups.availableGroups?.some((g) => g.groupState === "ONLINE")) await bot.handOff(event.sessionId);
          resolve("handed off");
        } catch (error) {
          reject(error);
        }
      });
    });
    expect(await mluvii.callBot({ activity: "Text", sessionId: 501, text: "I want a human", source: "Default" })).toBe(
      200,
    );
    expect(await done).toBe("handed off");
    expect(mluvii.activities).toEqual([
      { activity: "GetAvailableGroups", sessionId: 501 },
      { activity: "HandOff", sessionId: 501 },
    ]);
  });

  it("every request-type method resolves with its typed response over real HTTP, on one cached token", async () => {
    const { bot, mluvii } = await setup();
    const [operators, params, identity, crm] = await Promise.all([
      bot.getAvailableOperators(7),
      bot.getCallParams(7),
      bot.getGuestIdentity(8),
      bot.obtainCrmIdentity(9),
    ]);
    expect(operators.availableOperators?.[0]?.userId).toBe(1);
    expect(params.callParams?.HandoffReason).toBe("Sales");
    expect(identity.whatsAppContactId).toBe("420777000111");
    expect(crm.matchedCrmIdentities?.[0]?.score).toBe(95.5);
    expect((await bot.shareFile(7, { name: "terms.pdf" })).isSuccess).toBe(true);
    expect(mluvii.tokenRequests).toBe(1);
  });

  it("answers mluvii's Ping (PascalCase) with 200 and rejects a callback without the token", async () => {
    const { mluvii } = await setup();
    expect(await mluvii.callBot({ Activity: "Ping" })).toBe(200);
    const withoutToken = new URL(mluvii.callbackUrl);
    withoutToken.search = "";
    // With a body: cancelling it would crash the process through core's node adapter (see callback-handler.ts).
    const unauthenticated = await fetch(withoutToken, { method: "POST", body: '{"Activity":"Ping"}' });
    expect(unauthenticated.status).toBe(401);
  });

  it("an unsafe activity is not sent twice when the connection drops after it was sent", async () => {
    const { bot, mluvii } = await setup((activity) => (activity.activity === "Text" ? "reset" : undefined));
    const error = await bot.text(3, "Once only").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MluviiConnectionError);
    expect((error as MluviiConnectionError).sent).toBe(true);
    expect(mluvii.activities.filter((a) => a.activity === "Text")).toHaveLength(1);
  });

  it("a safe read is retried after the same failure and still resolves with its response", async () => {
    const { bot, mluvii } = await setup((activity, attempt) =>
      activity.activity === "GetMediaObjects" && attempt === 1 ? "reset" : undefined,
    );
    const media = await bot.getMediaObjects(4);
    expect(media.fileStoreItems).toEqual([{ id: 1, name: "terms.pdf" }]);
    expect(mluvii.activities.filter((a) => a.activity === "GetMediaObjects")).toHaveLength(2);
  });
});
