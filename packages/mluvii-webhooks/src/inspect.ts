/**
 * Warnings (never failures) for payloads that parse but look like the webhooks page rather than the wire: an enum
 * value that differs from a known one only in letter case. The page writes `client` as "guest"/"user"/"chatbot"
 * and `result` as "submitted"; mluvii sends `Guest`/`User`/`Chatbot` and `Submitted`. Tolerant mode keeps the
 * value as received (it is a valid open-enum string); this warning says why it will not match a `case "Guest"`.
 */
import { isJsonObject, type ParseWarning } from "@contactkit/core";
import type * as z from "zod";
import { mluviiWebhookSchemas } from "./event-map";
import {
  ClientType,
  HeroCardSubmissionResult,
  SessionChannel,
  SessionSource,
  UserAvailabilityStatus,
  UserSimplifiedStatus,
} from "./vocabulary";

const noWarnings: readonly ParseWarning[] = Object.freeze([]);

/** Per enum field: its known values, and the known value for each lower-cased spelling. */
const enumFields = (
  [
    ["client", ClientType.values],
    ["channel", SessionChannel.values],
    ["source", SessionSource.values],
    ["result", HeroCardSubmissionResult.values],
    ["status", UserSimplifiedStatus.values],
    ["availabilityStatus", UserAvailabilityStatus.values],
  ] as const
).map(([field, values]) => ({
  field,
  known: new Set<string>(values),
  byLowerCase: new Map<string, string>(values.map((v) => [v.toLowerCase(), v])),
}));

type EnumField = (typeof enumFields)[number];

/** The enum fields each known event type's `data` declares (found in its schema on first use); most declare none. */
const fieldsByType = new Map<string, readonly EnumField[]>();

function fieldsOf(type: string): readonly EnumField[] {
  let fields = fieldsByType.get(type);
  if (!fields) {
    const schema = (mluviiWebhookSchemas as Readonly<Record<string, z.ZodType>>)[type];
    const keys = schema ? dataKeysOf(schema) : undefined;
    // A type this version does not know may carry any of them.
    fields = keys ? enumFields.filter(({ field }) => keys.has(field)) : enumFields;
    fieldsByType.set(type, fields);
  }
  return fields;
}

/** The keys of the event schema's `data` object, or `undefined` when the schema is not shaped that way. */
function dataKeysOf(schema: z.ZodType): Set<string> | undefined {
  const shape = objectShapeOf(schema);
  const data = shape?.data ? objectShapeOf(shape.data) : undefined;
  return data ? new Set(Object.keys(data)) : undefined;
}

function objectShapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType };
  if (def.type === "object") return def.shape;
  if ((def.type === "optional" || def.type === "nullable") && def.innerType) return objectShapeOf(def.innerType);
  return undefined;
}

/**
 * Inspects a raw mluvii webhook payload of event type `type`; see the module comment. Reads only, never mutates.
 * Given the type, it reads only the enum fields that type's data declares, so most events cost one lookup.
 */
export function inspectMluviiWebhook(raw: unknown, type?: string): readonly ParseWarning[] {
  const fields = type === undefined ? enumFields : fieldsOf(type);
  if (fields.length === 0) return noWarnings;
  const data = isJsonObject(raw) ? raw.data : undefined;
  if (!isJsonObject(data)) return noWarnings;
  let warnings: ParseWarning[] | undefined;
  for (const { field, known, byLowerCase } of fields) {
    const value = data[field];
    if (typeof value !== "string" || known.has(value) || !Object.hasOwn(data, field)) continue;
    const match = byLowerCase.get(value.toLowerCase());
    if (match === undefined) continue;
    warnings ??= [];
    warnings.push({
      code: "enum_case",
      message: `value differs from the known value "${match}" only in letter case; it is kept as received`,
      path: `$.data.${field}`,
    });
  }
  return warnings ?? noWarnings;
}
