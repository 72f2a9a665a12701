/**
 * The part of `@opentelemetry/api` contactkit calls, described structurally so that core's types never import the
 * optional peer dependency: `import * as api from "@opentelemetry/api"` satisfies {@link OpenTelemetryApi}.
 */

/** An OpenTelemetry context (opaque to contactkit). */
export type OpenTelemetryContext = object;

/** Attribute values OpenTelemetry accepts (contactkit sends scalars only). */
export type OpenTelemetryAttributes = Record<string, string | number | boolean>;

/** The calls contactkit makes on an OpenTelemetry span. */
export interface OpenTelemetrySpan {
  setAttributes(attributes: OpenTelemetryAttributes): unknown;
  recordException(exception: { name: string; message: string }): void;
  setStatus(status: { code: number; message?: string }): unknown;
  end(): void;
}

/** The calls contactkit makes on an OpenTelemetry tracer. */
export interface OpenTelemetryTracer {
  startSpan(
    name: string,
    options?: { kind?: number; attributes?: OpenTelemetryAttributes },
    context?: OpenTelemetryContext,
  ): OpenTelemetrySpan;
}

/** What an observable instrument's callback reports into. */
export interface OpenTelemetryObservableResult {
  observe(value: number, attributes?: OpenTelemetryAttributes): void;
}

/** The observable callback type of the API. */
export type OpenTelemetryObservableCallback = (result: OpenTelemetryObservableResult) => void;

/** The calls contactkit makes on an OpenTelemetry meter. */
export interface OpenTelemetryMeter {
  createCounter(
    name: string,
    options?: { description?: string; unit?: string },
  ): {
    add(value: number, attributes?: OpenTelemetryAttributes): void;
  };
  createHistogram(
    name: string,
    options?: { description?: string; unit?: string },
  ): {
    record(value: number, attributes?: OpenTelemetryAttributes): void;
  };
  createObservableGauge(
    name: string,
    options?: { description?: string; unit?: string },
  ): {
    addCallback(callback: OpenTelemetryObservableCallback): void;
    removeCallback(callback: OpenTelemetryObservableCallback): void;
  };
}

/** The part of `@opentelemetry/api` contactkit uses. */
export interface OpenTelemetryApi {
  readonly trace: {
    getTracer(name: string, version?: string): OpenTelemetryTracer;
    setSpan(context: OpenTelemetryContext, span: OpenTelemetrySpan): OpenTelemetryContext;
  };
  readonly context: { active(): OpenTelemetryContext };
  readonly metrics: { getMeterProvider(): { getMeter(name: string, version?: string): OpenTelemetryMeter } };
  readonly SpanKind: { readonly INTERNAL: number; readonly SERVER: number; readonly CLIENT: number };
  readonly SpanStatusCode: { readonly ERROR: number };
}
