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

/** Headers as undici parsed them (names lower-cased), repeated values joined as one field value. */
function joinedHeaders(parsed: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/**
 * Runs one attempt through `dispatcher.dispatch` with undici's handler API (`onRequestStart` … `onResponseError`).
 * undici calls `onRequestStart` immediately before it writes the request to a socket, so an error that arrives
 * before it proves no byte was sent — the one case where an operation that is unsafe to repeat may be retried. An
 * abort requested before `onRequestStart` is applied inside it, which makes undici drop the request unwritten.
 * (`nodejs/undici@v7.30.2:lib/handler/unwrap-handler.js` calls `onRequestStart` from the core's `onConnect`.)
 */
export function performAttempt(dispatcher: Dispatcher, request: AttemptRequest): Promise<AttemptResponse> {
  return new Promise<AttemptResponse>((resolve, reject) => {
    const context = { method: request.method, path: request.displayPath };
    const { signal } = request;
    let controller: Dispatcher.DispatchController | undefined;
    let pendingAbort: Error | undefined;
    let sent = false;
    let settled = false;
    let status = 0;
    let headers: Record<string, string> = {};
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
      if (controller) controller.abort(stop);
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

    const failFromUndici = (error: Error) => {
      if (settled) return;
      const code = errorCode(error);
      if (code !== undefined && TIMEOUT_CODES.has(code)) {
        fail(new MluviiTimeoutError(context, request.timeout, sent));
      } else {
        fail(new MluviiConnectionError(context, sent, code, error));
      }
    };
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(requestController) {
        if (pendingAbort) {
          requestController.abort(pendingAbort);
          return;
        }
        controller = requestController;
        sent = true;
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        status = statusCode;
        headers = joinedHeaders(responseHeaders);
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        if (settled) return;
        cleanup();
        const body = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8");
        resolve({ status, headers, body });
      },
      onResponseError(_controller, error) {
        failFromUndici(error);
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
      // Refused before anything was written (an invalid option, a closed dispatcher): not sent.
      failFromUndici(error as Error);
    }
  });
}
