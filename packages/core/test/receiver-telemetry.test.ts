/**
 * The receiver's and the workers' telemetry calls, through a recording fake `Telemetry` (the OpenTelemetry mapping
 * is tested with the observe module): span, counter, histogram and gauge names exactly as `observe/types.ts`
 * lists them, with bounded attributes and never payload values.
 */
import { afterEach, describe, expect, it } from "vitest";
import { basicAuth, createWebhookHandler, type WebhookHandler, type WebhookHandlerOptions } from "../src";
import type { Telemetry, TelemetryAttributes } from "../src/observe/types";
import { created, type ShopEventMap, shop } from "./support";

interface SpanRecord {
  readonly name: string;
  readonly parent: SpanRecord | undefined;
  attributes: Record<string, unknown>;
  failed: boolean;
  ended: boolean;
}

function recordingTelemetry() {
  const spans: SpanRecord[] = [];
  const counts: { name: string; attributes: TelemetryAttributes | undefined }[] = [];
  const records: { name: string; ms: number; attributes: TelemetryAttributes | undefined }[] = [];
  const gauges = new Map<string, () => number>();
  const handles = new WeakMap<object, SpanRecord>();
  const telemetry: Telemetry = {
    startSpan(name, attributes, parent) {
      const record: SpanRecord = {
        name,
        parent: parent && handles.get(parent),
        attributes: { ...attributes },
        failed: false,
        ended: false,
      };
      spans.push(record);
      const span = {
        setAttributes: (more: TelemetryAttributes) => Object.assign(record.attributes, more),
        fail: () => {
          record.failed = true;
        },
        end: () => {
          record.ended = true;
        },
      };
      handles.set(span, record);
      return span;
    },
    count: (name, attributes) => void counts.push({ name, attributes }),
    record: (name, ms, attributes) => void records.push({ name, ms, attributes }),
    observeGauge(name, read) {
      gauges.set(name, read);
      return () => gauges.delete(name);
    },
  };
  return { telemetry, spans, counts, records, gauges };
}

const auth = basicAuth({ credentials: [{ username: "mluvii", password: "s3cret" }] });
const authorization = `Basic ${Buffer.from("mluvii:s3cret").toString("base64")}`;
const post = (body = JSON.stringify(created), auth_ = authorization) =>
  new Request("https://hooks.example/acme", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", authorization: auth_ },
  });

const handlers: WebhookHandler[] = [];
const make = (options: Partial<WebhookHandlerOptions<ShopEventMap>>) => {
  const h = createWebhookHandler<ShopEventMap>({ family: shop, auth, logger: false, ...options });
  handlers.push(h);
  return h;
};
afterEach(async () => {
  await Promise.all(handlers.splice(0).map((h) => h.close()));
});

describe("receiver telemetry", () => {
  it("after-validate: receive span with a validate child, event counter, ack latency; one inbox.handle span per attempt", async () => {
    const t = recordingTelemetry();
    let calls = 0;
    const h = make({
      telemetry: t.telemetry,
      onError: () => {},
      workers: { backoff: { baseMs: 1, maxMs: 1 } },
      process: () => {
        if (++calls === 1) throw new Error("once");
      },
    });
    expect((await h(post())).status).toBe(200);
    await h.drain();

    const receive = t.spans.find((s) => s.name === "contactkit.webhook.receive");
    expect(receive).toMatchObject({ ended: true, failed: false });
    expect(receive?.attributes).toMatchObject({ vendor: "acme", family: "shop", outcome: "accepted" });
    const validate = t.spans.find((s) => s.name === "contactkit.webhook.validate");
    expect(validate?.parent).toBe(receive);
    expect(validate?.ended).toBe(true);
    expect(t.counts.filter((c) => c.name === "contactkit.webhook.events").map((c) => c.attributes)).toEqual([
      { vendor: "acme", family: "shop", type: "OrderCreated", outcome: "accepted" },
    ]);
    const ack = t.records.filter((r) => r.name === "contactkit.webhook.ack.duration");
    expect(ack).toHaveLength(1);
    expect(ack[0]?.ms).toBeGreaterThanOrEqual(0);

    const attempts = t.spans.filter((s) => s.name === "contactkit.inbox.handle");
    expect(attempts.map((s) => [s.attributes.attempt, s.attributes.outcome, s.failed, s.ended])).toEqual([
      [1, "failed", true, true],
      [2, "done", false, true],
    ]);
    expect(t.counts.filter((c) => c.name === "contactkit.inbox.attempts").map((c) => c.attributes?.outcome)).toEqual([
      "failed",
      "done",
    ]);
    expect(t.counts.filter((c) => c.name === "contactkit.inbox.retries")).toHaveLength(1);
    expect(t.records.filter((r) => r.name === "contactkit.inbox.handler.duration")).toHaveLength(2);
    expect([...t.gauges.keys()].sort()).toEqual(["contactkit.inbox.depth", "contactkit.queue.depth"]);
    expect(t.gauges.get("contactkit.inbox.depth")?.()).toBe(0);
  });

  it("counts each refused outcome (unauthorized, rejected) and dead letters; gauges unregister on close", async () => {
    const t = recordingTelemetry();
    const h = make({
      telemetry: t.telemetry,
      onError: () => {},
      workers: { maxAttempts: 1 },
      process: () => {
        throw new Error("always");
      },
    });
    await h(post(undefined, "Basic d3Jvbmc6d3Jvbmc="));
    await h(post('{"kind":"OrderCreated","data":{"id":"secret-value"}}'));
    await h(post());
    await h.drain();
    expect(t.counts.filter((c) => c.name === "contactkit.webhook.events").map((c) => c.attributes?.outcome)).toEqual([
      "unauthorized",
      "rejected",
      "accepted",
    ]);
    expect(t.counts.filter((c) => c.name === "contactkit.inbox.dead_letters")).toHaveLength(1);
    expect(JSON.stringify([t.spans, t.counts, t.records])).not.toContain("secret-value");
    await h.close();
    expect(t.gauges.size).toBe(0);
  });

  it("after-handlers: the handle span is a child of the receive span", async () => {
    const t = recordingTelemetry();
    const h = make({ telemetry: t.telemetry, ack: "after-handlers", process: () => {} });
    expect((await h(post())).status).toBe(200);
    const receive = t.spans.find((s) => s.name === "contactkit.webhook.receive");
    const handle = t.spans.find((s) => s.name === "contactkit.webhook.handle");
    expect(handle?.parent).toBe(receive);
    expect(handle?.attributes.outcome).toBe("done");
  });
});
