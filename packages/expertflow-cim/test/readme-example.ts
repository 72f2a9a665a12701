// The README's ten-line example, type-checked by `tsc` and run by readme.test.ts.
import type { StudioMsg } from "@contactkit/expertflow-cim";
import { expertflowCim, redact } from "@contactkit/expertflow-cim";

export function readmeExample(msg: StudioMsg): void {
  // --- README example start ---
  const r = expertflowCim.safeParse(msg.payload); // Node-RED msg.payload, controller body, msg or bare cimEvent
  if (!r.ok) throw r.error; // ContactkitParseError: vendor, event, JSON path
  for (const w of r.warnings) console.warn(w.code); // e.g. intent_mismatch (payload.intent ≠ cimEvent.name)
  if (r.known && r.type === "TASK_ENQUEUED") {
    const { task, queue } = r.event.data ?? {}; // the vendor's model lets almost any field be null
    console.log(queue?.name, task?.state?.name, r.event.envelope?.intent);
  }
  console.log(JSON.stringify(redact(r.event))); // names, phone numbers, identifiers, form answers removed
  // --- README example end ---
}
