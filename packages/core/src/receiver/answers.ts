/**
 * The one rule by which every receiver answers and logs: each way a request can end is an {@link Outcome}, and
 * this table alone decides its status, body, headers and log line. Bodies carry fixed texts, JSON paths and
 * bounded, escaped event types — never payload values or secrets.
 */
import type { ContactkitParseError } from "../errors";
import type { ContactkitLogger } from "../observe/types";
import type { WebhookStatuses } from "./options";
import { shownText } from "./text";

/** How one request ended. */
export type Outcome =
  | { readonly kind: "probe" }
  | { readonly kind: "accepted"; readonly type: string; readonly known: boolean }
  | { readonly kind: "duplicate"; readonly type: string }
  | { readonly kind: "method"; readonly allow: string }
  | { readonly kind: "unauthorized"; readonly scheme: string; readonly challenge?: string | undefined }
  | { readonly kind: "media-type" }
  | { readonly kind: "too-large"; readonly limit: number }
  | { readonly kind: "body-timeout"; readonly timeoutMs: number }
  | { readonly kind: "unreadable" }
  | { readonly kind: "invalid"; readonly error: ContactkitParseError }
  | { readonly kind: "overflow"; readonly type: string }
  | { readonly kind: "in-progress"; readonly type: string }
  | { readonly kind: "store-unavailable"; readonly type: string }
  | { readonly kind: "inbox-unavailable"; readonly type: string; readonly error: string }
  | { readonly kind: "closed" }
  | { readonly kind: "failed"; readonly type: string }
  | { readonly kind: "timed-out"; readonly type: string; readonly timeoutMs: number }
  | { readonly kind: "internal" };

/** The statuses with their defaults filled in. */
export type ResolvedStatuses = Required<WebhookStatuses>;

/** Fills in the default statuses. */
export function resolveStatuses(status: WebhookStatuses | undefined): ResolvedStatuses {
  return {
    accepted: 200,
    invalidJson: 400,
    invalidEvent: 400,
    unknownEvent: 200,
    duplicate: 200,
    overflow: 503,
    ...status,
  };
}

/** Issues listed in a 400 answer; the rest are counted. */
const MAX_ISSUES = 20;
/** Longest message or JSON path in a 400 answer. */
const MAX_MESSAGE = 1_000;

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);

function invalidBody(error: ContactkitParseError): Record<string, unknown> {
  const issues = error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: cut(issue.path, 200),
    code: cut(issue.code, 100),
    message: cut(issue.message, 300),
  }));
  const more = error.issues.length - issues.length;
  return { ok: false, error: cut(error.message, MAX_MESSAGE), issues, ...(more > 0 ? { moreIssues: more } : {}) };
}

const retryLater = { "retry-after": "1" };
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Record<string, string>;
  readonly level?: "debug" | "warn" | "error";
  readonly log?: string;
  readonly meta?: Record<string, unknown>;
}

