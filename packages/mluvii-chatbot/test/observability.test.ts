import { type ContactkitLogger, createOpenTelemetry, noAuth } from "@contactkit/core";
import { MluviiConnectionError } from "@contactkit/mluvii-api";
import {
  ACTIVITY_TRAITS,
  createInMemoryCorrelator,
  createMluviiBot,
  type MluviiBot,
  MluviiChatbotResponseTimeoutError,
} from "@contactkit/mluvii-chatbot";
import * as api from "@opentelemetry/api";
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from "@opentelemetry/sdk-metrics";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import fc from "fast-check";
import { MockAgent } from "undici";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fakeTransport } from "./support/fake-transport";
import { sampleResponse } from "./support/samples";

const spans = new InMemorySpanExporter();
let exporter: InMemoryMetricExporter;
let reader: PeriodicExportingMetricReader;

function freshMeters(): void {
  exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
  api.metrics.disable();
  api.metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
}

/** Sums of a counter by the value of one attribute, after a forced collection. */
async function sums(name: string, by: string): Promise<Record<string, number>> {
  await reader.forceFlush();
  const batches = exporter.getMetrics();
  const metric = batches[batches.length - 1]?.scopeMetrics
    .flatMap((s) => s.metrics)
    .find((m) => m.descriptor.name === name);
  const out: Record<string, number> = {};
  for (const point of metric?.dataPoints ?? []) {
    const key = String(point.attributes[by]);
    out[key] = (out[key] ?? 0) + Number(point.value);
  }
  return out;
}

beforeAll(() => {
  api.trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }));
});
afterEach(() => {
  spans.reset();
  vi.restoreAllMocks();
});
afterAll(() => {
  api.trace.disable();
  api.metrics.disable();
});

const textCallback = (text: string) =>
  new Request("https://bot.example.com/callback", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ activity: "Text", sessionId: 5, text }),
  });

describe("never silent by default", () => {
  it("logs a guest handler that throws without onError at error, without the guest's text", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const bot = createMluviiBot({ chatbotId: 42, api: fakeTransport().transport, telemetry: false });
    bot.on("Text", () => {
      throw new TypeError("handler broke");
    });
    const handler = bot.createCallbackHandler({ auth: noAuth() });
    expect((await handler(textCallback("my card number is 4111 1111 1111 1111"))).status).toBe(200);
    await handler.drain();
    handler.close();
    const lines = stderr.mock.calls.map((c) => JSON.parse(String(c[0])) as Record<string, unknown>);
    const failures = lines.filter((l) => l.level === "error");
    // The failure, then (one attempt by default for guest handlers) its dead letter.
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatchObject({
      message: "mluvii chatbot-callbacks: processing failed",
      error: { name: "TypeError", message: "handler broke" },
    });
    expect(failures[1]).toMatchObject({ message: expect.stringContaining("dead-lettered"), type: "Text" });
    expect(JSON.stringify(lines)).not.toContain("4111");
  });

  it("is silent on purpose with logger: false, and goes to onError when there is one", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const errors: unknown[] = [];
    const bot = createMluviiBot({ chatbotId: 42, api: fakeTransport().transport, logger: false, telemetry: false });
    bot.on("Text", () => {
      throw new Error("quiet");
    });
    const handler = bot.createCallbackHandler({ auth: noAuth() });
    await handler(textCallback("hi"));
    await handler.drain();
    handler.close();
    // Not even the warning that the receiver accepts unauthenticated requests.
    expect(stderr).not.toHaveBeenCalled();
    const withHook = createMluviiBot({ chatbotId: 42, api: fakeTransport().transport, telemetry: false });
    withHook.on("Text", () => {
      throw new Error("hooked");
    });
    withHook.onError((error) => errors.push(error));
    const hooked = withHook.createCallbackHandler({ auth: noAuth() });
    await hooked(textCallback("hi"));
    await hooked.drain();
    hooked.close();
    const levels = stderr.mock.calls.map((c) => (JSON.parse(String(c[0])) as { level: string }).level);
    // noAuth() is worth a warning; the handler's error went to onError; its dead letter is still logged.
    expect(levels).toEqual(["warn", "error"]);
    expect(errors).toHaveLength(1);
  });

  it("logs the api client's retries and failures (status, attempt) through the bot's logger, never the token", async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get("https://tenant.example.com");
    pool.intercept({ path: "/api/v1/Chatbot/42/activity", method: "POST" }).reply(503, "").times(2);
    const lines: [string, string, Record<string, unknown> | undefined][] = [];
    const logger: ContactkitLogger = {
      warn: (message, meta) => lines.push(["warn", message, meta]),
      error: (message, meta) => lines.push(["error", message, meta]),
    };
    const token = "tok-0123456789abcdef0123456789abcdef";
    const bot = createMluviiBot({
      chatbotId: 42,
      api: {
        origin: "https://tenant.example.com",
        getToken: async () => token,
        dispatcher: agent,
        maxRetries: 1,
        retryBaseDelayMs: 1,
      },
      logger,
      telemetry: false,
    });
    await expect(bot.typing(12)).rejects.toMatchObject({ status: 503, attempts: 2 });
    await agent.close();
    expect(lines.map(([level, message, meta]) => [level, message, meta?.status ?? null, meta?.attempt])).toEqual([
      ["warn", "mluvii request retried", 503, 1],
      ["error", "mluvii request failed", null, 2],
    ]);
    expect(JSON.stringify(lines)).not.toContain(token);
  });
});

