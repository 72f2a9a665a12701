/**
 * The CCAI Platform QM export receiver preset on core's receiver. CCAI Platform documents no authentication for the
 * QM push, so `auth` is whatever your endpoint is configured to expect, given as a core `WebhookAuth`:
 * `basicAuth`, `bearerAuth`, `headerSecretAuth`, or `noAuth()` (logged as a warning).
 */
import {
  type BasicCredentials,
  basicAuth,
  bearerAuth,
  createReceiverPreset,
  headerSecretAuth,
  isWebhookAuth,
  noAuth,
  type ReceiverPresetOptions,
  type WebhookAuth,
  type WebhookHandler,
} from "@contactkit/core";
import type { CcaiQmEventMap } from "./event-map";
import { ccaiQmEvents } from "./family";

/**
 * The receiver's former auth shape (`{ kind: … }`), or any core `WebhookAuth`.
 *
 * @deprecated Give core's `WebhookAuth` directly: `basicAuth({ credentials })`, `bearerAuth({ tokens })`,
 * `headerSecretAuth({ header, secrets })` or `noAuth()`, as every contactkit receiver takes it.
 */
export type CcaiQmAuth =
  | { readonly kind: "basic"; readonly credentials: readonly BasicCredentials[]; readonly realm?: string }
  | { readonly kind: "bearer"; readonly tokens: readonly string[] }
  | { readonly kind: "header"; readonly header: string; readonly secrets: readonly string[] }
  | { readonly kind: "none" }
  | WebhookAuth;

/**
 * Options of {@link createCcaiQmHandler}: core's receiver options under their own names (`auth`, `dedupe`, `ack`,
 * `process`, `queue`, `logger`, …). `auth` is required: choose explicitly, `noAuth()` included.
 */
export interface CcaiQmHandlerOptions extends ReceiverPresetOptions<CcaiQmEventMap, CcaiQmAuth> {
  /** How requests are authenticated: a core `WebhookAuth` (the `{ kind: … }` shape is still accepted, deprecated). */
  readonly auth: WebhookAuth | CcaiQmAuth;
}

/**
 * Turns the former `{ kind: … }` shape into core's `WebhookAuth`; a `WebhookAuth` is returned as is.
 *
 * @deprecated Give core's `WebhookAuth` directly (see {@link CcaiQmAuth}).
 */
export function ccaiQmAuth(auth: CcaiQmAuth): WebhookAuth {
  if (isWebhookAuth(auth) || !("kind" in auth)) return auth;
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

function authOf(options: CcaiQmHandlerOptions): WebhookAuth {
  const auth = ccaiQmAuth(options.auth);
  // Core logs this to `logger` when one is given; without one, an open endpoint must still not go unnoticed.
  if (auth.insecure && !options.logger) {
    console.warn("ccai-platform qm-export: the receiver accepts unauthenticated requests (auth: none)");
  }
  return auth;
}

const ccaiQmReceiver = createReceiverPreset<CcaiQmEventMap, CcaiQmHandlerOptions>({
  family: ccaiQmEvents,
  auth: authOf,
});

/**
 * A receiver for the CCAI Platform QM export push (`(request: Request) => Promise<Response>`, see core's
 * `createWebhookHandler`): authenticates first, accepts `{type, item}` envelopes and bare items, answers 200
 * for unknown event types, and processes after acknowledging. Unauthenticated mode logs a warning (to
 * `logger.warn`, or `console.warn` when no logger is given).
 *
 * @example
 * const handler = createCcaiQmHandler({ auth: bearerAuth({ tokens: [process.env.QM_TOKEN!] }), process: router });
 */
export function createCcaiQmHandler(options: CcaiQmHandlerOptions): WebhookHandler {
  return ccaiQmReceiver(options);
}
