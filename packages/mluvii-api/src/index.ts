export { createMluviiApiClient, DEFAULT_MLUVII_ORIGIN } from "./client";
export {
  MluviiAbortError,
  MluviiApiError,
  MluviiApiStatusError,
  MluviiAuthenticationError,
  MluviiConnectionError,
  type MluviiErrorContext,
  MluviiPermissionError,
  MluviiRateLimitError,
  type MluviiStatusErrorDetails,
  MluviiTimeoutError,
} from "./errors";
export { type BackoffSettings, backoffDelay, isRetryableStatus, parseRetryAfter } from "./retry-policy";
export { TOKEN_PATH } from "./token";
export type {
  MluviiApiClient,
  MluviiApiClientOptions,
  MluviiClientCredentials,
  MluviiHooks,
  MluviiHttpMethod,
  MluviiLogger,
  MluviiQuery,
  MluviiRequestInfo,
  MluviiRequestOptions,
  MluviiResponse,
  MluviiResponseInfo,
  MluviiRetryInfo,
  MluviiRetryReason,
} from "./types";
export type { MluviiReportedWebhookEventName, MluviiWebhookEventName } from "./webhook-event-name";
export type {
  MluviiWebhook,
  MluviiWebhookCallOptions,
  MluviiWebhookInput,
  MluviiWebhookSubscription,
  MluviiWebhooksApi,
} from "./webhooks";
