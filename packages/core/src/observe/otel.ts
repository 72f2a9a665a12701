/**
 * contactkit's telemetry on OpenTelemetry: spans through the global tracer provider, counters, histograms (ms) and
 * observable gauges through the global meter provider, both reached through `@opentelemetry/api`, an optional peer
 * dependency. Nothing here imports it statically: `createOpenTelemetry` takes the API module, and the default
 * telemetry imports it lazily, once, and stays the no-op when it is not installed.
 */
import type {
  OpenTelemetryApi,
  OpenTelemetryAttributes,
  OpenTelemetryMeter,
  OpenTelemetryObservableCallback,
  OpenTelemetrySpan,
} from "./otel-api";
import { cut } from "./sanitize";
import type {
  CounterName,
  GaugeName,
  HistogramName,
  SpanName,
  Telemetry,
  TelemetryAttributes,
  TelemetrySpan,
} from "./types";

/** Options of {@link createOpenTelemetry}. */
export interface OpenTelemetryOptions {
  /** Instrumentation scope name of the tracer and meter. Default `"contactkit"`. */
  readonly scope?: string;
}

const DESCRIPTIONS: Record<CounterName | HistogramName | GaugeName, string> = {
  "contactkit.webhook.events": "Webhook requests that carried an event, by outcome",
  "contactkit.inbox.attempts": "Handler attempts on inbox events, by outcome",
  "contactkit.inbox.retries": "Inbox handler retries scheduled",
  "contactkit.inbox.dead_letters": "Inbox events moved to the dead letters",
  "contactkit.bot.activities": "Bot activities sent, by activity and outcome",
  "contactkit.correlation.outcomes": "What became of bot requests awaiting a response, and of responses, by outcome",
  "contactkit.webhook.ack.duration": "Webhook request start to answer sent",
  "contactkit.inbox.handler.duration": "One inbox handler attempt",
  "contactkit.bot.activity.duration": "Bot activity request to its response callback (or to the POST's answer)",
  "contactkit.inbox.depth": "Inbox entries pending",
  "contactkit.queue.depth": "In-process jobs waiting",
};

const MAX_ERROR_TEXT = 512;

/** OpenTelemetry attributes: undefined values left out (OpenTelemetry would drop them with a warning). */
function attributesOf(attributes: TelemetryAttributes | undefined): OpenTelemetryAttributes {
  const out: OpenTelemetryAttributes = {};
  if (attributes)
    for (const key in attributes) {
      const value = attributes[key];
      if (value !== undefined) out[key] = value;
    }
  return out;
}

/** An error's name and message, bounded: what a span records of it (never its stack or other fields). */
function errorFacts(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: cut(error.name, 100), message: cut(error.message, MAX_ERROR_TEXT) };
  return { name: "Error", message: cut(typeof error === "string" ? error : "non-error value thrown", MAX_ERROR_TEXT) };
}

