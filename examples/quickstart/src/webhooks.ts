/** The webhook receiver: prints each typed mluvii webhook as it arrives. */
import { createRouter, type WebhookHandler } from "@contactkit/core";
import { createMluviiWebhookHandler, mluviiWebhooks, sessionIdOf } from "@contactkit/mluvii-webhooks";

export function createQuickstartWebhooks(
  callbackUrl: string,
  log: (line: string) => void,
  seen: Map<string, number>,
): WebhookHandler {
  const router = createRouter(mluviiWebhooks).onUnknown((event) => log(`webhook  ? unknown event type ${event.type}`));
  for (const type of mluviiWebhooks.types) {
    router.on(type, (event) => {
      seen.set(type, (seen.get(type) ?? 0) + 1);
      log(`webhook  ${event.eventType} (session ${sessionIdOf(event) ?? "-"})`);
    });
  }
  // mluvii sends the user:password of the registered URL as Basic credentials; the handler checks them.
  return createMluviiWebhookHandler({ auth: { callbackUrls: [callbackUrl] }, process: router });
}
