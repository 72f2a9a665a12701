import { setTimeout as sleep } from "node:timers/promises";
import { detectFamily } from "./detect";
import type { CapturedEvent } from "./replay-sources";
import { type ReplayTargetOptions, resolveReplayTarget } from "./replay-target";

/** The outcome of sending one captured event. */
export interface ReplayResult {
  /** The event that was (or could not be) sent. */
  readonly event: CapturedEvent;
  /** `vendor family type` as detected, for the report; `null` when not recognised. */
  readonly label: string | null;
  /** HTTP status, `null` when no answer arrived (or the event was not sent). */
  readonly status: number | null;
  /** Whether the endpoint answered 2xx. */
  readonly ok: boolean;
  /** Milliseconds from sending to the answer. */
  readonly durationMs: number;
  /**
   * The first line of the answer's body (at most 200 characters), so a receiver's `{"duplicate":true}` or the
   * reason for a 400 shows; absent when the body is empty.
   */
  readonly answer?: string;
  /** Why it failed without a status (timeout, connection refused, not JSON); never contains secrets. */
  readonly error?: string;
}

/** What {@link replay} did. */
export interface ReplaySummary {
  /** The URL as it may be printed (no credentials, query values masked). */
  readonly target: string;
  /** One result per event, in order. */
  readonly results: readonly ReplayResult[];
  /** How many got a 2xx answer. */
  readonly succeeded: number;
  /** How many did not. */
  readonly failed: number;
}

/** Options of {@link replay}. */
export interface ReplayOptions extends ReplayTargetOptions {
  /** The events to send, in order (see `loadCapturedEvents`). */
  readonly events: readonly CapturedEvent[];
  /** Per-request timeout in ms. Default 10 000. */
  readonly timeoutMs?: number;
  /** Pause between events in ms. Default 0. */
  readonly delayMs?: number;
  /** Called after each event, for progress and per-event reports. */
  readonly onResult?: (result: ReplayResult, index: number, total: number) => void;
  /** Stops the replay after the current request. */
  readonly signal?: AbortSignal;
  /** The fetch to use. Default the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/**
 * Sends captured events to an endpoint one at a time, in order: one POST per event with the body exactly as
 * captured. Events that are not JSON are reported and not sent. Throws `ReplayConfigError` for unusable options
 * (e.g. a host that is not this machine without `allowRemote`); never throws for a failed request.
 *
 * @example
 * const events = await loadCapturedEvents(["captures/"]);
 * const summary = await replay({ to: "http://127.0.0.1:3000/hook", basic: { username: "u", password: "p" }, events });
 * if (summary.failed > 0) process.exitCode = 1;
 */
export async function replay(options: ReplayOptions): Promise<ReplaySummary> {
  const target = resolveReplayTarget(options);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const results: ReplayResult[] = [];
  const total = options.events.length;
  for (const [index, event] of options.events.entries()) {
    if (options.signal?.aborted) break;
    if (index > 0 && options.delayMs) await sleep(options.delayMs);
    const result = await sendOne(event, target.url, target.headers, timeoutMs, doFetch);
    results.push(result);
    options.onResult?.(result, index, total);
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { target: target.display, results, succeeded, failed: total - succeeded };
}

async function sendOne(
  event: CapturedEvent,
  url: URL,
  headers: Readonly<Record<string, string>>,
  timeoutMs: number,
  doFetch: typeof fetch,
): Promise<ReplayResult> {
  if (event.problem !== undefined) {
    return { event, label: null, status: null, ok: false, durationMs: 0, error: `not sent: ${event.problem}` };
  }
  const label = labelOf(event.body);
  const started = performance.now();
  try {
    const response = await doFetch(url, {
      method: "POST",
      headers,
      body: event.bytes ?? event.body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
    const answer = await firstLineOf(response);
    const durationMs = Math.round(performance.now() - started);
    const ok = response.status >= 200 && response.status < 300;
    return { event, label, status: response.status, ok, durationMs, ...(answer ? { answer } : {}) };
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    return { event, label, status: null, ok: false, durationMs, error: describeFetchError(error, timeoutMs) };
  }
}

/** Bytes of an answer read before its first line is cut: enough for any line worth printing. */
const ANSWER_READ_LIMIT = 65_536;
const ANSWER_LENGTH = 200;

/** The first non-empty line of a response body, shortened to 200 characters; the rest is not read. */
export async function firstLineOf(response: Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return undefined;
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < ANSWER_READ_LIMIT) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (/\S[^\n]*\n/.test(text)) break;
    }
  } catch {
    // an answer cut off mid-body still has its status; show what arrived
  } finally {
    await reader.cancel().catch(() => {});
  }
  const line = text
    .split(/\r?\n/)
    .find((l) => l.trim() !== "")
    ?.trim();
  if (!line) return undefined;
  return line.length > ANSWER_LENGTH ? `${line.slice(0, ANSWER_LENGTH - 1)}…` : line;
}

function labelOf(body: string): string | null {
  try {
    const detection = detectFamily(JSON.parse(body));
    return detection.family === null ? null : `${detection.vendor} ${detection.family} ${detection.type ?? "?"}`;
  } catch {
    return null;
  }
}

/** A short reason for a failed request; the URL and headers (credentials) are never part of it. */
function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${timeoutMs} ms (raise --timeout?)`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  if (code === "ECONNREFUSED") return "connection refused: is the endpoint running on that port?";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "the endpoint closed the connection";
  if (code !== undefined) return `request failed (${code})`;
  return "request failed";
}
