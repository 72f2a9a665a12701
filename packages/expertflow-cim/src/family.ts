import { defineEventFamily } from "@contactkit/core";
import { inspectStudioInput, pathPrefixes, prepareStudioInput } from "./envelope";
import { type ExpertflowCimEventMap, expertflowCimSchemas } from "./event-map";

/**
 * Maps an issue path, which zod reports against the normalised event, to the path in the payload as it arrived
 * (`$.data.task` → `$.payload.entities.cimEvent.data.task` for a Node-RED msg; envelope fields to theirs).
 */
function relocatePath(path: string, raw: unknown): string {
  const { event, envelope } = pathPrefixes(raw);
  if (event === "$") return path;
  if (path === "$.envelope.msgid") return "$._msgid";
  if (path.startsWith("$.envelope.")) return envelope + path.slice("$.envelope".length);
  if (path === "$.name" && event.endsWith(".entities")) return `${envelope}.intent`;
  return event + path.slice(1);
}

/**
 * Expertflow CX CIM events as Conversation Studio receives them. Accepts a Node-RED `msg`, `msg.payload` / the raw
 * controller request body, or a bare `cimEvent` (text, bytes or a parsed value); discriminates on `cimEvent.name`.
 *
 * @example
 * const r = expertflowCim.safeParse(msg.payload);
 * if (r.ok && r.known && r.type === "TASK_ENQUEUED") console.log(r.event.data.queue.name, r.event.envelope?.intent);
 */
export const expertflowCim = defineEventFamily<ExpertflowCimEventMap>({
  vendor: "expertflow",
  family: "cim",
  // Never `type`: docs and wire disagree about it (the events page writes message events as `ACTIVITY`, and in lower
  // case: https://docs.expertflow.com/cx-knowledgebase/latest/cx-events-and-activity-types). `name` is the
  // cimEvent's, or the intent's when the Studio intent carries no cimEvent.
  discriminator: "name",
  schemas: expertflowCimSchemas,
  prepare: prepareStudioInput,
  relocatePath,
  inspect: inspectStudioInput,
});
