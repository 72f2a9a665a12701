import type { MluviiWebhookEventType } from "@contactkit/mluvii-webhooks";

/**
 * Name of a mluvii webhook event type (`WebhookEventType`, mluvii.ApiModels), e.g. `"SessionStarted"`: the keys
 * of `MluviiWebhookEventMap` in `@contactkit/mluvii-webhooks` (a type-only import, inlined into this package's
 * declarations at build time, so there is no runtime or declaration dependency on that package).
 */
export type MluviiWebhookEventName = MluviiWebhookEventType;

/** An event type name as mluvii reports it: a known name, or one added after this SDK was built. */
export type MluviiReportedWebhookEventName = MluviiWebhookEventName | (string & {});
