import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMluviiSimulator } from "@contactkit/mluvii-simulator";
import { afterEach, describe, expect, it } from "vitest";
import { configFromEnv, startBot } from "../src/bot";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(groupsOnline: boolean) {
  const sim = createMluviiSimulator({ responseDelayMs: 10, operatorJoinDelayMs: 20 });
  if (!groupsOnline) for (const group of sim.data.groups) group.groupState = "OFFLINE";
  const { origin } = await sim.start();
  cleanups.push(() => sim.stop());
  const env = {
    MLUVII_ORIGIN: origin,
    MLUVII_CLIENT_ID: sim.credentials.clientId,
    MLUVII_CLIENT_SECRET: sim.credentials.clientSecret,
    MLUVII_CHATBOT_ID: String(sim.chatbotId),
    MLUVII_CALLBACK_TOKEN: "cb-token",
    PORT: "0",
  };
  const server: Server = await startBot(configFromEnv(env));
  cleanups.push(() => new Promise((r) => server.close(r)));
  const port = (server.address() as AddressInfo).port;
  await sim.setBotCallbackUrl(`http://127.0.0.1:${port}/mluvii?access_token=cb-token`);
  return sim;
}

describe("mluvii bot example", () => {
  it("greets, finds the online group and forwards the guest to it", async () => {
    const sim = await setUp(true);
    const guest = await sim.startSession();
    await guest.waitForBotText(/Hi!/);
    await guest.guestSays("My invoice is wrong");
    await guest.waitFor("operator", 10_000);
    expect(guest.botTexts).toContain("Connecting you with <strong>Support</strong>…");
    expect(sim.transcript.stats().callbackFailures).toBe(0);
  });

  it("ends the conversation politely when nobody is online", async () => {
    const sim = await setUp(false);
    const guest = await sim.startSession();
    await guest.guestSays("Hello?");
    await guest.waitFor("ended", 10_000);
    expect(guest.botTexts.at(-1)).toBe("Nobody is available right now; please write to support@example.com.");
  });

  it("says which setting is missing", () => {
    expect(() => configFromEnv({})).toThrow("set MLUVII_CLIENT_ID");
  });
});
