import { isJsonObject, type ParseWarning } from "@contactkit/core";
import * as z from "zod";
import { type OpenRecord, openRecordSchema, openValue } from "./events/objects/common";
import { type Conversation, conversationSchema } from "./events/objects/conversation";

/**
 * The two shapes a Conversation Studio node receives (the Init node page, https://docs.expertflow.com/cx-knowledgebase/latest/init, shows the first
 * for every node but Find Agent, which is the second; the default flows page, https://docs.expertflow.com/cx-knowledgebase/latest/default-flows,
 * shows the second for Agent SLA Expired):
 * - `node-red-msg`: `{_msgid, req, res, payload: {roomId, conversation, intent, entities, metadata, messages, slots}}`
 * - `controller-body`: the raw controller request `{roomId, conversation, intent, entities, metadata, messages}`
 */
export type StudioEnvelopeKind = "node-red-msg" | "controller-body";

/**
 * The Studio envelope a CIM event arrived in, beside the typed event (`event.envelope`). Absent when a bare
 * `cimEvent` was parsed. `req`/`res` (Node-RED HTTP objects) are never copied; reach them through `raw`.
 */
export interface StudioEnvelope {
  /** Which envelope arrived. */
  kind: StudioEnvelopeKind;
  /**
   * `payload.intent`, the Init node's routing key. Usually equal to `cimEvent.name` but not always (the Init node
   * page's Task Enqueued example says `AGENT_MRD_INTERRUPTED`): a mismatch is a parse *warning* (`intent_mismatch`),
   * never an error.
   */
  intent: string;
  /** Room id (`"12345"` placeholder in the Init node page's Node-RED examples). */
  roomId: string;
  /** Node-RED message id (`_msgid`); only on `node-red-msg`. */
  msgid?: string;
  /**
   * The conversation, when the envelope carries it populated (the raw controller body does). Node-RED examples
   * carry `{}`: then (and when it is `null` or missing) this key is absent.
   */
  conversation?: Conversation;
  /** Controller metadata (`{}` in the Init node page's examples). */
  metadata: OpenRecord;
  /** Messages of the call (`[]` in the Init node page's examples). */
  messages: unknown[];
  /** Node-RED slots (`{}` in the Init node page's examples); absent from the controller body. */
  slots?: OpenRecord;
}

/**
 * The Studio body as it arrives, **before** validation: `msg.payload` of a Node-RED function node, or the raw
 * controller request body. Use it to type a function's parameter; parse it with `expertflowCim.safeParse` to get
 * the typed event. Every field is as untrusted as the wire.
 */
export interface StudioPayload {
  /** Room id. */
  roomId: string;
  /** `{}` in Node-RED examples, the whole Conversation in the controller body. */
  conversation: unknown;
  /** The Init node's routing key. */
  intent: string;
  /** `{ cimEvent }`, or `{ channelSession }` for intents without a cimEvent. */
  entities: { cimEvent?: unknown; channelSession?: unknown; [key: string]: unknown };
  /** Controller metadata. */
  metadata: unknown;
  /** Messages. */
  messages: unknown;
  /** Node-RED slots (absent in the controller body). */
  slots?: unknown;
}

/**
 * A Node-RED `msg` as a Conversation Studio function node receives it. `req`/`res` are live HTTP objects (cyclic,
 * not JSON): parse `msg.payload`, not `msg`, inside Node-RED.
 */
export interface StudioMsg {
  /** Node-RED message id. */
  _msgid: string;
  /** The HTTP request (Node-RED). */
  req?: unknown;
  /** The HTTP response (Node-RED). */
  res?: unknown;
  /** The Studio body. */
  payload: StudioPayload;
  /** Further properties flows add. */
  [key: string]: unknown;
}

/** Schema of {@link StudioEnvelope}. */
export const studioEnvelopeSchema: z.ZodType<StudioEnvelope> = z.object({
  kind: z.enum(["node-red-msg", "controller-body"]),
  intent: z.string(),
  roomId: z.string(),
  msgid: z.string().exactOptional(),
  conversation: conversationSchema.exactOptional(),
  metadata: openRecordSchema,
  messages: z.array(openValue),
  slots: openRecordSchema.exactOptional(),
});

type Obj = Record<string, unknown>;
const isStudioBody = (v: unknown): v is Obj => isJsonObject(v) && ("entities" in v || "intent" in v);

/** Whether an object has a key besides `__proto__` (which parsing drops from what is validated). */
function hasDataKeys(object: Obj): boolean {
  for (const key of Object.keys(object)) if (key !== "__proto__") return true;
  return false;
}

