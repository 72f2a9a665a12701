/**
 * Standard Schema (https://standardschema.dev, version 1) for event families, so a family can be passed as it is to
 * any validator that takes a Standard Schema: hono's `sValidator`, tRPC's `.input()`, TanStack Form, … The interface
 * is declared here rather than imported from `@standard-schema/spec`: it is the spec's `StandardSchemaV1` with a
 * synchronous `validate`, which core's users then need no extra package to type-check (zod, too, declares its own
 * copy). A type test pins that it stays assignable to the published `StandardSchemaV1`.
 */
import { type ContactkitIssue, type ContactkitParseError, jsonPathSegments } from "./errors";
import type { ParsedEvent, ParseOptions, SafeParseResult } from "./family-types";
import type { ParseInput } from "./json";

/** A problem Standard Schema reports: a message and the location as keys and array indexes (`[]` for the root). */
export interface StandardSchemaIssue {
  /** Human-readable description; like every contactkit message, it carries no payload values. */
  readonly message: string;
  /** Keys and array indexes from the root to the offending value; absent when the location cannot be given. */
  readonly path?: readonly (string | number)[];
}

/** What `validate` returns: the output as `value`, or the issues. */
export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly StandardSchemaIssue[] };

/** Options a Standard Schema consumer may pass to `validate`. */
export interface StandardSchemaOptions {
  /** For contactkit families: `{ strict?: boolean, maxDepth?: number }`, as {@link ParseOptions}. */
  readonly libraryOptions?: Record<string, unknown> | undefined;
}

/**
 * The `~standard` property of an event family (Standard Schema v1): `vendor` is `"contactkit"`, and `validate` is
 * the family's `safeParse` — synchronous, reading a string or bytes as JSON text like `parse`, and giving the same
 * result: on success `value` is the {@link ParsedEvent} that `parse` returns, so an event type the family does not
 * know stays a value (`known: false`), as everywhere else. `types` exists for type inference only: input `unknown`,
 * output `ParsedEvent<M>`.
 */
export interface StandardSchemaProps<Input, Output> {
  /** The version of the Standard Schema spec. */
  readonly version: 1;
  /** The library that validates. */
  readonly vendor: string;
  /** Validates a value; never throws, never returns a promise. */
  readonly validate: (value: unknown, options?: StandardSchemaOptions | undefined) => StandardSchemaResult<Output>;
  /** Input and output types, for inference only (never set at run time). */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/** The vendor name a contactkit family gives Standard Schema consumers. */
const VENDOR = "contactkit";

/**
 * @internal The `~standard` property of a family whose `safeParse` is `safeParse`: built once per family, so
 * `safeParse` and `parse` do no work for it.
 */
export function standardSchemaOf<M extends object>(
  safeParse: (input: ParseInput, options?: ParseOptions) => SafeParseResult<M>,
): StandardSchemaProps<unknown, ParsedEvent<M>> {
  return Object.freeze({
    version: 1,
    vendor: VENDOR,
    validate(value: unknown, options?: StandardSchemaOptions): StandardSchemaResult<ParsedEvent<M>> {
      const result = safeParse(value, parseOptionsOf(options?.libraryOptions));
      return result.ok ? { value: result } : { issues: standardIssuesOf(result.error) };
    },
  });
}

/** The parse options among a consumer's `libraryOptions`; anything else there is ignored. */
function parseOptionsOf(libraryOptions: Record<string, unknown> | undefined): ParseOptions | undefined {
  if (libraryOptions === undefined) return undefined;
  const { strict, maxDepth } = libraryOptions;
  return {
    ...(typeof strict === "boolean" ? { strict } : {}),
    ...(typeof maxDepth === "number" ? { maxDepth } : {}),
  };
}

/** The error's issues for Standard Schema: the kept path segments, else the JSON path read back into segments. */
function standardIssuesOf(error: ContactkitParseError): StandardSchemaIssue[] {
  return error.issues.map((issue: ContactkitIssue) => {
    const path = issue.pathSegments ?? jsonPathSegments(issue.path);
    return path === undefined ? { message: issue.message } : { message: issue.message, path };
  });
}
