// A mluvii bot from the installed tarballs, against the simulator: the guest greets, the bot answers.
import { createServer } from "node:http";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiApiClient } from "@contactkit/mluvii-api";
import { callbackTokenAuth, createMluviiBot } from "@contactkit/mluvii-chatbot";
import { createMluviiSimulator } from "@contactkit/mluvii-simulator";

const sim = createMluviiSimulator({ responseDelayMs: 5 });
const { origin } = await sim.start();
const bot = createMluviiBot({
  chatbotId: sim.chatbotId,
  api: createMluviiApiClient({ origin, credentials: sim.credentials }),
});
bot.on("Text", async ({ sessionId, text }) => {
  await bot.text(sessionId, `You said: ${text}`);
});
const server = createServer(
  toNodeHandler(bot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: ["t0ken"] }) })),
);
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
try {
  await sim.setBotCallbackUrl(`http://127.0.0.1:${server.address().port}/bot?access_token=t0ken`);
  const guest = await sim.startSession({ language: "en" });
  await guest.guestSays("hello");
  await guest.waitFor((s) => s.history.some((h) => h.from === "bot" && h.activity === "Text"), 10_000);
  if (!guest.botTexts.includes("You said: hello")) throw new Error(`bot: ${JSON.stringify(guest.botTexts)}`);
  console.log("bot ok: the simulated guest got the bot's answer");
} finally {
  await sim.stop();
  await new Promise((resolve) => server.close(resolve));
}
