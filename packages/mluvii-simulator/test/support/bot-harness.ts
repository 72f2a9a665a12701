/** Runs the real mluvii-chatbot bot and callback receiver against a simulator, on loopback. */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiApiClient, type MluviiApiClient } from "@contactkit/mluvii-api";
import {
  callbackTokenAuth,
  createMluviiBot,
  type MluviiBot,
  type MluviiChatbotResponse,
  type UnmatchedResponseInfo,
} from "@contactkit/mluvii-chatbot";
import { createMluviiSimulator, type MluviiSimulator, type MluviiSimulatorOptions } from "../../src";

export const CALLBACK_TOKEN = "callback-t0ken";

export interface Harness {
  readonly sim: MluviiSimulator;
  readonly api: MluviiApiClient;
  readonly bot: MluviiBot;
  readonly unmatched: { response: MluviiChatbotResponse; info: UnmatchedResponseInfo }[];
  readonly callbackUrl: string;
  close(): Promise<void>;
}

export async function listen(listener: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function close(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts a simulator, an api client and a bot whose callback receiver listens on loopback. `wrap` may put
 * something in front of the receiver (e.g. a delay, to break the 2-second rule).
 */
export async function startHarness(
  options: MluviiSimulatorOptions = {},
  wrap: (listener: RequestListener) => RequestListener = (l) => l,
): Promise<Harness> {
  const sim = createMluviiSimulator({
    responseDelayMs: 5,
    operatorJoinDelayMs: 5,
    webhookRetryDelayMs: 10,
    ...options,
  });
  const { origin } = await sim.start();
  const api = createMluviiApiClient({ origin, credentials: sim.credentials, retryBaseDelayMs: 10, timeout: 2_000 });
  const unmatched: Harness["unmatched"] = [];
  const bot = createMluviiBot({
    chatbotId: sim.chatbotId,
    api,
    responseTimeoutMs: 2_000,
    onUnmatchedResponse: (response, info) => unmatched.push({ response, info }),
  });
  const handler = bot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: [CALLBACK_TOKEN] }) });
  const { server, url } = await listen(wrap(toNodeHandler(handler) as RequestListener));
  const callbackUrl = `${url}/mluvii/callback?access_token=${CALLBACK_TOKEN}`;
  await sim.setBotCallbackUrl(callbackUrl);
  return {
    sim,
    api,
    bot,
    unmatched,
    callbackUrl,
    async close() {
      bot.close();
      await sim.stop();
      await close(server);
    },
  };
}