class OpenTelemetrySpanHandle implements TelemetrySpan {
  #ended = false;
  constructor(
    readonly span: OpenTelemetrySpan,
    private readonly errorCode: number,
  ) {}
  setAttributes(attributes: TelemetryAttributes): void {
    if (!this.#ended) this.span.setAttributes(attributesOf(attributes));
  }
  fail(error: unknown): void {
    if (this.#ended) return;
    const facts = errorFacts(error);
    this.span.recordException(facts);
    this.span.setStatus({ code: this.errorCode, message: `${facts.name}: ${facts.message}` });
  }
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.span.end();
  }
}

interface GaugeEntry {
  readonly registrations: Set<{ read: () => number; attributes: OpenTelemetryAttributes }>;
  instrument: ReturnType<OpenTelemetryMeter["createObservableGauge"]> | undefined;
  readonly callback: OpenTelemetryObservableCallback;
}

/**
 * Telemetry reporting through the given OpenTelemetry API: `contactkit.webhook.receive` as a server span,
 * `contactkit.bot.activity` as a client span, the others internal; errors recorded as exception events (name and
 * message only) with an error status; counters, histograms in milliseconds and observable gauges under the names
 * of {@link CounterName}, {@link HistogramName} and {@link GaugeName}. Instruments follow the global meter provider,
 * so one registered after this was created is used from then on.
 *
 * @example
 * import * as api from "@opentelemetry/api";
 * const telemetry = createOpenTelemetry(api);
 * const bot = createMluviiBot({ chatbotId: 42, api: mluvii, telemetry });
 */
export function createOpenTelemetry(api: OpenTelemetryApi, options: OpenTelemetryOptions = {}): Telemetry {
  const scope = options.scope ?? "contactkit";
  const tracer = api.trace.getTracer(scope);
  const kinds: Partial<Record<SpanName, number>> = {
    "contactkit.webhook.receive": api.SpanKind.SERVER,
    "contactkit.bot.activity": api.SpanKind.CLIENT,
  };
  let provider: unknown;
  let meter: OpenTelemetryMeter | undefined;
  const counters = new Map<CounterName, ReturnType<OpenTelemetryMeter["createCounter"]>>();
  const histograms = new Map<HistogramName, ReturnType<OpenTelemetryMeter["createHistogram"]>>();
  const gauges = new Map<GaugeName, GaugeEntry>();

  /** The meter of the current global provider; instruments are made again when the provider changed. */
  function currentMeter(): OpenTelemetryMeter {
    const current = api.metrics.getMeterProvider();
    if (meter && current === provider) return meter;
    provider = current;
    const next = current.getMeter(scope);
    meter = next;
    counters.clear();
    histograms.clear();
    for (const [name, entry] of gauges) {
      entry.instrument?.removeCallback(entry.callback);
      entry.instrument = undefined;
      if (entry.registrations.size > 0) bindGauge(next, name, entry);
    }
    return next;
  }

  function bindGauge(on: OpenTelemetryMeter, name: GaugeName, entry: GaugeEntry): void {
    entry.instrument = on.createObservableGauge(name, { description: DESCRIPTIONS[name] });
    entry.instrument.addCallback(entry.callback);
  }

  return {
    startSpan(name: SpanName, attributes?: TelemetryAttributes, parent?: TelemetrySpan): TelemetrySpan {
      const active = api.context.active();
      const context = parent instanceof OpenTelemetrySpanHandle ? api.trace.setSpan(active, parent.span) : active;
      const span = tracer.startSpan(
        name,
        { kind: kinds[name] ?? api.SpanKind.INTERNAL, attributes: attributesOf(attributes) },
        context,
      );
      return new OpenTelemetrySpanHandle(span, api.SpanStatusCode.ERROR);
    },
    count(name: CounterName, attributes?: TelemetryAttributes, value = 1): void {
      const on = currentMeter();
      let counter = counters.get(name);
      if (!counter) {
        counter = on.createCounter(name, { description: DESCRIPTIONS[name] });
        counters.set(name, counter);
      }
      counter.add(value, attributesOf(attributes));
    },
    record(name: HistogramName, milliseconds: number, attributes?: TelemetryAttributes): void {
      const on = currentMeter();
      let histogram = histograms.get(name);
      if (!histogram) {
        histogram = on.createHistogram(name, { description: DESCRIPTIONS[name], unit: "ms" });
        histograms.set(name, histogram);
      }
      histogram.record(milliseconds, attributesOf(attributes));
    },
    observeGauge(name: GaugeName, read: () => number, attributes?: TelemetryAttributes): () => void {
      const on = currentMeter();
      let entry = gauges.get(name);
      if (!entry) {
        const registrations: GaugeEntry["registrations"] = new Set();
        entry = {
          registrations,
          instrument: undefined,
          callback: (result) => {
            for (const registration of registrations) {
              try {
                result.observe(registration.read(), registration.attributes);
              } catch {
                // One failing reader must not cost the others their reading.
              }
            }
          },
        };
        gauges.set(name, entry);
      }
      if (!entry.instrument) bindGauge(on, name, entry);
      const registration = { read, attributes: attributesOf(attributes) };
      entry.registrations.add(registration);
      const owner = entry;
      return () => {
        owner.registrations.delete(registration);
      };
    },
  };
}
