import { optional } from "@contactkit/core";
import type * as z from "zod";

/**
 * An optional field that may also be `null`: how this package types every field that the CCAI Platform QM pages
 * do not show in every example. The pages give no field a type and say of none that it is never null, and the
 * one field they document without a value (`support_number`) arrives as JSON `null`, so an unset field may come
 * as `null` as well as absent.
 */
export const optionalNullable = <T extends z.ZodType>(schema: T): z.ZodExactOptional<z.ZodNullable<T>> =>
  optional(schema.nullable());
