import { basicAuth, type ContactkitParseError, type UnknownEvent } from "@contactkit/core";
import {
  callbackTokenAuth,
  createMluviiBot,
  createMluviiCallbackHandler,
  type MluviiChatbotResponse,
  type UnmatchedResponseInfo,
} from "@contactkit/mluvii-chatbot";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeTransport } from "./support/fake-transport";
import { sampleResponse } from "./support/samples";

const TOKEN = "s3cret-token";
const auth = callbackTokenAuth({ tokens: [TOKEN] });
const url = `https://bot.example.com/mluvii/callback?access_token=${TOKEN}`;

const post = (body: unknown, target = url, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request(target, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });

afterEach(() => {
  vi.useRealTimers();
});

describe("callback authentication", () => {
  const handler = createMluviiCallbackHandler({ auth });

  it("accepts the token in the query or as an access_token= path segment (the docs' example shape)", async () => {
    expect((await handler(post({ activity: "Ping" }))).status).toBe(200);
    const pathUrl = `https://bot.example.com/api/access_token=${TOKEN}`;
    expect((await handler(post({ activity: "Ping" }, pathUrl))).status).toBe(200);
  });

  it("answers 401 to a missing or wrong token, before reading the body", async () => {
    expect((await handler(post({ activity: "Ping" }, "https://bot.example.com/cb"))).status).toBe(401);
    expect((await handler(post({ activity: "Ping" }, "https://bot.example.com/cb?access_token=nope"))).status).toBe(
      401,
    );
    expect((await handler(post("{not json", "https://bot.example.com/cb?access_token=s3cret"))).status).toBe(401);
    // a prefix, an extension and an empty token of the right one are all wrong
    for (const guess of [TOKEN.slice(0, -1), `${TOKEN}x`, ""]) {
      expect(
        (await handler(post({ activity: "Ping" }, `https://bot.example.com/cb?access_token=${guess}`))).status,
      ).toBe(401);
    }
  });

  it("works with Basic credentials from a user:pass@ callback URL", async () => {
    const basic = createMluviiCallbackHandler({
      auth: basicAuth({ credentials: [{ username: "mluvii", password: "pw" }] }),
    });
    const ok = await basic(
      post({ Activity: "Ping" }, "https://bot.example.com/cb", { authorization: `Basic ${btoa("mluvii:pw")}` }),
    );
    expect(ok.status).toBe(200);
    const bad = await basic(
      post({ Activity: "Ping" }, "https://bot.example.com/cb", { authorization: `Basic ${btoa("mluvii:x")}` }),
    );
    expect(bad.status).toBe(401);
  });

  it("refuses to be created without tokens", () => {
    expect(() => callbackTokenAuth({ tokens: [] })).toThrow(TypeError);
    expect(() => callbackTokenAuth({ tokens: [""] })).toThrow(TypeError);
  });
});

