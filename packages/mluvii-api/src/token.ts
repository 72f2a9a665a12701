import * as z from "zod";
import { MluviiAbortError, MluviiApiError, MluviiAuthenticationError } from "./errors";
import { execute, type TokenSource, type TransportSettings } from "./transport";
import type { MluviiClientCredentials } from "./types";

/** mluvii's IdentityServer token endpoint (docs.mluvii.com public-api/authentication). */
export const TOKEN_PATH = "/login/connect/token";
/** Lifetime assumed when the response has no usable `expires_in`: the docs say only "JWT, valid 1 hour". */
const DEFAULT_LIFETIME_SECONDS = 3600;
/** Longest lifetime believed: a token is refreshed at least daily whatever the server says. */
const MAX_LIFETIME_SECONDS = 86_400;
/** Bearer tokens are visible ASCII (RFC 6750 b64token); anything else could break or inject into a header. */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]+$/;

/** The standard OAuth2 token response; mluvii's own samples read only `access_token`. */
const tokenResponseSchema = z.object({
  access_token: z.string().regex(HEADER_SAFE_TOKEN),
  // Read leniently: a missing, malformed, zero or negative value means the default lifetime (see lifetimeOf).
  expires_in: z.unknown().optional(),
  token_type: z.string().exactOptional(),
});

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  const context = { method: "POST", path: TOKEN_PATH };
  if (signal.aborted) return Promise.reject(new MluviiAbortError(context, signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new MluviiAbortError(context, signal.reason));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The token lifetime in seconds from `expires_in`: a positive number, or a string of digits. Anything else — absent,
 * zero, negative, not a number — is taken as the default hour rather than believed: a zero or negative lifetime
 * would mean fetching a new token for every call. A token that expires earlier is refused with 401, which the
 * transport answers with one refresh.
 */
function lifetimeOf(expiresIn: unknown): number {
  const seconds = typeof expiresIn === "string" && /^\d+$/.test(expiresIn.trim()) ? Number(expiresIn) : expiresIn;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) return DEFAULT_LIFETIME_SECONDS;
  return Math.min(seconds, MAX_LIFETIME_SECONDS);
}

function invalidTokenError(reason: string): MluviiAuthenticationError {
  // The body may hold a token: it is deliberately not excerpted.
  return new MluviiAuthenticationError(
    { method: "POST", path: TOKEN_PATH, status: 200, bodyExcerpt: "", headers: {}, requestId: undefined },
    `mluvii API token response ${reason}`,
  );
}

/**
 * OAuth2 client credentials as mluvii documents them: a form-encoded POST with the non-standard
 * `response_type=token` that mluvii's docs and all its samples send. The token is cached until
 * `refreshSkewMs` (at most 10% of its lifetime) before `expires_in`, and fetched single-flight: however many
 * calls need a token at once, one request goes out and all of them await it.
 */
export class ClientCredentialsTokenSource implements TokenSource {
  readonly #settings: TransportSettings;
  readonly #credentials: MluviiClientCredentials;
  readonly #refreshSkewMs: number;
  #token: string | undefined;
  #refreshAt = 0;
  #inflight: Promise<string> | undefined;

  constructor(settings: TransportSettings, credentials: MluviiClientCredentials, refreshSkewMs: number) {
    this.#settings = settings;
    this.#credentials = credentials;
    this.#refreshSkewMs = refreshSkewMs;
  }

  /** The cached token (for redaction), if any. */
  get current(): string | undefined {
    return this.#token;
  }

  get(signal: AbortSignal | undefined): Promise<string> {
    if (this.#token !== undefined && Date.now() < this.#refreshAt) return Promise.resolve(this.#token);
    if (!this.#inflight) {
      // The shared fetch is not tied to any one caller's signal: one caller giving up must not fail the others.
      this.#inflight = this.#fetch().finally(() => {
        this.#inflight = undefined;
      });
    }
    return raceAbort(this.#inflight, signal);
  }

  invalidate(token: string): void {
    if (this.#token === token) this.#token = undefined;
  }

  async #fetch(): Promise<string> {
    const form = new URLSearchParams({
      response_type: "token",
      grant_type: "client_credentials",
      client_id: this.#credentials.clientId,
      client_secret: this.#credentials.clientSecret,
    });
    if (this.#credentials.scope !== undefined) form.set("scope", this.#credentials.scope);
    const requestedAt = Date.now();
    const { response } = await execute(
      this.#settings,
      {
        kind: "token",
        method: "POST",
        path: TOKEN_PATH,
        search: "",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: form.toString(),
        idempotent: true,
        signal: undefined,
        timeout: undefined,
        acceptStatuses: undefined,
      },
      undefined,
    );
    let json: unknown;
    try {
      json = JSON.parse(response.body);
    } catch {
      throw invalidTokenError("is not JSON");
    }
    const parsed = tokenResponseSchema.safeParse(json);
    if (!parsed.success) throw invalidTokenError("has no usable access_token");
    const lifetimeMs = lifetimeOf(parsed.data.expires_in) * 1000;
    this.#token = parsed.data.access_token;
    this.#refreshAt = requestedAt + lifetimeMs - Math.min(this.#refreshSkewMs, lifetimeMs / 10);
    this.#settings.logger?.info?.("mluvii token obtained", { expiresInMs: lifetimeMs });
    return this.#token;
  }
}

/** Wraps a user's `getToken()`: called per attempt (the user caches), and again once after a 401. */
export class CallbackTokenSource implements TokenSource {
  readonly #getToken: (signal?: AbortSignal) => Promise<string>;
  #last: string | undefined;

  constructor(getToken: (signal?: AbortSignal) => Promise<string>) {
    this.#getToken = getToken;
  }

  /** The last token handed out (for redaction), if any. */
  get current(): string | undefined {
    return this.#last;
  }

  async get(signal: AbortSignal | undefined): Promise<string> {
    let token: unknown;
    try {
      token = await this.#getToken(signal);
    } catch (error) {
      if (error instanceof MluviiApiError) throw error;
      if (signal?.aborted) throw new MluviiAbortError({ method: "POST", path: TOKEN_PATH }, signal.reason);
      // The user's error could quote a secret: keep it as `cause`, out of the message.
      throw new MluviiApiError("mluvii API getToken() failed", { method: "POST", path: TOKEN_PATH }, { cause: error });
    }
    if (typeof token !== "string" || !HEADER_SAFE_TOKEN.test(token)) {
      throw invalidTokenError("from getToken() is not a non-empty header-safe string");
    }
    this.#last = token;
    return token;
  }

  invalidate(): void {}
}
