// Writes src/testing/examples.ts, the default CIM event of every name for `createTestEvent`, from the committed
// test fixtures (the Init node page's Node-RED examples, test/fixtures/docs-init-node). Events the page shows are taken
// whole; every other event is built from the page's pieces (its channel sessions, conversation, agent, task) with
// the `data` the Expertflow object model gives that event. Shared pieces are written once as constants.
// Usage: pnpm exec tsx --conditions=@contactkit/source packages/expertflow-cim/scripts/write-testing-examples.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const pageDir = join(pkg, "test/fixtures/docs-init-node");
const manifest = JSON.parse(readFileSync(join(pageDir, "manifest.json"), "utf8"));
const clone = (v) => structuredClone(v);

/** The cimEvent (or, for CONVERSATION_STARTED, the entities) of each page example, by event name. */
const page = {};
for (const f of manifest.fixtures) {
  const json = JSON.parse(readFileSync(join(pageDir, f.file), "utf8"));
  const body = json.payload ?? json;
  // An intent without a cimEvent exists only in its envelope: its typed event carries the envelope it came in.
  page[f.cimEventName ?? f.expected] = body.entities.cimEvent ?? {
    name: f.expected,
    ...body.entities,
    envelope: {
      kind: json.payload ? "node-red-msg" : "controller-body",
      intent: body.intent,
      roomId: body.roomId,
      ...(json._msgid === undefined ? {} : { msgid: json._msgid }),
      metadata: body.metadata,
      messages: body.messages,
      ...(body.slots === undefined ? {} : { slots: body.slots }),
    },
  };
}

// --- pieces of the page's examples
const VOICE_SESSION = clone(page.AGENT_MRD_INTERRUPTED.channelSession);
const WEB_SESSION = clone(page.CHANNEL_SESSION_STARTED.channelSession);
const CONVERSATION = clone(page.AGENT_SLA_EXPIRED.data);
const AGENT = clone(page.PARTICIPANT_ROLE_CHANGED.data.conversationParticipant.participant);
const TASK = clone(page.TASK_ENQUEUED.data.task);
const ROUTING_ENGINE = clone(page.AGENT_MRD_INTERRUPTED.eventEmitter);
const CONVERSATION_MONITOR = clone(page.AGENT_SLA_EXPIRED.eventEmitter);
const BOT = clone(page.FIND_AGENT.eventEmitter);
const CUSTOMER = clone(page.CHANNEL_SESSION_STARTED.eventEmitter);
const WEB_CONNECTOR = {
  id: "460df46c-adf9-11ed-afa1-0242ac120002",
  type: "CONNECTOR",
  senderName: "WEB_CONNECTOR",
  additionalDetail: null,
};
const AGENT_SENDER = { id: AGENT.id, type: "AGENT", senderName: AGENT.keycloakUser.username, additionalDetail: null };

// --- a web-chat conversation the composed events belong to (the CHANNEL_SESSION_STARTED example's)
const base = page.CHANNEL_SESSION_STARTED;
let counter = 0x3f0;
/** A 24-hex ObjectId near the page's, one per composed event. */
const objectId = () => `68500072ac64457507a1${(counter++).toString(16).padStart(4, "0")}`;
const event = (name, type, eventEmitter, data) => ({
  id: objectId(),
  name,
  type,
  timestamp: base.timestamp + 1000 * (counter - 0x3f0),
  conversationId: base.conversationId,
  eventEmitter,
  channelSession: WEB_SESSION,
  data,
  roomInfo: base.roomInfo,
});
const header = (sender, extra = {}) => ({
  sender,
  channelData: WEB_SESSION.channelData,
  language: {},
  timestamp: base.timestamp + 500,
  securityInfo: {},
  stamps: [],
  intent: null,
  entities: {},
  channelSessionId: WEB_SESSION.id,
  conversationId: base.conversationId,
  customer: WEB_SESSION.customer,
  originalMessageId: null,
  providerMessageId: null,
  roomId: base.roomInfo.id,
  ...extra,
});
let uuids = 0;
/** A UUID-shaped message id, the same on every run of this script (ids are redrawn per created event anyway). */
const uuid = () => `2f1c9a6e-1b7d-4c2a-9e55-${(0x0d3b8f7a6c00 + uuids++).toString(16)}`;
const message = (sender, body, extra) => ({ id: uuid(), header: header(sender, extra), body });
const plain = (markdownText) => ({ type: "PLAIN", markdownText });
const voice = { type: "VOICE", callId: "c6c8a7b2-9c1e-4f3a-8d2b-5e7f1a2b3c4d", leg: "customer", reasonCode: null };
const inbound = { direction: "INBOUND", mode: "QUEUE", metadata: null };
const untyped = (name) => event(name, "NOTIFICATION", ROUTING_ENGINE, {});

