/**
 * The emulator with the scripted bot, in one process: the mluvii simulator with its web UI, and the bot's callback
 * endpoint (plus its store pictures) on a local HTTP server.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { callbackTokenAuth, type MluviiBot } from "@contactkit/mluvii-chatbot";
import { createMluviiSimulator, type MluviiSimulator, type MluviiSimulatorOptions } from "@contactkit/mluvii-simulator";
import { createMluviiWebhookHandler } from "@contactkit/mluvii-webhooks";
import { createEmulatorBot, storePicture } from "./bot";

/** A running demo. */
export interface EmulatorDemo {
  readonly sim: MluviiSimulator;
  readonly bot: MluviiBot;
  /** The emulator's web UI. */
  readonly url: string;
  /** The bot's callback URL (with its token). */
  readonly botCallbackUrl: string;
  stop(): Promise<void>;
}

/** A random token for the bot's callback URL, new per run. */
const token = () => crypto.randomUUID().replace(/-/g, "");

/** Starts the simulator with its UI and the scripted bot. `port` 0 picks a free one. */
export async function startEmulatorDemo(
  options: { port?: number; log?: (line: string) => void; simulator?: MluviiSimulatorOptions } = {},
): Promise<EmulatorDemo> {
  const sim = createMluviiSimulator({ ...options.simulator, ui: true, port: options.port ?? 0 });
  const { origin } = await sim.start();
  let server: Server | undefined;
  try {
    const listening = createServer();
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
    const botOrigin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    const bot = createEmulatorBot({
      api: { origin, credentials: sim.credentials },
      chatbotId: sim.chatbotId,
      imageBase: `${botOrigin}/images`,
      ...(options.log ? { log: options.log } : {}),
    });
    const callbackToken = token();
    const callbacks = toNodeHandler(
      bot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: [callbackToken] }) }),
    );
    listening.on("request", (req, res) => {
      const picture = /^\/images\/store-(\d)\.svg$/.exec(req.url ?? "");
      if (picture) {
        res.writeHead(200, { "content-type": "image/svg+xml" }).end(storePicture(Number(picture[1])));
        return;
      }
      if (req.url?.startsWith("/webhooks")) void webhooks(req, res);
      else void callbacks(req, res);
    });
    // A webhook receiver too, so the inspector shows webhook deliveries (Basic credentials from the URL, as mluvii).
    const webhookUrl = `http://demo:${token()}@${botOrigin.slice("http://".length)}/webhooks`;
    const webhooks = toNodeHandler(
      createMluviiWebhookHandler({ auth: { callbackUrls: [webhookUrl] }, process: () => {} }),
    );
    sim.subscribeWebhook({ callbackUrl: webhookUrl });
    const botCallbackUrl = `${botOrigin}/mluvii?access_token=${callbackToken}`;
    await sim.setBotCallbackUrl(botCallbackUrl);
    return {
      sim,
      bot,
      url: sim.emulatorUrl ?? `${origin}/`,
      botCallbackUrl,
      async stop() {
        bot.close();
        await sim.stop();
        listening.closeAllConnections();
        await new Promise((resolve) => listening.close(resolve));
      },
    };
  } catch (error) {
    await sim.stop();
    server?.close();
    throw error;
  }
}
