/**
 * The Expertflow CIM receiver preset on core's receiver, for a service that receives Conversation Manager's controller
 * calls itself (outside Node-RED). Expertflow documents no signature for these calls
 * (https://docs.expertflow.com/cx-knowledgebase/latest/init), so `auth` is the secret you put on the route
 * yourself, as a core `WebhookAuth` (`headerSecretAuth`, `bearerAuth`, `basicAuth`, or `noAuth()` behind a network
 * policy).
 */
import {
  createReceiverPreset,
  isWebhookAuth,
  type ReceiverPresetOptions,
  type WebhookAuth,
  type WebhookHandler,
} from "@contactkit/core";
import type { ExpertflowCimEventMap } from "./event-map";
import { expertflowCim } from "./family";

/**
 * Options of {@link createExpertflowCimHandler}: core's receiver options under their own names (`auth`, `dedupe`,
 * `ack`, `process`, `queue`, `logger`, …). `auth` is required: choose explicitly, `noAuth()` included. Dedupe is
 * off unless you give `dedupe: { key }` (Expertflow documents no delivery id; `cimEvent.id` may be `null`).
 */
export interface ExpertflowCimHandlerOptions extends ReceiverPresetOptions<ExpertflowCimEventMap> {
  /** How requests are authenticated, before the body is read. */
  readonly auth: WebhookAuth;
}

const expertflowCimReceiver = createReceiverPreset<ExpertflowCimEventMap, ExpertflowCimHandlerOptions>({
  family: expertflowCim,
  auth: (options) => {
    if (!isWebhookAuth(options.auth)) {
      throw new TypeError("createExpertflowCimHandler: give auth (e.g. headerSecretAuth(…), or core's noAuth())");
    }
    return options.auth;
  },
});

/**
 * A fetch-style receiver `(request: Request) => Promise<Response>` for Conversation Manager's controller calls:
 * authenticates before reading the body, bounds it, accepts the raw controller body (or a Node-RED `msg` / bare
 * `cimEvent`), answers 200 for unknown CIM events, and processes after acknowledging. Mount it on node `http`,
 * express or fastify with core's `toNodeHandler`, or use it directly on a fetch runtime.
 *
 * @example
 * const handler = createExpertflowCimHandler({
 *   auth: headerSecretAuth({ header: "x-controller-secret", secrets: [process.env.CONTROLLER_SECRET!] }),
 *   process: createRouter(expertflowCim).on("FIND_AGENT", (e) => findAgent(e.data?.queue)),
 * });
 */
export function createExpertflowCimHandler(options: ExpertflowCimHandlerOptions): WebhookHandler {
  return expertflowCimReceiver(options);
}
