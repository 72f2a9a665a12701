/**
 * Resolving the logger and telemetry options every contactkit part takes: `resolveLogger(options.logger)` and
 * `resolveTelemetry(options.telemetry)`, the same way everywhere.
 */
import { defaultTelemetry, loadOpenTelemetry } from "./default-telemetry";
import { noopTelemetry } from "./noop";
import type { Telemetry } from "./types";

export { defaultTelemetry, loadOpenTelemetry } from "./default-telemetry";
export {
  createDefaultLogger,
  type DefaultLoggerOptions,
  fromPinoLogger,
  type LogLevel,
  type PinoStyleLogger,
  type ResolvedLogger,
  resolveLogger,
} from "./logger";
export { noopTelemetry } from "./noop";
export { createOpenTelemetry, type OpenTelemetryOptions } from "./otel";
export type * from "./otel-api";
export type * from "./types";

/**
 * The telemetry a part uses: the one given; none for `false`; else the default — OpenTelemetry through
 * `@opentelemetry/api` when it is installed (loaded lazily, see {@link loadOpenTelemetry}), nothing when it is not.
 * The API itself records nothing until an OpenTelemetry SDK is registered, so the default costs next to nothing
 * in an application that does not use OpenTelemetry.
 */
export function resolveTelemetry(telemetry: Telemetry | false | undefined): Telemetry {
  if (telemetry === false) return noopTelemetry;
  if (telemetry) return telemetry;
  void loadOpenTelemetry();
  return defaultTelemetry;
}