const composed = {
  AGENT_OUTBOUND: event("AGENT_OUTBOUND", "NOTIFICATION", AGENT_SENDER, {}),
  ACTION_MESSAGE: event("ACTION_MESSAGE", "MESSAGE", BOT, {
    id: uuid(),
    header: header(BOT),
    name: "FIND_AGENT",
    data: { isReinitiated: false, priority: 1 },
  }),
  CUSTOMER_MESSAGE: event(
    "CUSTOMER_MESSAGE",
    "MESSAGE",
    CUSTOMER,
    message(WEB_CONNECTOR, plain("Hi, I need help with my order")),
  ),
  AGENT_MESSAGE: event(
    "AGENT_MESSAGE",
    "MESSAGE",
    AGENT_SENDER,
    message(AGENT_SENDER, plain("Hello, how can I help you?")),
  ),
  BOT_MESSAGE: event("BOT_MESSAGE", "MESSAGE", BOT, message(BOT, plain("Welcome! Let me connect you to an agent."))),
  BOT_SUGGESTION: event("BOT_SUGGESTION", "SUGGESTION", BOT, {
    id: uuid(),
    header: header(BOT),
    suggestions: [{ messageBody: plain("Your order is on its way."), confidenceLevel: 0.87 }],
    requestedMessage: message(WEB_CONNECTOR, plain("Where is my order?")),
  }),
  NO_AGENT_AVAILABLE: event("NO_AGENT_AVAILABLE", "NOTIFICATION", ROUTING_ENGINE, { requestType: inbound }),
  CHANNEL_SESSION_ENDED: event("CHANNEL_SESSION_ENDED", "NOTIFICATION", CUSTOMER, WEB_SESSION),
  CHANNEL_SESSION_EXPIRED: event("CHANNEL_SESSION_EXPIRED", "NOTIFICATION", CONVERSATION_MONITOR, WEB_SESSION),
  AGENT_RESERVED: event("AGENT_RESERVED", "NOTIFICATION", ROUTING_ENGINE, { task: TASK, ccUser: AGENT }),
  EWT_MESSAGE: untyped("EWT_MESSAGE"),
  AGENT_RESERVED_TIMEOUT: untyped("AGENT_RESERVED_TIMEOUT"),
  AGENT_ACCEPT_TIMEOUT: untyped("AGENT_ACCEPT_TIMEOUT"),
  BOT_SUBSCRIBED: event("BOT_SUBSCRIBED", "NOTIFICATION", CONVERSATION_MONITOR, {
    participantType: "Bot",
    id: BOT.id,
    type: "RASA",
    name: "Rasa",
    uri: "http://rasa:5005/webhooks/rest/webhook",
  }),
  BOT_UNSUBSCRIBED: untyped("BOT_UNSUBSCRIBED"),
  RESPONSE_SLA_BREACHED: untyped("RESPONSE_SLA_BREACHED"),
  BOT_TIMEOUT: untyped("BOT_TIMEOUT"),
  BOT_NOT_AVAILABLE: untyped("BOT_NOT_AVAILABLE"),
  CUSTOMER_ACTIVITY_TIMEOUT: untyped("CUSTOMER_ACTIVITY_TIMEOUT"),
  TOPIC_STATE_CHANGE_EVENT: event("TOPIC_STATE_CHANGE_EVENT", "NOTIFICATION", CONVERSATION_MONITOR, CONVERSATION),
  ASSOCIATED_CUSTOMER_CHANGED: untyped("ASSOCIATED_CUSTOMER_CHANGED"),
  MESSAGE_DELIVERY_NOTIFICATION: event(
    "MESSAGE_DELIVERY_NOTIFICATION",
    "NOTIFICATION",
    CUSTOMER,
    message(WEB_CONNECTOR, {
      type: "DELIVERYNOTIFICATION",
      messageId: "2f1c9a6e-1b7d-4c2a-9e55-0d3b8f7a6c41",
      status: "DELIVERED",
      reasonCode: null,
    }),
  ),
  CISCO_VOICE_EVENT: untyped("CISCO_VOICE_EVENT"),
  WRAPUP_APPLIED: untyped("WRAPUP_APPLIED"),
  TASK_STATE_CHANGED: event("TASK_STATE_CHANGED", "NOTIFICATION", ROUTING_ENGINE, {
    task: TASK,
    taskStateChanged: true,
    mediaStateChanges: [TASK.activeMedia[0].id],
  }),
  REVOKE_RESOURCE: event("REVOKE_RESOURCE", "NOTIFICATION", ROUTING_ENGINE, {
    taskId: TASK.id,
    currentTaskState: TASK.state,
    taskCloseReason: null,
    agentId: AGENT.id,
    conversationId: TASK.conversationId,
  }),
  CONVERSATION_DATA_CHANGED: event("CONVERSATION_DATA_CHANGED", "NOTIFICATION", CONVERSATION_MONITOR, {
    first_name: "Zubair",
    last_name: "Ahmed",
    phone: "03024876634",
  }),
  CALL_LEG_STARTED: untyped("CALL_LEG_STARTED"),
  CALL_LEG_ENDED: event(
    "CALL_LEG_ENDED",
    "CALL",
    AGENT_SENDER,
    message(AGENT_SENDER, voice, { intent: "CALL_LEG_ENDED" }),
  ),
  WHISPER_MESSAGE: event(
    "WHISPER_MESSAGE",
    "MESSAGE",
    AGENT_SENDER,
    message(AGENT_SENDER, plain("Customer is a VIP, please prioritise.")),
  ),
  VOICE_ACTIVITY: untyped("VOICE_ACTIVITY"),
  TYPING_INDICATOR: untyped("TYPING_INDICATOR"),
  ASSIGN_RESOURCE_REQUESTED: event("ASSIGN_RESOURCE_REQUESTED", "NOTIFICATION", ROUTING_ENGINE, {
    queue: { type: "NAME", value: "web" },
    requestSession: WEB_SESSION,
    channelSessions: [WEB_SESSION],
    type: inbound,
    priority: 1,
    offerToAgent: true,
    lastAssignedAgentId: null,
  }),
  CANCEL_RESOURCE_REQUESTED: untyped("CANCEL_RESOURCE_REQUESTED"),
  REMOVE_CHANNEL_SESSION: event("REMOVE_CHANNEL_SESSION", "NOTIFICATION", CONVERSATION_MONITOR, {
    channelSession: WEB_SESSION,
    reasonCode: "INACTIVITY",
  }),
  THIRD_PARTY_ACTIVITY: event(
    "THIRD_PARTY_ACTIVITY",
    "ACTIVITY",
    CONVERSATION_MONITOR,
    message(
      {
        id: "f1370ff7-43fa-496e-9966-e64061d35f5c",
        type: "APP",
        senderName: "WIDGET_PRECHAT_FORM",
        additionalDetail: null,
      },
      { type: "FORM_DATA", formId: "6839b2ccda55e3371d16221f", formTitle: "Pre-chat form", sections: [] },
      { intent: "WIDGET_FORM_ACTIVITY" },
    ),
  ),
  IVR_AGGREGATED_ACTIVITY: untyped("IVR_AGGREGATED_ACTIVITY"),
  CHANNEL_SESSION_DATA_UPDATED: event("CHANNEL_SESSION_DATA_UPDATED", "NOTIFICATION", CUSTOMER, WEB_SESSION),
  CUSTOMER_LEFT: untyped("CUSTOMER_LEFT"),
  ADVISOR_SUBSCRIBED: untyped("ADVISOR_SUBSCRIBED"),
  AGENT_SLA_STARTED: untyped("AGENT_SLA_STARTED"),
  AGENT_SLA_STOPPED: untyped("AGENT_SLA_STOPPED"),
  REMOVE_ALL_AGENTS: untyped("REMOVE_ALL_AGENTS"),
  RESET_AGENT_SLA: untyped("RESET_AGENT_SLA"),
  ROOM_CREATED: untyped("ROOM_CREATED"),
  ROOM_MEMBER_STATUS_CHANGED: untyped("ROOM_MEMBER_STATUS_CHANGED"),
  CONVERSATION_PAUSED: untyped("CONVERSATION_PAUSED"),
  CONVERSATION_RESUMED: untyped("CONVERSATION_RESUMED"),
  EXTERNAL_GADGET_REQUESTED: untyped("EXTERNAL_GADGET_REQUESTED"),
  CALL_HOLD: event("CALL_HOLD", "CALL", AGENT_SENDER, message(AGENT_SENDER, voice, { intent: "CALL_HOLD" })),
  CALL_RESUME: event("CALL_RESUME", "CALL", AGENT_SENDER, message(AGENT_SENDER, voice, { intent: "CALL_RESUME" })),
  AGENT_SLA: untyped("AGENT_SLA"),
  CUSTOMER_SLA_STARTED: untyped("CUSTOMER_SLA_STARTED"),
  CUSTOMER_SLA_STOPPED: untyped("CUSTOMER_SLA_STOPPED"),
  CUSTOMER_SLA: untyped("CUSTOMER_SLA"),
  HOLD_TIMER: untyped("HOLD_TIMER"),
  NO_RESPONSE_ENTITY: untyped("NO_RESPONSE_ENTITY"),
  HAND_RAISED: event("HAND_RAISED", "NOTIFICATION", AGENT_SENDER, {
    agentId: AGENT.id,
    userName: AGENT.keycloakUser.username,
  }),
  HAND_DOWN: event("HAND_DOWN", "NOTIFICATION", AGENT_SENDER, {
    agentId: AGENT.id,
    userName: AGENT.keycloakUser.username,
  }),
  VOICE_CALL_RECORDING: untyped("VOICE_CALL_RECORDING"),
};

