import { resolveLogger } from "@contactkit/core";
import { getGlobalDispatcher } from "undici";
import { MluviiApiError } from "./errors";
import { requestIdOf } from "./status-error";
import { CallbackTokenSource, ClientCredentialsTokenSource } from "./token";
import { execute, type TokenSource, type TransportSettings } from "./transport";
import type {
  MluviiApiClient,
  MluviiApiClientOptions,
  MluviiQuery,
  MluviiRequestOptions,
  MluviiResponse,
} from "./types";
import { createWebhooksApi } from "./webhooks";

/** mluvii cloud (docs.mluvii.com public-api/authentication); on-premise installs pass their own origin. */
export const DEFAULT_MLUVII_ORIGIN = "https://app.mluvii.com";
const USER_AGENT = "contactkit-mluvii-api";

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`mluvii client option ${name} must be a number ≥ 0`);
  return value;
}

/** Splits the origin option into scheme+host and base path, refusing URL credentials (they would leak into logs). */
function parseOrigin(input: string): { origin: string; basePath: string } {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new TypeError("mluvii client option origin must be an absolute http(s) URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError("mluvii client option origin must use http or https");
  }
  if (url.username !== "" || url.password !== "") {
    throw new TypeError("mluvii client option origin must not contain credentials; use options.credentials");
  }
  if (url.search !== "" || url.hash !== "") throw new TypeError("mluvii client option origin must not have a query");
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, "") };
}

function encodeQuery(query: MluviiQuery | undefined): string {
  if (!query) return "";
  let out = "";
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    out += `${out === "" ? "?" : "&"}${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
  }
  return out;
}

function parseBody(body: string, contentType: string | undefined, method: string, path: string): unknown {
  if (body === "") return undefined;
  const declaredJson = contentType !== undefined && /[/+]json\b/i.test(contentType);
  try {
    return JSON.parse(body);
  } catch (cause) {
    if (!declaredJson) return body;
    throw new MluviiApiError(`mluvii API ${method} ${path} returned invalid JSON`, { method, path }, { cause });
  }
}

/**
 * Creates a mluvii Public API client: OAuth2 client credentials (or your own `getToken`), per-attempt timeouts,
 * retries decided by whether the operation is safe to repeat, typed errors, and the webhook endpoints.
 *
 * @example
 * const mluvii = createMluviiApiClient({ credentials: { clientId, clientSecret } });
 * await mluvii.request({ method: "POST", path: `/api/v1/Chatbot/${id}/activity`, body, idempotent: false });
 */
export function createMluviiApiClient(options: MluviiApiClientOptions): MluviiApiClient {
  if (!options.credentials === !options.getToken) {
    throw new TypeError("mluvii client needs exactly one of options.credentials or options.getToken");
  }
  const { origin, basePath } = parseOrigin(options.origin ?? DEFAULT_MLUVII_ORIGIN);
  let tokens: ClientCredentialsTokenSource | CallbackTokenSource | undefined;
  const clientSecret = options.credentials?.clientSecret;
  const settings: TransportSettings = {
    origin,
    basePath,
    dispatcher: options.dispatcher ?? getGlobalDispatcher(),
    timeout: nonNegative("timeout", options.timeout, 30_000),
    maxRetries: Math.floor(nonNegative("maxRetries", options.maxRetries, 2)),
    backoff: {
      baseDelayMs: nonNegative("retryBaseDelayMs", options.retryBaseDelayMs, 500),
      maxDelayMs: nonNegative("retryMaxDelayMs", options.retryMaxDelayMs, 8_000),
    },
    maxRetryAfterMs: nonNegative("maxRetryAfterMs", options.maxRetryAfterMs, 60_000),
    logger: resolveLogger(options.logger),
    hooks: options.hooks,
    secrets: () => {
      const out: string[] = [];
      if (clientSecret !== undefined) out.push(clientSecret);
      if (tokens?.current !== undefined) out.push(tokens.current);
      return out;
    },
  };
  const skew = nonNegative("tokenRefreshSkewMs", options.tokenRefreshSkewMs, 30_000);
  tokens = options.credentials
    ? new ClientCredentialsTokenSource(settings, options.credentials, skew)
    : new CallbackTokenSource(options.getToken!);
  const auth: TokenSource = tokens;

  async function request<T = unknown>(req: MluviiRequestOptions): Promise<MluviiResponse<T>> {
    if (!req.path.startsWith("/") || req.path.startsWith("//") || /[?#\s]/.test(req.path)) {
      throw new TypeError("mluvii request path must start with a single / and carry no query (use options.query)");
    }
    const headers: Record<string, string> = { accept: "application/json", "user-agent": USER_AGENT };
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers["content-type"] = "application/json";
    }
    const { response, attempts } = await execute(
      settings,
      {
        kind: "api",
        method: req.method,
        path: req.path,
        search: encodeQuery(req.query),
        headers,
        body,
        idempotent: req.idempotent,
        signal: req.signal,
        timeout: req.timeout,
        acceptStatuses: req.acceptStatuses,
      },
      auth,
    );
    const headersOut = response.headers;
    return {
      status: response.status,
      data: parseBody(response.body, headersOut["content-type"], req.method, req.path) as T,
      headers: headersOut,
      requestId: requestIdOf(headersOut),
      attempts,
    };
  }

  return { request, webhooks: createWebhooksApi(request), origin: origin + basePath };
}
