import type { Telemetry, TelemetrySpan } from "./types";

/** The one span the no-op telemetry hands out: nothing is allocated per call. */
const noopSpan: TelemetrySpan = { setAttributes() {}, fail() {}, end() {} };

/** Telemetry that records nothing. */
export const noopTelemetry: Telemetry = {
  startSpan: () => noopSpan,
  count() {},
  record() {},
  observeGauge: () => () => {},
};
