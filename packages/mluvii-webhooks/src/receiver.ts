/**
 * The mluvii receiver preset on core's `createWebhookHandler`. mluvii signs nothing: the only documented
 * authenticity mechanism is `user:password@` in the registered callback URL, which mluvii sends as
 * `Authorization: Basic …` (docs.mluvii.com public-api/webhooks-faq; mluvii's C# and Go samples); a secret in
 * the query string is the common alternative in the wild (`ObseumEU/APIGateway.MluviiWebhook@b07206d`).
 */
import {
  anyAuth,
  type BasicCredentials,
  basicAuth,
  createWebhookHandler,
  queryTokenAuth,
  type WebhookAuth,
  type WebhookDedupeOptions,
  type WebhookHandler,
  type WebhookHandlerOptions,
} from "@contactkit/core";
import type { MluviiWebhookEventMap } from "./event-map";
import { mluviiWebhooks } from "./family";
import { mluviiIdempotencyKey } from "./idempotency";

/** Options of {@link createMluviiWebhookHandler}. Give at least one of `callbackUrls`, `credentials`, `queryTokens` or `auth`. */
export interface MluviiWebhookHandlerOptions
  extends Omit<WebhookHandlerOptions<MluviiWebhookEventMap>, "family" | "auth" | "dedupe" | "allowGet"> {
  /**
   * The callback URLs registered with mluvii, with credentials embedded (`https://user:pass@host/path`). Their
   * userinfo becomes the accepted Basic credentials; list the old and the new URL while rotating.
   */
  readonly callbackUrls?: readonly (string | URL)[];
  /** Accepted Basic credentials, when you prefer to give them directly. Several for rotation. */
  readonly credentials?: readonly BasicCredentials[];
  /** Accepted query-string tokens (`https://host/hook?token=…`). Several for rotation. */
  readonly queryTokens?: readonly string[];
  /** Query parameter carrying the token. Default `token`. */
  readonly queryParam?: string;
  /** A custom authentication, replacing the three options above (e.g. core's `noAuth()` behind a trusted proxy). */
  readonly auth?: WebhookAuth;
  /** Answer `GET` with 200, as mluvii's own samples do for reachability checks. Default true. */
  readonly allowGet?: boolean;
  /**
   * Dedupe of at-least-once redeliveries by {@link mluviiIdempotencyKey}. Default on, in memory, for 24 h;
   * give a shared `store` when several replicas receive. `false` turns it off. See core's
   * `WebhookDedupeOptions` for `leaseMs` and `onStoreError`.
   */
  readonly dedupe?: false | Omit<WebhookDedupeOptions<MluviiWebhookEventMap>, "key">;
}

/**
 * The Basic credentials embedded in a callback URL (`https://user:pass@host/path`), percent-decoded the way mluvii
 * sends them. Throws `TypeError` (without echoing the URL) when the URL carries no username and password.
 */
export function credentialsFromCallbackUrl(callbackUrl: string | URL): BasicCredentials {
  let url: URL;
  try {
    url = new URL(callbackUrl);
  } catch {
    throw new TypeError("mluvii callback URL is not an absolute URL");
  }
  if (url.username === "" || url.password === "") {
    throw new TypeError("mluvii callback URL has no user:password@ credentials to authenticate with");
  }
  return { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

function authFrom(options: MluviiWebhookHandlerOptions): WebhookAuth {
  if (options.auth) return options.auth;
  const credentials = [...(options.credentials ?? []), ...(options.callbackUrls ?? []).map(credentialsFromCallbackUrl)];
  const methods: WebhookAuth[] = [];
  if (credentials.length > 0) methods.push(basicAuth({ credentials, realm: "mluvii webhook" }));
  if (options.queryTokens && options.queryTokens.length > 0) {
    methods.push(queryTokenAuth({ tokens: options.queryTokens, param: options.queryParam ?? "token" }));
  }
  const [only, ...rest] = methods;
  if (!only) {
    throw new TypeError(
      "createMluviiWebhookHandler: give callbackUrls, credentials, queryTokens or auth (use core's noAuth() to accept anyone)",
    );
  }
  return rest.length === 0 ? only : anyAuth(only, ...rest);
}

/**
 * A fetch-style receiver `(request: Request) => Promise<Response>` for mluvii webhooks: authenticates (Basic from
 * the callback URL, or a query token; constant time, several secrets for rotation) before reading the body,
 * answers `GET` with 200, accepts one event per `POST` (an array body gets 400), drops redeliveries by
 * {@link mluviiIdempotencyKey}, and acknowledges before processing (`ack: "after-validate"`). Mount it on
 * node `http`, express or fastify with core's `toNodeHandler`, or use it directly in Hono / Next.js / workers.
 *
 * @example
 * const handler = createMluviiWebhookHandler({
 *   callbackUrls: [process.env.MLUVII_CALLBACK_URL!],
 *   process: createRouter(mluviiWebhooks).on("SessionEnded", (e) => archive(e.data.id)),
 * });
 */
export function createMluviiWebhookHandler(options: MluviiWebhookHandlerOptions): WebhookHandler {
  const { callbackUrls, credentials, queryTokens, queryParam, auth, dedupe, ...rest } = options;
  return createWebhookHandler<MluviiWebhookEventMap>({
    // mluvii does not document its Content-Type; the body is JSON either way.
    requireJsonContentType: false,
    ...rest,
    family: mluviiWebhooks,
    auth: authFrom(options),
    allowGet: options.allowGet ?? true,
    ...(dedupe === false ? {} : { dedupe: { ...dedupe, key: mluviiIdempotencyKey } }),
  });
}
