/**
 * The mluvii receiver preset on core's receiver. mluvii signs nothing: the only documented authenticity mechanism is
 * `user:password@` in the registered callback URL, which mluvii sends as `Authorization: Basic …`
 * (https://docs.mluvii.com/en/for-it-specialists/public-api/webhooks-faq; mluvii's C# and Go samples); a secret in
 * the query string is the common alternative in the wild (`ObseumEU/APIGateway.MluviiWebhook@b07206d`).
 */
import {
  anyAuth,
  type BasicCredentials,
  basicAuth,
  createReceiverPreset,
  isWebhookAuth,
  queryTokenAuth,
  type ReceiverPresetOptions,
  type WebhookAuth,
  type WebhookHandler,
} from "@contactkit/core";
import type { MluviiWebhookEventMap } from "./event-map";
import { mluviiWebhooks } from "./family";
import { mluviiIdempotencyKey } from "./idempotency";

/**
 * mluvii's ways of authenticating a delivery, for the receiver's `auth` option (or {@link mluviiWebhookAuth}). Give
 * at least one secret; several of a kind are accepted, for rotation.
 */
export interface MluviiWebhookAuth {
  /**
   * The callback URLs registered with mluvii, with credentials embedded (`https://user:pass@host/path`). Their
   * userinfo becomes the accepted Basic credentials; list the old and the new URL while rotating.
   */
  readonly callbackUrls?: readonly (string | URL)[];
  /** Accepted Basic credentials, when you prefer to give them directly. */
  readonly credentials?: readonly BasicCredentials[];
  /** Accepted query-string tokens (`https://host/hook?token=…`). */
  readonly queryTokens?: readonly string[];
  /** Query parameter carrying the token. Default `token`. */
  readonly queryParam?: string;
}

/**
 * Options of {@link createMluviiWebhookHandler}: core's receiver options under their own names (`auth`, `dedupe`,
 * `ack`, `process`, `queue`, `logger`, …), with `auth` in {@link MluviiWebhookAuth}'s shape or any core
 * `WebhookAuth` (core's `noAuth()` behind a trusted proxy). mluvii's defaults: `GET` answered with 200 (mluvii's
 * samples probe with it), no JSON Content-Type required (mluvii documents none), dedupe on by
 * {@link mluviiIdempotencyKey} (in memory for 24 h; give a shared `store` for several replicas, `false` turns it off).
 */
export interface MluviiWebhookHandlerOptions extends ReceiverPresetOptions<MluviiWebhookEventMap, MluviiWebhookAuth> {
  /** @deprecated Use `auth: { callbackUrls }`. */
  readonly callbackUrls?: readonly (string | URL)[];
  /** @deprecated Use `auth: { credentials }`. */
  readonly credentials?: readonly BasicCredentials[];
  /** @deprecated Use `auth: { queryTokens }`. */
  readonly queryTokens?: readonly string[];
  /** @deprecated Use `auth: { queryTokens, queryParam }`. */
  readonly queryParam?: string;
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

/**
 * Core's `WebhookAuth` for {@link MluviiWebhookAuth}: Basic for the credentials (from callback URLs or given),
 * a query token for the tokens, either accepted when both are given. Throws `TypeError` when it holds no secret.
 *
 * @example
 * const auth = mluviiWebhookAuth({ callbackUrls: [process.env.MLUVII_CALLBACK_URL!] });
 */
export function mluviiWebhookAuth(auth: MluviiWebhookAuth): WebhookAuth {
  const credentials = [...(auth.credentials ?? []), ...(auth.callbackUrls ?? []).map(credentialsFromCallbackUrl)];
  const methods: WebhookAuth[] = [];
  if (credentials.length > 0) methods.push(basicAuth({ credentials, realm: "mluvii webhook" }));
  if (auth.queryTokens && auth.queryTokens.length > 0) {
    methods.push(queryTokenAuth({ tokens: auth.queryTokens, param: auth.queryParam ?? "token" }));
  }
  const [only, ...rest] = methods;
  if (!only) {
    throw new TypeError(
      "createMluviiWebhookHandler: give auth ({ callbackUrls }, { credentials }, { queryTokens }, or core's noAuth() to accept anyone)",
    );
  }
  return rest.length === 0 ? only : anyAuth(only, ...rest);
}

function authOf(options: MluviiWebhookHandlerOptions): WebhookAuth {
  const { auth } = options;
  if (auth !== undefined && isWebhookAuth(auth)) return auth;
  // The deprecated top-level names still count, merged with `auth`'s own.
  const { callbackUrls, credentials, queryTokens, queryParam } = options;
  return mluviiWebhookAuth({
    callbackUrls: [...(auth?.callbackUrls ?? []), ...(callbackUrls ?? [])],
    credentials: [...(auth?.credentials ?? []), ...(credentials ?? [])],
    queryTokens: [...(auth?.queryTokens ?? []), ...(queryTokens ?? [])],
    ...((auth?.queryParam ?? queryParam) === undefined ? {} : { queryParam: auth?.queryParam ?? queryParam }),
  });
}

const mluviiReceiver = createReceiverPreset<MluviiWebhookEventMap, MluviiWebhookHandlerOptions>({
  family: mluviiWebhooks,
  auth: authOf,
  ownOptions: ["callbackUrls", "credentials", "queryTokens", "queryParam"],
  defaults: { allowGet: true, requireJsonContentType: false },
  dedupeKey: mluviiIdempotencyKey,
});

/**
 * A fetch-style receiver `(request: Request) => Promise<Response>` for mluvii webhooks: authenticates (Basic from
 * the callback URL, or a query token; constant time, several secrets for rotation) before reading the body,
 * answers `GET` with 200, accepts one event per `POST` (an array body gets 400), drops redeliveries by
 * {@link mluviiIdempotencyKey}, and acknowledges before processing (`ack: "after-validate"`). Mount it on
 * node `http`, express or fastify with core's `toNodeHandler`, or use it directly in Hono / Next.js / workers.
 *
 * @example
 * const handler = createMluviiWebhookHandler({
 *   auth: { callbackUrls: [process.env.MLUVII_CALLBACK_URL!] },
 *   process: createRouter(mluviiWebhooks).on("SessionEnded", (e) => archive(e.data.id)),
 * });
 */
export function createMluviiWebhookHandler(options: MluviiWebhookHandlerOptions): WebhookHandler {
  return mluviiReceiver(options);
}