describe("createMluviiCallbackHandler", () => {
  it("answers Ping in either casing at once, with or without a Content-Type", async () => {
    const handler = createMluviiCallbackHandler({ auth });
    for (const body of [{ Activity: "Ping" }, { activity: "Ping" }]) {
      const response = await handler(post(body, url, {}));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, type: "Ping" });
    }
  });

  it("acknowledges while a guest handler is still sleeping for 5 s, and runs the handler to its end afterwards", async () => {
    vi.useFakeTimers();
    const bot = createMluviiBot({ chatbotId: 1, api: fakeTransport().transport });
    const log: string[] = [];
    bot.on("Text", async (event) => {
      log.push(`start ${event.text}`);
      await new Promise((resolve) => setTimeout(resolve, 5000));
      log.push(`end ${event.text}`);
    });
    const handler = bot.createCallbackHandler({ auth });
    const response = await handler(post({ activity: "Text", sessionId: 3, text: "hello" }));
    expect(response.status).toBe(200);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(["start hello"]);
    await vi.advanceTimersByTimeAsync(5000);
    await handler.drain();
    expect(log).toEqual(["start hello", "end hello"]);
  });

  it("delivers …Response activities outside the handler queue: a handler awaiting a response cannot deadlock it", async () => {
    const { transport, calls } = fakeTransport();
    const bot = createMluviiBot({ chatbotId: 1, api: transport });
    const answers: string[] = [];
    bot.on("Text", async (event) => {
      const groups = await bot.getAvailableGroups(event.sessionId);
      answers.push(groups.availableGroups?.[0]?.displayName ?? "none");
    });
    // a single handler slot, held by the handler that waits for the response
    const handler = bot.createCallbackHandler({ auth, queue: { concurrency: 1 } });
    expect((await handler(post({ activity: "Text", sessionId: 9, text: "agent please" }))).status).toBe(200);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const callback = await handler(post(sampleResponse("GetAvailableGroupsResponse", 9)));
    expect(callback.status).toBe(200);
    await handler.drain();
    expect(answers).toEqual(["Sales"]);
  });

  it("sends responses nobody waits for to onUnmatchedResponse", async () => {
    const seen: [MluviiChatbotResponse, UnmatchedResponseInfo][] = [];
    const bot = createMluviiBot({
      chatbotId: 1,
      api: fakeTransport().transport,
      onUnmatchedResponse: (response, info) => seen.push([response, info]),
    });
    const handler = bot.createCallbackHandler({ auth });
    expect((await handler(post(sampleResponse("ShareFileResponse", 4)))).status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.[0].activity).toBe("ShareFileResponse");
    expect(seen[0]?.[1]).toMatchObject({ reason: "unmatched", raw: { activity: "ShareFileResponse", sessionId: 4 } });
  });

  it("works with an asynchronous (shared-store) correlator: its outcome still reaches onUnmatchedResponse", async () => {
    const reasons: string[] = [];
    const delivered: string[] = [];
    const handler = createMluviiCallbackHandler({
      auth,
      correlator: {
        register: () => {
          throw new Error("not used");
        },
        deliver: async (response) => {
          delivered.push(response.activity);
          return response.sessionId === 1 ? "delivered" : "late";
        },
        pending: () => 0,
        close: () => {},
      },
      onUnmatchedResponse: (_response, info) => reasons.push(info.reason),
    });
    await handler(post(sampleResponse("GetHeroCardsResponse", 1)));
    await handler(post(sampleResponse("GetHeroCardsResponse", 2)));
    await vi.waitFor(() => expect(reasons).toEqual(["late"]));
    expect(delivered).toEqual(["GetHeroCardsResponse", "GetHeroCardsResponse"]);
  });

  it("hands unknown activities to the explicit unknown handler", async () => {
    const bot = createMluviiBot({ chatbotId: 1, api: fakeTransport().transport });
    const unknown: UnknownEvent[] = [];
    bot.onUnknown((event) => {
      unknown.push(event);
    });
    const handler = bot.createCallbackHandler({ auth });
    expect((await handler(post({ activity: "GuestSticker", sessionId: 2, sticker: "👍" }))).status).toBe(200);
    await handler.drain();
    expect(unknown.map((e) => e.type)).toEqual(["GuestSticker"]);
  });

  it("answers 413 to a body above the limit", async () => {
    const handler = createMluviiCallbackHandler({ auth, bodyLimit: 64 });
    const big = { activity: "Text", sessionId: 1, text: "x".repeat(100) };
    expect((await handler(post(big))).status).toBe(413);
    expect((await handler(post({ activity: "Text", sessionId: 1, text: "short" }))).status).toBe(200);
  });

  it("answers 200 to bodies it cannot read (mluvii disables failing bots) and reports them", async () => {
    const invalid: ContactkitParseError[] = [];
    const handler = createMluviiCallbackHandler({ auth, onInvalid: (error) => invalid.push(error) });
    expect((await handler(post("{oops"))).status).toBe(200);
    expect((await handler(post({ activity: "Text", sessionId: "x", text: 1 }))).status).toBe(200);
    expect(invalid.map((e) => e.kind)).toEqual(["json", "schema"]);
    expect(invalid[1]?.issues.map((i) => i.path)).toEqual(["$.sessionId", "$.text"]);
  });

  it("a throwing handler changes neither the acknowledgement nor the process; onError sees it", async () => {
    const errors: unknown[] = [];
    const bot = createMluviiBot({ chatbotId: 1, api: fakeTransport().transport });
    bot.on("ConversationStarted", () => {
      throw new Error("handler bug");
    });
    bot.onError((error) => errors.push(error));
    // One attempt: each attempt's error is reported once (core's receiver tests cover the retries).
    const handler = bot.createCallbackHandler({ auth, workers: { maxAttempts: 1 } });
    expect((await handler(post({ activity: "ConversationStarted", sessionId: 1, source: "Default" }))).status).toBe(
      200,
    );
    await handler.drain();
    expect(errors).toHaveLength(1);
  });
});
