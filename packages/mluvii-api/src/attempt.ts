import type { Dispatcher } from "undici";
import { MluviiAbortError, type MluviiApiError, MluviiConnectionError, MluviiTimeoutError } from "./errors";
import type { MluviiHttpMethod } from "./types";

/** One HTTP exchange, exactly as it goes on the wire. */
export interface AttemptRequest {
  origin: string;
  /** Path including base path and query string. */
  path: string;
  /** Path without query, for errors and logs. */
  displayPath: string;
  method: MluviiHttpMethod;
  headers: Record<string, string>;
  body: string | undefined;
  timeout: number;
  signal: AbortSignal | undefined;
}

/** A complete response of one attempt (any status). */
export interface AttemptResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Errors of these undici codes are programming or setup mistakes: repeating the request cannot help. */
const PERMANENT_CODES = new Set(["UND_ERR_INVALID_ARG", "UND_MOCK_ERR_MOCK_NOT_MATCHED", "UND_ERR_NOT_SUPPORTED"]);
/** undici's own timeouts map to {@link MluviiTimeoutError}. */
const TIMEOUT_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

/** Whether a connection error may be worth repeating at all (separately from whether the request was sent). */
export function isTransientConnectionError(error: MluviiConnectionError): boolean {
  return error.code === undefined || !PERMANENT_CODES.has(error.code);
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function headerText(value: Buffer | string): string {
  return typeof value === "string" ? value : value.toString("latin1");
}

/**
 * Runs one attempt through `dispatcher.dispatch` with a classic handler. undici calls `onConnect` immediately before
 * it writes the request to a socket, so an error that arrives before `onConnect` proves no byte was sent — the one
 * case where an operation that is unsafe to repeat may be retried. An abort requested before `onConnect` is applied
 * inside `onConnect`, which makes undici drop the request unwritten.
 */
export function performAttempt(dispatcher: Dispatcher, request: AttemptRequest): Promise<AttemptResponse> {
  return new Promise<AttemptResponse>((resolve, reject) => {
    const context = { method: request.method, path: request.displayPath };
    const { signal } = request;
    let abortDispatch: ((error: Error) => void) | undefined;
    let pendingAbort: Error | undefined;
    let sent = false;
    let settled = false;
    let status = 0;
    const headers: Record<string, string> = {};
    const chunks: Buffer[] = [];

    const cleanup = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (error: MluviiApiError) => {
      if (settled) return;
      cleanup();
      const stop = new Error("mluvii request cancelled");
      if (abortDispatch) abortDispatch(stop);
      else pendingAbort = stop;
      reject(error);
    };
    const onAbort = () => fail(new MluviiAbortError(context, signal?.reason));
    const timer = setTimeout(() => fail(new MluviiTimeoutError(context, request.timeout, sent)), request.timeout);
    if (signal) {
      if (signal.aborted) {
        fail(new MluviiAbortError(context, signal.reason));
        return;
      }
      signal.addEventListener("abort", onAbort, { once: true });
    }

    const handler: Dispatcher.DispatchHandler = {
      onConnect(abort) {
        if (pendingAbort) {
          abort(pendingAbort);
          return;
        }
        abortDispatch = abort;
        sent = true;
      },
      onHeaders(statusCode, rawHeaders) {
        status = statusCode;
        for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
          const name = headerText(rawHeaders[i] as Buffer | string).toLowerCase();
          const value = headerText(rawHeaders[i + 1] as Buffer | string);
          const previous = headers[name];
          headers[name] = previous === undefined ? value : `${previous}, ${value}`;
        }
        return true;
      },
      onData(chunk) {
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        if (settled) return;
        cleanup();
        const body = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8");
        resolve({ status, headers, body });
      },
      onError(error) {
        if (settled) return;
        const code = errorCode(error);
        if (code !== undefined && TIMEOUT_CODES.has(code)) {
          fail(new MluviiTimeoutError(context, request.timeout, sent));
        } else {
          fail(new MluviiConnectionError(context, sent, code, error));
        }
      },
    };

    try {
      dispatcher.dispatch(
        {
          origin: request.origin,
          path: request.path,
          method: request.method,
          headers: request.headers,
          body: request.body ?? null,
        },
        handler,
      );
    } catch (error) {
      handler.onError?.(error as Error);
    }
  });
}
