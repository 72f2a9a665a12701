/**
 * Nothing per lane outlives its requests and the late-response window (the issue: late markers were never pruned,
 * 200,000 timed-out requests left 53 MB behind). Counted in entries, not heap bytes.
 */
import { createInMemoryCorrelator, type MluviiChatbotResponseActivity } from "@contactkit/mluvii-chatbot";
import { describe, expect, it, vi } from "vitest";

describe("in-memory correlator memory bound", () => {
  it("holds no entry and no lane once 200,000 timed-out and aborted requests' windows have passed", async () => {
    const lateResponseWindowMs = 200;
    const c = createInMemoryCorrelator({ lateResponseWindowMs });
    const waves = 20;
    const perWave = 10_000;
    let sessionId = 0;
    let maxOwed = 0;
    for (let wave = 0; wave < waves; wave++) {
      const controller = new AbortController();
      const outcomes: Promise<unknown>[] = [];
      for (let i = 0; i < perWave; i++) {
        // Half serial requests, each on its own session; half reads sharing 100 sessions' lanes.
        const serial = i % 2 === 0;
        const activity: MluviiChatbotResponseActivity = serial ? "SetCallParamsResponse" : "GetCallParamsResponse";
        const waiter = c.register(
          { sessionId: serial ? ++sessionId : i % 100, activity },
          { timeoutMs: 20 + (i % 20), ...(i % 4 === 1 ? { signal: controller.signal } : {}) },
        );
        outcomes.push(waiter.response.catch((error: unknown) => error));
      }
      controller.abort(new Error("caller gave up")); // a quarter: aborted after admission, so their answers are owed
      const settled = await Promise.all(outcomes);
      expect(settled.every((e) => e instanceof Error)).toBe(true);
      maxOwed = Math.max(maxOwed, c.stats().owed);
    }
    expect(c.pending()).toBe(0);
    // While their windows ran, the answers were owed (a late one must still be recognised) …
    expect(maxOwed).toBeGreaterThanOrEqual(perWave);
    // … and once the windows have passed, nothing at all is left of 200,000 requests.
    await vi.waitFor(() => expect(c.stats()).toEqual({ waiting: 0, queued: 0, owed: 0, lanes: 0 }), {
      timeout: 15_000,
      interval: 50,
    });
  }, 120_000);
});
