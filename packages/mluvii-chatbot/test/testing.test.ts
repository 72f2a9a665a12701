import { valueAt } from "@contactkit/core/testing";
import {
  callbackTokenAuth,
  createInMemoryCorrelator,
  createMluviiCallbackHandler,
  mluviiChatbotCallbacks,
  mluviiChatbotRequests,
  validateChatbotRequest,
} from "@contactkit/mluvii-chatbot";
import {
  createTestChatbotRequest,
  createTestEvent,
  createTestRequest,
  TestEventError,
} from "@contactkit/mluvii-chatbot/testing";
import { arbitraryChatbotRequest, arbitraryEvent } from "@contactkit/mluvii-chatbot/testing/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leafPaths, overridesFrom } from "../../../test-support/overrides";

const callbackTypes = mluviiChatbotCallbacks.types;
const requestKinds = mluviiChatbotRequests.types;

describe("createTestEvent (callbacks: guest events and …Responses)", () => {
  it.each(callbackTypes)("%s: a valid callback of its type, strict mode included", (type) => {
    const event = createTestEvent(type);
    expect(mluviiChatbotCallbacks.safeParse(event, { strict: true })).toMatchObject({ ok: true, known: true, type });
  });

  it("every type: overrides land where they are typed and the callback still parses to its type", () => {
    const cases = fc.constantFrom(...callbackTypes).chain((type) =>
      arbitraryEvent(type).chain((source) =>
        fc.subarray(leafPaths(source).filter((p) => p.length > 0 && p[0] !== "activity")).map((paths) => ({
          type,
          source,
          paths,
        })),
      ),
    );
    fc.assert(
      fc.property(cases, ({ type, source, paths }) => {
        const event = createTestEvent(type, overridesFrom(source, paths));
        expect(mluviiChatbotCallbacks.safeParse(event)).toMatchObject({ ok: true, known: true, type });
        for (const path of paths) expect(valueAt(event, path)).toEqual(valueAt(source, path));
      }),
      { numRuns: 300 },
    );
  });

  it.each(callbackTypes.filter((t) => t !== "Ping"))("%s: a fresh 7-digit session id on every call", (type) => {
    const [a, b] = [createTestEvent(type), createTestEvent(type)] as { sessionId: number }[];
    expect(a?.sessionId).not.toBe(b?.sessionId);
    expect(String(a?.sessionId)).toMatch(/^[1-9]\d{6}$/);
  });

  it("stamps a guest Text with now, without an offset, as mluvii does", () => {
    const before = Date.now();
    const { timestamp } = createTestEvent("Text");
    expect(timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);
    expect(Date.parse(`${timestamp}Z`)).toBeGreaterThanOrEqual(before - 1);
  });
});

describe("createTestChatbotRequest (what a bot sends)", () => {
  it.each(requestKinds)("%s: passes the strict outbound validation", (kind) => {
    expect(() => validateChatbotRequest(createTestChatbotRequest(kind))).not.toThrow();
  });

  it("every kind: overrides land where they are typed and the request still passes strict validation", () => {
    const cases = fc
      .constantFrom(...requestKinds)
      .chain((kind) =>
        arbitraryChatbotRequest(kind).chain((source) =>
          fc
            .subarray(leafPaths(source).filter((p) => p.length > 0 && p[0] !== "activity" && p[0] !== "type"))
            .map((paths) => ({ kind, source, paths })),
        ),
      );
    fc.assert(
      fc.property(cases, ({ kind, source, paths }) => {
        const request = createTestChatbotRequest(kind, overridesFrom(source, paths));
        expect(mluviiChatbotRequests.safeParse(request, { strict: true })).toMatchObject({ ok: true, type: kind });
        for (const path of paths) expect(valueAt(request, path)).toEqual(valueAt(source, path));
      }),
      { numRuns: 200 },
    );
  });

  it("validates strictly: an unknown key is refused, naming it", () => {
    const extra = () => createTestChatbotRequest("Text", { text: "hi", colour: "red" } as { text: string });
    expect(extra).toThrow(TestEventError);
    expect(extra).toThrow(/\$/);
  });

  it("arbitraryChatbotRequest: every generated request passes strict validation", () => {
    fc.assert(
      fc.property(arbitraryChatbotRequest(), (request) => {
        expect(mluviiChatbotRequests.safeParse(request, { strict: true }).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(requestKinds.length).toBeGreaterThan(20);
  });
});

describe("createTestRequest: mluvii's POST to the callback URL", () => {
  const TOKEN = "t0k3n";

  it("is acknowledged by createMluviiCallbackHandler and resolves the bot's waiting request", async () => {
    const correlator = createInMemoryCorrelator();
    const handler = createMluviiCallbackHandler({ auth: callbackTokenAuth({ tokens: [TOKEN] }), correlator });
    const response = createTestEvent("GetAvailableGroupsResponse");
    const waiting = correlator.register(
      { sessionId: response.sessionId, activity: response.activity },
      { timeoutMs: 30_000 },
    );
    const answer = await handler(createTestRequest(response, { auth: { token: TOKEN } }));
    expect(answer.status).toBe(200);
    expect(await waiting.response).toEqual(response);
  });

  it("puts the token in ?access_token= (or a path segment), sends no Content-Type", async () => {
    const handler = createMluviiCallbackHandler({ auth: callbackTokenAuth({ tokens: [TOKEN] }) });
    const query = createTestRequest(createTestEvent("Ping"), { auth: { token: TOKEN } });
    expect(new URL(query.url).searchParams.get("access_token")).toBe(TOKEN);
    expect(query.headers.get("content-type")).toBeNull();
    expect((await handler(query)).status).toBe(200);
    const path = createTestRequest(createTestEvent("Text"), { auth: { token: TOKEN, in: "path" } });
    expect((await handler(path)).status).toBe(200);
    expect((await handler(createTestRequest(createTestEvent("Text"), { auth: { token: "x" } }))).status).toBe(401);
  });
});
