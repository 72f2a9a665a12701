/**
 * Memory amplification: unknown event types are payload text, and the default idempotency key of an unknown
 * event carries its type. 300 deliveries with 1 MB types must not put 300 MB of keys into the dedupe store.
 */
import { createMemoryDedupeStore, type DedupeStore } from "@contactkit/core";
import { createMluviiWebhookHandler } from "@contactkit/mluvii-webhooks";
import { expect, it } from "vitest";
import { mluviiDelivery } from "./support/delivery";

const callbackUrl = "https://mluvii:s3cret@hooks.example.com/mluvii/webhook";

it("300 deliveries with 1 MB unknown event types keep the dedupe store under its byte bound", async () => {
  const memory = createMemoryDedupeStore();
  let longestKey = 0;
  // Counts what reaches the store whichever of its methods the receiver calls.
  const store = new Proxy(memory, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        longestKey = Math.max(longestKey, String(args[0]).length);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as DedupeStore;
  const handler = createMluviiWebhookHandler({ callbackUrls: [callbackUrl], dedupe: { store }, process: () => {} });
  const type = "X".repeat(1_000_000);
  let longestAnswer = 0;
  for (let i = 0; i < 300; i++) {
    const body = `{"eventType":"${type}","data":{"id":${i},"time":"2024-05-06T08:31:13Z"}}`;
    const response = await handler(mluviiDelivery(callbackUrl, body));
    expect(response.status).toBe(200);
    longestAnswer = Math.max(longestAnswer, (await response.text()).length);
  }
  await handler.drain();
  handler.close();
  expect(longestKey).toBeLessThanOrEqual(128);
  expect(memory.size).toBe(300);
  expect(memory.bytes).toBeLessThanOrEqual(memory.maxBytes);
  expect(memory.bytes).toBeLessThan(300 * 1_000);
  // the answer does not echo a megabyte of payload text either
  expect(longestAnswer).toBeLessThan(1_000);
});
