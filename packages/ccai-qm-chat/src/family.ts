import { defineEventFamily, type EventFamily } from "@contactkit/core";
import { inspectQmEnvelope, qmEventTypeOf, unwrapQmPayload } from "./envelope";
import { type CcaiQmEventMap, ccaiQmSchemas } from "./event-map";

/**
 * The CCAI Platform QM export family: `safeParse`, `parse`, `is`, `match`, `typeOf` and JSON Schema export,
 * accepting `{type, item}` envelopes and bare items alike.
 *
 * @example
 * const r = ccaiQmEvents.safeParse(body);
 * if (r.ok && r.known && r.type === "disconnected") console.log(r.event.ends_at);
 */
export const ccaiQmEvents: EventFamily<CcaiQmEventMap> = defineEventFamily<CcaiQmEventMap>({
  vendor: "ccai-platform",
  family: "qm-export",
  discriminator: qmEventTypeOf,
  prepare: unwrapQmPayload,
  inspect: inspectQmEnvelope,
  schemas: ccaiQmSchemas,
});
