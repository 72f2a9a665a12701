/** `contactkit simulate --chat` with piped stdin, against a small bot built on @contactkit/mluvii-chatbot. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { callbackTokenAuth, createMluviiBot, type MluviiBot, mluviiHtml } from "@contactkit/mluvii-chatbot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "./helpers";

let server: Server;
let bot: MluviiBot;
let callbackUrl: string;
let simulatorPort: number;

/** A port that was free a moment ago (the simulator binds it; the bot needs its origin up front). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeEach(async () => {
  simulatorPort = await freePort();
  bot = createMluviiBot({
    chatbotId: 1,
    api: {
      origin: `http://127.0.0.1:${simulatorPort}`,
      credentials: { clientId: "contactkit-sim", clientSecret: "contactkit-sim-secret" },
    },
  });
  bot.on("ConversationStarted", async ({ sessionId }) => {
    await bot.text(sessionId, "Hello, I am <strong>the test bot</strong>.");
    await bot.sendButtons(sessionId, {
      title: "Shall I send the form?",
      buttons: [
        { title: "Yes please", value: "yes" },
        { title: "No", value: "no" },
      ],
    });
  });
  bot.on("Text", async ({ sessionId, text }) => {
    if (text === "yes") {
      await bot.text(sessionId, "You chose yes.");
      await bot.sendHeroCard(sessionId, { heroCardId: 1 });
    } else {
      await bot.text(sessionId, mluviiHtml`echo ${text}`);
    }
  });
  bot.on("HeroCardSubmission", async ({ sessionId, params }) => {
    await bot.text(sessionId, mluviiHtml`Thanks ${params?.oo1_guest_email ?? ""}`);
  });
  const handler = toNodeHandler(bot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: ["chat-test"] }) }));
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  callbackUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mluvii?access_token=chat-test`;
});

afterEach(async () => {
  bot?.close();
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("contactkit simulate --chat", () => {
  it("chats as the guest from piped lines: bot HTML, numbered buttons, a hero card, the activity log", async () => {
    const stdin = [
      "/wait Shall I",
      "1",
      "/wait You chose yes",
      "/wait Contact details",
      "/card oo1_guest_phone=123",
      "/card oo1_guest_email=jana@example.com",
      "/wait Thanks",
      "hello <b>there</b>",
      "/wait echo",
      "/location 50.08 14.42",
      "/frobnicate",
      "",
    ].join("\n");
    const result = await run(["simulate", "--bot-callback", callbackUrl, "--port", String(simulatorPort), "--chat"], {
      stdin,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/emulator UI {5}http:\/\/127\.0\.0\.1:\d+\//);
    expect(out).toMatch(/session \d{8} started \(Default, en\)/);
    expect(out).toContain("bot: Hello, I am *the test bot*.");
    expect(out).toContain("bot: Shall I send the form?");
    expect(out).toContain("    [1] Yes please\n    [2] No\n");
    expect(out).toContain("you: yes"); // the click sent the button's value
    expect(out).toContain('bot: hero card "Contact details": E-mail* (oo1_guest_email), Phone (oo1_guest_phone)');
    // as strict as mluvii: a required field missing is refused, and said so
    expect(out).toMatch(/hero card 1 \("Contact details"\) in session \d+ requires oo1_guest_email/);
    expect(out).toContain("bot: Thanks jana@example.com");
    expect(out).toContain("you: hello <b>there</b>");
    expect(out).toContain("bot: echo hello <b>there</b>"); // escaped by the bot, shown as text
    expect(out).toContain("you: location 50.08, 14.42");
    expect(out).toContain("unknown command /frobnicate");
    // the compact activity log
    expect(out).toMatch(/ {2}· mluvii→bot ConversationStarted 200 \d+ ms/);
    expect(out).toMatch(/ {2}· bot→mluvii SendHeroCard 200 \d+ ms/);
    expect(out).toMatch(/ {2}· mluvii→bot HeroCardSubmission 200 \d+ ms/);
    expect(out).toContain("mluvii simulator stopped");
  }, 60_000);

  it("--fault injects from the start and is shown in the banner; a bad spec is a usage error", async () => {
    const sim = await run(
      [
        "simulate",
        "--bot-callback",
        callbackUrl,
        "--port",
        String(simulatorPort),
        "--chat",
        "--fault",
        "chatbot-activity:status=503,activity=SendHeroCard",
      ],
      { stdin: "/wait Shall I\n1\n/wait You chose\n" },
    );
    expect(sim.code).toBe(0);
    expect(sim.stdout).toContain("fault           chatbot-activity status status=503 (SendHeroCard) ×1");
    expect(sim.stdout).toMatch(/ {2}· bot→mluvii SendHeroCard 503 \d+ ms fault status:503 FAILED rejected/);
    const bad = await run(["simulate", "--bot-callback", callbackUrl, "--fault", "bot-callback:status=500"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("on bot-callback the kind is one of latency, drop, duplicate, out-of-order");
  });
});
