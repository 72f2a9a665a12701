import { ContactkitParseError } from "@contactkit/core";
import { MluviiConnectionError, type MluviiRequestOptions } from "@contactkit/mluvii-api";
import {
  ACTIVITY_TRAITS,
  createMluviiBot,
  type GetAvailableGroupsResponse,
  type MluviiBot,
  type MluviiChatbotResponse,
  MluviiChatbotResponseTimeoutError,
} from "@contactkit/mluvii-chatbot";
import { MockAgent } from "undici";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { fakeTransport } from "./support/fake-transport";
import { sampleResponse } from "./support/samples";

type Body = { activity?: keyof typeof ACTIVITY_TRAITS; type?: string; sessionId: number };

/** A bot whose fake mluvii answers every request-type activity through the correlator before the POST returns. */
function answeringBot() {
  let bot!: MluviiBot;
  const fake = fakeTransport((call) => {
    const body = call.body as Body;
    const response = body.activity && ACTIVITY_TRAITS[body.activity].response;
    // mluvii may call back before its HTTP answer arrives: the waiter must already be registered.
    if (response) expect(bot.correlator.deliver(sampleResponse(response, body.sessionId))).toBe("delivered");
  });
  bot = createMluviiBot({ chatbotId: 42, api: fake.transport });
  return { bot, calls: fake.calls };
}

