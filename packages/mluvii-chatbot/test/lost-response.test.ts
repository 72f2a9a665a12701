/**
 * A lost `…Response` costs the one request whose answer was lost, never the ones after it (issue: one dropped
 * `GetCallParamsResponse` made every later `getCallParams` of the session fail). Real bot, real callback
 * receiver, the mluvii simulator dropping or delaying one callback on route `bot-callback`.
 */
import { createInMemoryCorrelator, MluviiChatbotResponseTimeoutError } from "@contactkit/mluvii-chatbot";
import { afterEach, describe, expect, it } from "vitest";
import { type SimulatedBot, startSimulatedBot } from "./support/simulated-bot";

let harness: SimulatedBot | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const RESPONSE_TIMEOUT_MS = 400;

describe("a lost response costs at most its own request (in-memory correlator, simulator)", () => {
  it("drop one GetCallParamsResponse, then 8 getCallParams on the same session: 8 of 8 succeed", async () => {
    harness = await startSimulatedBot({ responseTimeoutMs: RESPONSE_TIMEOUT_MS });
    const { sim, bot } = harness;
    const session = await sim.startSession({ callParams: { who: "guest" } });
    sim.faults.inject({ route: "bot-callback", kind: "drop", activity: "GetCallParamsResponse", times: 1 });

    await expect(bot.getCallParams(session.id)).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    const outcomes: string[] = [];
    for (let n = 0; n < 8; n++) {
      outcomes.push(
        await bot.getCallParams(session.id).then(
          (r) => r.callParams?.who ?? "missing",
          (e: unknown) => (e instanceof Error ? e.name : String(e)),
        ),
      );
    }
    expect(outcomes).toEqual(Array(8).fill("guest"));
  });

  it("drop one SetCallParamsResponse, then 8 setCallParams on the same session: 8 of 8 succeed", async () => {
    harness = await startSimulatedBot({
      responseTimeoutMs: RESPONSE_TIMEOUT_MS,
      correlator: createInMemoryCorrelator({ lateResponseWindowMs: 300 }),
    });
    const { sim, bot } = harness;
    const session = await sim.startSession();
    sim.faults.inject({ route: "bot-callback", kind: "drop", activity: "SetCallParamsResponse", times: 1 });

    await expect(bot.setCallParams(session.id, { step: "lost" })).rejects.toBeInstanceOf(
      MluviiChatbotResponseTimeoutError,
    );
    let succeeded = 0;
    for (let n = 0; n < 8; n++) {
      const result = await bot.setCallParams(session.id, { step: String(n) }).catch(() => undefined);
      if (result?.success) succeeded++;
    }
    expect(succeeded).toBe(8);
    expect(session.callParams.step).toBe("7");
  });

  it("a SetCallParamsResponse delayed past its timeout is reported late and never answers the next request", async () => {
    harness = await startSimulatedBot({
      responseTimeoutMs: RESPONSE_TIMEOUT_MS,
      correlator: createInMemoryCorrelator({ lateResponseWindowMs: 5_000 }),
    });
    const { sim, bot, unmatched } = harness;
    const session = await sim.startSession();
    sim.faults.inject({
      route: "bot-callback",
      kind: "latency",
      ms: RESPONSE_TIMEOUT_MS + 300,
      activity: "SetCallParamsResponse",
      times: 1,
    });
    const slow = bot.setCallParams(session.id, { step: "slow" });
    await expect(slow).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    // Issued at once: it waits until the slow request's answer has come (and is counted late), then goes out.
    const next = await bot.setCallParams(session.id, { step: "next" });
    expect(next.success).toBe(true);
    expect(unmatched).toEqual([{ activity: "SetCallParamsResponse", reason: "late" }]);
    const posts = sim.transcript.filter({ route: "chatbot-activity" }).filter((e) => e.activity === "SetCallParams");
    expect(posts).toHaveLength(2);
  });
});
