import {
  createInMemoryCorrelator,
  type GetCallParamsResponse,
  MluviiChatbotClosedError,
  MluviiChatbotResponseTimeoutError,
} from "@contactkit/mluvii-chatbot";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const callParams = (sessionId: number, tag: string): GetCallParamsResponse => ({
  activity: "GetCallParamsResponse",
  sessionId,
  callParams: { tag },
});
const key = (sessionId: number) => ({ sessionId, activity: "GetCallParamsResponse" as const });

describe("in-memory correlator", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("resolves the waiter of the matching session and response activity", async () => {
    const c = createInMemoryCorrelator();
    const a = c.register(key(1), { timeoutMs: 1000 });
    const b = c.register(key(2), { timeoutMs: 1000 });
    expect(c.deliver(callParams(2, "for-2"))).toBe("delivered");
    expect(c.deliver(callParams(1, "for-1"))).toBe("delivered");
    await expect(a.response).resolves.toMatchObject({ callParams: { tag: "for-1" } });
    await expect(b.response).resolves.toMatchObject({ callParams: { tag: "for-2" } });
    expect(c.pending()).toBe(0);
  });

  it("resolves concurrent requests of one kind on one session in FIFO order", async () => {
    const c = createInMemoryCorrelator();
    const waiters = [1, 2, 3].map(() => c.register(key(7), { timeoutMs: 1000 }));
    for (const tag of ["first", "second", "third"]) c.deliver(callParams(7, tag));
    const tags = await Promise.all(
      waiters.map(async (w) => ((await w.response) as GetCallParamsResponse).callParams?.tag),
    );
    expect(tags).toEqual(["first", "second", "third"]);
  });

  it("times out with a typed error naming session, response and wait", async () => {
    const c = createInMemoryCorrelator();
    const w = c.register(key(9), { timeoutMs: 250 });
    const outcome = w.response.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(249);
    expect(c.pending()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    expect(error).toMatchObject({ sessionId: 9, responseActivity: "GetCallParamsResponse", timeoutMs: 250 });
    expect(c.pending()).toBe(0);
  });

  it("a response nobody waits for is unmatched", () => {
    const c = createInMemoryCorrelator();
    expect(c.deliver(callParams(3, "x"))).toBe("unmatched");
    c.register(key(3), { timeoutMs: 1000 });
    // same session, other activity: still unmatched
    expect(c.deliver({ activity: "GetHeroCardsResponse", sessionId: 3, heroCards: [] })).toBe("unmatched");
  });

  it("a response arriving after its waiter timed out is late and cannot resolve a newer request", async () => {
    const c = createInMemoryCorrelator({ lateResponseWindowMs: 10_000 });
    const old = c.register(key(4), { timeoutMs: 100 });
    old.response.catch(() => {});
    await vi.advanceTimersByTimeAsync(100);
    const fresh = c.register(key(4), { timeoutMs: 1000 });
    expect(c.deliver(callParams(4, "answer-to-old"))).toBe("late");
    expect(c.deliver(callParams(4, "answer-to-fresh"))).toBe("delivered");
    await expect(fresh.response).resolves.toMatchObject({ callParams: { tag: "answer-to-fresh" } });
  });

  it("forgets an owed answer after the late-response window", async () => {
    const c = createInMemoryCorrelator({ lateResponseWindowMs: 1000 });
    c.register(key(4), { timeoutMs: 100 }).response.catch(() => {});
    await vi.advanceTimersByTimeAsync(1200);
    expect(c.deliver(callParams(4, "x"))).toBe("unmatched");
  });

  it("cancel before sending owes nothing; cancel after a possible send does", async () => {
    const c = createInMemoryCorrelator();
    const notSent = c.register(key(5), { timeoutMs: 1000 });
    notSent.cancel(new Error("rejected"));
    await expect(notSent.response).rejects.toThrow("rejected");
    expect(c.deliver(callParams(5, "x"))).toBe("unmatched");
    const maybeSent = c.register(key(5), { timeoutMs: 1000 });
    maybeSent.cancel(new Error("reset"), { responseMayArrive: true });
    expect(c.deliver(callParams(5, "x"))).toBe("late");
  });

  it("rejects with the abort reason when the signal aborts", async () => {
    const c = createInMemoryCorrelator();
    const controller = new AbortController();
    const w = c.register(key(6), { timeoutMs: 1000, signal: controller.signal });
    controller.abort(new Error("user gave up"));
    await expect(w.response).rejects.toThrow("user gave up");
    expect(c.pending()).toBe(0);
  });

  it("close rejects every waiter", async () => {
    const c = createInMemoryCorrelator();
    const w = c.register(key(8), { timeoutMs: 1000 });
    c.close();
    await expect(w.response).rejects.toBeInstanceOf(MluviiChatbotClosedError);
    expect(c.pending()).toBe(0);
  });
});
