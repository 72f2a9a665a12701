import { type DateTimeString, dateTime, epochMillis } from "@contactkit/core";
import * as z from "zod";
import { type RoomMode, roomModeSchema, type SenderType, senderTypeSchema } from "../vocabulary";

/**
 * Any JSON value, kept as received. Unlike `z.unknown()` it survives core's strict mode as an *open* slot, which
 * is what the vendor's `@JsonAnySetter` maps (customer attributes, `additionalDetail`) are.
 */
export const openValue: z.ZodType<unknown> = z.custom<unknown>();

/** An open JSON object (`Map<String, Object>` in the Java model). */
export type OpenRecord = Record<string, unknown>;
const isJsonObject = (value: unknown): value is OpenRecord =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Schema of {@link OpenRecord}: any JSON object, kept as received (by reference, not copied key by key: these maps
 * are open by design, and copying them was a tenth of the validation time).
 */
export const openRecordSchema: z.ZodType<OpenRecord> = z.custom<OpenRecord>(isJsonObject, {
  message: "Invalid input: expected object",
});

/**
 * A CIM timestamp: epoch **milliseconds** (number) in live events, or an ISO-8601 string with offset
 * (`"2024-01-18T13:11:31.863+00:00"`) in persisted `topicEvents` (notes §2.2, C11). Kept as received.
 */
export type CimTimestamp = number | DateTimeString;
/** Schema of {@link CimTimestamp}; the live (number) form is tried first, so it costs no failed branch. */
export const cimTimestampSchema: z.ZodType<CimTimestamp> = z.union([epochMillis(), dateTime()]);

/** The room a conversation lives in (OM `RoomInfo`). */
export interface RoomInfo {
  /** Room id (24-hex ObjectId in seed 003). */
  id: string;
  /** `CONTACT_CENTER` in every seed example; `PRIVATE` for agent-to-agent rooms. */
  mode: RoomMode;
}
/** Schema of {@link RoomInfo}. */
export const roomInfoSchema: z.ZodType<RoomInfo> = z.object({ id: z.string(), mode: roomModeSchema });

/**
 * Who emitted an event or sent a message (OM `Sender`, `cimEvent.eventEmitter`, `header.sender`).
 * See notes §2.6 for the constant emitter ids (ROUTING_ENGINE, AGENT_MANAGER, CONVERSATION_MONITOR, …).
 */
export interface Sender {
  /** Emitter id: a constant UUID for system components, the bot or customer id otherwise. */
  id: string;
  /** Emitter kind, open (`SYSTEM`, `BOT`, `CUSTOMER`, `AGENT`, `APP`, `CONNECTOR`). */
  type: SenderType;
  /** Display name: `ROUTING_ENGINE`, `CONVERSATION_MONITOR`, `Rasa`, or the customer's first name (personal data). */
  senderName: string;
  /**
   * `null` for system emitters; the customer's channel-identifier map for CUSTOMER emitters (personal data);
   * the key is **absent** on AGENT_MANAGER events in seed 003 (S14).
   */
  additionalDetail?: OpenRecord | null;
}
/** Schema of {@link Sender}. */
export const senderSchema: z.ZodType<Sender> = z.object({
  id: z.string(),
  type: senderTypeSchema,
  senderName: z.string(),
  additionalDetail: openRecordSchema.nullable().exactOptional(),
});

/** A tenant reference on channels and connectors. */
export interface TenantRef {
  /** Tenant id. */
  id: string;
  /** Tenant name; `null` in every seed example. */
  name: string | null;
}
/** Schema of {@link TenantRef}. */
export const tenantRefSchema: z.ZodType<TenantRef> = z.object({ id: z.string(), name: z.string().nullable() });

/** A queue reference `{id, name}` (task media, TASK_ENQUEUED). */
export interface QueueRef {
  /** Queue id. */
  id: string;
  /** Queue name, e.g. `web`. */
  name: string;
}
/** Schema of {@link QueueRef}. */
export const queueRefSchema: z.ZodType<QueueRef> = z.object({ id: z.string(), name: z.string() });

/** An SLA / hold timer (`customerSla`, `agentSla`, `holdTimerDetails`). All parts are `null` while not running. */
export interface SlaTimer {
  /** Configured or accumulated duration (seconds in seed 003); `null` when unset. */
  totalDuration: number | null;
  /** Action taken on expiry; undocumented, `null` in every example. Absent on `holdTimerDetails`. */
  action?: unknown;
  /** When the timer started (epoch ms); `null` when not running. */
  startTime: CimTimestamp | null;
}
/** Schema of {@link SlaTimer}. */
export const slaTimerSchema: z.ZodType<SlaTimer> = z.object({
  totalDuration: z.number().nullable(),
  action: openValue.exactOptional(),
  startTime: cimTimestampSchema.nullable(),
});