/** Where the Studio body sits in a payload, or `undefined` for a bare `cimEvent`. */
export function locateStudioBody(raw: unknown): { kind: StudioEnvelopeKind; body: Obj; msg?: Obj } | undefined {
  if (!isJsonObject(raw)) return undefined;
  if (isStudioBody(raw.payload) && !("entities" in raw)) return { kind: "node-red-msg", body: raw.payload, msg: raw };
  if (isStudioBody(raw) && !("name" in raw && "eventEmitter" in raw)) return { kind: "controller-body", body: raw };
  return undefined;
}

/**
 * Normalises any of the three accepted inputs into the value the event schemas validate, without mutating it:
 * the `cimEvent` (shallow copy) plus `envelope`. A Studio intent without a `cimEvent` (CONVERSATION_STARTED,
 * `entities.channelSession`, https://docs.expertflow.com/cx-knowledgebase/latest/default-flows) becomes `{ name: intent, ...entities, envelope }`.
 */
export function prepareStudioInput(raw: unknown): unknown {
  const located = locateStudioBody(raw);
  if (!located) return raw;
  const { kind, body, msg } = located;
  const envelope: Obj = { kind, intent: body.intent, roomId: body.roomId };
  // Keys the wire leaves out stay out (never `undefined`); required ones then fail at their own path.
  if (msg && msg._msgid !== undefined) envelope.msgid = msg._msgid;
  const { conversation } = body;
  const emptyConversation = conversation === null || (isJsonObject(conversation) && !hasDataKeys(conversation));
  if (conversation !== undefined && !emptyConversation) envelope.conversation = conversation;
  if (body.metadata !== undefined) envelope.metadata = body.metadata;
  if (body.messages !== undefined) envelope.messages = body.messages;
  if (body.slots !== undefined) envelope.slots = body.slots;
  const entities = body.entities;
  if (isJsonObject(entities) && isJsonObject(entities.cimEvent)) return { ...entities.cimEvent, envelope };
  return { ...(isJsonObject(entities) ? entities : {}), name: body.intent, envelope };
}

/**
 * Names used by Expertflow docs that are not on the wire, and the wire name: `MRD_INTERRUPTED` is the events page's
 * (https://docs.expertflow.com/cx-knowledgebase/latest/cx-events-and-activity-types), the hand-raise names the
 * changelog's (`expertflow/object-model@028886cf4da2337bdd30948380ed2a7a1d743602:README.md`, 1.21.1); the wire
 * names are the enum's (`expertflow/object-model@a80e7456d6277b97f0f2393a0365ed833851b49a:src/main/java/com/ef/cim/objectmodel/CimEventName.java`).
 */
export const DOC_ONLY_NAME_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  MRD_INTERRUPTED: "AGENT_MRD_INTERRUPTED",
  AGENT_HAND_RAISED: "HAND_RAISED",
  CONVERSATION_HAND_DOWN: "HAND_DOWN",
});

const noWarnings: readonly ParseWarning[] = Object.freeze([]);

/**
 * Warnings for a parsed payload: `intent_mismatch` when `payload.intent` differs from `cimEvent.name`, and
 * `doc_only_name` when the name is one only the docs use. Messages carry no payload values.
 */
export function inspectStudioInput(raw: unknown, type: string): readonly ParseWarning[] {
  const located = locateStudioBody(raw);
  const mismatch = located !== undefined && intentMismatch(located.body);
  const docOnly = Object.hasOwn(DOC_ONLY_NAME_ALIASES, type);
  if (!mismatch && !docOnly) return noWarnings;
  const warnings: ParseWarning[] = [];
  if (located && mismatch) {
    const { kind } = located;
    warnings.push({
      code: "intent_mismatch",
      message:
        "payload.intent differs from cimEvent.name; the event is typed by cimEvent.name, the intent is in envelope.intent",
      path: kind === "node-red-msg" ? "$.payload.intent" : "$.intent",
    });
  }
  if (docOnly) {
    warnings.push({
      code: "doc_only_name",
      message: `"${type}" is a documentation-only name; Expertflow sends "${DOC_ONLY_NAME_ALIASES[type]}"`,
    });
  }
  return warnings;
}

/** Whether the body's intent differs from the name of the cimEvent it carries. */
function intentMismatch(body: Obj): boolean {
  const cimEvent = isJsonObject(body.entities) ? body.entities.cimEvent : undefined;
  return isJsonObject(cimEvent) && typeof body.intent === "string" && body.intent !== cimEvent.name;
}

/** JSON path prefix of the `cimEvent` (or of the envelope body) in a payload, for error paths relative to the input. */
export function pathPrefixes(raw: unknown): { event: string; envelope: string } {
  const located = locateStudioBody(raw);
  if (!located) return { event: "$", envelope: "$" };
  const base = located.kind === "node-red-msg" ? "$.payload" : "$";
  const entities = isJsonObject(located.body.entities) ? located.body.entities : undefined;
  const event = entities && isJsonObject(entities.cimEvent) ? `${base}.entities.cimEvent` : `${base}.entities`;
  return { event, envelope: base };
}
