/**
 * @packageDocumentation
 * Every mluvii Public API webhook event, typed, validated, routed and received: named interfaces for all 49
 * event types, the `mluviiWebhooks` family (`safeParse`/`parse`/`is`/`match`, JSON Schema), uniform accessors,
 * idempotency keys and a receiver preset.
 */
export { sessionIdOf, timestampOf } from "./accessors";
export type { MluviiWebhookEvent, MluviiWebhookEventMap, MluviiWebhookEventType } from "./event-map";
export * from "./events/activities-forms";
export * from "./events/activities-media";
export * from "./events/activities-messages";
export * from "./events/activities-routing";
export * from "./events/activities-special";
export {
  type ActivityFile,
  type FormChoiceOption,
  type FormField,
  formFieldSchema,
  type PreviewUrl,
  type SessionActivityGenericData,
} from "./events/activity-generic";
export * from "./events/email";
export * from "./events/other";
export * from "./events/sessions";
export { mluviiWebhooks } from "./family";
export { mluviiIdempotencyKey } from "./idempotency";
export { inspectMluviiWebhook } from "./inspect";
export { createMluviiWebhookHandler, credentialsFromCallbackUrl, type MluviiWebhookHandlerOptions } from "./receiver";
export { mluviiWebhookSchemas } from "./schemas";
export * from "./vocabulary";
