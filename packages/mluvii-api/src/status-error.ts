import type { AttemptResponse } from "./attempt";
import {
  MluviiApiStatusError,
  MluviiAuthenticationError,
  MluviiPermissionError,
  MluviiRateLimitError,
  type MluviiStatusErrorDetails,
} from "./errors";
import { bodyExcerpt } from "./redact";
import { parseRetryAfter } from "./retry-policy";

/** Response headers that carry a request id, most specific first (mluvii's header name is not documented). */
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id"] as const;

/** The request id of a response, when one of the usual headers is present. */
export function requestIdOf(headers: Record<string, string>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Builds the typed error for a non-accepted status. Token-endpoint failures are authentication errors. */
export function statusError(
  response: AttemptResponse,
  context: { method: string; path: string; kind: "api" | "token" },
  secrets: readonly string[],
): MluviiApiStatusError {
  const details: MluviiStatusErrorDetails = {
    method: context.method,
    path: context.path,
    status: response.status,
    headers: response.headers,
    requestId: requestIdOf(response.headers),
    bodyExcerpt: bodyExcerpt(response.body, secrets),
  };
  if (response.status === 429)
    return new MluviiRateLimitError(details, parseRetryAfter(response.headers["retry-after"]));
  if (response.status === 401 || (context.kind === "token" && response.status >= 400 && response.status < 500)) {
    const what = context.kind === "token" ? "token request was refused" : "was not authenticated";
    const message = `mluvii API ${context.method} ${context.path} ${what} (status ${response.status})`;
    return new MluviiAuthenticationError(details, message);
  }
  if (response.status === 403) return new MluviiPermissionError(details);
  return new MluviiApiStatusError(details);
}
