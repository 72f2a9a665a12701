/**
 * The one mluvii webhook handler every framework example mounts: Basic credentials from the callback URL
 * registered with mluvii, a typed router, ack-then-process (the default).
 */
import { createRouter } from "@contactkit/core";
import { createMluviiWebhookHandler, mluviiWebhooks, sessionIdOf } from "@contactkit/mluvii-webhooks";

/** The callback URL as registered with mluvii; its user:password are what mluvii sends as Basic credentials. */
export const CALLBACK_URL = process.env.MLUVII_WEBHOOK_URL ?? "http://hook-user:hook-pass@127.0.0.1:8080/mluvii";

/** Builds the handler; `log` receives one line per processed event. */
export function createExampleHandler(log: (line: string) => void = console.log) {
  const router = createRouter(mluviiWebhooks)
    .on("SessionCreated", (event) => log(`session ${event.data.id} created on ${event.data.channel}`))
    .on("SessionEnded", (event) => log(`session ${event.data.id} ended at ${event.data.ended}`))
    .on(["SessionActivityChatMessage", "SessionActivityChatbotMessage"], (event) =>
      log(`${event.eventType} in session ${sessionIdOf(event)}`),
    )
    .onUnknown((event) => log(`unknown event type ${event.type} (kept raw)`));
  return createMluviiWebhookHandler({ auth: { callbackUrls: [CALLBACK_URL] }, process: router });
}

/** True when this module is the script node was started with. */
export const isMain = (url: string): boolean =>
  process.argv[1] !== undefined && url.endsWith(process.argv[1].replace(/\\/g, "/"));
