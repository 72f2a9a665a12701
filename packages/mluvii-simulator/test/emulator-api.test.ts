/** The emulator's control API: sessions, guest and operator actions as strict as mluvii, events, faults, exports. */
import { request } from "node:http";
import { mluviiChatbotRequests } from "@contactkit/mluvii-chatbot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator, type SessionView } from "../src";
import { type CaptureServer, startCaptureServer } from "./support/capture-server";
import { postActivity } from "./support/sim";

let sim: MluviiSimulator;
let bot: CaptureServer;
beforeEach(async () => {
  bot = await startCaptureServer();
  sim = createMluviiSimulator({
    ui: true,
    botCallbackUrl: `${bot.url}/cb?access_token=secret-token`,
    responseDelayMs: 0,
  });
  await sim.start();
});
afterEach(async () => {
  await sim.stop();
  await bot.close();
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${sim.origin}/_emulator/api${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === "" ? undefined : text.startsWith("{") || text.startsWith("[") ? JSON.parse(text) : text,
  };
}

const callbacks = (activity: string) =>
  bot.requests.map((r) => r.body as Record<string, unknown>).filter((b) => b.activity === activity);

async function startSession(): Promise<SessionView> {
  const started = await call("POST", "/sessions", { source: "WhatsApp", language: "cs", callParams: { plan: "gold" } });
  expect(started.status).toBe(201);
  return started.body as SessionView;
}

describe("sessions", () => {
  it("starts a session with the given source, language and call params; ids are 8 digits and differ per run", async () => {
    const session = await startSession();
    expect(session).toMatchObject({ state: "bot", source: "WhatsApp", language: "cs" });
    expect(session.callParams).toMatchObject({ plan: "gold" });
    expect(String(session.id)).toMatch(/^\d{8}$/);
    const other = createMluviiSimulator({ pingOnStart: false });
    await other.start();
    const first = await other.startSession();
    await other.stop();
    // Two runs reusing one id would make a receiver's dedupe drop the second run's events; a random start makes a
    // collision a 1 in 80 million event.
    expect(first.id).not.toBe(session.id);
    expect(callbacks("ConversationStarted")).toHaveLength(1);
  });

  it("answers GetGuestIdentity with the identity the session was started with", async () => {
    const started = await call("POST", "/sessions", { guestIdentity: { phoneCallerId: "+420777000111" } });
    const { id } = started.body as SessionView;
    await postActivity(sim, { activity: "GetGuestIdentity", sessionId: id });
    await sim.idle();
    expect(callbacks("GetGuestIdentityResponse")[0]).toMatchObject({
      sessionId: id,
      phoneCallerId: "+420777000111",
      trackedGuestGuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("returns 404 for an unknown session and 400 naming the field for bad input", async () => {
    expect((await call("POST", "/sessions/123/messages", { text: "hi" })).status).toBe(404);
    const bad = await call("POST", "/sessions", { language: "english", callParams: { a: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ language: "expected two lower-case letters", "callParams.a": expect.any(String) });
    const session = await startSession();
    expect((await call("POST", `/sessions/${session.id}/messages`, { text: "" })).status).toBe(400);
    expect((await call("POST", `/sessions/${session.id}/location`, { latitude: 91, longitude: 0 })).status).toBe(400);
    const form = await fetch(`${sim.origin}/_emulator/api/sessions/${session.id}/messages`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: '{"text":"hi"}',
    });
    expect(form.status).toBe(415);
    // no body, no options: what `curl -X POST …/leave` sends
    expect((await fetch(`${sim.origin}/_emulator/api/sessions/${session.id}/leave`, { method: "POST" })).status).toBe(
      200,
    );
  });
});

describe("guest actions are as strict as mluvii", () => {
  it("a hero-card submission only for a card the bot sent, with that card's fields", async () => {
    const { id } = await startSession();
    const none = await call("POST", `/sessions/${id}/hero-card`, { params: { oo1_guest_email: "a@b.cz" } });
    expect(none).toEqual({ status: 409, body: { error: expect.stringContaining("has not sent a hero card") } });
    await postActivity(sim, { activity: "SendHeroCard", sessionId: id, heroCardId: 1 });
    const unknown = await call("POST", `/sessions/${id}/hero-card`, { params: { rating: "5" } });
    expect(unknown.status).toBe(409);
    expect((unknown.body as { error: string }).error).toContain('has no field "rating"');
    const missing = await call("POST", `/sessions/${id}/hero-card`, { params: { oo1_guest_phone: "+420" } });
    expect((missing.body as { error: string }).error).toContain("requires oo1_guest_email");
    const wrongCard = await call("POST", `/sessions/${id}/hero-card`, { heroCardId: 2, params: { rating: "5" } });
    expect((wrongCard.body as { error: string }).error).toContain("has not sent hero card 2");
    expect(callbacks("HeroCardSubmission")).toHaveLength(0);

    const ok = await call("POST", `/sessions/${id}/hero-card`, { params: { oo1_guest_email: "jana@example.com" } });
    expect(ok).toEqual({ status: 200, body: { delivery: { delivered: true, status: 200, attempts: 1 } } });
    expect(callbacks("HeroCardSubmission")[0]?.params).toEqual({ oo1_guest_email: "jana@example.com" });
    const again = await call("POST", `/sessions/${id}/hero-card`, { params: { oo1_guest_email: "x@example.com" } });
    expect((again.body as { error: string }).error).toContain("already submitted");
    const view = (await call("GET", `/sessions/${id}`)).body as SessionView;
    expect(view.items.find((i) => i.kind === "form")).toMatchObject({
      status: "submitted",
      values: { oo1_guest_email: "jana@example.com" },
    });
  });

  it("a button click sends the button's value as Text, only for a button the bot sent", async () => {
    const { id } = await startSession();
    expect((await call("POST", `/sessions/${id}/click`, { title: "Yes" })).status).toBe(409);
    await postActivity(sim, {
      type: "message",
      sessionId: id,
      attachmentLayout: "carousel",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.hero",
          content: { title: "A", buttons: [{ type: "imBack", title: "Pick A", value: 1 }] },
        },
        {
          contentType: "application/vnd.microsoft.card.hero",
          content: { title: "B", buttons: [{ type: "imBack", title: "Pick B", value: "b" }] },
        },
      ],
    });
    const view = (await call("GET", `/sessions/${id}`)).body as SessionView;
    const cards = view.items.find((i) => i.kind === "cards");
    expect(cards).toMatchObject({ layout: "carousel", cards: [{ title: "A" }, { title: "B" }] });
    expect((await call("POST", `/sessions/${id}/click`, { item: cards?.id, card: 0, button: 0 })).status).toBe(200);
    expect((await call("POST", `/sessions/${id}/click`, { title: "Pick B" })).status).toBe(200);
    expect((await call("POST", `/sessions/${id}/click`, { item: cards?.id, card: 5, button: 0 })).status).toBe(409);
    expect(callbacks("Text").map((t) => t.text)).toEqual(["1", "b"]);
  });

  it("uploads are served back at the URL the bot receives; cancel answers the prompt", async () => {
    const { id } = await startSession();
    await postActivity(sim, { activity: "ChatbotOpenFileUploadPrompt", sessionId: id });
    const response = await fetch(
      `${sim.origin}/_emulator/api/sessions/${id}/files?name=${encodeURIComponent("../a b.txt")}`,
      {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "hello",
      },
    );
    expect(response.status).toBe(200);
    const [answer] = callbacks("ChatbotOpenFileUploadPromptResponse");
    expect(answer).toMatchObject({
      canceledByGuest: false,
      fileUrl: expect.stringMatching(/\/_emulator\/files\/[\w-]+\/a%20b\.txt$/),
    });
    const download = await fetch(answer?.fileUrl as string);
    expect(await download.text()).toBe("hello");
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="a b.txt"');
    expect((await call("POST", `/sessions/${id}/files/cancel`, {})).status).toBe(409); // no prompt open any more
  });

  it("operator joins, writes and leaves; the platform ends a session", async () => {
    const { id } = await startSession();
    expect((await call("POST", `/sessions/${id}/operator/join`, {})).status).toBe(409); // the bot still has it
    for (const operator of sim.data.operators) operator.available = false; // nobody joins by himself
    await postActivity(sim, { activity: "HandOff", sessionId: id });
    let view = (await call("GET", `/sessions/${id}`)).body as SessionView;
    expect(view.state).toBe("queued");
    expect((await call("POST", `/sessions/${id}/operator/join`, { userId: 2 })).status).toBe(200);
    expect((await call("POST", `/sessions/${id}/operator/messages`, { text: "Hi, Tomáš here" })).status).toBe(200);
    expect((await call("POST", `/sessions/${id}/operator/leave`, {})).status).toBe(200);
    view = (await call("GET", `/sessions/${id}`)).body as SessionView;
    expect(view.state).toBe("ended");
    expect(view.items.filter((i) => i.from === "operator").map((i) => i.kind === "text" && i.text)).toEqual([
      "Hi, Tomáš here",
    ]);
    const other = await startSession();
    await call("POST", `/sessions/${other.id}/end`, {});
    expect(callbacks("ConversationEnded").map((c) => c.sessionId)).toEqual([other.id]);
  });
});

describe("validation in default (tolerant) mode", () => {
  it("accepts exactly what the default-mode request family accepts, and answers 400 naming the field otherwise", async () => {
    const { id } = await startSession();
    const variants: unknown[] = [
      { activity: "Text", sessionId: id, text: "plain" },
      { activity: "Text", sessionId: id, text: "hi", language: "cs", source: "Default" }, // mluvii's sample bots
      { activity: "Forward", sessionId: id, operatorGroupId: 1, userId: null }, // C#-model nulls
      { activity: "SendHeroCard", sessionId: id, heroCardId: "1" }, // the Python samples' numeric string
      { activity: "Text", sessionId: id },
      { activity: "Text", sessionId: "x", text: "a" },
      { activity: "Typing", sessionId: id, show: "yes" },
      { activity: "NoSuchActivity", sessionId: id },
    ];
    for (const body of variants) {
      const session = await startSession(); // a fresh session: Forward above ends the bot's part
      const activity = {
        ...(body as object),
        sessionId: (body as { sessionId: unknown }).sessionId === "x" ? "x" : session.id,
      };
      const parsed = mluviiChatbotRequests.safeParse(activity);
      const answer = await postActivity(sim, activity);
      expect(answer.status, JSON.stringify(activity)).toBe(parsed.ok && parsed.known ? 200 : 400);
      const [entry] = sim.transcript.filter({ route: "chatbot-activity" }).slice(-1);
      expect(entry?.validation?.ok).toBe(parsed.ok && parsed.known);
      if (!parsed.ok) {
        expect(entry?.validation?.message).toBe(parsed.error.message);
        expect(Object.keys(answer.body as object)).toContain(
          parsed.error.issues[0]?.path.replace(/^\$\.?/, "") || "activity",
        );
      }
    }
  });

  it("accepts a Text with tags mluvii drops, records them as warnings and shows the guest the original", async () => {
    const { id } = await startSession();
    const text = "<strong>Hi</strong><img src=x onerror=alert(1)><script>x()</script>";
    expect((await postActivity(sim, { activity: "Text", sessionId: id, text })).status).toBe(200);
    const [entry] = sim.transcript.filter({ route: "chatbot-activity", activity: "Text" });
    expect(entry?.validation).toEqual({
      ok: true,
      type: "Text",
      warnings: ["mluvii drops <img> from $.text", "mluvii drops <script> from $.text"],
    });
    const view = (await call("GET", `/sessions/${id}`)).body as SessionView;
    expect(view.items.at(-1)).toMatchObject({ kind: "text", from: "bot", text });
  });
});

describe("events, faults, data, export and the guard", () => {
  it("streams a snapshot, then session and exchange events", async () => {
    const controller = new AbortController();
    const response = await fetch(`${sim.origin}/_emulator/api/events`, { signal: controller.signal });
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = "";
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        text += new TextDecoder().decode(value);
      }
    };
    await until(/^event: snapshot\ndata: .*\n\n/);
    expect(JSON.parse(/^event: snapshot\ndata: (.*)\n/.exec(text)?.[1] ?? "{}")).toMatchObject({
      simulator: {
        chatbotId: 1,
        botCallbackUrl: expect.stringMatching(/\/cb\?access_token=\*\*\*$/),
        callbackDeadlineMs: 2000,
      },
      sessions: [],
    });
    expect(text).not.toContain("secret-token");
    const session = await startSession();
    await until(new RegExp(`event: session\\ndata: \\{"id":${session.id}`));
    await until(/event: exchange\ndata: \{[^\n]*"activity":"ConversationStarted"/);
    controller.abort();
  });

  it("injects, lists and removes faults; expires tokens", async () => {
    const bad = await call("POST", "/faults", { route: "bot-callback", kind: "status", status: 500 });
    expect(bad.status).toBe(400);
    const added = await call("POST", "/faults", {
      route: "chatbot-activity",
      kind: "status",
      status: 429,
      retryAfter: 2,
      activity: "Text",
      times: "Infinity",
    });
    expect(added).toMatchObject({
      status: 201,
      body: { label: "chatbot-activity status 429 Retry-After 2 (Text) ×∞" },
    });
    const { id } = await startSession();
    expect((await postActivity(sim, { activity: "Text", sessionId: id, text: "x" })).status).toBe(429);
    const listed = (await call("GET", "/faults")).body as { id: number; hits: number }[];
    expect(listed).toMatchObject([{ hits: 1 }]);
    expect((await call("DELETE", `/faults/${listed[0]?.id}`)).status).toBe(204);
    expect((await postActivity(sim, { activity: "Text", sessionId: id, text: "x" })).status).toBe(200);
    const token = sim.issueToken();
    expect((await call("POST", "/tokens/expire")).status).toBe(204);
    expect((await postActivity(sim, { activity: "Text", sessionId: id, text: "x" }, { token })).status).toBe(401);
  });

  it("PUT /data replaces the given keys; GetAvailableGroups answers with them", async () => {
    const groups = [{ displayName: "Night shift", groupId: 9, groupState: "ONLINE", groupOfflineReasons: [] }];
    expect((await call("PUT", "/data", { groups })).status).toBe(200);
    expect((await call("PUT", "/data", { groups: [{ displayName: "x", groupId: -1 }] })).status).toBe(400);
    const { id } = await startSession();
    await postActivity(sim, { activity: "GetAvailableGroups", sessionId: id });
    await sim.idle();
    expect(callbacks("GetAvailableGroupsResponse")[0]?.availableGroups).toEqual([
      expect.objectContaining({ displayName: "Night shift", groupId: 9, groupWorkload: expect.any(Object) }),
    ]);
  });

  it("exports a session as NDJSON: every payload in order, retries left out", async () => {
    const { id } = await startSession();
    await call("POST", `/sessions/${id}/messages`, { text: "hello" });
    await postActivity(sim, { activity: "GetCallParams", sessionId: id });
    await sim.idle();
    const all = await fetch(`${sim.origin}/_emulator/api/sessions/${id}/export`);
    expect(all.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const lines = (await all.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { activity?: string });
    expect(lines.map((l) => l.activity)).toEqual([
      "ConversationStarted",
      "Text",
      "GetCallParams",
      "GetCallParamsResponse",
    ]);
    const callbacksOnly = await (
      await fetch(`${sim.origin}/_emulator/api/sessions/${id}/export?kind=callbacks`)
    ).text();
    expect(callbacksOnly.trim().split("\n")).toHaveLength(3);
    expect((await call("GET", `/sessions/${id}/export?kind=nope`)).status).toBe(400);
  });

  it("refuses other sites' pages and rebound host names", async () => {
    const foreign = await fetch(`${sim.origin}/_emulator/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: "{}",
    });
    expect(foreign.status).toBe(403);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(`${sim.origin}/_emulator/api/state`);
      request(
        { host: url.hostname, port: url.port, path: url.pathname, headers: { host: "rebound.example:80" } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      )
        .on("error", reject)
        .end();
    });
    expect(status).toBe(403);
    const same = await fetch(`${sim.origin}/_emulator/api/state`, { headers: { origin: sim.origin } });
    expect(same.status).toBe(200);
  });

  it("serves the UI page with a strict content security policy, and nothing without ui: true", async () => {
    const page = await fetch(`${sim.origin}/`);
    expect([200, 503]).toContain(page.status);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const plain = createMluviiSimulator({ pingOnStart: false });
    await plain.start();
    expect((await fetch(`${plain.origin}/_emulator/api/state`)).status).toBe(404);
    expect(plain.emulatorUrl).toBeUndefined();
    await plain.stop();
  });
});
