// TODO(mluvii-webhooks): replace with a type-only import of the event names from "@contactkit/mluvii-webhooks"
// once that package exports them (it is being written concurrently).

/** Name of a mluvii webhook event type (`WebhookEventType`, mluvii.ApiModels), e.g. `"SessionStarted"`. */
export type MluviiWebhookEventName = string;

/** An event type name as mluvii reports it: a known name, or one added after this SDK was built. */
export type MluviiReportedWebhookEventName = MluviiWebhookEventName | (string & {});
