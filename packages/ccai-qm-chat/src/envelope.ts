import type { ParseWarning } from "@contactkit/core";

/**
 * The envelope G-CHAT defines ("General fields": `type` and `item`) and G-CALL shows. No chat example uses it
 * (vendor notes S2), so a payload may be wrapped or the bare item; both are accepted.
 */
export interface QmEnvelope<T = unknown> {
  /** `ChatState`, `AgentState` or `CallState` (vendor notes C1); other values become unknown events. */
  type: string;
  /** The object with the event information. */
  item: T;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Whether a payload is the `{type, item}` envelope rather than a bare item. */
export function isQmEnvelope(value: unknown): value is QmEnvelope<Record<string, unknown>> {
  return isObject(value) && typeof value.type === "string" && isObject(value.item);
}

// The envelope type of each unwrapped item, so the discriminator (which sees only the item) can honour it.
// Keyed by a fresh shallow copy of the item, made per call: the input is never mutated, and the same item
// object parsed later without its envelope is not mistaken for a wrapped one.
const envelopeTypes = new WeakMap<object, string>();

/** `prepare` of the family: (a shallow copy of) the item of an envelope, or the payload itself when bare. */
export function unwrapQmPayload(raw: unknown): unknown {
  if (!isQmEnvelope(raw)) return raw;
  const item = { ...raw.item };
  envelopeTypes.set(item, raw.type);
  return item;
}

/** Which item kind a bare object looks like, by its (differently cased) identifying keys. */
function itemKindOf(item: JsonObject): "ChatState" | "CallState" | "AgentState" | undefined {
  if ("chat_id" in item) return "ChatState";
  if ("CallID" in item) return "CallState";
  if ("ParticipantID" in item && "State" in item) return "AgentState";
  return undefined;
}

/**
 * The family's discriminator: a chat item's `state` (`waiting`, `connected`, …), or `AgentState` /
 * `CallState` for agent and call items. The envelope `type` wins when there is one; a bare item is recognised
 * by `chat_id`, `CallID` or `ParticipantID` + `State`. An unknown envelope type is returned as is (an unknown
 * event, not an error).
 */
export function qmEventTypeOf(prepared: unknown): string | undefined {
  if (!isObject(prepared)) return undefined;
  const kind = envelopeTypes.get(prepared) ?? itemKindOf(prepared);
  if (kind !== "ChatState") return kind;
  const state = prepared.state;
  return typeof state === "string" && state.length > 0 ? state : undefined;
}

/** `inspect` of the family: warns when an envelope's `type` disagrees with the shape of its item. */
export function inspectQmEnvelope(raw: unknown): readonly ParseWarning[] {
  if (!isQmEnvelope(raw)) return [];
  const looksLike = itemKindOf(raw.item);
  if (looksLike === undefined || looksLike === raw.type) return [];
  return [
    {
      code: "envelope_mismatch",
      message: `the envelope type does not match its item, which looks like a ${looksLike} item`,
      path: "$.type",
    },
  ];
}
