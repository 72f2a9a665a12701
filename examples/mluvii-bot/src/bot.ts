/**
 * A support bot: on the guest's message it checks which operator groups are online (awaiting mluvii's
 * `GetAvailableGroupsResponse` on the callback URL) and forwards the guest to it, or says where to write and ends the conversation.
 * Correlation, retries that never repeat a message, and the 2-second acknowledgement are the SDK's job.
 */
import { createServer, type Server } from "node:http";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { callbackTokenAuth, createMluviiBot, type MluviiBotOptions, mluviiHtml } from "@contactkit/mluvii-chatbot";

export interface BotConfig {
  /** mluvii origin: `https://app.mluvii.com` or your on-premise host. */
  origin: string;
  clientId: string;
  clientSecret: string;
  chatbotId: number;
  /** The token in the callback URL registered with mluvii (`…/mluvii?access_token=<token>`). */
  callbackToken: string;
  port: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`set ${name} (see examples/mluvii-bot/README.md)`);
    return value;
  };
  return {
    origin: env.MLUVII_ORIGIN ?? "https://app.mluvii.com",
    clientId: need("MLUVII_CLIENT_ID"),
    clientSecret: need("MLUVII_CLIENT_SECRET"),
    chatbotId: Number(need("MLUVII_CHATBOT_ID")),
    callbackToken: need("MLUVII_CALLBACK_TOKEN"),
    port: Number(env.PORT ?? 3000),
  };
}

export async function startBot(config: BotConfig, overrides: Partial<MluviiBotOptions> = {}): Promise<Server> {
  const bot = createMluviiBot({
    chatbotId: config.chatbotId,
    api: { origin: config.origin, credentials: { clientId: config.clientId, clientSecret: config.clientSecret } },
    ...overrides,
  });

  bot.on("ConversationStarted", async ({ sessionId }) => {
    await bot.text(sessionId, mluviiHtml`Hi! Write your question and I will find someone to help.`);
  });

  bot.on("Text", async ({ sessionId }) => {
    await bot.typing(sessionId);
    const { availableGroups } = await bot.getAvailableGroups(sessionId);
    // mluvii's model lets the list be null (a C# reference type): treat that as no groups.
    const online = (availableGroups ?? []).find((group) => group.groupState === "ONLINE");
    if (online) {
      await bot.text(sessionId, mluviiHtml`Connecting you with <strong>${online.displayName}</strong>…`);
      await bot.forward(sessionId, { operatorGroupId: online.groupId });
    } else {
      await bot.text(sessionId, "Nobody is available right now; please write to support@example.com.");
      await bot.endConversation(sessionId);
    }
  });

  bot.onError((error) => console.error("bot handler failed:", error instanceof Error ? error.message : error));
  const handler = bot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: [config.callbackToken] }) });
  const server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  return server;
}
