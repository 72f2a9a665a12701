/** A session exported from the emulator is a capture that `contactkit inspect` validates and `replay` reads. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMluviiSimulator } from "@contactkit/mluvii-simulator";
import { afterEach, beforeEach, expect, it } from "vitest";
import { loadCapturedEvents } from "../src/replay-sources";
import { jsonLines, run } from "./helpers";

let bot: Server;
let dir: string;
beforeEach(async () => {
  bot = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end());
  });
  await new Promise<void>((resolve) => bot.listen(0, "127.0.0.1", resolve));
  dir = await mkdtemp(join(tmpdir(), "contactkit-export-"));
});
afterEach(async () => {
  await new Promise((resolve) => bot.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

it("exports activities, callbacks and webhooks that inspect validates and replay reads", async () => {
  const botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/cb`;
  const sim = createMluviiSimulator({ ui: true, botCallbackUrl: botUrl, responseDelayMs: 0 });
  const { origin } = await sim.start();
  sim.subscribeWebhook({ callbackUrl: `${botUrl}/hooks` });
  try {
    const guest = await sim.startSession();
    await guest.guestSays("hello");
    const post = (body: unknown) =>
      fetch(`${origin}/api/v1/Chatbot/1/activity`, {
        method: "POST",
        headers: { authorization: `Bearer ${sim.issueToken()}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    await post({ activity: "Text", sessionId: guest.id, text: "Hi <strong>there</strong>" });
    await post({ activity: "GetAvailableGroups", sessionId: guest.id });
    await post({ activity: "SendHeroCard", sessionId: guest.id, heroCardId: 1 });
    await sim.idle();
    await guest.submitHeroCard({ oo1_guest_email: "jana@example.com" });
    await post({ activity: "HandOff", sessionId: guest.id });
    await sim.idle();
    const capture = await (await fetch(`${origin}/_emulator/api/sessions/${guest.id}/export`)).text();
    const file = join(dir, "session.ndjson");
    await writeFile(file, capture);

    const inspected = await run(["inspect", file, "--json"]);
    const verdicts = jsonLines(inspected.stdout) as { ok: boolean; known: boolean; family: string; type: string }[];
    expect(verdicts.length).toBeGreaterThan(10);
    expect(verdicts.filter((v) => !(v.ok && v.known))).toEqual([]);
    expect(inspected.code).toBe(0);
    expect(new Set(verdicts.map((v) => v.family))).toEqual(
      new Set(["chatbot-requests", "chatbot-callbacks", "webhooks"]),
    );
    expect(verdicts.map((v) => v.type)).toEqual(expect.arrayContaining(["HeroCardSubmission", "SessionForwarded"]));
    expect(await loadCapturedEvents([file])).toHaveLength(verdicts.length);
  } finally {
    await sim.stop();
  }
});
