import { type CcaiQmEventMap, ccaiQmAuth, ccaiQmEvents, createCcaiQmHandler } from "@contactkit/ccai-qm-chat";
import { createRouter, type ParsedEvent } from "@contactkit/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtureText, sampleText } from "./helpers";

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("https://qm.example.com/ccai", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
const basic = (user: string, pass: string) => `Basic ${btoa(`${user}:${pass}`)}`;

afterEach(() => vi.restoreAllMocks());

// CCAI Platform documents no authentication for the QM push, so the preset makes it a required, explicit choice
// among the schemes an endpoint can be configured with.
describe("createCcaiQmHandler (push authentication is undocumented)", () => {
  it("Basic: accepts the configured credentials, rejects others with a challenge", async () => {
    const handler = createCcaiQmHandler({
      auth: { kind: "basic", credentials: [{ username: "acme", password: "s3cret" }] },
    });
    const ok = await handler(post(fixtureText("01-chat-started.json"), { authorization: basic("acme", "s3cret") }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, type: "waiting" });
    const bad = await handler(post(fixtureText("01-chat-started.json"), { authorization: basic("acme", "nope") }));
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toMatch(/^Basic/);
  });

  it("bearer token", async () => {
    const handler = createCcaiQmHandler({ auth: { kind: "bearer", tokens: ["t-1", "t-2"] } });
    expect((await handler(post(sampleText("agent-login.json"), { authorization: "Bearer t-2" }))).status).toBe(200);
    expect((await handler(post(sampleText("agent-login.json"), { authorization: "Bearer t-3" }))).status).toBe(401);
  });

  it("shared-secret header", async () => {
    const handler = createCcaiQmHandler({ auth: { kind: "header", header: "x-qm-secret", secrets: ["abc"] } });
    expect((await handler(post(sampleText("agent-login.json"), { "x-qm-secret": "abc" }))).status).toBe(200);
    expect((await handler(post(sampleText("agent-login.json")))).status).toBe(401);
  });

  it("none: works, and warns through the logger (or console.warn without one)", async () => {
    const warn = vi.fn();
    const handler = createCcaiQmHandler({ auth: { kind: "none" }, logger: { warn } });
    expect((await handler(post(sampleText("agent-login.json")))).status).toBe(200);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("unauthenticated"));
    const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => {});
    createCcaiQmHandler({ auth: { kind: "none" } });
    expect(consoleWarn).toHaveBeenCalledTimes(1);
  });

  it("does not warn for authenticated modes", () => {
    const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => {});
    createCcaiQmHandler({ auth: { kind: "bearer", tokens: ["t"] } });
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it("refuses an empty secret list at construction", () => {
    expect(() => ccaiQmAuth({ kind: "bearer", tokens: [] })).toThrow(TypeError);
  });

  it("routes wrapped and bare events, answers 400 for the missing-comma example and 200 for unknown types", async () => {
    const seen: string[] = [];
    const router = createRouter(ccaiQmEvents)
      .on(["waiting", "connected", "participantDisconnect"], (e) => {
        seen.push(`chat ${e.chat_id}`);
      })
      .on("AgentState", (e) => {
        seen.push(`agent ${e.State}`);
      })
      .onUnknown((e) => {
        seen.push(`unknown ${e.type}`);
      });
    const handler = createCcaiQmHandler({
      auth: { kind: "bearer", tokens: ["t"] },
      process: router,
      ack: "after-handlers",
    });
    const auth = { authorization: "Bearer t" };
    expect((await handler(post(fixtureText("02-chat-waiting-for-assignment.json"), auth))).status).toBe(200);
    expect(
      (
        await handler(
          post(`{"type":"ChatState","item":${fixtureText("15-chat-session-transfers--session-transfer.json")}}`, auth),
        )
      ).status,
    ).toBe(200);
    expect((await handler(post(sampleText("agent-logout.json"), auth))).status).toBe(200);
    expect((await handler(post('{"type":"QueueState","item":{}}', auth))).status).toBe(200);
    const broken = await handler(
      post(fixtureText("10-participant-left-the-chat--human-agent-leaving-a-chat.txt"), auth),
    );
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: expect.stringContaining("line 20, column 7") });
    expect(seen).toEqual(["chat 196", "chat 208", "agent logout", "unknown QueueState"]);
  });

  it("acknowledges before processing by default", async () => {
    const processed: ParsedEvent<CcaiQmEventMap>[] = [];
    const handler = createCcaiQmHandler({ auth: { kind: "none" }, logger: {}, process: (p) => void processed.push(p) });
    expect((await handler(post(fixtureText("07-chat-dismissed.json")))).status).toBe(200);
    await handler.drain();
    expect(processed.map((p) => p.type)).toEqual(["dismissed"]);
  });
});
