import { brandErrorClass, ContactkitError } from "@contactkit/core";

/**
 * Error classes of the mluvii Public API client. Messages name the method, the path (never the query string) and
 * the status; they never carry a secret, token, URL credential or response body (the body excerpt is a separate,
 * redacted, bounded field).
 */

/** Where the failure happened: the call itself, or fetching the OAuth2 token for it. */
export interface MluviiErrorContext {
  /** HTTP method of the failed call. */
  method: string;
  /** Path of the failed call, without query string. */
  path: string;
  /** Attempts made before the error surfaced (0 if none was dispatched). */
  attempts?: number;
}

/** Base class of every error the client throws. */
export class MluviiApiError extends ContactkitError {
  static {
    brandErrorClass(MluviiApiError, "MluviiApiError");
  }

  override name = "MluviiApiError";
  /** HTTP method of the failed call. */
  readonly method: string;
  /** Path of the failed call, without query string. */
  readonly path: string;
  /** Attempts made before the error surfaced; set by the client when it gives up. */
  attempts: number;

  constructor(message: string, context: MluviiErrorContext, options?: { cause?: unknown }) {
    super(message, options);
    this.method = context.method;
    this.path = context.path;
    this.attempts = context.attempts ?? 0;
  }
}

/** Fields of an HTTP status error. */
export interface MluviiStatusErrorDetails extends MluviiErrorContext {
  /** HTTP status code. */
  status: number;
  /** First characters of the response body, secrets and URL credentials redacted. */
  bodyExcerpt: string;
  /** Response headers (lower-case names). */
  headers: Record<string, string>;
  /** Request id header of the response, when present. */
  requestId: string | undefined;
}

/** The API answered with a non-2xx status. */
export class MluviiApiStatusError extends MluviiApiError {
  static {
    brandErrorClass(MluviiApiStatusError, "MluviiApiStatusError");
  }

  override name = "MluviiApiStatusError";
  /** HTTP status code. */
  readonly status: number;
  /** Up to 512 characters of the response body, with secrets and URL credentials redacted. */
  readonly bodyExcerpt: string;
  /** Response headers (lower-case names). */
  readonly headers: Record<string, string>;
  /** Request id header of the response, when present. */
  readonly requestId: string | undefined;

  constructor(details: MluviiStatusErrorDetails, message?: string) {
    super(message ?? `mluvii API ${details.method} ${details.path} failed with status ${details.status}`, details);
    this.status = details.status;
    this.bodyExcerpt = details.bodyExcerpt;
    this.headers = details.headers;
    this.requestId = details.requestId;
  }
}

/** 401 after one token refresh, or the token endpoint refused the credentials / returned no usable token. */
export class MluviiAuthenticationError extends MluviiApiStatusError {
  static {
    brandErrorClass(MluviiAuthenticationError, "MluviiAuthenticationError");
  }

  override name = "MluviiAuthenticationError";
}

/** 403: the API key lacks a permission (the chatbot API needs the chatbot permission, per mluvii docs). */
export class MluviiPermissionError extends MluviiApiStatusError {
  static {
    brandErrorClass(MluviiPermissionError, "MluviiPermissionError");
  }

  override name = "MluviiPermissionError";
}

/** 429 Too Many Requests (mluvii documents no rate limit; this is defensive). */
export class MluviiRateLimitError extends MluviiApiStatusError {
  static {
    brandErrorClass(MluviiRateLimitError, "MluviiRateLimitError");
  }

  override name = "MluviiRateLimitError";
  /** Milliseconds the server asked to wait (`Retry-After`, seconds or HTTP date), when it said. */
  readonly retryAfter: number | undefined;

  constructor(details: MluviiStatusErrorDetails, retryAfter: number | undefined) {
    super(details);
    this.retryAfter = retryAfter;
  }
}

/** An attempt ran past its timeout. */
export class MluviiTimeoutError extends MluviiApiError {
  static {
    brandErrorClass(MluviiTimeoutError, "MluviiTimeoutError");
  }

  override name = "MluviiTimeoutError";
  /** The per-attempt timeout in ms. */
  readonly timeout: number;
  /** Whether any request byte may have reached the server before the timeout (false: provably not sent). */
  readonly sent: boolean;

  constructor(context: MluviiErrorContext, timeout: number, sent: boolean) {
    super(`mluvii API ${context.method} ${context.path} timed out after ${timeout} ms`, context);
    this.timeout = timeout;
    this.sent = sent;
  }
}

/** The connection failed (refused, reset, DNS, TLS) before a complete response arrived. */
export class MluviiConnectionError extends MluviiApiError {
  static {
    brandErrorClass(MluviiConnectionError, "MluviiConnectionError");
  }

  override name = "MluviiConnectionError";
  /** Whether any request byte may have reached the server (false: the request provably was never written). */
  readonly sent: boolean;
  /** The system or undici error code, e.g. `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`. */
  readonly code: string | undefined;

  constructor(context: MluviiErrorContext, sent: boolean, code: string | undefined, cause: unknown) {
    const when = sent ? "after the request was sent" : "before the request was sent";
    super(`mluvii API ${context.method} ${context.path} connection failed ${when} (${code ?? "unknown"})`, context, {
      cause,
    });
    this.sent = sent;
    this.code = code;
  }
}

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. */
export class MluviiAbortError extends MluviiApiError {
  static {
    brandErrorClass(MluviiAbortError, "MluviiAbortError");
  }

  override name = "MluviiAbortError";

  constructor(context: MluviiErrorContext, reason: unknown) {
    super(`mluvii API ${context.method} ${context.path} was aborted`, context, { cause: reason });
  }
}
