import {
  ContactkitParseError,
  defineEventFamily,
  type EventFamily,
  type ParseOptions,
  type SafeParseResult,
} from "@contactkit/core";
import { inspectStudioInput, pathPrefixes, prepareStudioInput } from "./envelope";
import type { ExpertflowCimEventMap } from "./event-map";
import { expertflowCimSchemas } from "./schemas";

const core = defineEventFamily<ExpertflowCimEventMap>({
  vendor: "expertflow",
  family: "cim",
  // Never `type`: docs and wire disagree about it (notes §2.4). `name` is the cimEvent's, or the intent's when the
  // Studio intent carries no cimEvent.
  discriminator: "name",
  schemas: expertflowCimSchemas,
  prepare: prepareStudioInput,
  inspect: inspectStudioInput,
});

/**
 * Rewrites issue paths, which zod reports against the normalised event, to paths in the payload as it arrived
 * (`$.data.task` → `$.payload.entities.cimEvent.data.task` for a Node-RED msg).
 * TODO(core): let `prepare` return a path mapping so families need not re-wrap `safeParse`.
 */
function relocate(error: ContactkitParseError, raw: unknown): ContactkitParseError {
  if (error.kind !== "schema") return error;
  const { event, envelope } = pathPrefixes(raw);
  if (event === "$") return error;
  const issues = error.issues.map((issue) => {
    const path = issue.path;
    let mapped: string;
    if (path === "$.envelope.msgid") mapped = "$._msgid";
    else if (path.startsWith("$.envelope.")) mapped = envelope + path.slice("$.envelope".length);
    else if (path === "$.name" && event.endsWith(".entities")) mapped = `${envelope}.intent`;
    else mapped = event + path.slice(1);
    return { ...issue, path: mapped };
  });
  return new ContactkitParseError({
    vendor: error.vendor,
    family: error.family,
    kind: error.kind,
    issues,
    eventType: error.eventType,
    payload: raw,
  });
}

function safeParse(input: unknown, options?: ParseOptions): SafeParseResult<ExpertflowCimEventMap> {
  const result = core.safeParse(input, options);
  if (result.ok) return result;
  return { ok: false, error: relocate(result.error, result.raw), raw: result.raw };
}

/**
 * Expertflow CX CIM events as Conversation Studio receives them. Accepts a Node-RED `msg`, `msg.payload` / the raw
 * controller request body, or a bare `cimEvent` (text, bytes or a parsed value); discriminates on `cimEvent.name`.
 *
 * @example
 * const r = expertflowCim.safeParse(msg.payload);
 * if (r.ok && r.known && r.type === "TASK_ENQUEUED") console.log(r.event.data.queue.name, r.event.envelope?.intent);
 */
export const expertflowCim: EventFamily<ExpertflowCimEventMap> = Object.freeze({
  ...core,
  safeParse,
  parse(input: unknown, options?: ParseOptions) {
    const r = safeParse(input, options);
    if (!r.ok) throw r.error;
    return r;
  },
});
