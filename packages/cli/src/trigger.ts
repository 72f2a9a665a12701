import { brandErrorClass, ContactkitError } from "@contactkit/core";
import type { TestRequestAuth } from "@contactkit/core/testing";
import { KNOWN_FAMILIES, type KnownFamily } from "./families";
import { firstLineOf } from "./replay";
import { displayUrl } from "./replay-target";

/** The families `contactkit trigger` sends events of: those the platform sends, whose manifest gives a test kit. */
export const TRIGGER_FAMILIES: readonly KnownFamily[] = KNOWN_FAMILIES.filter((k) => k.testing !== undefined);

/** A `trigger` option that cannot work; the message says what to do. */
export class TriggerConfigError extends ContactkitError {
  static {
    brandErrorClass(TriggerConfigError, "TriggerConfigError");
  }

  override readonly name = "TriggerConfigError";
}

/** The families that know `type`, or a {@link TriggerConfigError} naming near misses. */
export function familiesOfType(type: string, family?: KnownFamily): KnownFamily[] {
  const candidates = (family ? [family] : TRIGGER_FAMILIES).filter((k) =>
    (k.family.types as readonly string[]).includes(type),
  );
  if (candidates.length > 0) return candidates;
  const pool = family ? [family] : TRIGGER_FAMILIES;
  const near = pool.flatMap((k) =>
    (k.family.types as readonly string[]).filter((t) => t.toLowerCase() === type.toLowerCase()),
  );
  const where = family ? `${family.family.vendor} ${family.family.family}` : "any family trigger sends";
  throw new TriggerConfigError(
    `"${type}" is not an event type of ${where}${near.length > 0 ? `; did you mean ${near.join(" or ")}?` : ""}`,
  );
}

/** One `--set path=value`: where, and the value (JSON when it parses as JSON, else the text itself). */
export interface FieldAssignment {
  readonly path: readonly (string | number)[];
  readonly value: unknown;
}

/** Parses `data.participants[0].state=connected` (also `data.participants.0.state`). */
export function parseAssignment(text: string): FieldAssignment {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new TriggerConfigError(`--set must be path=value, e.g. --set data.started=null`);
  const pathText = text.slice(0, eq);
  const raw = text.slice(eq + 1);
  const path: (string | number)[] = [];
  for (const part of pathText.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new TriggerConfigError(`--set: cannot read the path "${pathText}"`);
    if (m[1]) path.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    for (const index of m[2]?.matchAll(/\[(\d+)\]/g) ?? []) path.push(Number(index[1]));
  }
  if (path.length === 0 || path.includes("__proto__")) throw new TriggerConfigError(`--set: cannot set "${pathText}"`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  return { path, value };
}

function assign(target: Record<string, unknown>, { path, value }: FieldAssignment): void {
  let node: Record<string | number, unknown> = target;
  path.slice(0, -1).forEach((segment, i) => {
    const next = node[segment];
    if (next === null || typeof next !== "object") node[segment] = typeof path[i + 1] === "number" ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
  node[path[path.length - 1] as string | number] = structuredClone(value);
}

/** Options of {@link buildTriggerEvent}. */
export interface TriggerOptions {
  /** The event type, e.g. `SessionEnded`, `Text`, `disconnected`, `TASK_ENQUEUED`. */
  readonly type: string;
  /** The family, when the type alone does not say (e.g. `Text`); default: the only family that knows the type. */
  readonly family?: KnownFamily;
  /** Field assignments applied to the event before it is validated and sent. */
  readonly set?: readonly FieldAssignment[];
  /** CCAI QM: send the bare item instead of the `{type, item}` envelope. */
  readonly bare?: boolean;
}

/** The event `trigger` sends: the family it belongs to and the body, before any request is made. */
export interface TriggerEvent {
  readonly family: KnownFamily;
  readonly type: string;
  readonly body: object;
  /** Makes the request the platform would send with `body`. */
  readonly request: (url: string, auth?: TestRequestAuth, headers?: Record<string, string>) => Request;
}

/**
 * Builds one realistic event of a type the way the platform sends it, from the vendor package's test factories, with
 * `--set` assignments applied. Throws {@link TriggerConfigError} for a type no family knows or one several do, and
 * the vendor's `TestEventError` (JSON paths, no values) when the assignments make the event invalid.
 */
export async function buildTriggerEvent(options: TriggerOptions): Promise<TriggerEvent> {
  const candidates = familiesOfType(options.type, options.family);
  const [family, ...others] = candidates;
  if (!family) throw new TriggerConfigError(`"${options.type}" is not an event type trigger knows`);
  if (others.length > 0) {
    const names = candidates.map((k) => k.family.family).join(", ");
    throw new TriggerConfigError(`"${options.type}" is an event of ${names}: say which with --family`);
  }
  const kit = await family.testing?.();
  const makeRequest = kit?.request;
  if (!kit || !makeRequest) throw new TriggerConfigError(`trigger cannot send ${family.family.family} events`);
  const event = kit.event(options.type) as Record<string, unknown>;
  for (const assignment of options.set ?? []) assign(event, assignment);
  const body = kit.body ? kit.body(options.type, event, { bare: options.bare === true }) : event;
  return {
    family,
    type: options.type,
    body,
    request: (url, auth, headers) =>
      makeRequest(body, { url, ...(auth ? { auth } : {}), ...(headers ? { headers } : {}) }),
  };
}

/** What sending a triggered event got back. */
export interface TriggerResult {
  /** The URL as it may be printed (no credentials, query values masked). */
  readonly target: string;
  /** HTTP status, `null` when no answer arrived. */
  readonly status: number | null;
  /** First line of the answer's body, when it has one. */
  readonly answer?: string;
  /** Why no answer arrived; never contains the URL or credentials. */
  readonly error?: string;
  /** Milliseconds from sending to the answer. */
  readonly durationMs: number;
}

/** Sends a request (as {@link TriggerEvent.request} made it) and reads the status and first line of the answer. */
export async function sendTriggerRequest(
  request: Request,
  options: { readonly timeoutMs?: number; readonly fetch?: typeof fetch } = {},
): Promise<TriggerResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const target = displayUrl(new URL(request.url));
  const started = performance.now();
  try {
    const response = await (options.fetch ?? fetch)(request, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
    const answer = await firstLineOf(response);
    return {
      target,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
      ...(answer ? { answer } : {}),
    };
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    const why = timedOut
      ? `no answer within ${timeoutMs} ms (raise --timeout?)`
      : code === "ECONNREFUSED"
        ? "connection refused: is the endpoint running on that port?"
        : `request failed${typeof code === "string" ? ` (${code})` : ""}`;
    return { target, status: null, durationMs, error: why };
  }
}
