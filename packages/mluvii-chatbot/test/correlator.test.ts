import {
  createInMemoryCorrelator,
  type GetCallParamsResponse,
  MluviiChatbotClosedError,
  type MluviiChatbotResponse,
  MluviiChatbotResponseTimeoutError,
  RESPONSE_ACTIVITIES,
  RESPONSE_CORRELATION,
  type SetCallParamsResponse,
} from "@contactkit/mluvii-chatbot";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const callParams = (sessionId: number, tag: string): GetCallParamsResponse => ({
  activity: "GetCallParamsResponse",
  sessionId,
  callParams: { tag },
});
const setResult = (sessionId: number, tag: string): SetCallParamsResponse => ({
  activity: "SetCallParamsResponse",
  sessionId,
  success: true,
  errorMessage: tag,
});
const read = (sessionId: number, query?: string) => ({
  sessionId,
  activity: "GetCallParamsResponse" as const,
  ...(query === undefined ? {} : { query }),
});
const write = (sessionId: number) => ({ sessionId, activity: "SetCallParamsResponse" as const });
const tagOf = async (w: { response: Promise<MluviiChatbotResponse> }) => {
  const r = await w.response;
  return r.activity === "GetCallParamsResponse" ? r.callParams?.tag : (r as SetCallParamsResponse).errorMessage;
};
/** Whether a promise has settled, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe("in-memory correlator", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("classifies every response activity: reads share answers, the rest are serialised", () => {
    expect(Object.keys(RESPONSE_CORRELATION).sort()).toEqual([...RESPONSE_ACTIVITIES].sort());
    const shared = RESPONSE_ACTIVITIES.filter((a) => RESPONSE_CORRELATION[a] === "shared").sort();
    expect(shared).toEqual([
      "GetAvailableGroupsResponse",
      "GetAvailableOperatorsResponse",
      "GetCallParamsResponse",
      "GetGuestIdentityResponse",
      "GetHeroCardsResponse",
      "GetMediaObjectsResponse",
      "ObtainCrmIdentityResponse",
    ]);
  });

  it("resolves the waiter of the matching session and response activity", async () => {
    const c = createInMemoryCorrelator();
    const a = c.register(read(1), { timeoutMs: 1000 });
    const b = c.register(read(2), { timeoutMs: 1000 });
    expect(c.deliver(callParams(2, "for-2"))).toBe("delivered");
    expect(c.deliver(callParams(1, "for-1"))).toBe("delivered");
    expect(await tagOf(a)).toBe("for-1");
    expect(await tagOf(b)).toBe("for-2");
    expect(c.pending()).toBe(0);
  });

  it("one answer serves every pending read of the same query on the session; their own answers are then spent", async () => {
    const c = createInMemoryCorrelator();
    const waiters = [1, 2, 3].map(() => c.register(read(7), { timeoutMs: 1000 }));
    await Promise.all(waiters.map((w) => w.registered)); // reads never wait for each other
    expect(c.deliver(callParams(7, "first"))).toBe("delivered");
    expect(await Promise.all(waiters.map(tagOf))).toEqual(["first", "first", "first"]);
    // The other two requests' own answers still come: accounted for, not reported as strays.
    expect(c.deliver(callParams(7, "second"))).toBe("delivered");
    expect(c.deliver(callParams(7, "third"))).toBe("delivered");
    expect(c.deliver(callParams(7, "fourth"))).toBe("unmatched");
    expect(c.stats()).toEqual({ waiting: 0, queued: 0, owed: 0, lanes: 0 });
  });

  it("reads of different queries never share: the second waits until the first's answer is in", async () => {
    const c = createInMemoryCorrelator();
    const narrow = c.register(read(3, '{"groupIds":[1]}'), { timeoutMs: 1000 });
    const wide = c.register(read(3), { timeoutMs: 1000 });
    expect(await settled(narrow.registered)).toBe(true);
    expect(await settled(wide.registered)).toBe(false);
    expect(c.stats()).toMatchObject({ waiting: 1, queued: 1 });
    expect(c.deliver(callParams(3, "narrow"))).toBe("delivered");
    expect(await settled(wide.registered)).toBe(true);
    expect(c.deliver(callParams(3, "wide"))).toBe("delivered");
    expect(await tagOf(narrow)).toBe("narrow");
    expect(await tagOf(wide)).toBe("wide");
  });

  it("serialises the other kinds per session: the next request is admitted once the previous one is answered", async () => {
    const c = createInMemoryCorrelator();
    const first = c.register(write(5), { timeoutMs: 1000 });
    const second = c.register(write(5), { timeoutMs: 1000 });
    const otherSession = c.register(write(6), { timeoutMs: 1000 });
    expect(await settled(first.registered)).toBe(true);
    expect(await settled(otherSession.registered)).toBe(true);
    expect(await settled(second.registered)).toBe(false);
    expect(c.deliver(setResult(5, "one"))).toBe("delivered");
    expect(await settled(second.registered)).toBe(true);
    expect(c.deliver(setResult(5, "two"))).toBe("delivered");
    expect([await tagOf(first), await tagOf(second)]).toEqual(["one", "two"]);
  });

  it("times out with a typed error, counting from admission, not from register", async () => {
    const c = createInMemoryCorrelator({ lateResponseWindowMs: 0 });
    const blocker = c.register(write(9), { timeoutMs: 500 });
    const w = c.register(write(9), { timeoutMs: 250 });
    const outcome = w.response.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(400);
    c.deliver(setResult(9, "blocker"));
    expect(await tagOf(blocker)).toBe("blocker");
    await vi.advanceTimersByTimeAsync(249);
    expect(c.pending()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    expect(error).toMatchObject({ sessionId: 9, responseActivity: "SetCallParamsResponse", timeoutMs: 250 });
    expect(c.pending()).toBe(0);
  });

  it("a response nobody waits for is unmatched", () => {
    const c = createInMemoryCorrelator();
    expect(c.deliver(callParams(3, "x"))).toBe("unmatched");
    c.register(read(3), { timeoutMs: 1000 });
    // same session, other activity: still unmatched
    expect(c.deliver({ activity: "GetHeroCardsResponse", sessionId: 3, heroCards: [] })).toBe("unmatched");
  });

  it("a serial request that timed out holds its lane until its late answer arrives; the next gets its own", async () => {
    const c = createInMemoryCorrelator({ lateResponseWindowMs: 10_000 });
    const old = c.register(write(4), { timeoutMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    await expect(old.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    const fresh = c.register(write(4), { timeoutMs: 1000 });
    expect(await settled(fresh.registered)).toBe(false); // not sent while the old answer may still come
    expect(c.deliver(setResult(4, "answer-to-old"))).toBe("late");
    expect(await settled(fresh.registered)).toBe(true);
    expect(c.deliver(setResult(4, "answer-to-fresh"))).toBe("delivered");
    expect(await tagOf(fresh)).toBe("answer-to-fresh");
  });

  it("when the late answer never comes, the lane is released after the window and the next request succeeds", async () => {
    const c = createInMemoryCorrelator({ lateResponseWindowMs: 1000 });
    c.register(write(4), { timeoutMs: 100 }).response.catch(() => {});
    const next = c.register(write(4), { timeoutMs: 500 });
    await vi.advanceTimersByTimeAsync(1099);
    expect(await settled(next.registered)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(next.registered)).toBe(true);
    expect(c.deliver(setResult(4, "mine"))).toBe("delivered");
    expect(await tagOf(next)).toBe("mine");
  });

  it("a read's late answer serves a newer read of the same query (it describes the same state)", async () => {
    const c = createInMemoryCorrelator();
    const old = c.register(read(4), { timeoutMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    await expect(old.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    const fresh = c.register(read(4), { timeoutMs: 1000 });
    expect(await settled(fresh.registered)).toBe(true); // no wait for reads
    expect(c.deliver(callParams(4, "answer-to-old"))).toBe("delivered");
    expect(await tagOf(fresh)).toBe("answer-to-old");
    expect(c.deliver(callParams(4, "answer-to-fresh"))).toBe("delivered");
    expect(c.stats().lanes).toBe(0);
  });

  it("forgets an owed answer after the late-response window", async () => {
    const c = createInMemoryCorrelator({ lateResponseWindowMs: 1000 });
    c.register(write(4), { timeoutMs: 100 }).response.catch(() => {});
    await vi.advanceTimersByTimeAsync(1100);
    expect(c.stats()).toEqual({ waiting: 0, queued: 0, owed: 0, lanes: 0 });
    expect(c.deliver(setResult(4, "x"))).toBe("unmatched");
  });

  it("cancel before sending owes nothing and releases the lane; cancel after a possible send holds it", async () => {
    const c = createInMemoryCorrelator();
    const notSent = c.register(write(5), { timeoutMs: 1000 });
    const queued = c.register(write(5), { timeoutMs: 1000 });
    notSent.cancel(new Error("rejected"));
    await expect(notSent.response).rejects.toThrow("rejected");
    expect(await settled(queued.registered)).toBe(true);
    queued.cancel(new Error("reset"), { responseMayArrive: true });
    await expect(queued.registered).resolves.toBeUndefined();
    await expect(queued.response).rejects.toThrow("reset");
    const after = c.register(write(5), { timeoutMs: 1000 });
    expect(await settled(after.registered)).toBe(false);
    expect(c.deliver(setResult(5, "x"))).toBe("late");
    expect(await settled(after.registered)).toBe(true);
  });

  it("cancel of a queued waiter rejects `registered` too and lets the one behind it move up", async () => {
    const c = createInMemoryCorrelator();
    const head = c.register(write(5), { timeoutMs: 1000 });
    const middle = c.register(write(5), { timeoutMs: 1000 });
    const tail = c.register(write(5), { timeoutMs: 1000 });
    middle.cancel(new Error("gave up"));
    await expect(middle.registered).rejects.toThrow("gave up");
    c.deliver(setResult(5, "head"));
    expect(await tagOf(head)).toBe("head");
    expect(await settled(tail.registered)).toBe(true);
    expect(c.pending()).toBe(1);
  });

  it("rejects with the abort reason when the signal aborts, queued or admitted", async () => {
    const c = createInMemoryCorrelator();
    const controller = new AbortController();
    const w = c.register(write(6), { timeoutMs: 1000, signal: controller.signal });
    const queued = c.register(write(6), { timeoutMs: 1000, signal: controller.signal });
    controller.abort(new Error("user gave up"));
    await expect(w.response).rejects.toThrow("user gave up");
    await expect(queued.registered).rejects.toThrow("user gave up");
    expect(c.pending()).toBe(0);
    // The admitted one may have been sent: its answer is still owed.
    expect(c.deliver(setResult(6, "x"))).toBe("late");
    const early = c.register(write(6), { timeoutMs: 1000, signal: AbortSignal.abort(new Error("already")) });
    await expect(early.registered).rejects.toThrow("already");
    expect(c.stats().lanes).toBe(0);
  });

  it("close rejects every waiter, admitted or queued, and forgets owed answers", async () => {
    const c = createInMemoryCorrelator();
    const w = c.register(write(8), { timeoutMs: 1000 });
    const queued = c.register(write(8), { timeoutMs: 1000 });
    c.register(write(9), { timeoutMs: 10 }).response.catch(() => {});
    await vi.advanceTimersByTimeAsync(10);
    c.close();
    await expect(w.response).rejects.toBeInstanceOf(MluviiChatbotClosedError);
    await expect(queued.registered).rejects.toBeInstanceOf(MluviiChatbotClosedError);
    expect(c.pending()).toBe(0);
    expect(c.stats()).toEqual({ waiting: 0, queued: 0, owed: 0, lanes: 0 });
  });

  it("rejects a negative late window", () => {
    expect(() => createInMemoryCorrelator({ lateResponseWindowMs: -1 })).toThrow(/lateResponseWindowMs/);
  });
});
