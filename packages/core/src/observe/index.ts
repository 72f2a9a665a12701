/**
 * Resolving the logger and telemetry options every contactkit part takes. The implementations here are the
 * minimal starting point; `resolveLogger` and `resolveTelemetry` keep their signatures.
 */
import type { ContactkitLogger, Telemetry, TelemetrySpan } from "./types";

export type * from "./types";

const noopSpan: TelemetrySpan = { setAttributes() {}, fail() {}, end() {} };

/** Telemetry that records nothing. */
export const noopTelemetry: Telemetry = {
  startSpan: () => noopSpan,
  count() {},
  record() {},
  observeGauge: () => () => {},
};

/**
 * The logger a part uses: the one given; the default (warnings and errors to stderr) when none is given; a
 * silent one for `false` (silenced on purpose).
 */
export function resolveLogger(logger: ContactkitLogger | false | undefined): ContactkitLogger {
  if (logger === false) return {};
  if (logger) return logger;
  return {
    warn: (message, meta) => process.stderr.write(`${JSON.stringify({ level: "warn", message, ...meta })}\n`),
    error: (message, meta) => process.stderr.write(`${JSON.stringify({ level: "error", message, ...meta })}\n`),
  };
}

/** The telemetry a part uses: the one given, `false` for none, else the default. */
export function resolveTelemetry(telemetry: Telemetry | false | undefined): Telemetry {
  if (telemetry === false || telemetry === undefined) return noopTelemetry;
  return telemetry;
}
