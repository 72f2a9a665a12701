/** Validates what the control API receives (JSON bodies from the UI, the terminal chat and scripts). */
import * as z from "zod";
import type { SimulatorData } from "../data";
import type { FaultSpec } from "../faults";

const text = z.string().max(10_000);
const params = z.record(z.string().max(200), text);

/** `POST /sessions`. */
export const startSessionBody = z.strictObject({
  channel: z.string().min(1).max(50).optional(),
  source: z.string().min(1).max(50).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { message: "expected two lower-case letters" })
    .optional(),
  callParams: params.optional(),
  guestIdentity: z.record(z.string().max(100), text.nullable()).optional(),
});

/** `POST /sessions/{id}/messages` and `/operator/messages`. */
export const messageBody = z.strictObject({ text: text.min(1) });

/** `POST /sessions/{id}/click`: a button by title or by position. */
export const clickBody = z.union([
  z.strictObject({ title: text.min(1) }),
  z.strictObject({ item: z.int().positive(), card: z.int().nonnegative(), button: z.int().nonnegative() }),
]);

/** `POST /sessions/{id}/hero-card` (and `/hero-card/cancel`, without `params`). */
export const heroCardBody = z.strictObject({ heroCardId: z.int().optional(), params: params.optional() });

/** `POST /sessions/{id}/location`. */
export const locationBody = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

/** `POST /sessions/{id}/files` with a JSON body: a file already on the web. */
export const fileUrlBody = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  name: z.string().max(255).optional(),
});

/** `POST /sessions/{id}/operator/join`. */
export const joinBody = z.strictObject({ userId: z.int().positive().optional() });

const formField = z.object({
  inputType: z.string().min(1),
  label: z.string(),
  key: z.string().nullable().optional(),
  required: z.boolean().nullable().optional(),
  ordinal: z.int(),
  choiceOptions: z
    .array(z.object({ value: z.string(), label: z.string() }))
    .nullable()
    .optional(),
});

/** `PUT /data`: any subset of the tenant data (each given key replaces the current value). */
export const dataBody = z.strictObject({
  groups: z
    .array(
      z.object({
        displayName: z.string().min(1),
        groupId: z.int().positive(),
        groupState: z.enum(["ONLINE", "BUSY", "OFFLINE"]),
        groupOfflineReasons: z.array(z.string()),
        groupWorkload: z.unknown().optional(),
        queueWorkload: z.unknown().optional(),
      }),
    )
    .optional(),
  operators: z
    .array(
      z.object({
        displayName: z.string().min(1),
        userId: z.int().positive(),
        groupIds: z.array(z.int()),
        available: z.boolean().optional(),
      }),
    )
    .optional(),
  heroCards: z
    .array(
      z.object({
        displayName: z.string().min(1),
        heroCardId: z.int().positive(),
        languages: z.array(z.string()).nullable().optional(),
        fields: z.array(formField),
      }),
    )
    .optional(),
  callParams: params.optional(),
  guestIdentity: z.record(z.string(), z.string().nullable()).optional(),
  crmIdentities: z
    .array(
      z.object({
        crmIdentityId: z.int().positive(),
        score: z.number(),
        data: z.record(z.string(), z.array(z.string())),
      }),
    )
    .optional(),
  mediaObjects: z.array(z.object({ id: z.int(), name: z.string().min(1) })).optional(),
});

const filter = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const scope = {
  times: z.union([z.int().positive(), z.literal("Infinity")]).optional(),
  method: z.string().optional(),
  activity: filter.optional(),
  eventType: filter.optional(),
};
const inbound = z.enum(["token", "chatbot-activity", "webhooks-api"]);
const outbound = z.enum(["bot-callback", "webhook-delivery"]);

/** `POST /faults`: a `FaultSpec` (`times: "Infinity"` for every matching request). */
export const faultBody = z.union([
  z.strictObject({
    route: z.union([inbound, outbound]),
    kind: z.literal("latency"),
    ms: z.int().min(0).max(120_000),
    ...scope,
  }),
  z.strictObject({
    route: inbound,
    kind: z.literal("status"),
    status: z.int().min(400).max(599),
    retryAfter: z.union([z.int().nonnegative(), z.string().min(1)]).optional(),
    ...scope,
  }),
  z.strictObject({
    route: inbound,
    kind: z.literal("drop"),
    when: z.enum(["before-read", "after-read", "after-processing"]).optional(),
    ...scope,
  }),
  z.strictObject({ route: outbound, kind: z.literal("drop"), ...scope }),
  z.strictObject({ route: outbound, kind: z.literal("duplicate"), ...scope }),
  z.strictObject({ route: outbound, kind: z.literal("out-of-order"), holdMs: z.int().min(0).optional(), ...scope }),
]);

/** The validated fault as a `FaultSpec`. */
export function toFaultSpec(body: z.infer<typeof faultBody>): FaultSpec {
  const { times, ...rest } = body;
  const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { ...clean, ...(times === undefined ? {} : { times: times === "Infinity" ? Infinity : times }) } as FaultSpec;
}

/** Applies a validated `PUT /data` to the tenant data in place. */
export function applyData(data: SimulatorData, body: z.infer<typeof dataBody>): void {
  for (const [key, value] of Object.entries(body)) {
    if (value !== undefined) (data as unknown as Record<string, unknown>)[key] = structuredClone(value);
  }
  // A group edited without its workload still answers GetAvailableGroups with the fields mluvii always sends.
  data.groups = data.groups.map((g) => ({
    ...g,
    groupWorkload: g.groupWorkload ?? { maxSlots: 0, usedSlotsWaiting: 0, usedSlotsAccepted: 0, freeSlots: 0 },
    queueWorkload: g.queueWorkload ?? { freeQueueSlotsCountTotal: 0, inQueueCountTotal: 0, isQueueFull: false },
  }));
}

/** `{ field: message }` for a zod error: the ModelState-like shape the simulator's other 400s use. */
export function problems(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues.slice(0, 20)) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "body";
    out[key] ??= issue.message;
  }
  return out;
}
