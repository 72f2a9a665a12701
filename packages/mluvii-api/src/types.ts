import type { Dispatcher } from "undici";
import type { MluviiWebhooksApi } from "./webhooks";

/** HTTP methods the mluvii Public API uses. */
export type MluviiHttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

/**
 * OAuth2 client credentials of a mluvii API key ("API username" / "API password" in the mluvii admin,
 * docs.mluvii.com public-api/authentication). For the chatbot API the key needs the chatbot permission.
 */
export interface MluviiClientCredentials {
  /** The API key's user name, sent as `client_id`. */
  clientId: string;
  /** The API key's password, sent as `client_secret`. Never logged and never part of an error message. */
  clientSecret: string;
  /**
   * Optional OAuth2 scope, e.g. `"mluviiPublicApi"`. mluvii's own samples send none; a third-party client sends
   * `mluviiPublicApi` (`ObseumEU/ObseumEU.Mluvii.Client@0d309e4`). Omitted from the token request when undefined.
   */
  scope?: string;
}

/**
 * A structured logger; every method is optional. Lines carry method, path (without query string), attempt and
 * status, never a secret, token or URL credential.
 */
export interface MluviiLogger {
  /** Per-attempt detail: request sent, response received. */
  debug?(msg: string, meta?: object): void;
  /** Notable but expected events: token refreshed. */
  info?(msg: string, meta?: object): void;
  /** Retries and hook failures. */
  warn?(msg: string, meta?: object): void;
  /** Failures surfaced to the caller. */
  error?(msg: string, meta?: object): void;
}

/** What `hooks.onRequest` receives, just before an attempt is handed to the dispatcher. */
export interface MluviiRequestInfo {
  /** HTTP method of the attempt. */
  method: MluviiHttpMethod;
  /** Request path without the query string (the query can carry user data, so it is never reported). */
  path: string;
  /** 1-based attempt number of this logical request. */
  attempt: number;
  /** Whether the caller marked the operation safe to repeat. */
  idempotent: boolean;
  /** `"api"` for Public API calls, `"token"` for the OAuth2 token request. */
  kind: "api" | "token";
}

/** What `hooks.onResponse` receives once an attempt has a complete response (any status). */
export interface MluviiResponseInfo extends MluviiRequestInfo {
  /** HTTP status code. */
  status: number;
  /** Milliseconds from dispatch to the end of the response body. */
  durationMs: number;
  /** The response's request id header (`x-request-id`, `request-id` or `x-correlation-id`), when present. */
  requestId: string | undefined;
}

/** Why an attempt is being repeated. */
export type MluviiRetryReason = "status" | "connection" | "timeout" | "unauthorized";

/** What `hooks.onRetry` receives before the client waits and repeats a request. */
export interface MluviiRetryInfo extends MluviiRequestInfo {
  /** Why the failed attempt (`attempt`) is repeated. */
  reason: MluviiRetryReason;
  /** HTTP status of the failed attempt, when it had one. */
  status: number | undefined;
  /** Milliseconds the client waits before the next attempt (Retry-After when the server sent one). */
  delayMs: number;
  /** The error the failed attempt would have surfaced. */
  error: Error;
}

/** Observation hooks; a hook that throws is logged and ignored, it never changes the request's outcome. */
export interface MluviiHooks {
  /** Called before each attempt, including token requests and retries. */
  onRequest?(info: MluviiRequestInfo): void;
  /** Called after each attempt that produced a complete HTTP response. */
  onResponse?(info: MluviiResponseInfo): void;
  /** Called when a failed attempt will be repeated, before the backoff delay. */
  onRetry?(info: MluviiRetryInfo): void;
}

/** Options of {@link createMluviiApiClient}, in the style of generated SDK clients. */
export interface MluviiApiClientOptions {
  /** Scheme + host (+ optional base path) of the tenant; default `https://app.mluvii.com`. No userinfo allowed. */
  origin?: string;
  /** API key for the OAuth2 client-credentials flow. One of `credentials` or `getToken` is required. */
  credentials?: MluviiClientCredentials;
  /** A token source of your own (e.g. a shared cache); called per attempt and once more after a 401. */
  getToken?: (signal?: AbortSignal) => Promise<string>;
  /** Milliseconds allowed per attempt (connect + request + full response); default 30 000. */
  timeout?: number;
  /** Retries after the first attempt; default 2. A 401 token refresh is not counted. */
  maxRetries?: number;
  /** First backoff step in ms; default 500 (doubles per retry, full jitter between half and the whole step). */
  retryBaseDelayMs?: number;
  /** Upper bound of a computed backoff delay in ms; default 8 000. */
  retryMaxDelayMs?: number;
  /** Longest `Retry-After` the client waits for, in ms; a longer one surfaces the error instead. Default 60 000. */
  maxRetryAfterMs?: number;
  /** Refresh a cached token this many ms before `expires_in` runs out (at most 10% of its lifetime); default 30 000. */
  tokenRefreshSkewMs?: number;
  /** undici dispatcher: a `MockAgent` in tests, a keep-alive `Agent` in production; default the global one. */
  dispatcher?: Dispatcher;
  /**
   * Structured logger (pino, console or any `{debug, info, warn, error}`): retries at `warn`, failures surfaced to
   * the caller at `error`, per-attempt detail at `debug`. Default: core's default logger (warnings and errors to
   * stderr); `false` silences it.
   */
  logger?: MluviiLogger | false;
  /** Request, response and retry observation hooks. */
  hooks?: MluviiHooks;
}

/** Query parameter values; `undefined` entries are left out. */
export type MluviiQuery = Record<string, string | number | boolean | undefined>;

/** One logical Public API call; the client may make several attempts for it. */
export interface MluviiRequestOptions {
  /** HTTP method. */
  method: MluviiHttpMethod;
  /** Absolute path below the origin, e.g. `/api/v1/Chatbot/${chatbotId}/activity`. Must start with one `/`. */
  path: string;
  /** Query parameters, URL-encoded by the client. */
  query?: MluviiQuery;
  /** Request body, serialised with `JSON.stringify`. */
  body?: unknown;
  /** true = safe to repeat (retried on any retryable failure); false = retried only if the request provably never reached the server */
  idempotent: boolean;
  /** Cancels the call, including backoff waits and a pending token request. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms for this call; default the client's `timeout`. */
  timeout?: number;
  /** Non-2xx statuses returned as a response instead of thrown (e.g. `[409]` for webhook creation). */
  acceptStatuses?: readonly number[];
}

/** A successful (or accepted) response. */
export interface MluviiResponse<T> {
  /** HTTP status code. */
  status: number;
  /** Parsed JSON body; `undefined` for an empty body, the text for a non-JSON body. Not validated. */
  data: T;
  /** Response headers, lower-case names, repeated headers joined with `", "`. */
  headers: Record<string, string>;
  /** The request id header of the response, when the server sent one. */
  requestId: string | undefined;
  /** Attempts made, including retries and a token-refresh repeat (1 when the first attempt succeeded). */
  attempts: number;
}

/** A mluvii Public API client. */
export interface MluviiApiClient {
  /** Sends one logical request with authentication, timeouts and retries. */
  request<T = unknown>(options: MluviiRequestOptions): Promise<MluviiResponse<T>>;
  /** Webhook subscription endpoints (`/api/v1/Webhooks`). */
  readonly webhooks: MluviiWebhooksApi;
  /** The normalised origin (no trailing slash) the client talks to. */
  readonly origin: string;
}
