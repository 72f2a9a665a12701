/**
 * @packageDocumentation
 * `@contactkit/core/testing`: schema-driven helpers for testing event families — which fields of a payload its
 * schema lets be absent or `null`, every single-field variant, and the minimal payload of the same shape. Vendor
 * packages build their event factories and property tests on these. Not part of the main entry point.
 */
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
