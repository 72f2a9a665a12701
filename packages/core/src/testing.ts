/**
 * @packageDocumentation
 * `@contactkit/core/testing`: vendor-neutral helpers for testing with event families — which fields of a payload
 * its schema lets be absent or `null` (`fieldSites`, `fieldVariants`, `minimalOf`), and the parts of the test-event
 * factories every vendor package's `/testing` subpath is built from: deep-partial overrides, ids redrawn in the
 * vendor's shape, timestamps moved to now, validated creation and platform-shaped `Request`s. Not part of the main
 * entry point, and free of `fast-check` (its arbitraries live at `@contactkit/core/testing/arbitraries`).
 */
export {
  defineTestEventFactory,
  TestEventError,
  type TestEventFactory,
  type TestEventFactoryDefinition,
  type TestEventOptions,
} from "./testing/factory";
export {
  editAt,
  type FieldSite,
  type FieldVariant,
  fieldSites,
  fieldVariants,
  minimalOf,
  type PathSegment,
  valueAt,
} from "./testing/fields";
export { freshIdLike, type RefreshIdsOptions, refreshIds } from "./testing/ids";
export { type DeepPartial, mergeOverrides } from "./testing/overrides";
export { createTestRandom, type TestRandom } from "./testing/random";
export {
  buildTestRequest,
  type TestRequestAuth,
  type TestRequestDefaults,
  type TestRequestOptions,
} from "./testing/request";
export { type ShiftTimestampsOptions, shiftTimestamps } from "./testing/timestamps";
