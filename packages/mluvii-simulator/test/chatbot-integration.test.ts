/**
 * mluvii-chatbot end to end against the simulator: the real `createMluviiBot`, its callback receiver
 * (`createMluviiCallbackHandler` behind core's node adapter) and mluvii-api's client, over loopback HTTP.
 */
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiWebhookHandler, type MluviiWebhookEventType } from "@contactkit/mluvii-webhooks";
import { afterEach, describe, expect, it } from "vitest";
import { close, type Harness, listen, startHarness } from "./support/bot-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("a full conversation", () => {
  it("greets, types, replies, resolves GetAvailableGroups through the callback, sends and receives a hero card, sets call params and hands off", async () => {
    harness = await startHarness();
    const { sim, api, bot } = harness;
    // a typed webhook receiver, subscribed through mluvii-api against the simulator's subscription API
    const received: MluviiWebhookEventType[] = [];
    const receiver = await listen(() => undefined);
    const hookUrl = new URL(`${receiver.url}/hooks`);
    hookUrl.username = "mluvii";
    hookUrl.password = "hook-secret";
    receiver.server.removeAllListeners("request");
    receiver.server.on(
      "request",
      toNodeHandler(
        createMluviiWebhookHandler({
          callbackUrls: [hookUrl.toString()],
          process: async (parsed) => {
            if (parsed.known) received.push(parsed.type);
          },
        }),
      ),
    );
    await api.webhooks.create({
      eventTypes: [
        "SessionCreated",
        "SessionStarted",
        "SessionActivityHeroCard",
        "SessionForwarded",
        "SessionOperatorJoined",
      ],
      callbackUrl: hookUrl.toString(),
    });

    bot.on("ConversationStarted", async (e) => {
      await bot.typing(e.sessionId);
      await bot.text(e.sessionId, "Hi, I am the <strong>contactkit</strong> bot.");
    });
    bot.on("Text", async (e) => {
      await bot.typing(e.sessionId);
      const { availableGroups } = await bot.getAvailableGroups(e.sessionId);
      const online = (availableGroups ?? []).filter((g) => g.groupState === "ONLINE").map((g) => g.displayName);
      await bot.text(e.sessionId, `Online now: ${online.join(", ")}`);
      const { heroCards } = await bot.getHeroCards(e.sessionId);
      const sent = await bot.sendHeroCard(e.sessionId, { heroCardId: heroCards?.[0]?.heroCardId ?? 0 });
      if (!sent.success) await bot.text(e.sessionId, "No card");
    });
    bot.on("HeroCardSubmission", async (e) => {
      // mluvii's model lets the form and any of its values be null; call params take strings only.
      const values = Object.entries(e.params ?? {}).filter((entry): entry is [string, string] => entry[1] !== null);
      const set = await bot.setCallParams(e.sessionId, Object.fromEntries(values));
      if (set.success) await bot.text(e.sessionId, "Thanks, passing you to a colleague.");
      await bot.handOff(e.sessionId);
    });

    const session = await sim.startSession({ language: "en" });
    await session.waitForBotText("I am the");
    await session.guestSays("Hello, I need help with my order");
    await session.waitFor((s) => s.history.some((h) => h.activity === "SendHeroCard"));
    await session.submitHeroCard({ oo1_guest_email: "jana@example.com" });
    await session.waitFor("operator");
    await sim.idle();

    expect(session.botTexts).toEqual([
      "Hi, I am the <strong>contactkit</strong> bot.",
      "Online now: Support",
      "Thanks, passing you to a colleague.",
    ]);
    expect(session.callParams.oo1_guest_email).toBe("jana@example.com");
    expect(session.operatorId).toBe(1);
    expect(sim.transcript.filter({ route: "chatbot-activity" }).map((e) => e.activity)).toEqual([
      "Typing",
      "Text",
      "Typing",
      "GetAvailableGroups",
      "Text",
      "GetHeroCards",
      "SendHeroCard",
      "SetCallParams",
      "Text",
      "HandOff",
    ]);
    const callbacks = sim.transcript.filter({ route: "bot-callback" });
    expect(callbacks[0]?.requestBody).toEqual({ Activity: "Ping" });
    expect(callbacks.every((c) => c.status === 200)).toBe(true);
    expect(sim.transcript.stats()).toMatchObject({ failures: 0, callbackFailures: 0 });
    expect(received).toEqual([
      "SessionCreated",
      "SessionStarted",
      "SessionActivityHeroCard",
      "SessionForwarded",
      "SessionOperatorJoined",
    ]);
    expect(harness.unmatched).toEqual([]);
    await close(receiver.server);
  });
});

