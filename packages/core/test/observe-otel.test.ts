import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as api from "@opentelemetry/api";
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from "@opentelemetry/sdk-metrics";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { build } from "esbuild";
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createOpenTelemetry,
  defaultTelemetry,
  loadOpenTelemetry,
  noopTelemetry,
  type OpenTelemetryApi,
  resolveTelemetry,
  type Telemetry,
} from "../src/index";

const spans = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
let metricExporter: InMemoryMetricExporter;
let reader: PeriodicExportingMetricReader;

/** Registers a fresh global meter provider exporting to memory (cumulative, so a collection shows totals). */
function registerMeterProvider(): void {
  metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // The interval never fires during a test: collections are forced.
  reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
  api.metrics.disable();
  api.metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
}

/** Data points of one instrument after a forced collection. */
async function points(name: string) {
  await reader.forceFlush();
  const batches = metricExporter.getMetrics();
  const last = batches[batches.length - 1];
  const metric = last?.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === name);
  return { descriptor: metric?.descriptor, points: metric?.dataPoints ?? [] };
}

beforeAll(() => {
  api.trace.setGlobalTracerProvider(tracerProvider);
  registerMeterProvider();
});
afterEach(() => spans.reset());
afterAll(() => {
  api.trace.disable();
  api.metrics.disable();
});

describe("createOpenTelemetry", () => {
  it("accepts the @opentelemetry/api module as it is", () => {
    expectTypeOf(api).toMatchTypeOf<OpenTelemetryApi>();
  });

  it("maps receive to a server span, bot activities to client spans, stages to internal children", () => {
    const telemetry = createOpenTelemetry(api);
    const receive = telemetry.startSpan("contactkit.webhook.receive", { vendor: "mluvii", type: undefined });
    const validate = telemetry.startSpan("contactkit.webhook.validate", { type: "SessionCreated" }, receive);
    validate.end();
    receive.setAttributes({ outcome: "accepted", status: 200 });
    receive.end();
    telemetry.startSpan("contactkit.bot.activity", { activity: "Text" }).end();
    const [v, r, b] = spans.getFinishedSpans();
    expect(r?.name).toBe("contactkit.webhook.receive");
    expect(r?.kind).toBe(api.SpanKind.SERVER);
    expect(r?.attributes).toEqual({ vendor: "mluvii", outcome: "accepted", status: 200 });
    expect(v?.kind).toBe(api.SpanKind.INTERNAL);
    expect(v?.parentSpanContext?.spanId).toBe(r?.spanContext().spanId);
    expect(v?.spanContext().traceId).toBe(r?.spanContext().traceId);
    expect(b?.kind).toBe(api.SpanKind.CLIENT);
  });

  it("records a failure as an exception event with an error status, without the stack", () => {
    const span = createOpenTelemetry(api).startSpan("contactkit.inbox.handle");
    const error = new RangeError("handler gave up");
    span.fail(error);
    span.end();
    span.end();
    span.setAttributes({ after: "end" });
    const finished = spans.getFinishedSpans();
    expect(finished).toHaveLength(1);
    const [only] = finished;
    expect(only?.status).toEqual({ code: api.SpanStatusCode.ERROR, message: "RangeError: handler gave up" });
    expect(only?.events.map((e) => e.name)).toEqual(["exception"]);
    expect(only?.events[0]?.attributes).toEqual({
      "exception.type": "RangeError",
      "exception.message": "handler gave up",
    });
    expect(only?.attributes).toEqual({});
  });

  it("reports counters, histograms in ms and gauges until they are unregistered", async () => {
    const telemetry = createOpenTelemetry(api);
    telemetry.count("contactkit.webhook.events", { vendor: "mluvii", type: "SessionCreated", outcome: "accepted" });
    telemetry.count("contactkit.webhook.events", { vendor: "mluvii", type: "SessionCreated", outcome: "accepted" }, 2);
    telemetry.count("contactkit.webhook.events", { vendor: "mluvii", type: "Bogus", outcome: "unknown" });
    telemetry.record("contactkit.webhook.ack.duration", 12.5, { outcome: "accepted", extra: undefined });
    let depth = 7;
    const stop = telemetry.observeGauge("contactkit.inbox.depth", () => depth, { inbox: "memory" });

    const events = await points("contactkit.webhook.events");
    const byOutcome = Object.fromEntries(events.points.map((p) => [p.attributes.outcome, p.value]));
    expect(byOutcome).toEqual({ accepted: 3, unknown: 1 });
    const ack = await points("contactkit.webhook.ack.duration");
    expect(ack.descriptor?.unit).toBe("ms");
    expect(ack.points[0]?.attributes).toEqual({ outcome: "accepted" });
    expect(ack.points[0]?.value).toMatchObject({ count: 1, sum: 12.5 });
    expect((await points("contactkit.inbox.depth")).points.map((p) => p.value)).toEqual([7]);

    depth = 3;
    expect((await points("contactkit.inbox.depth")).points.map((p) => p.value)).toEqual([3]);
    stop();
    depth = 99;
    expect((await points("contactkit.inbox.depth")).points.map((p) => p.value)).not.toContain(99);
  });

  it("follows a meter provider registered after it was created", async () => {
    const telemetry = createOpenTelemetry(api);
    telemetry.count("contactkit.inbox.retries");
    registerMeterProvider();
    telemetry.count("contactkit.inbox.retries", { type: "SessionCreated" });
    const { points: retries } = await points("contactkit.inbox.retries");
    expect(retries.map((p) => [p.attributes, p.value])).toEqual([[{ type: "SessionCreated" }, 1]]);
  });
});

