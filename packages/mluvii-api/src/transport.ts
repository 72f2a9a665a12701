import { callHook } from "@contactkit/core";
import type { Dispatcher } from "undici";
import { type AttemptResponse, isTransientConnectionError, performAttempt } from "./attempt";
import {
  MluviiAbortError,
  MluviiApiError,
  MluviiApiStatusError,
  MluviiConnectionError,
  MluviiRateLimitError,
  MluviiTimeoutError,
} from "./errors";
import { type BackoffSettings, backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from "./retry-policy";
import { requestIdOf, statusError } from "./status-error";
import type { MluviiHooks, MluviiHttpMethod, MluviiLogger, MluviiRequestInfo, MluviiRetryInfo } from "./types";

/** Everything the retry loop needs from the client options, resolved to defaults. */
export interface TransportSettings {
  origin: string;
  /** Base path of an on-premise install served below a path prefix ("" for none). */
  basePath: string;
  dispatcher: Dispatcher;
  timeout: number;
  maxRetries: number;
  backoff: BackoffSettings;
  maxRetryAfterMs: number;
  logger: MluviiLogger | undefined;
  hooks: MluviiHooks | undefined;
  /** Secrets (client secret, current token) to redact, in any encoding, from anything shown to people. */
  secrets(): readonly string[];
}

/** The credential side of a call: where the bearer token comes from. */
export interface TokenSource {
  /** A token to send; may be cached. */
  get(signal: AbortSignal | undefined): Promise<string>;
  /** Forget `token` (it was refused with 401) so the next `get` fetches a new one. */
  invalidate(token: string): void;
}

/** One logical call, ready for the wire. */
export interface ExecuteRequest {
  kind: "api" | "token";
  method: MluviiHttpMethod;
  /** Path without base path or query. */
  path: string;
  /** Encoded query string including `?`, or "". */
  search: string;
  headers: Record<string, string>;
  body: string | undefined;
  idempotent: boolean;
  signal: AbortSignal | undefined;
  timeout: number | undefined;
  acceptStatuses: readonly number[] | undefined;
}

/** The accepted response of a logical call. */
export interface ExecuteResult {
  response: AttemptResponse;
  attempts: number;
}

/** Calls a user hook; its failure is logged by name and never reaches the call. */
function runHook<I>(settings: TransportSettings, name: keyof MluviiHooks, info: I): void {
  callHook(settings.hooks?.[name] as ((info: I) => void) | undefined, [info], (error) =>
    settings.logger?.warn?.(`mluvii hook ${name} threw; ignored`, { error: (error as Error)?.name }),
  );
}

/** Whether a failed attempt may be repeated, by what the operation does and how far the request got. */
function mayRepeat(error: MluviiApiError, idempotent: boolean): boolean {
  if (error instanceof MluviiConnectionError) return isTransientConnectionError(error) && (idempotent || !error.sent);
  if (error instanceof MluviiTimeoutError) return idempotent || !error.sent;
  if (error instanceof MluviiApiStatusError) return idempotent && isRetryableStatus(error.status);
  return false;
}

function retryReason(error: MluviiApiError): MluviiRetryInfo["reason"] {
  if (error instanceof MluviiConnectionError) return "connection";
  if (error instanceof MluviiTimeoutError) return "timeout";
  return "status";
}

/**
 * Sends one logical call: attaches the bearer token, makes attempts, repeats on 401 (once, with a fresh token)
 * and on retryable failures (by `idempotent`), honouring `Retry-After`, and throws the typed error of the last
 * attempt with `attempts` set.
 */
export async function execute(
  settings: TransportSettings,
  request: ExecuteRequest,
  auth: TokenSource | undefined,
): Promise<ExecuteResult> {
  const context = { method: request.method, path: request.path };
  const timeout = request.timeout ?? settings.timeout;
  let attempt = 0;
  let retries = 0;
  let refreshed = false;
  // Every token this call sent: a response may echo one that was rotated out since.
  const sentTokens: string[] = [];
  for (;;) {
    attempt++;
    const info: MluviiRequestInfo = { ...context, attempt, idempotent: request.idempotent, kind: request.kind };
    let token: string | undefined;
    if (auth) {
      // The token source makes its own attempts; its failure surfaces as is (no retries multiplied on top).
      token = await auth.get(request.signal);
      request.headers.authorization = `Bearer ${token}`;
      if (!sentTokens.includes(token)) sentTokens.push(token);
    }
    let error: MluviiApiError;
    try {
      runHook(settings, "onRequest", info);
      settings.logger?.debug?.("mluvii request", info);
      const started = performance.now();
      const response = await performAttempt(settings.dispatcher, {
        origin: settings.origin,
        path: settings.basePath + request.path + request.search,
        displayPath: request.path,
        method: request.method,
        headers: request.headers,
        body: request.body,
        timeout,
        signal: request.signal,
      });
      const durationMs = performance.now() - started;
      const responseInfo = { ...info, status: response.status, durationMs, requestId: requestIdOf(response.headers) };
      runHook(settings, "onResponse", responseInfo);
      settings.logger?.debug?.("mluvii response", responseInfo);
      const { status } = response;
      if ((status >= 200 && status < 300) || request.acceptStatuses?.includes(status))
        return { response, attempts: attempt };
      error = statusError(response, { ...context, kind: request.kind }, [...settings.secrets(), ...sentTokens]);
      // A 401 is decided before the request is processed, so one repeat with a fresh token is safe for any operation.
      if (status === 401 && auth && token !== undefined && !refreshed) {
        refreshed = true;
        auth.invalidate(token);
        runHook(settings, "onRetry", { ...info, reason: "unauthorized", status, delayMs: 0, error });
        settings.logger?.info?.("mluvii token refused; refreshing once", info);
        continue;
      }
    } catch (caught) {
      if (!(caught instanceof MluviiApiError)) throw caught;
      error = caught;
      if (error instanceof MluviiAbortError) {
        error.attempts = attempt;
        throw error;
      }
    }
    error.attempts = attempt;
    if (retries >= settings.maxRetries || !mayRepeat(error, request.idempotent)) {
      settings.logger?.error?.("mluvii request failed", { ...info, error: error.name });
      throw error;
    }
    const status = error instanceof MluviiApiStatusError ? error.status : undefined;
    const retryAfter =
      error instanceof MluviiRateLimitError
        ? error.retryAfter
        : error instanceof MluviiApiStatusError
          ? parseRetryAfter(error.headers["retry-after"])
          : undefined;
    if (retryAfter !== undefined && retryAfter > settings.maxRetryAfterMs) {
      settings.logger?.error?.("mluvii Retry-After too long; not retrying", { ...info, retryAfter });
      throw error;
    }
    retries++;
    const delayMs = retryAfter ?? backoffDelay(retries, settings.backoff);
    runHook(settings, "onRetry", { ...info, reason: retryReason(error), status, delayMs, error });
    settings.logger?.warn?.("mluvii request retried", { ...info, status, delayMs, error: error.name });
    await sleep(
      delayMs,
      request.signal,
      () => new MluviiAbortError({ ...context, attempts: attempt }, request.signal?.reason),
    );
  }
}
