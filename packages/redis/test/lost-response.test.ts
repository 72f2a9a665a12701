/**
 * A lost `…Response` costs the one request whose answer was lost, never the ones after it, across replicas: three
 * bot replicas on a real redis-server behind a round-robin balancer, the mluvii simulator dropping or delaying one
 * callback on route `bot-callback`.
 */
import { MluviiChatbotResponseTimeoutError } from "@contactkit/mluvii-chatbot";
import { afterEach, describe, expect, it } from "vitest";
import { haveRedis, uniquePrefix, useRedis } from "./redis-server";
import { type ReplicaCluster, startCluster } from "./support/replicas";

const RESPONSE_TIMEOUT_MS = 500;

let server: Awaited<ReturnType<typeof useRedis>> | undefined;
let cluster: ReplicaCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  await server?.release();
  cluster = undefined;
  server = undefined;
});

async function start(lateResponseWindowMs?: number) {
  server = await useRedis();
  cluster = await startCluster({
    redisUrl: server.url,
    keyPrefix: uniquePrefix("lost"),
    webhooks: false,
    responseTimeoutMs: RESPONSE_TIMEOUT_MS,
    ...(lateResponseWindowMs === undefined ? {} : { lateResponseWindowMs }),
  });
  return cluster;
}

describe.skipIf(!haveRedis)("a lost response costs at most its own request (Redis correlator, 3 replicas)", () => {
  it("drop one GetCallParamsResponse, then 8 getCallParams on the same session: 8 of 8 succeed", async () => {
    const { sim, replicas } = await start();
    const session = await sim.startSession({ callParams: { who: "guest" } });
    sim.faults.inject({ route: "bot-callback", kind: "drop", activity: "GetCallParamsResponse", times: 1 });
    const [a] = replicas;
    await expect(a?.bot.getCallParams(session.id)).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    const outcomes: string[] = [];
    for (let n = 0; n < 8; n++) {
      const replica = replicas[n % replicas.length];
      if (!replica) throw new Error("replica expected");
      outcomes.push(
        await replica.bot.getCallParams(session.id).then(
          (r) => r.callParams?.who ?? "missing",
          (e: unknown) => (e instanceof Error ? e.name : String(e)),
        ),
      );
    }
    expect(outcomes).toEqual(Array(8).fill("guest"));
  });

  it("drop one SetCallParamsResponse, then 8 setCallParams on the same session: 8 of 8 succeed", async () => {
    const { sim, replicas } = await start(300);
    const session = await sim.startSession();
    sim.faults.inject({ route: "bot-callback", kind: "drop", activity: "SetCallParamsResponse", times: 1 });
    const [a] = replicas;
    await expect(a?.bot.setCallParams(session.id, { step: "lost" })).rejects.toBeInstanceOf(
      MluviiChatbotResponseTimeoutError,
    );
    let succeeded = 0;
    for (let n = 0; n < 8; n++) {
      const result = await replicas[n % replicas.length]?.bot
        .setCallParams(session.id, { step: String(n) })
        .catch(() => undefined);
      if (result?.success) succeeded++;
    }
    expect(succeeded).toBe(8);
    expect(session.callParams.step).toBe("7");
  });
});
