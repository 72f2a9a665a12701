/**
 * The chatbot callback receiver is a preset over core's receiver pipeline: the same error rule and bounds, with
 * mluvii's statuses (mluvii disables a bot whose callback fails for 15 minutes, so only overload is refused).
 */
import { callbackTokenAuth, createMluviiBot, createMluviiCallbackHandler } from "@contactkit/mluvii-chatbot";
import { afterEach, describe, expect, it } from "vitest";
import { fakeTransport } from "./support/fake-transport";

const TOKEN = "s3cret-token";
const auth = callbackTokenAuth({ tokens: [TOKEN] });
const url = `https://bot.example.com/mluvii/callback?access_token=${TOKEN}`;
const post = (body: unknown) =>
  new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe("createMluviiCallbackHandler under load", () => {
  it("answers Ping with 200 even while the handler queue is full", async () => {
    const bot = createMluviiBot({ chatbotId: 1, api: fakeTransport().transport });
    bot.on("Text", () => new Promise<void>(() => {}));
    const handler = bot.createCallbackHandler({ auth, queue: { concurrency: 1, maxPending: 0 } });
    closers.push(() => handler.close());
    expect((await handler(post({ activity: "Text", sessionId: 1, text: "hold the only slot" }))).status).toBe(200);
    expect((await handler(post({ activity: "Text", sessionId: 2, text: "no room" }))).status).toBe(503);
    for (const body of [{ activity: "Ping" }, { Activity: "Ping" }]) {
      const ping = await handler(post(body));
      expect(ping.status).toBe(200);
      expect(await ping.json()).toMatchObject({ ok: true, type: "Ping" });
    }
  });

  it("reports each handler error once: to bot.onError when set, else to the receiver's onError", async () => {
    const bot = createMluviiBot({ chatbotId: 1, api: fakeTransport().transport });
    bot.on("ConversationStarted", () => {
      throw new Error("handler bug");
    });
    const botErrors: unknown[] = [];
    const receiverErrors: unknown[] = [];
    bot.onError((error) => botErrors.push(error));
    const handler = bot.createCallbackHandler({
      auth,
      onError: (error) => receiverErrors.push(error),
      workers: { maxAttempts: 1 }, // one attempt: each attempt's error is reported once
    });
    closers.push(() => handler.close());
    expect((await handler(post({ activity: "ConversationStarted", sessionId: 1, source: "Default" }))).status).toBe(
      200,
    );
    await handler.drain();
    expect(botErrors).toHaveLength(1);
    expect(receiverErrors).toHaveLength(0);

    const quiet = createMluviiBot({ chatbotId: 1, api: fakeTransport().transport });
    quiet.on("ConversationStarted", () => {
      throw new Error("handler bug");
    });
    const onlyReceiver: unknown[] = [];
    const other = quiet.createCallbackHandler({
      auth,
      onError: (error) => onlyReceiver.push(error),
      workers: { maxAttempts: 1 },
    });
    closers.push(() => other.close());
    await other(post({ activity: "ConversationStarted", sessionId: 1, source: "Default" }));
    await other.drain();
    expect(onlyReceiver.map(String)).toEqual(["Error: handler bug"]);
  });

  it("answers 408 to a body that does not arrive in time, and 200 (not 400) to one it cannot read", async () => {
    const invalid: string[] = [];
    const handler = createMluviiCallbackHandler({ auth, bodyTimeoutMs: 100, onInvalid: (e) => invalid.push(e.kind) });
    closers.push(() => handler.close());
    const stalled = new Request(url, {
      method: "POST",
      body: new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode('{"activity":')),
      }),
      duplex: "half",
    } as RequestInit);
    expect((await handler(stalled)).status).toBe(408);
    expect((await handler(post({ activity: "Text", sessionId: "not a number" }))).status).toBe(200);
    expect(invalid).toEqual(["schema"]);
  });
});
