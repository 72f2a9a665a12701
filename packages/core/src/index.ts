/**
 * @packageDocumentation
 * The discriminated-union toolkit every contactkit vendor package is built on: event families with
 * `safeParse`/`parse`/`is`/`match`, typed routing, readable errors, open enums, lenient datetimes, safe JSON,
 * and framework-neutral webhook receiving. No vendor names appear here.
 */
export { deriveEventFamily, type EventFamilyOverrides } from "./derive-family";
export { brandErrorClass, ContactkitError, isContactkitError } from "./error-brand";
export {
  type ContactkitIssue,
  ContactkitParseError,
  type ContactkitParseErrorInit,
  isContactkitParseError,
  type JsonErrorPosition,
  MAX_EVENT_TYPE_LENGTH,
  MAX_ISSUES,
  MAX_QUOTED_LENGTH,
  type ParseErrorKind,
  quoteUntrusted,
  toJsonPath,
} from "./errors";
export {
  type Discriminator,
  defineEventFamily,
  type EventFamily,
  type EventFamilyDefinition,
  type EventMapOf,
  type EventSchemas,
  type ExhaustiveHandlers,
  type KnownEventOf,
  type KnownParseSuccess,
  type ParsedEvent,
  type ParseFailure,
  type ParseOptions,
  type ParseWarning,
  type PartialHandlers,
  type SafeParseResult,
  type UnknownEvent,
  type UnknownParseSuccess,
} from "./family";
export { callHook } from "./hooks";
export {
  checkValue,
  DEFAULT_MAX_DEPTH,
  type DecodeResult,
  decodeJson,
  isJsonText,
  type ParseInput,
  parseJsonInput,
} from "./json";
export { type JsonSyntaxLocation, locateJsonSyntaxError } from "./json-location";
export { isJsonObject } from "./objects";
export {
  type AuthResult,
  anyAuth,
  type BasicCredentials,
  basicAuth,
  bearerAuth,
  headerSecretAuth,
  matchesAnySecret,
  noAuth,
  queryTokenAuth,
  timingSafeEqualStrings,
  type WebhookAuth,
} from "./receiver/auth";
export { formatBasicAuthorization, parseBasicAuthorization } from "./receiver/basic-credentials";
export { type BodyReadOptions, type BodyReadResult, isJsonContentType, readBodyWithLimit } from "./receiver/body";
export {
  createMemoryDedupeStore,
  type DedupeClaimOutcome,
  type DedupeStore,
  type LeasingDedupeStore,
  type MemoryDedupeStore,
  type MemoryDedupeStoreOptions,
  type SeenDedupeStore,
} from "./receiver/dedupe";
export {
  createWebhookHandler,
  type ReceiverLogger,
  type WebhookContext,
  type WebhookDedupeOptions,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookProcessor,
  type WebhookStatuses,
} from "./receiver/handler";
export {
  createReceiverPreset,
  isWebhookAuth,
  type ReceiverPreset,
  type ReceiverPresetDedupeOptions,
  type ReceiverPresetDefaults,
  type ReceiverPresetOptions,
} from "./receiver/preset";
export {
  createWorkQueue,
  type Job,
  type JobOutcome,
  type QueuedJob,
  type Reservation,
  type WorkQueue,
  type WorkQueueOptions,
} from "./receiver/queue";
export {
  createRouter,
  type DispatchResult,
  type RouteContext,
  type RouteErrorInfo,
  type RouteHandler,
  type Router,
} from "./router";
export type {
  StandardSchemaIssue,
  StandardSchemaOptions,
  StandardSchemaProps,
  StandardSchemaResult,
} from "./standard-schema";
export { strictify } from "./strict";
export {
  type DateTimeOptions,
  type DateTimeString,
  type DateTimeValue,
  dateTime,
  defineOpenEnum,
  epochMillis,
  type KnownValueOf,
  type OpenEnum,
  type OpenEnumDefinition,
  type OpenEnumOf,
  openEnum,
  optional,
  type ParseDateTimeOptions,
  type PreciseDateTime,
  parseDateTime,
  safeInt,
  toDate,
} from "./vocabulary";
