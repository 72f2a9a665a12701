import { editAt, mergeOverrides, TestEventError, valueAt } from "@contactkit/core/testing";
import {
  type Conversation,
  expertflowCim,
  type StudioEnvelope,
  type StudioEnvelopeKind,
  type StudioMsg,
  type StudioPayload,
} from "@contactkit/expertflow-cim";
import { EXPERTFLOW_CIM_EXAMPLES } from "./examples";

type Json = Record<string, unknown>;

/** 16 hex digits, the shape of a Node-RED message id. */
function nodeRedMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Replaces every string equal to a key of `ids` by its value, at any depth. */
function renameIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => renameIds(item, ids));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameIds(v, ids)]));
}

/**
 * The conversation a controller body carries: the documented example's, moved onto the event's conversation and
 * room, so the body reads as one conversation.
 */
function conversationFor(event: Json): Conversation {
  const example = EXPERTFLOW_CIM_EXAMPLES.TOPIC_STATE_CHANGE_EVENT.data as Conversation;
  const ids = new Map<string, string>();
  if (typeof event.conversationId === "string" && example.id) ids.set(example.id, event.conversationId);
  const room = valueAt(event, ["roomInfo", "id"]);
  if (typeof room === "string" && example.roomInfo?.id) ids.set(example.roomInfo.id, room);
  return renameIds(example, ids) as Conversation;
}

/**
 * Puts a typed CIM event (as `createTestEvent` makes it) in the Studio envelope of `kind`, with `envelope` fields
 * laid over the defaults, and checks the result parses back to the same event type.
 */
export function wrapInStudio(
  event: Json,
  kind: StudioEnvelopeKind,
  envelopeOverrides: Partial<StudioEnvelope> | undefined,
): StudioMsg | StudioPayload {
  const { envelope: carried, ...rest } = event as Json & { envelope?: StudioEnvelope };
  const name = String(event.name);
  const defaults: Omit<StudioEnvelope, "kind"> = {
    intent: name,
    roomId: String(valueAt(event, ["roomInfo", "id"]) ?? "12345"),
    metadata: {},
    messages: [],
    ...(kind === "node-red-msg" ? { slots: {}, msgid: nodeRedMessageId() } : { conversation: conversationFor(event) }),
  };
  const { kind: _ignored, ...fromEvent } = carried ?? ({} as Partial<StudioEnvelope>);
  const envelope = mergeOverrides<Json>({ ...defaults, ...fromEvent }, envelopeOverrides as Json) as Omit<
    StudioEnvelope,
    "kind"
  >;
  // A CIM event travels as entities.cimEvent; an intent without one (CONVERSATION_STARTED) as its entities.
  const entities = "eventEmitter" in rest ? { cimEvent: rest } : (editAt(rest, ["name"], "absent") as Json);
  const body: StudioPayload = {
    roomId: envelope.roomId,
    conversation: envelope.conversation ?? {},
    intent: envelope.intent,
    entities,
    metadata: envelope.metadata,
    messages: envelope.messages,
    ...(kind === "node-red-msg" ? { slots: envelope.slots ?? {} } : {}),
  };
  const wrapped: StudioMsg | StudioPayload =
    kind === "node-red-msg" ? { _msgid: envelope.msgid ?? nodeRedMessageId(), req: {}, res: {}, payload: body } : body;
  const result = expertflowCim.safeParse(wrapped);
  if (result.ok && result.known && result.type === name) return wrapped;
  const init = { vendor: expertflowCim.vendor, family: expertflowCim.family, eventType: name };
  const why = result.ok ? `it parses as "${result.type}"` : result.error.message;
  throw new TestEventError(
    { ...init, issues: result.ok ? [] : result.error.issues },
    `expertflow cim: the "${name}" test event is not valid in a ${kind} with these overrides: ${why}`,
    result.ok ? undefined : { cause: result.error },
  );
}
