/**
 * Runs the whole quickstart in one process: the mluvii simulator, the bot's callback endpoint and the webhook
 * receiver on one local HTTP server, a webhook subscription made through the Public API client, and a scripted
 * guest. Resolves with a summary once the guest has been handed to an operator.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { callbackTokenAuth } from "@contactkit/mluvii-chatbot";
import { createMluviiSimulator } from "@contactkit/mluvii-simulator";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { createMluviiApiClient, createQuickstartBot } from "./bot";
import { createQuickstartWebhooks } from "./webhooks";

export interface QuickstartSummary {
  sessionId: number;
  finalState: string;
  botTexts: readonly string[];
  callParams: Readonly<Record<string, string>>;
  webhooks: Record<string, number>;
  callbacks: { delivered: number; failed: number; slow: number };
  durationMs: number;
}

const CALLBACK_TOKEN = "quickstart-callback-token";
const HOOK_USER = "hook-user";
const HOOK_PASS = "hook-pass";

export async function runQuickstart(log: (line: string) => void = console.log): Promise<QuickstartSummary> {
  const started = Date.now();
  const sim = createMluviiSimulator({ responseDelayMs: 20, operatorJoinDelayMs: 50 });
  const { origin } = await sim.start();
  log(`simulator  mluvii on ${origin} (chatbot ${sim.chatbotId})`);

  const api = createMluviiApiClient({ origin, credentials: sim.credentials });
  const bot = createQuickstartBot(api, sim.chatbotId, log);
  const seen = new Map<string, number>();
  let server: Server | undefined;
  try {
    // One local server: the bot's callback URL and the webhook receiver.
    let webhooks: ((request: Request) => Promise<Response>) | undefined;
    const callbacks = bot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: [CALLBACK_TOKEN] }) });
    const onCallback = toNodeHandler(callbacks);
    server = createServer((req, res) => {
      if (req.url?.startsWith("/mluvii/webhooks") && webhooks) void toNodeHandler(webhooks)(req, res);
      else void onCallback(req, res);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const webhookUrl = `http://${HOOK_USER}:${HOOK_PASS}@${base}/mluvii/webhooks`;
    webhooks = createQuickstartWebhooks(webhookUrl, log, seen);

    const subscription = await api.webhooks.create({ callbackUrl: webhookUrl, eventTypes: [...mluviiWebhooks.types] });
    log(`api      webhook subscription ${subscription.id} for all ${mluviiWebhooks.types.length} event types`);
    await sim.setBotCallbackUrl(`http://${base}/mluvii/bot?access_token=${CALLBACK_TOKEN}`);
    log("bot      callback URL registered; mluvii pinged it");

    const guest = await sim.startSession({ language: "en" });
    log(`guest    session ${guest.id} started`);
    await guest.guestSays("Hello, I have a question about pricing");
    await guest.waitFor((s) => s.history.some((h) => h.from === "bot" && h.activity === "SendHeroCard"), 10_000);
    await guest.submitHeroCard({ oo1_guest_email: "guest@example.com", oo1_guest_phone: "+420 777 000 000" });
    await guest.waitFor("operator", 10_000);
    log(`guest    an operator joined session ${guest.id}`);
    await sim.idle();
    await callbacks.drain();

    const stats = sim.transcript.stats();
    const callbackEntries = sim.transcript.filter({ route: "bot-callback" });
    return {
      sessionId: guest.id,
      finalState: guest.state,
      botTexts: guest.botTexts,
      callParams: guest.callParams,
      webhooks: Object.fromEntries(seen),
      callbacks: {
        delivered: callbackEntries.filter((e) => e.outcome === "ok").length,
        failed: stats.callbackFailures,
        slow: stats.slowCallbacks,
      },
      durationMs: Date.now() - started,
    };
  } finally {
    await sim.stop();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  }
}
