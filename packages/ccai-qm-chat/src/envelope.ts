import { isJsonObject, type ParseWarning } from "@contactkit/core";

/**
 * The envelope the QM chat page defines ("General fields": `type` and `item`,
 * https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data) and the QM call page shows
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data). None of the chat page's
 * examples uses it, so a payload may be wrapped or the bare item; both are accepted.
 */
export interface QmEnvelope<T = unknown> {
  /**
   * `ChatState` or `AgentState` (chat page), `CallState` (call page); other values become unknown events.
   */
  type: string;
  /** The object with the event information. */
  item: T;
}

/** Whether a payload is the `{type, item}` envelope rather than a bare item. */
export function isQmEnvelope(value: unknown): value is QmEnvelope<Record<string, unknown>> {
  return isJsonObject(value) && typeof value.type === "string" && isJsonObject(value.item);
}

/** `prepare` of the family: the item of an envelope, or the payload itself when bare. Never mutates either. */
export function unwrapQmPayload(raw: unknown): unknown {
  return isQmEnvelope(raw) ? raw.item : raw;
}

/** Which item kind a bare object looks like, by its (differently cased) identifying keys (own keys only). */
function itemKindOf(item: Record<string, unknown>): "ChatState" | "CallState" | "AgentState" | undefined {
  if (Object.hasOwn(item, "chat_id")) return "ChatState";
  if (Object.hasOwn(item, "CallID")) return "CallState";
  if (Object.hasOwn(item, "ParticipantID") && Object.hasOwn(item, "State")) return "AgentState";
  return undefined;
}

/**
 * The family's discriminator: a chat item's `state` (`waiting`, `connected`, …), or `AgentState` /
 * `CallState` for agent and call items. The envelope `type` wins when there is one (`raw` is the envelope and
 * `prepared` its item); a bare item is recognised by `chat_id`, `CallID` or `ParticipantID` + `State`. An unknown
 * envelope type is returned as is (an unknown event, not an error).
 */
export function qmEventTypeOf(prepared: unknown, raw: unknown = prepared): string | undefined {
  if (!isJsonObject(prepared)) return undefined;
  const kind = raw !== prepared && isQmEnvelope(raw) ? raw.type : itemKindOf(prepared);
  if (kind !== "ChatState") return kind;
  const state = prepared.state;
  return typeof state === "string" && state.length > 0 ? state : undefined;
}

const noWarnings: readonly ParseWarning[] = Object.freeze([]);

/** `inspect` of the family: warns when an envelope's `type` disagrees with the shape of its item. */
export function inspectQmEnvelope(raw: unknown): readonly ParseWarning[] {
  if (!isQmEnvelope(raw)) return noWarnings;
  const looksLike = itemKindOf(raw.item);
  if (looksLike === undefined || looksLike === raw.type) return noWarnings;
  return [
    {
      code: "envelope_mismatch",
      message: `the envelope type does not match its item, which looks like a ${looksLike} item`,
      path: "$.type",
    },
  ];
}