describe("fault cases", () => {
  it("429 with Retry-After on a safe request: the client waits and repeats, the bot never notices", async () => {
    harness = await startHarness();
    const { sim, bot } = harness;
    const session = await sim.startSession();
    sim.faults.inject({
      route: "chatbot-activity",
      kind: "status",
      status: 429,
      retryAfter: "0.05",
      activity: "GetAvailableGroups",
    });
    const groups = await bot.getAvailableGroups(session.id);
    expect(groups.availableGroups).toHaveLength(2);
    expect(
      sim.transcript.filter({ activity: "GetAvailableGroups", route: "chatbot-activity" }).map((e) => e.status),
    ).toEqual([429, 200]);
  });

  it("503: safe requests are retried, a Text is not (it might be shown twice)", async () => {
    harness = await startHarness();
    const { sim, bot } = harness;
    const session = await sim.startSession();
    sim.faults.inject({ route: "chatbot-activity", kind: "status", status: 503, activity: "GetHeroCards" });
    sim.faults.inject({ route: "chatbot-activity", kind: "status", status: 503, activity: "Text" });
    const cards = await bot.getHeroCards(session.id);
    expect(cards.heroCards?.map((c) => c.heroCardId)).toEqual([1, 2]);
    await expect(bot.text(session.id, "hello")).rejects.toMatchObject({ status: 503 });
    expect(sim.transcript.filter({ route: "chatbot-activity" }).map((e) => `${e.activity} ${e.status}`)).toEqual([
      "GetHeroCards 503",
      "GetHeroCards 200",
      "Text 503",
    ]);
    expect(session.botTexts).toEqual([]);
  });

  it("dropped connections: a safe request is repeated; an unsafe one that was carried out is not repeated", async () => {
    harness = await startHarness();
    const { sim, bot } = harness;
    const session = await sim.startSession();
    sim.faults.inject({ route: "chatbot-activity", kind: "drop", when: "before-read" });
    const groups = await bot.getAvailableGroups(session.id, { groupIds: [1] });
    expect(groups.availableGroups?.map((g) => g.groupId)).toEqual([1]);
    sim.faults.inject({ route: "chatbot-activity", kind: "drop", when: "after-processing", activity: "Text" });
    await expect(bot.text(session.id, "did this arrive?")).rejects.toThrow();
    // it did arrive: repeating it would have shown the guest the message twice
    expect(session.botTexts).toEqual(["did this arrive?"]);
    expect(sim.transcript.filter({ route: "chatbot-activity", activity: "Text" })).toHaveLength(1);
  });

  it("a duplicate …Response callback resolves the request once; the copy reaches onUnmatchedResponse", async () => {
    harness = await startHarness();
    const { sim, bot } = harness;
    const session = await sim.startSession();
    sim.faults.inject({ route: "bot-callback", kind: "duplicate", activity: "GetCallParamsResponse" });
    const params = await bot.getCallParams(session.id);
    expect(params.callParams).toEqual({ source_page: "https://www.example.com/pricing" });
    await sim.idle();
    expect(sim.transcript.filter({ route: "bot-callback", activity: "GetCallParamsResponse" })).toHaveLength(2);
    expect(harness.unmatched.map((u) => [u.response.activity, u.info.reason])).toEqual([
      ["GetCallParamsResponse", "unmatched"],
    ]);
  });

  it("out-of-order …Response callbacks still resolve the right requests", async () => {
    harness = await startHarness();
    const { sim, bot } = harness;
    const session = await sim.startSession();
    sim.faults.inject({
      route: "bot-callback",
      kind: "out-of-order",
      activity: "GetAvailableOperatorsResponse",
      holdMs: 2_000,
    });
    const [operators, media] = await Promise.all([
      bot.getAvailableOperators(session.id, { groupId: 2 }),
      bot.getMediaObjects(session.id),
    ]);
    expect(operators.availableOperators?.map((o) => o.displayName)).toEqual(["Tomáš"]);
    expect(media.fileStoreItems?.map((f) => f.name)).toEqual(["pricing.pdf", "terms-and-conditions.pdf"]);
    await sim.idle();
    const order = sim.transcript.filter({ route: "bot-callback" }).map((e) => e.activity);
    expect(order.slice(-2)).toEqual(["GetMediaObjectsResponse", "GetAvailableOperatorsResponse"]);
  });

  it("a …Response that never comes: that request times out, and the next one of that kind gets its answer", async () => {
    harness = await startHarness();
    const { sim, bot } = harness;
    const session = await sim.startSession();
    sim.faults.inject({ route: "bot-callback", kind: "drop", activity: "ObtainCrmIdentityResponse" });
    await expect(bot.obtainCrmIdentity(session.id, { responseTimeoutMs: 150 })).rejects.toMatchObject({
      name: "MluviiChatbotResponseTimeoutError",
      responseActivity: "ObtainCrmIdentityResponse",
    });
    expect(sim.transcript.filter({ route: "bot-callback", failure: "dropped" })).toHaveLength(1);
    // A lost answer costs only its own request: ObtainCrmIdentity is a read, and any answer of it serves the next one.
    const next = await bot.obtainCrmIdentity(session.id, { responseTimeoutMs: 2_000 });
    expect(next.activity).toBe("ObtainCrmIdentityResponse");
    expect(harness.unmatched).toEqual([]);
    // other kinds are unaffected
    const identity = await bot.getGuestIdentity(session.id);
    expect(identity.trackedGuestGuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("the 2-second rule: the receiver acks before slow handlers run; a receiver that answers late is a failure", async () => {
    harness = await startHarness({ callbackDeadlineMs: 150 });
    const { sim, bot } = harness;
    let handled = false;
    bot.on("Text", async () => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      handled = true;
    });
    const session = await sim.startSession();
    const fast = await session.guestSays("take your time");
    expect(fast).toMatchObject({ delivered: true, status: 200 });
    expect(handled).toBe(false);
    await harness.close();

    // the same bot behind a proxy that holds the answer back breaks mluvii's rule
    harness = await startHarness({ callbackDeadlineMs: 150 }, (listener) => (req, res) => {
      setTimeout(() => listener(req, res), 300);
    });
    const late = await (await harness.sim.startSession()).guestSays("hello?");
    expect(late).toMatchObject({ delivered: false, status: 200 });
    expect(late?.entry?.failure).toBe("slow");
    expect(harness.sim.transcript.stats().slowCallbacks).toBeGreaterThanOrEqual(2);
  });

  it("an expired token: mluvii-api refreshes it after the 401 and the activity goes through", async () => {
    harness = await startHarness();
    const { sim, bot } = harness;
    const session = await sim.startSession();
    await bot.typing(session.id);
    sim.expireTokens();
    await bot.text(session.id, "still here");
    expect(sim.transcript.filter({ route: "chatbot-activity" }).map((e) => e.status)).toEqual([200, 401, 200]);
    expect(sim.transcript.filter({ route: "token", status: 200 })).toHaveLength(2);
  });
});
