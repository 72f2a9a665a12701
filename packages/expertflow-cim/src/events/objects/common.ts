import { type DateTimeString, dateTime, epochMillis, isJsonObject, optional } from "@contactkit/core";
import * as z from "zod";
import { RoomMode, SenderType } from "../../vocabulary";

/**
 * Any JSON value, kept as received. Unlike `z.unknown()` it survives core's strict mode as an *open* slot, which
 * is what the vendor's `@JsonAnySetter` maps (customer attributes, `additionalDetail`) are.
 */
export const openValue: z.ZodType<unknown> = z.custom<unknown>();

/** An open JSON object (`Map<String, Object>` in the Java model). */
export type OpenRecord = Record<string, unknown>;

/**
 * Schema of {@link OpenRecord}: any JSON object, kept as received (by reference, not copied key by key: these maps
 * are open by design, and copying them was a tenth of the validation time).
 */
export const openRecordSchema: z.ZodType<OpenRecord> = z.custom<OpenRecord>(isJsonObject, {
  message: "Invalid input: expected object",
});

/**
 * A CIM timestamp: epoch **milliseconds** (number) in live events — Jackson writes the model's
 * `java.sql.Timestamp` fields as numbers — or an ISO-8601 string with offset (`"2024-01-18T13:11:31.863+00:00"`) in
 * the conversation `topicEvents` that docs.expertflow.com shows
 * (https://docs.expertflow.com/cx-knowledgebase/latest/efcx-crm-integration-details). Kept as received.
 */
export type CimTimestamp = number | DateTimeString;
/** Schema of {@link CimTimestamp}; the live (number) form is tried first, so it costs no failed branch. */
export const cimTimestampSchema: z.ZodType<CimTimestamp> = z.union([epochMillis(), dateTime()]);

/**
 * The room a conversation lives in (object-model `room/RoomInfo`, since 1.17.3). The vendor's JSON Schema requires
 * neither field: expertflow/object-model@7e7b298d54:schemas/v1/room-info.json.
 */
export interface RoomInfo {
  /** Room id (a 24-hex ObjectId on the wire); may be absent or `null` (not required by `room-info.json`). */
  id?: string | null;
  /** `CONTACT_CENTER`, or `PRIVATE` for agent-to-agent rooms; may be absent or `null` (not required). */
  mode?: RoomMode | null;
}
/** Schema of {@link RoomInfo}. */
export const roomInfoSchema: z.ZodType<RoomInfo> = z.object({
  id: optional(z.string().nullable()),
  mode: optional(RoomMode.schema.nullable()),
});

/**
 * Who emitted an event or sent a message (object-model `Sender`: `cimEvent.eventEmitter`, `header.sender`).
 * System components use constant ids (ROUTING_ENGINE `86e3d082-a904-11ed-afa1-0242ac120002`, AGENT_MANAGER
 * `7a473cf0-aeeb-11ed-ad5f-b35af61a7d08`, …). The vendor's JSON Schema requires `id` and `type`:
 * expertflow/object-model@7e7b298d54:schemas/v1/sender.json; `Sender.java` history in expertflow/object-model.
 */
export interface Sender {
  /** Emitter id: a constant UUID for system components, the bot or customer id otherwise. Required, never null. */
  id: string;
  /**
   * Emitter kind, open (`SYSTEM`, `BOT`, `CUSTOMER`, `AGENT`, `APP`, `CONNECTOR`). Required by `sender.json`, but
   * absent before object-model 1.13.9, which added it (README changelog).
   */
  type?: SenderType;
  /**
   * Display name: `ROUTING_ENGINE`, `CONVERSATION_MONITOR`, `Rasa`, or the customer's first name (personal data).
   * May be absent or `null`: `sender.json` does not require it, and object-model 1.14.5 dropped its `@NotBlank`.
   */
  senderName?: string | null;
  /**
   * `null` for system emitters; the customer's channel-identifier map for CUSTOMER emitters (personal data); the
   * key is absent on Agent Manager events of the Init node page (https://docs.expertflow.com/cx-knowledgebase/latest/init).
   */
  additionalDetail?: OpenRecord | null;
}
/** Schema of {@link Sender}. */
export const senderSchema: z.ZodType<Sender> = z.object({
  id: z.string(),
  type: optional(SenderType.schema).meta({ since: "object-model 1.13.9" }),
  senderName: optional(z.string().nullable()).meta({ since: "object-model 1.14.5" }),
  additionalDetail: optional(openRecordSchema.nullable()),
});

/** A tenant reference on channels and connectors (object-model `Tenant`; `schemas/v1/tenant.json` requires nothing). */
export interface TenantRef {
  /** Tenant id; may be absent or `null`. */
  id?: string | null;
  /** Tenant name; `null` in every documented payload, may be absent. */
  name?: string | null;
}
/** Schema of {@link TenantRef}. */
export const tenantRefSchema: z.ZodType<TenantRef> = z.object({
  id: optional(z.string().nullable()),
  name: optional(z.string().nullable()),
});

/**
 * A queue reference `{id, name}` (object-model `task/TaskQueue`, before 1.17.0 `dto/TaskEnqueuedQueue`): a task
 * medium's queue and the TASK_ENQUEUED queue. `schemas/v1/task-queue.json` requires neither field.
 */
export interface QueueRef {
  /** Queue id; may be absent or `null`. */
  id?: string | null;
  /** Queue name, e.g. `web`; may be absent or `null`. */
  name?: string | null;
}
/** Schema of {@link QueueRef}. */
export const queueRefSchema: z.ZodType<QueueRef> = z.object({
  id: optional(z.string().nullable()),
  name: optional(z.string().nullable()),
});

/**
 * An object-model `UndefinedObject` (`{ value }`, `schemas/v1/undefined-object.json`): `customerPresence` and
 * `customerIdentificationCriteria`. `value` is a Java `String`, `null` in every documented payload.
 */
export interface UndefinedObject {
  /** The value; may be absent or `null`. */
  value?: string | null;
}
/** Schema of {@link UndefinedObject}. */
export const undefinedObjectSchema: z.ZodType<UndefinedObject> = z.object({
  value: optional(z.string().nullable()),
});