describe("createMluviiBot", () => {
  it("awaits the …Response callback of a request-type activity", async () => {
    const { bot, calls } = answeringBot();
    const groups = await bot.getAvailableGroups(77, { groupIds: [3] });
    expectTypeOf(groups).toEqualTypeOf<GetAvailableGroupsResponse>();
    expect(groups.availableGroups?.[0]?.groupState).toBe("ONLINE");
    expect(calls).toEqual([
      {
        method: "POST",
        path: "/api/v1/Chatbot/42/activity",
        body: { activity: "GetAvailableGroups", sessionId: 77, groupIds: [3] },
        idempotent: true,
      },
    ]);
  });

  const invocations: [string, (bot: MluviiBot) => Promise<unknown>][] = [
    ["Text", (b) => b.text(1, "Hi <em>there</em>")],
    ["Typing", (b) => b.typing(1)],
    ["Forward", (b) => b.forward(1, { operatorGroupId: 3 })],
    ["HandOff", (b) => b.handOff(1)],
    ["EndConversation", (b) => b.endConversation(1)],
    ["GetAvailableOperators", (b) => b.getAvailableOperators(1, { groupId: 3 })],
    ["GetAvailableGroups", (b) => b.getAvailableGroups(1)],
    ["GetCallParams", (b) => b.getCallParams(1)],
    ["SetCallParams", (b) => b.setCallParams(1, { HandoffReason: "Sales" })],
    ["SendGuestOfflineEmail", (b) => b.sendGuestOfflineEmail(1, { subject: "s", message: "m", location: "bot" })],
    ["GetGuestIdentity", (b) => b.getGuestIdentity(1)],
    ["GetHeroCards", (b) => b.getHeroCards(1)],
    ["SendHeroCard", (b) => b.sendHeroCard(1, { heroCardId: 2, selectedLanguage: "cs", initialParams: { a: "b" } })],
    ["ChatbotOpenFileUploadPrompt", (b) => b.openFileUploadPrompt(1)],
    ["EnableGuestUpload", (b) => b.enableGuestUpload(1)],
    ["DisableGuestUpload", (b) => b.disableGuestUpload(1)],
    ["EnableGuestInput", (b) => b.enableGuestInput(1)],
    ["DisableGuestInput", (b) => b.disableGuestInput(1)],
    ["GetMediaObjects", (b) => b.getMediaObjects(1)],
    ["ShareFile", (b) => b.shareFile(1, { name: "terms.pdf" })],
    ["ObtainCrmIdentity", (b) => b.obtainCrmIdentity(1)],
    ["AssignCrmIdentity", (b) => b.assignCrmIdentity(1, null)],
    ["SetTag", (b) => b.setTag(1, "vip")],
    ["UnsetTag", (b) => b.unsetTag(1, "vip")],
    ["RequestLocation", (b) => b.requestLocation(1, "Where are you?")],
    ["message", (b) => b.sendButtons(1, { title: "Pick", buttons: [{ title: "A", value: "a" }] })],
    ["message", (b) => b.sendCarousel(1, [{ title: "One", buttons: [{ type: "imBack", title: "1", value: 1 }] }])],
    ["RichCardList", (b) => b.sendRichCardList(1, { layout: "List", items: [{ contentType: "x", content: {} }] })],
  ];

  it.each(invocations)("%s: posts the activity with its safe/unsafe classification", async (kind, invoke) => {
    const { bot, calls } = answeringBot();
    const result = await invoke(bot);
    expect(calls).toHaveLength(1);
    const call = calls[0] as MluviiRequestOptions;
    const body = call.body as Body;
    expect(body.activity ?? body.type).toBe(kind);
    expect(call.idempotent).toBe(ACTIVITY_TRAITS[kind as keyof typeof ACTIVITY_TRAITS].repeatable);
    const response = ACTIVITY_TRAITS[kind as keyof typeof ACTIVITY_TRAITS].response;
    if (response) expect((result as MluviiChatbotResponse).activity).toBe(response);
    else expect(result).toEqual({ status: 200, requestId: "req-1", attempts: 1 });
  });

  it("validates before sending: nothing is posted for an invalid activity", async () => {
    const { bot, calls } = answeringBot();
    const both = { operatorGroupId: 1, userId: 2 } as unknown as { userId: number };
    await expect(bot.forward(1, both)).rejects.toBeInstanceOf(ContactkitParseError);
    await expect(bot.text(1, "<div>x</div>")).rejects.toThrow(/\$\.text/);
    await expect(bot.send({ activity: "Typing", sessionId: -1, show: true })).rejects.toThrow(/\$\.sessionId/);
    expect(calls).toHaveLength(0);
    expect(bot.correlator.pending()).toBe(0);
  });

  it("times out with a typed error when the callback never comes", async () => {
    const { transport } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 42, api: transport, responseTimeoutMs: 30 });
    const error = await bot.getCallParams(5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    expect(error).toMatchObject({ sessionId: 5, responseActivity: "GetCallParamsResponse", timeoutMs: 30 });
  });

  it("openFileUploadPrompt honours the bot-level responseTimeoutMs (and a per-call one over it)", async () => {
    vi.useFakeTimers();
    try {
      const { transport } = fakeTransport();
      const bot = createMluviiBot({ chatbotId: 42, api: transport, responseTimeoutMs: 30 });
      const outcome = bot.openFileUploadPrompt(5).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(30);
      const error = await Promise.race([outcome, Promise.resolve("still waiting")]);
      expect(error).toBeInstanceOf(MluviiChatbotResponseTimeoutError);
      expect(error).toMatchObject({ responseActivity: "ChatbotOpenFileUploadPromptResponse", timeoutMs: 30 });

      const longer = bot.openFileUploadPrompt(6, { responseTimeoutMs: 1_000 }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(999);
      expect(await Promise.race([longer, Promise.resolve("still waiting")])).toBe("still waiting");
      await vi.advanceTimersByTimeAsync(1);
      expect(await longer).toMatchObject({ timeoutMs: 1_000 });
      bot.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it("without a bot-level responseTimeoutMs the upload prompt waits 5 minutes, other requests 15 s", async () => {
    vi.useFakeTimers();
    try {
      const { transport } = fakeTransport();
      const bot = createMluviiBot({ chatbotId: 42, api: transport });
      const prompt = bot.openFileUploadPrompt(5).catch((e: unknown) => e);
      const read = bot.getCallParams(5).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(15_000);
      expect(await read).toMatchObject({ timeoutMs: 15_000 });
      expect(await Promise.race([prompt, Promise.resolve("still waiting")])).toBe("still waiting");
      await vi.advanceTimersByTimeAsync(285_000);
      expect(await prompt).toMatchObject({ timeoutMs: 300_000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it("concurrent reads of one kind on one session share the first answer; their own answers are then spent", async () => {
    const { transport, calls } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 42, api: transport });
    const first = bot.getCallParams(5);
    const second = bot.getCallParams(5);
    await vi.waitFor(() => expect(calls).toHaveLength(2)); // both went out at once
    expect(bot.correlator.deliver({ activity: "GetCallParamsResponse", sessionId: 5, callParams: { n: "1" } })).toBe(
      "delivered",
    );
    expect((await first).callParams?.n).toBe("1");
    expect((await second).callParams?.n).toBe("1");
    bot.correlator.deliver({ activity: "GetCallParamsResponse", sessionId: 5, callParams: { n: "2" } });
    expect(bot.correlator.pending()).toBe(0);
  });

  it("concurrent requests of a serialised kind on one session go out one at a time", async () => {
    const { transport, calls } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 42, api: transport });
    const first = bot.setCallParams(5, { step: "1" });
    const second = bot.setCallParams(5, { step: "2" });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    bot.correlator.deliver({ activity: "SetCallParamsResponse", sessionId: 5, success: true, errorMessage: null });
    await expect(first).resolves.toMatchObject({ success: true });
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect((calls[1] as { body: { callParams: unknown } }).body.callParams).toEqual({ step: "2" });
    bot.correlator.deliver({ activity: "SetCallParamsResponse", sessionId: 5, success: false, errorMessage: "no" });
    await expect(second).resolves.toMatchObject({ success: false });
  });

  it("passes the read's parameters as its correlation query: other groupIds never share an answer", async () => {
    const { transport, calls } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 42, api: transport });
    const narrow = bot.getAvailableGroups(5, { groupIds: [1] });
    const all = bot.getAvailableGroups(5);
    await vi.waitFor(() => expect(calls).toHaveLength(1)); // the second waits for the first's answer
    bot.correlator.deliver(sampleResponse("GetAvailableGroupsResponse", 5));
    await narrow;
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    bot.correlator.deliver(sampleResponse("GetAvailableGroupsResponse", 5));
    await all;
  });

  it("an abort while waiting for the lane sends nothing and releases it", async () => {
    const { transport, calls } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 42, api: transport });
    const first = bot.setCallParams(5, { step: "1" });
    const controller = new AbortController();
    const second = bot.setCallParams(5, { step: "2" }, { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort(new Error("not needed any more"));
    await expect(second).rejects.toThrow("not needed any more");
    bot.correlator.deliver({ activity: "SetCallParamsResponse", sessionId: 5, success: true, errorMessage: null });
    await first;
    expect(calls).toHaveLength(1);
    expect(bot.correlator.pending()).toBe(0);
    const third = bot.setCallParams(5, { step: "3" });
    await vi.waitFor(() => expect(calls).toHaveLength(2)); // the lane is free again at once
    bot.correlator.deliver({ activity: "SetCallParamsResponse", sessionId: 5, success: true, errorMessage: null });
    await third;
  });

  it("a failed POST withdraws the waiter; one that may have arrived makes its answer 'late'", async () => {
    const context = { method: "POST", path: "/api/v1/Chatbot/42/activity" };
    for (const sent of [false, true]) {
      const { transport } = fakeTransport(() => {
        throw new MluviiConnectionError(context, sent, "ECONNRESET", undefined);
      });
      const bot = createMluviiBot({ chatbotId: 42, api: transport });
      await expect(bot.getMediaObjects(8)).rejects.toBeInstanceOf(MluviiConnectionError);
      expect(bot.correlator.pending()).toBe(0);
      expect(bot.correlator.deliver(sampleResponse("GetMediaObjectsResponse", 8))).toBe(sent ? "late" : "unmatched");
    }
  });

  it("the AbortSignal cancels the wait", async () => {
    const { transport } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 42, api: transport });
    const controller = new AbortController();
    const pending = bot.getGuestIdentity(5, { signal: controller.signal });
    controller.abort(new Error("bye"));
    await expect(pending).rejects.toThrow("bye");
  });

  it("send() refuses nothing valid; request() refuses activities without a response", async () => {
    const { bot } = answeringBot();
    await expect(bot.send({ activity: "HandOff", sessionId: 3 })).resolves.toMatchObject({ status: 200 });
    await expect(bot.request({ activity: "GetHeroCards", sessionId: 3 })).resolves.toMatchObject({
      activity: "GetHeroCardsResponse",
    });
    // @ts-expect-error HandOff has no response to await
    await expect(bot.request({ activity: "HandOff", sessionId: 3 })).rejects.toThrow(/use send/);
  });

  it("creates its own mluvii-api client from options (bearer token, chatbot path, JSON body)", async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    let seen: { auth?: string | undefined; body?: string } = {};
    agent
      .get("https://tenant.example.com")
      .intercept({ path: "/api/v1/Chatbot/42/activity", method: "POST" })
      .reply((opts) => {
        seen = { auth: (opts.headers as Record<string, string>).authorization, body: String(opts.body) };
        return { statusCode: 201, data: "" };
      });
    const bot = createMluviiBot({
      chatbotId: 42,
      api: { origin: "https://tenant.example.com", getToken: async () => "tkn", dispatcher: agent },
    });
    await expect(bot.handOff(12)).resolves.toMatchObject({ status: 201, attempts: 1 });
    expect(seen.auth).toBe("Bearer tkn");
    expect(JSON.parse(seen.body ?? "")).toEqual({ activity: "HandOff", sessionId: 12 });
    await agent.close();
  });

  it("rejects an invalid chatbot id", () => {
    expect(() => createMluviiBot({ chatbotId: 0, api: fakeTransport().transport })).toThrow(TypeError);
  });
});
