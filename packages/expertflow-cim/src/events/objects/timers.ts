import { optional } from "@contactkit/core";
import * as z from "zod";

// The three timers of the object model. All parts are `null` while a timer is not running. The model declares
// `startTime` a Java `String` (a JSON string in `schemas/v1/customer-sla.json`); every documented payload has
// `null` there, so both a string and an epoch number are accepted and kept as received.

/** When a timer started: a string in the vendor's model, kept as received (a number is accepted too). */
export type TimerStartTime = string | number;
const startTimeSchema: z.ZodType<TimerStartTime> = z.union([z.string(), z.number()]);

/**
 * The customer SLA of a channel (object-model `CustomerSla`, `channelConfig.customerSla`, added in 1.19.0).
 * `schemas/v1/customer-sla.json` requires none of its fields:
 * expertflow/object-model@7e7b298d54:schemas/v1/customer-sla.json.
 */
export interface CustomerSla {
  /** Configured duration (seconds on the wire); may be absent or `null` (Java `Integer`). */
  totalDuration?: number | null;
  /** Action on expiry; may be absent or `null`. */
  action?: string | null;
  /** When the timer started; may be absent or `null`. */
  startTime?: TimerStartTime | null;
}
/** Schema of {@link CustomerSla}. */
export const customerSlaSchema: z.ZodType<CustomerSla> = z.object({
  totalDuration: optional(z.number().nullable()),
  action: optional(z.string().nullable()),
  startTime: optional(startTimeSchema.nullable()),
});

/**
 * The agent SLA of a conversation (object-model `AgentSla`, `conversation.agentSla`, added in 1.17.2). A Java
 * class without a JSON Schema: Jackson writes every field, each may be `null`
 * (expertflow/object-model@d77a5aa594:src/main/java/com/ef/cim/objectmodel/AgentSla.java).
 */
export interface AgentSla {
  /** Configured or accumulated duration (seconds on the wire); `null` when unset (Java `Integer`). */
  totalDuration: number | null;
  /** Action on expiry; `null` in every documented payload. */
  action: string | null;
  /** When the timer started; `null` while not running. */
  startTime: TimerStartTime | null;
}
/** Schema of {@link AgentSla}. */
export const agentSlaSchema: z.ZodType<AgentSla> = z.object({
  totalDuration: z.number().nullable(),
  action: z.string().nullable(),
  startTime: startTimeSchema.nullable(),
});

/**
 * The hold timer of a conversation (object-model `HoldTimerDetails`, `conversation.holdTimerDetails`, added in
 * 1.17.5.0): expertflow/object-model@d77a5aa594:src/main/java/com/ef/cim/objectmodel/HoldTimerDetails.java.
 */
export interface HoldTimerDetails {
  /** Accumulated hold duration; `null` when unset (Java `Integer`). */
  totalDuration: number | null;
  /** When the hold started; `null` while not on hold. */
  startTime: TimerStartTime | null;
}
/** Schema of {@link HoldTimerDetails}. */
export const holdTimerDetailsSchema: z.ZodType<HoldTimerDetails> = z.object({
  totalDuration: z.number().nullable(),
  startTime: startTimeSchema.nullable(),
});

/**
 * Any of the three timers.
 * @deprecated Use {@link CustomerSla}, {@link AgentSla} or {@link HoldTimerDetails}; the object model gives each
 * its own class.
 */
export type SlaTimer = CustomerSla;
/**
 * Schema of {@link SlaTimer}.
 * @deprecated Use {@link customerSlaSchema}, {@link agentSlaSchema} or {@link holdTimerDetailsSchema}.
 */
export const slaTimerSchema: z.ZodType<SlaTimer> = customerSlaSchema;