function answerOf(outcome: Outcome, status: ResolvedStatuses): Answer {
  switch (outcome.kind) {
    case "probe":
      return { status: 200, body: { ok: true } };
    case "accepted":
      return {
        status: outcome.known ? status.accepted : status.unknownEvent,
        body: { ok: true, type: shownText(outcome.type) },
      };
    case "duplicate":
      return {
        status: status.duplicate,
        body: { ok: true, duplicate: true },
        level: "warn",
        log: "duplicate delivery dropped",
        meta: { type: shownText(outcome.type) },
      };
    case "method":
      return {
        status: 405,
        body: { ok: false, error: "method not allowed" },
        headers: { allow: outcome.allow },
        level: "warn",
        log: "rejected a request with a method it does not answer",
      };
    case "unauthorized":
      return {
        status: 401,
        body: { ok: false, error: "unauthorized" },
        headers: outcome.challenge ? { "www-authenticate": outcome.challenge } : {},
        level: "warn",
        log: "rejected an unauthenticated request",
        meta: { scheme: outcome.scheme },
      };
    case "media-type":
      return {
        status: 415,
        body: { ok: false, error: "expected a JSON body (Content-Type: application/json)" },
        level: "warn",
        log: "rejected a body that is not JSON by its Content-Type",
      };
    case "too-large":
      return {
        status: 413,
        body: { ok: false, error: `body larger than ${outcome.limit} bytes` },
        level: "warn",
        log: "rejected a body over the limit",
      };
    case "body-timeout":
      return {
        status: 408,
        body: { ok: false, error: `the body did not arrive within ${outcome.timeoutMs} ms` },
        headers: { connection: "close" },
        level: "warn",
        log: "gave up on a body that did not arrive in time",
      };
    case "unreadable":
      return {
        status: 400,
        body: { ok: false, error: "the body could not be read" },
        level: "warn",
        log: "rejected a body that could not be read",
      };
    case "invalid": {
      const { kind, eventType } = outcome.error;
      return {
        status: kind === "json" || kind === "depth" ? status.invalidJson : status.invalidEvent,
        body: invalidBody(outcome.error),
        level: "warn",
        log: "rejected an invalid payload",
        meta: { kind, type: eventType === undefined ? undefined : shownText(eventType) },
      };
    }
    case "overflow":
      return {
        status: status.overflow,
        body: { ok: false, error: "busy, retry later" },
        headers: retryLater,
        level: "warn",
        log: "refused an event: the inbox (or queue) is full",
        meta: { type: shownText(outcome.type) },
      };
    case "in-progress":
      return {
        status: status.overflow,
        body: { ok: false, error: "this delivery is being accepted by another attempt, retry later" },
        headers: retryLater,
        level: "warn",
        log: "another attempt holds this delivery",
        meta: { type: shownText(outcome.type) },
      };
    case "store-unavailable":
      return {
        status: status.overflow,
        body: { ok: false, error: "dedupe store unavailable, retry later" },
        headers: retryLater,
        level: "warn",
        log: "refused a delivery: the dedupe store failed",
        meta: { type: shownText(outcome.type) },
      };
    case "inbox-unavailable":
      return {
        status: status.overflow,
        body: { ok: false, error: "the event could not be recorded, retry later" },
        headers: retryLater,
        level: "error",
        log: "refused an event: the inbox could not record it",
        meta: { type: shownText(outcome.type), error: outcome.error },
      };
    case "closed":
      return {
        status: status.overflow,
        body: { ok: false, error: "the receiver is shutting down" },
        headers: retryLater,
        level: "warn",
        log: "refused a request: the receiver is shutting down",
      };
    case "failed":
      return {
        status: 500,
        body: { ok: false, error: "processing failed" },
        level: "warn",
        log: "answered 500: processing failed",
        meta: { type: shownText(outcome.type) },
      };
    case "timed-out":
      return {
        status: 504,
        body: { ok: false, error: `processing did not finish within ${outcome.timeoutMs} ms` },
        level: "warn",
        log: "answered 504: processing timed out",
        meta: { type: shownText(outcome.type), timeoutMs: outcome.timeoutMs },
      };
    case "internal":
      return {
        status: 500,
        body: { ok: false, error: "internal error" },
        level: "error",
        log: "answered 500: internal fault",
      };
  }
}

/** Builds the answer to an outcome and writes its log line. */
export function answer(
  outcome: Outcome,
  status: ResolvedStatuses,
  logger: ContactkitLogger,
  subject: string,
): Response {
  const { status: code, body, headers, level, log, meta } = answerOf(outcome, status);
  if (level && log) {
    try {
      logger[level]?.(`${subject}: ${log}`, { status: code, ...meta });
    } catch {
      // A logger that throws must not change the answer.
    }
  }
  // A configured 204 (or 205, 304) cannot carry a body.
  if (NULL_BODY_STATUSES.has(code)) return new Response(null, { status: code, headers: { ...headers } });
  return new Response(JSON.stringify(body), {
    status: code,
    headers: { "content-type": "application/json", ...headers },
  });
}
