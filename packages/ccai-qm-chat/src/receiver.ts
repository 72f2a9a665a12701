import {
  type BasicCredentials,
  basicAuth,
  bearerAuth,
  createWebhookHandler,
  headerSecretAuth,
  noAuth,
  type WebhookAuth,
  type WebhookHandler,
  type WebhookHandlerOptions,
} from "@contactkit/core";
import type { CcaiQmEventMap } from "./event-map";
import { ccaiQmEvents } from "./family";

/**
 * How the QM push is authenticated. CCAI Platform documents no scheme for it, so it is whatever your endpoint is
 * configured to expect: HTTP Basic, a bearer token, a shared secret in a header, or nothing (logged as a
 * warning). Any core `WebhookAuth` is accepted too.
 */
export type CcaiQmAuth =
  | { readonly kind: "basic"; readonly credentials: readonly BasicCredentials[]; readonly realm?: string }
  | { readonly kind: "bearer"; readonly tokens: readonly string[] }
  | { readonly kind: "header"; readonly header: string; readonly secrets: readonly string[] }
  | { readonly kind: "none" }
  | WebhookAuth;

/** Options of {@link createCcaiQmHandler}: core's receiver options without `family`, with {@link CcaiQmAuth}. */
export interface CcaiQmHandlerOptions extends Omit<WebhookHandlerOptions<CcaiQmEventMap>, "family" | "auth"> {
  /** Required: choose explicitly, `{ kind: "none" }` included. */
  readonly auth: CcaiQmAuth;
}

/** Turns a {@link CcaiQmAuth} into core's `WebhookAuth`. */
export function ccaiQmAuth(auth: CcaiQmAuth): WebhookAuth {
  if (!("kind" in auth)) return auth;
  switch (auth.kind) {
    case "basic":
      return basicAuth(auth.realm === undefined ? { credentials: auth.credentials } : auth);
    case "bearer":
      return bearerAuth({ tokens: auth.tokens });
    case "header":
      return headerSecretAuth({ header: auth.header, secrets: auth.secrets });
    case "none":
      return noAuth();
  }
}

/**
 * A receiver for the CCAI Platform QM export push (`(request: Request) => Promise<Response>`, see core's
 * `createWebhookHandler`): authenticates first, accepts `{type, item}` envelopes and bare items, answers 200
 * for unknown event types, and processes after acknowledging. Unauthenticated mode logs a warning (to
 * `logger.warn`, or `console.warn` when no logger is given).
 *
 * @example
 * const handler = createCcaiQmHandler({ auth: { kind: "bearer", tokens: [process.env.QM_TOKEN!] }, process: router });
 */
export function createCcaiQmHandler(options: CcaiQmHandlerOptions): WebhookHandler {
  const auth = ccaiQmAuth(options.auth);
  if (auth.insecure && !options.logger) {
    console.warn("ccai-platform qm-export: the receiver accepts unauthenticated requests (auth: none)");
  }
  return createWebhookHandler<CcaiQmEventMap>({ ...options, family: ccaiQmEvents, auth });
}
