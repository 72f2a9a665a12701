/**
 * What every contactkit part (receivers, the inbox workers, the bot, the API client, the simulator) uses to be
 * seen: one logger shape and one telemetry shape. The default logger writes warnings and errors to stderr; the
 * default telemetry reports through `@opentelemetry/api` when it is installed and costs nothing when it is not.
 */

/**
 * A structured logger: pino, console and most loggers fit as they are. Messages and `meta` carry event types,
 * statuses, counts and error messages — never payload values or secrets.
 */
export interface ContactkitLogger {
  debug?(message: string, meta?: Record<string, unknown>): void;
  info?(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
  error?(message: string, meta?: Record<string, unknown>): void;
}

/** Attribute values on spans and metrics. */
export type TelemetryAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** A span in progress. */
export interface TelemetrySpan {
  setAttributes(attributes: TelemetryAttributes): void;
  /** Records an error (its name and message only) and marks the span failed. */
  fail(error: unknown): void;
  /** Ends the span; later calls do nothing. */
  end(): void;
}

/**
 * Counter names. Attributes: `vendor`, `family`, `type` (bounded event type), and the ones listed.
 * - `contactkit.webhook.events`: every request with an event; `outcome` = accepted | unknown | duplicate |
 *   rejected | unauthorized | overflow | unavailable | failed | timed-out.
 * - `contactkit.inbox.attempts`: every handler attempt; `outcome` = done | failed | timed-out.
 * - `contactkit.inbox.retries`, `contactkit.inbox.dead_letters`: retries scheduled, events dead-lettered.
 * - `contactkit.bot.activities`: bot activities sent; `activity`, `outcome` = ok | failed | timed-out | cancelled.
 * - `contactkit.correlation.outcomes`: per request awaiting a response, `outcome` = resolved | timed-out |
 *   cancelled | lost (the correlator lost track of it, e.g. its shared store went away, or a response owed to a
 *   request that stopped waiting never came within the late window); per response no request took, `late` (it
 *   answers a request that stopped waiting) | unmatched (nobody waited for it: typically a repeated callback).
 *   Attribute `activity` is the `…Response` activity.
 */
export type CounterName =
  | "contactkit.webhook.events"
  | "contactkit.inbox.attempts"
  | "contactkit.inbox.retries"
  | "contactkit.inbox.dead_letters"
  | "contactkit.bot.activities"
  | "contactkit.correlation.outcomes";

/**
 * Histogram names, in milliseconds.
 * - `contactkit.webhook.ack.duration`: request start → answer sent, per `outcome`.
 * - `contactkit.inbox.handler.duration`: one handler attempt, per `type` and `outcome`.
 * - `contactkit.bot.activity.duration`: bot activity request → its response callback, per `activity`.
 */
export type HistogramName =
  | "contactkit.webhook.ack.duration"
  | "contactkit.inbox.handler.duration"
  | "contactkit.bot.activity.duration";

/** Gauge names: `contactkit.inbox.depth` (pending entries), `contactkit.queue.depth` (in-process jobs waiting). */
export type GaugeName = "contactkit.inbox.depth" | "contactkit.queue.depth";

/**
 * Span names: `contactkit.webhook.receive` (one request, server kind) with children `contactkit.webhook.validate`
 * and, for events processed before the answer, `contactkit.webhook.handle`; `contactkit.inbox.handle` (one
 * worker attempt, linked to the receive span when the inbox carries it); `contactkit.bot.activity` (a bot
 * activity from its request to its response callback).
 */
export type SpanName =
  | "contactkit.webhook.receive"
  | "contactkit.webhook.validate"
  | "contactkit.webhook.handle"
  | "contactkit.inbox.handle"
  | "contactkit.bot.activity";

/** How contactkit reports spans and metrics. The default is OpenTelemetry through `@opentelemetry/api` when installed. */
export interface Telemetry {
  /** Starts a span, a child of `parent` when given, else of the active context. */
  startSpan(name: SpanName, attributes?: TelemetryAttributes, parent?: TelemetrySpan): TelemetrySpan;
  count(name: CounterName, attributes?: TelemetryAttributes, value?: number): void;
  record(name: HistogramName, milliseconds: number, attributes?: TelemetryAttributes): void;
  /** Registers a gauge read at each collection; returns a function that unregisters it. */
  observeGauge(name: GaugeName, read: () => number, attributes?: TelemetryAttributes): () => void;
}