type Step = "answer" | "silent" | "late" | "post-fails" | "unmatched";

describe("bot telemetry", () => {
  it("spans an activity from its request to its response callback, as a client span", async () => {
    freshMeters();
    let bot!: MluviiBot;
    const fake = fakeTransport((call) => {
      const body = call.body as { activity: keyof typeof ACTIVITY_TRAITS; sessionId: number };
      const response = ACTIVITY_TRAITS[body.activity].response;
      if (response) bot.correlator.deliver(sampleResponse(response, body.sessionId));
    });
    bot = createMluviiBot({ chatbotId: 42, api: fake.transport, telemetry: createOpenTelemetry(api) });
    await bot.getAvailableGroups(77);
    await bot.text(77, "hello");
    const [groups, text] = spans.getFinishedSpans();
    expect(groups?.name).toBe("contactkit.bot.activity");
    expect(groups?.kind).toBe(api.SpanKind.CLIENT);
    expect(groups?.attributes).toEqual({
      vendor: "mluvii",
      activity: "GetAvailableGroups",
      "mluvii.session_id": 77,
      outcome: "ok",
    });
    expect(text?.attributes.activity).toBe("Text");
    expect(await sums("contactkit.bot.activities", "activity")).toEqual({ GetAvailableGroups: 1, Text: 1 });
    expect(await sums("contactkit.correlation.outcomes", "outcome")).toEqual({ resolved: 1 });
    await reader.forceFlush();
    const histogram = exporter
      .getMetrics()
      .at(-1)
      ?.scopeMetrics.flatMap((s) => s.metrics)
      .find((m) => m.descriptor.name === "contactkit.bot.activity.duration");
    expect(histogram?.descriptor.unit).toBe("ms");
    expect(histogram?.dataPoints).toHaveLength(2);
  });

  it("hands the bot's telemetry to its callback receiver: a guest callback is a server span with its handler attempt", async () => {
    freshMeters();
    const bot = createMluviiBot({
      chatbotId: 42,
      api: fakeTransport().transport,
      logger: false,
      telemetry: createOpenTelemetry(api),
    });
    const seen: string[] = [];
    bot.on("Text", (event) => {
      seen.push(event.text ?? "");
    });
    const handler = bot.createCallbackHandler({ auth: noAuth() });
    expect((await handler(textCallback("hi"))).status).toBe(200);
    await handler.drain();
    handler.close();
    expect(seen).toEqual(["hi"]);
    const names = spans.getFinishedSpans().map((span) => span.name);
    expect(names).toContain("contactkit.webhook.receive");
    expect(names).toContain("contactkit.inbox.handle");
    const receive = spans.getFinishedSpans().find((span) => span.name === "contactkit.webhook.receive");
    expect(receive?.kind).toBe(api.SpanKind.SERVER);
    expect(await sums("contactkit.webhook.events", "outcome")).toEqual({ accepted: 1 });
  });

  it("counts every activity and correlation outcome as it happened (generated runs)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Step>("answer", "silent", "late", "post-fails", "unmatched"), { maxLength: 8 }),
        async (steps) => {
          freshMeters();
          spans.reset();
          let bot!: MluviiBot;
          const behaviour = new Map<number, Step>();
          const fake = fakeTransport((call) => {
            const body = call.body as { sessionId: number };
            const step = behaviour.get(body.sessionId);
            if (step === "answer") bot.correlator.deliver(sampleResponse("GetCallParamsResponse", body.sessionId));
            if (step === "post-fails")
              throw new MluviiConnectionError(
                { method: "POST", path: "/api/v1/Chatbot/42/activity" },
                false,
                "ECONNREFUSED",
                undefined,
              );
          });
          const telemetry = createOpenTelemetry(api);
          bot = createMluviiBot({ chatbotId: 42, api: fake.transport, telemetry, logger: false });
          const expectedBot: Record<string, number> = {};
          const expectedCorrelation: Record<string, number> = {};
          const add = (into: Record<string, number>, key: string) => {
            into[key] = (into[key] ?? 0) + 1;
          };
          for (const [i, step] of steps.entries()) {
            // One session per step: an owed answer never holds another step's lane.
            const sessionId = 1_000 + i;
            behaviour.set(sessionId, step);
            if (step === "unmatched") {
              expect(await bot.correlator.deliver(sampleResponse("GetCallParamsResponse", sessionId))).toBe(
                "unmatched",
              );
              add(expectedCorrelation, "unmatched");
              continue;
            }
            const call = bot.getCallParams(sessionId, { responseTimeoutMs: 5 });
            if (step === "answer") {
              await expect(call).resolves.toBeDefined();
              add(expectedBot, "ok");
              add(expectedCorrelation, "resolved");
            } else if (step === "post-fails") {
              await expect(call).rejects.toBeInstanceOf(MluviiConnectionError);
              add(expectedBot, "failed");
              add(expectedCorrelation, "cancelled");
            } else {
              await expect(call).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
              add(expectedBot, "timed-out");
              add(expectedCorrelation, "timed-out");
              if (step === "late") {
                expect(await bot.correlator.deliver(sampleResponse("GetCallParamsResponse", sessionId))).toBe("late");
                add(expectedCorrelation, "late");
              }
            }
          }
          expect(await sums("contactkit.bot.activities", "outcome")).toEqual(expectedBot);
          expect(await sums("contactkit.correlation.outcomes", "outcome")).toEqual(expectedCorrelation);
          const failedSpans = spans.getFinishedSpans().filter((s) => s.status.code === api.SpanStatusCode.ERROR);
          expect(failedSpans).toHaveLength(steps.filter((s) => s !== "answer" && s !== "unmatched").length);
          bot.close();
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it("counts an answer owed to a timed-out request that never comes as lost", async () => {
    freshMeters();
    const correlator = createInMemoryCorrelator({ lateResponseWindowMs: 20, telemetry: createOpenTelemetry(api) });
    const waiter = correlator.register({ sessionId: 1, activity: "SetCallParamsResponse" }, { timeoutMs: 5 });
    await expect(waiter.response).rejects.toBeInstanceOf(MluviiChatbotResponseTimeoutError);
    await vi.waitFor(async () => expect(correlator.stats().owed).toBe(0), { timeout: 10_000, interval: 10 });
    expect(await sums("contactkit.correlation.outcomes", "outcome")).toEqual({ "timed-out": 1, lost: 1 });
  });
});
