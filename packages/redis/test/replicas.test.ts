/**
 * Three bot replicas behind a round-robin balancer, on a real redis-server, driven by the mluvii simulator:
 * 1,000 request activities across 100 sessions, the responses landing on whichever replica the balancer picks;
 * and every webhook delivered twice, the copies landing on different replicas.
 */
import type { MluviiChatbotResponse } from "@contactkit/mluvii-chatbot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveRedis, uniquePrefix, useRedis } from "./redis-server";
import { type ReplicaCluster, startCluster } from "./support/replicas";

const SESSIONS = 100;
const PAIRS_PER_SESSION = 5; // SetCallParams + GetCallParams: 10 request activities per session

describe.skipIf(!haveRedis)("three replicas behind a round-robin balancer (real redis-server, simulator)", () => {
  let server: Awaited<ReturnType<typeof useRedis>>;
  let cluster: ReplicaCluster;

  beforeAll(async () => {
    server = await useRedis();
    cluster = await startCluster({ redisUrl: server.url, keyPrefix: uniquePrefix("replicas") });
  });
  afterAll(async () => {
    await cluster?.close();
    await server?.release();
  });

  it("resolves each of 1,000 awaits with its own response, exactly once, wherever the response lands", async () => {
    const { sim, replicas } = cluster;
    sim.faults.inject({ route: "webhook-delivery", kind: "duplicate", times: Number.POSITIVE_INFINITY });
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, (_, n) => sim.startSession({ callParams: { owner: `session-${n}` } })),
    );
    const pick = () => replicas[Math.floor(Math.random() * replicas.length)] ?? replicas[0];
    const outcomes = { resolved: 0, wrong: [] as string[], failed: [] as unknown[] };
    const responses = new Set<MluviiChatbotResponse>();

    await Promise.all(
      sessions.map(async (session, n) => {
        const sessionId = session.id;
        await session.guestSays(`hello from ${n}`);
        for (let step = 0; step < PAIRS_PER_SESSION; step++) {
          try {
            const set = await pick()?.bot.setCallParams(sessionId, { step: String(step) });
            outcomes.resolved++;
            if (set) responses.add(set);
            if (set?.sessionId !== sessionId || set.success !== true) outcomes.wrong.push(`set ${sessionId}/${step}`);
            const got = await pick()?.bot.getCallParams(sessionId);
            outcomes.resolved++;
            if (got) responses.add(got);
            // The answer must be this session's, and reflect this step's write (which the simulator applied first).
            if (
              got?.sessionId !== sessionId ||
              got.callParams?.owner !== `session-${n}` ||
              got.callParams?.step !== String(step)
            )
              outcomes.wrong.push(`get ${sessionId}/${step}: ${JSON.stringify(got?.callParams)}`);
          } catch (error) {
            outcomes.failed.push(error);
          }
        }
        await pick()?.bot.text(sessionId, `done ${n}`);
      }),
    );
    await sim.idle();

    const stats = replicas.map((r) => r.correlator.stats());
    const sum = (key: keyof (typeof stats)[number]) => stats.reduce((total, s) => total + s[key], 0);
    const callbacks = sim.transcript.filter({ route: "bot-callback" }).filter((e) => e.activity?.endsWith("Response"));
    const figures = {
      requests: SESSIONS * PAIRS_PER_SESSION * 2,
      resolved: outcomes.resolved,
      wrong: outcomes.wrong.length,
      lost: outcomes.failed.length,
      duplicated: sum("resolved") - responses.size,
      responseCallbacks: callbacks.length,
      forwardedBetweenReplicas: sum("forwarded"),
      resolvedOnOwnReplica: sum("resolved") - sum("received"),
      late: sum("late"),
      unmatched: sum("unmatched") + replicas.reduce((t, r) => t + r.unmatched.length, 0),
      orphaned: sum("orphaned"),
      callbacksPerReplica: replicas.map((r) => r.hits.callback),
    };
    console.log("[redis replicas] correlation figures:", JSON.stringify(figures));

    expect(outcomes.failed).toEqual([]);
    expect(outcomes.wrong).toEqual([]);
    expect(figures.resolved).toBe(1_000);
    expect(responses.size).toBe(1_000); // a distinct response object per await …
    expect(sum("resolved")).toBe(1_000); // … and each waiter resolved once, none twice
    expect(figures.responseCallbacks).toBe(1_000);
    expect(callbacks.every((e) => e.status === 200)).toBe(true);
    expect(figures.unmatched + figures.late + figures.orphaned).toBe(0);
    // The balancer really spread the responses: most were forwarded from another replica.
    expect(figures.forwardedBetweenReplicas).toBeGreaterThan(400);
    for (const hits of figures.callbacksPerReplica) expect(hits).toBeGreaterThan(200);
    for (const replica of replicas) expect(replica.correlator.pending()).toBe(0);
    expect(replicas.flatMap((r) => r.callbackErrors)).toEqual([]);
  }, 120_000);

  it("processes each webhook delivered twice, to two different replicas, once", async () => {
    // Runs after the traffic above: every delivery was duplicated by the simulator's fault.
    const { replicas, webhookRoute } = cluster;
    await Promise.all(replicas.map((r) => r.webhooks.drain()));
    const copies = new Map<string, number[]>();
    for (const { index, body } of webhookRoute) copies.set(body, [...(copies.get(body) ?? []), index]);
    const processed = replicas.flatMap((r) => r.processed);
    const perKey = new Map<string, number>();
    for (const key of processed) perKey.set(key, (perKey.get(key) ?? 0) + 1);
    const figures = {
      deliveries: webhookRoute.length,
      distinctEvents: copies.size,
      copiesOnDifferentReplicas: [...copies.values()].filter((at) => new Set(at).size > 1).length,
      processed: processed.length,
      processedTwice: [...perKey.values()].filter((n) => n > 1).length,
      processedPerReplica: replicas.map((r) => r.processed.length),
    };
    console.log("[redis replicas] dedupe figures:", JSON.stringify(figures));

    // 100 sessions × (SessionCreated, SessionStarted, guest message, 'done' message).
    expect(figures.distinctEvents).toBe(SESSIONS * 4);
    expect(figures.deliveries).toBe(SESSIONS * 4 * 2);
    expect(figures.copiesOnDifferentReplicas).toBe(SESSIONS * 4);
    expect(figures.processedTwice).toBe(0);
    expect(figures.processed).toBe(SESSIONS * 4);
    for (const n of figures.processedPerReplica) expect(n).toBeGreaterThan(0);
  });
});
