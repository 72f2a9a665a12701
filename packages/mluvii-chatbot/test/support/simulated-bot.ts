/**
 * The real bot against the mluvii simulator over loopback: `createMluviiBot` with its callback receiver behind
 * core's node adapter, and the simulator answering every request activity through that callback URL.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { noAuth } from "@contactkit/core";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiApiClient } from "@contactkit/mluvii-api";
import {
  createMluviiBot,
  type MluviiBot,
  type MluviiBotOptions,
  type MluviiChatbotResponse,
  type UnmatchedResponseInfo,
} from "@contactkit/mluvii-chatbot";
import { createMluviiSimulator, type MluviiSimulator } from "@contactkit/mluvii-simulator";

export interface SimulatedBot {
  readonly sim: MluviiSimulator;
  readonly bot: MluviiBot;
  /** Responses the callback receiver reported to `onUnmatchedResponse`. */
  readonly unmatched: { activity: string; reason: UnmatchedResponseInfo["reason"] }[];
  close(): Promise<void>;
}

/** Starts the simulator and a bot whose callback URL it calls. */
export async function startSimulatedBot(
  options: Pick<MluviiBotOptions, "correlator" | "responseTimeoutMs"> = {},
): Promise<SimulatedBot> {
  const sim = createMluviiSimulator({ responseDelayMs: 2, pingOnStart: false });
  const { origin } = await sim.start();
  const unmatched: SimulatedBot["unmatched"] = [];
  const bot = createMluviiBot({
    chatbotId: sim.chatbotId,
    api: createMluviiApiClient({ origin, credentials: sim.credentials, timeout: 10_000 }),
    ...options,
    onUnmatchedResponse: (response: MluviiChatbotResponse, info) =>
      unmatched.push({ activity: response.activity, reason: info.reason }),
  });
  const server: Server = createServer(toNodeHandler(bot.createCallbackHandler({ auth: noAuth() })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await sim.setBotCallbackUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mluvii`);
  return {
    sim,
    bot,
    unmatched,
    async close() {
      bot.close();
      await sim.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