describe("resolveTelemetry", () => {
  it("returns a given telemetry, nothing for false, and the OpenTelemetry default otherwise", async () => {
    const mine: Telemetry = { ...noopTelemetry };
    expect(resolveTelemetry(mine)).toBe(mine);
    expect(resolveTelemetry(false)).toBe(noopTelemetry);
    const fallback = resolveTelemetry(undefined);
    expect(fallback).toBe(defaultTelemetry);
    expect(await loadOpenTelemetry()).toBeDefined();
    fallback.startSpan("contactkit.bot.activity", { activity: "GetAvailableGroups" }).end();
    expect(spans.getFinishedSpans().map((s) => s.name)).toEqual(["contactkit.bot.activity"]);
  });

  it("stays the no-op, allocating nothing per call, where @opentelemetry/api cannot be imported", async () => {
    // The observe module bundled alone into a folder with no node_modules: the optional peer is absent there.
    const dir = await mkdtemp(join(tmpdir(), "contactkit-no-otel-"));
    try {
      await build({
        entryPoints: [fileURLToPath(new URL("../src/observe/index.ts", import.meta.url))],
        bundle: true,
        format: "esm",
        platform: "neutral",
        outfile: join(dir, "observe.mjs"),
        logLevel: "silent",
      });
      await writeFile(
        join(dir, "main.mjs"),
        `import { resolveTelemetry, loadOpenTelemetry } from "./observe.mjs";
const telemetry = resolveTelemetry(undefined);
const loaded = await loadOpenTelemetry();
const a = telemetry.startSpan("contactkit.webhook.receive", { type: "x" });
const b = telemetry.startSpan("contactkit.webhook.receive");
telemetry.count("contactkit.webhook.events");
telemetry.record("contactkit.webhook.ack.duration", 1);
telemetry.observeGauge("contactkit.queue.depth", () => 1)();
a.fail(new Error("x")); a.end();
console.log(JSON.stringify({ loaded: loaded === undefined ? "absent" : "present", sameSpan: a === b }));
`,
      );
      const { stdout } = await promisify(execFile)(process.execPath, [join(dir, "main.mjs")], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual({ loaded: "absent", sameSpan: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
