/**
 * The telemetry used when none is given: OpenTelemetry when `@opentelemetry/api` is installed, else nothing. The
 * API is imported lazily on first use, by a specifier bundlers are told not to follow, so a missing optional peer
 * breaks neither a bundle nor a runtime without `node_modules` (workerd, Deno without npm): the import fails once
 * and the telemetry stays the no-op, at the cost of one property read per call.
 */
import { noopTelemetry } from "./noop";
import { createOpenTelemetry } from "./otel";
import type { OpenTelemetryApi } from "./otel-api";
import type { Telemetry } from "./types";

/** A variable, not a literal: bundlers leave the import alone instead of failing when the package is absent. */
const OPENTELEMETRY_API: string = "@opentelemetry/api";

let current: Telemetry = noopTelemetry;
let loading: Promise<Telemetry | undefined> | undefined;

const isApi = (value: unknown): value is OpenTelemetryApi =>
  typeof (value as Partial<OpenTelemetryApi> | null)?.trace?.getTracer === "function" &&
  typeof (value as Partial<OpenTelemetryApi>).metrics?.getMeterProvider === "function";

/**
 * Imports `@opentelemetry/api` (once) and makes it the default telemetry. Resolves with that telemetry, or
 * `undefined` when the package cannot be imported. The default telemetry starts this by itself on first use and
 * records nothing until it has resolved; await it at start-up so that the very first events are reported too.
 *
 * @example
 * await loadOpenTelemetry(); // after the OpenTelemetry SDK is started
 */
export function loadOpenTelemetry(): Promise<Telemetry | undefined> {
  loading ??= import(/* webpackIgnore: true */ /* @vite-ignore */ OPENTELEMETRY_API).then(
    (module: unknown) => {
      // Node exposes a CommonJS module's exports as named exports and as `default`; either is the API.
      const api = isApi(module) ? module : (module as { default?: unknown } | null)?.default;
      if (!isApi(api)) return undefined;
      current = createOpenTelemetry(api);
      return current;
    },
    () => undefined,
  );
  return loading;
}

/** Forwards to OpenTelemetry once it is loaded; the no-op until then, and for good when it is not installed. */
export const defaultTelemetry: Telemetry = {
  startSpan: (name, attributes, parent) => current.startSpan(name, attributes, parent),
  count: (name, attributes, value) => current.count(name, attributes, value),
  record: (name, milliseconds, attributes) => current.record(name, milliseconds, attributes),
  observeGauge: (name, read, attributes) => current.observeGauge(name, read, attributes),
};
