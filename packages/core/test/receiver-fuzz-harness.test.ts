/**
 * The receiver fuzz harness must be able to fail: against receivers broken on purpose it counts crashes,
 * unbounded waits and leaked secrets. (Vendor packages run it for real against their receivers.)
 */
import { describe, expect, it } from "vitest";
import { createWebhookHandler, headerSecretAuth, type WebhookHandler } from "../src";
import { CANARY, type FuzzTarget, runReceiverFuzz } from "./receiver-fuzz-harness";
import { created, type ShopEventMap, shop } from "./support";

const SECRET = "harness-S3cret-value";

function target(handler: WebhookHandler, lines: string[], errors: unknown[]): FuzzTarget {
  return {
    name: "broken on purpose",
    handler,
    lines,
    errors,
    path: "/hook",
    auth: { headers: { "x-hook-secret": SECRET }, query: "" },
    secrets: [SECRET],
    validBodies: [JSON.stringify(created), JSON.stringify({ kind: "OrderCancelled", data: { id: 1, reason: "x" } })],
    bodyLimit: 64 * 1024,
    bodyTimeoutMs: 200,
  };
}

const receiver = (extra: Partial<Parameters<typeof createWebhookHandler<ShopEventMap>>[0]>, errors: unknown[]) =>
  createWebhookHandler<ShopEventMap>({
    family: shop,
    auth: headerSecretAuth({ header: "x-hook-secret", secrets: [SECRET] }),
    bodyLimit: 64 * 1024,
    bodyTimeoutMs: 200,
    onError: (error) => errors.push(error),
    ...extra,
  });

describe("runReceiverFuzz", () => {
  it("counts a secret or a payload value that reaches a log line", async () => {
    const lines: string[] = [];
    const errors: unknown[] = [];
    const leaky = receiver(
      {
        handleInline(parsed) {
          lines.push(`saw ${JSON.stringify(parsed.raw)} ${SECRET}`);
          return false;
        },
      },
      errors,
    );
    const figures = await runReceiverFuzz(target(leaky, lines, errors), { requests: 300, seed: 1 });
    expect(figures.secretsLeaked).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes(SECRET) || l.includes(CANARY))).toBe(true);
  });

  it("counts 500s and reported errors as crashes", async () => {
    const lines: string[] = [];
    const errors: unknown[] = [];
    const broken = receiver(
      {
        dedupe: {
          key: () => {
            throw new Error("key bug");
          },
        },
      },
      errors,
    );
    const figures = await runReceiverFuzz(target(broken, lines, errors), { requests: 300, seed: 2 });
    expect(figures.crashes).toBeGreaterThan(0);
    expect(figures.statuses[500]).toBeGreaterThan(0);
  });

  it("counts requests left without an answer as unbounded waits", async () => {
    const lines: string[] = [];
    const errors: unknown[] = [];
    const hanging = receiver(
      { ack: "after-handlers", queue: { jobTimeoutMs: 600_000 }, process: () => new Promise(() => {}) },
      errors,
    );
    const figures = await runReceiverFuzz(target(hanging, lines, errors), {
      requests: 200,
      seed: 3,
      answerBoundMs: 1_000,
    });
    expect(figures.unboundedWaits).toBeGreaterThan(0);
  }, 60_000);
});