// The page's own examples win over composed ones.
const examples = { ...composed };
for (const [name, cimEvent] of Object.entries(page)) examples[name] = clone(cimEvent);

// Run with tsx (pnpm exec tsx --conditions=@contactkit/source …) to check every example against the package's schemas before writing.
const { expertflowCim } = await import("../src/index.ts").catch(() => ({}));
const names = [...readFileSync(join(pkg, "src/event-map.ts"), "utf8").matchAll(/^ {2}([A-Z_]+): /gm)].map((m) => m[1]);
const missing = names.filter((n) => !Object.hasOwn(examples, n));
if (missing.length > 0) throw new Error(`no example for ${missing.join(", ")}`);
if (expertflowCim) {
  for (const name of names) {
    const r = expertflowCim.safeParse(examples[name]);
    if (!r.ok || r.type !== name) throw new Error(`${name}: ${r.ok ? r.type : r.error.message}`);
  }
}

// --- write, with shared pieces as constants
/** The type each shared piece is checked against. */
const constantTypes = {
  VOICE_SESSION: "ChannelSession",
  WEB_SESSION: "ChannelSession",
  CONVERSATION: "Conversation",
  AGENT: "CCUser",
  TASK: "Task",
  ROUTING_ENGINE: "Sender",
  CONVERSATION_MONITOR: "Sender",
  BOT: "Sender",
  CUSTOMER: "Sender",
  WEB_CONNECTOR: "Sender",
  AGENT_SENDER: "Sender",
};
// In declaration order: a constant may use the ones above it.
const constants = {
  WEB_CONNECTOR,
  ROUTING_ENGINE,
  CONVERSATION_MONITOR,
  BOT,
  CUSTOMER,
  AGENT,
  AGENT_SENDER,
  VOICE_SESSION,
  WEB_SESSION,
  TASK,
  CONVERSATION,
};
const byJson = new Map(Object.entries(constants).map(([id, value]) => [JSON.stringify(value), id]));
const order = Object.keys(constants);
/** `value` as TypeScript, using the constants declared before `self` (all of them when `self` is undefined). */
const emit = (value, self) => {
  if (value !== null && typeof value === "object") {
    const id = byJson.get(JSON.stringify(value));
    if (id !== undefined && (self === undefined || order.indexOf(id) < order.indexOf(self))) return id;
    if (Array.isArray(value)) return `[${value.map((v) => emit(v, self)).join(", ")}]`;
    return `{${Object.entries(value)
      .map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${emit(v, self)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(value);
};
const out = `/**
 * The default CIM event of every name for \`createTestEvent\`, bare (as \`payload.entities.cimEvent\`): the examples of
 * Expertflow's Conversation Studio *Init* node page (https://docs.expertflow.com/cx-knowledgebase/latest/init) where
 * it shows one, otherwise an event built from that page's pieces — its web channel session, conversation, agent and
 * task — with the \`data\` Expertflow's object model gives the event (\`expertflow/object-model\`, as typed in this
 * package), or \`{}\` for events whose \`data\` is undocumented. Generated by \`scripts/write-testing-examples.mjs\`
 * from the package's test fixtures; do not edit by hand.
 */
import type {
  CCUser,
  ChannelSession,
  Conversation,
  ExpertflowCimEventMap,
  Sender,
  Task,
} from "@contactkit/expertflow-cim";

${Object.entries(constants)
  .map(([id, value]) => `const ${id}: ${constantTypes[id]} = ${emit(value, id)};`)
  .join("\n\n")}

/** One realistic CIM event per name, as the Init node receives it. */
export const EXPERTFLOW_CIM_EXAMPLES: { readonly [K in keyof ExpertflowCimEventMap]: ExpertflowCimEventMap[K] } = {
${names.map((name) => `  ${name}: ${emit(examples[name])},`).join("\n")}
};
`;
writeFileSync(join(pkg, "src/testing/examples.ts"), out);
console.log(`wrote ${names.length} examples (${Object.keys(page).length} from the page), ${out.length} characters`);
