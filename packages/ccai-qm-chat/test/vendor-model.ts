/**
 * The vendor's model of the QM export, written down as data so that tests can hold the schemas to it.
 *
 * CCAI Platform publishes no typed model (no JSON Schema, no client classes) for the QM export: the model is two
 * documentation pages, each a field table and example payloads. What each field's entry records is what those
 * pages show: whether the field is in every example of the object, in some, or in none (only in the field
 * table), and whether the page shows or says `null` or `""` for it. `presence` is checked against the fixtures
 * (the page's own examples) by field-truth.test.ts, so it cannot drift from the page.
 *
 * Each entry also states the field's requiredness and nullability under the project's field-truth rule applied to
 * a model without types: a field is required when it is in every example and the field table gives it a value in
 * every case; every other field is optional, and nullable — the pages type no field and say of none that it is
 * never null, and the one field they document without a value (`support_number`, "NULL") is written as JSON
 * `null`. Shown in every example is not enough where the table gives the field no value: the agent profile
 * fields `agent_number`, `name` and `alias` are on every agent participant of the examples, but the table only
 * names them. The call page has a single call example, which cannot show what every call event carries, so only
 * the call's id and state (which identify it) are required there. field-truth.test.ts checks that each entry follows
 * this rule and that the schemas agree with every entry.
 */

/** Google's "QM chat session event data" page: the chat field table and 15 example payloads. */
export const CHAT_PAGE = "https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data";
/** Google's "QM call session event data" page: agent login/logout and one call example. */
export const CALL_PAGE = "https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data";
/** The day the pages were read for this model. */
export const READ_ON = "2026-12-02";

/** What the documentation shows of one field, and what that makes it. */
export interface VendorField {
  /** In every example of the object (`every`), in some (`some`), or only in the field table (`none`). */
  readonly presence: "every" | "some" | "none";
  /** The field must be present. */
  readonly required: boolean;
  /** The field may be `null`. */
  readonly nullable: boolean;
  /** The page shows or says `null` for the field. */
  readonly documentedNull?: true;
  /** The page shows `""` for the field (its "not set"). */
  readonly documentedEmpty?: true;
  /** The page and what it says, briefly. */
  readonly source: string;
}

/** One object of the export: its fields, keyed by the name on the wire. */
export interface VendorObject {
  readonly fields: Readonly<Record<string, VendorField>>;
}

const chat = (note: string) => `${CHAT_PAGE} — ${note}`;
const call = (note: string) => `${CALL_PAGE} — ${note}`;

/** In every example, with a value in every case of the field table: required, never null. */
const always = (source: string): VendorField => ({ presence: "every", required: true, nullable: false, source });
/** In some examples only: optional and nullable. */
const sometimes = (source: string, extra?: Partial<VendorField>): VendorField => ({
  presence: "some",
  required: false,
  nullable: true,
  source,
  ...extra,
});
/** Only in the field table, in no example: optional and nullable. */
const tableOnly = (source: string, extra?: Partial<VendorField>): VendorField => ({
  presence: "none",
  required: false,
  nullable: true,
  source,
  ...extra,
});
/**
 * In every example, but not required: the field table gives it no value, or the object has a single example.
 * Optional and nullable.
 */
const shownNotRequired = (source: string): VendorField => ({
  presence: "every",
  required: false,
  nullable: true,
  source,
});

/** The `ChatState` item (chat page). */
export const chatItem: VendorObject = {
  fields: {
    chat_id: always(chat('"The chat session\'s identifier", the session metadata ID')),
    state: always(chat("the current state of the chat session, one of seven values")),
    direction: always(chat('"Passes incoming when the chat session is inbound"')),
    initiator: always(chat("the ID of the agent, virtual agent or end-user that initializes the chat state")),
    session_type_v2: always(chat('"In-web": "Indicates a web SDK chat session"')),
    participants: always(chat('"An object containing the call participant\'s information"')),
    queue_path_ids: sometimes(chat('"This applies only to incoming chats"; absent in 2 examples')),
    queue_path_names: sometimes(chat('"This applies only to incoming chats"; absent in 2 examples')),
    language: sometimes(chat('"This applies only to incoming chats"; absent in 2 examples')),
    queue_uuid: tableOnly(chat('"This applies only to incoming and queue transferred chats"; in no example')),
    tenant: tableOnly(chat('"The name of the instance hosting the chat"; in no example')),
    event_id: tableOnly(chat('"An identifier for the chat session"; in no example')),
    timestamp: tableOnly(chat('"A timestamp for the chat in Unix epoch time"; in no example')),
    support_number: sometimes(chat('value "NULL", "Not applicable for chat"; null in 3 examples'), {
      documentedNull: true,
    }),
    connected_at: sometimes(chat('"The date and time the chat session began"; "" when ended while waiting in queue'), {
      documentedEmpty: true,
    }),
    ends_at: sometimes(chat('"The date and time the chat session ended"; in the 3 "Chat ended" examples')),
  },
};

/** Fields of every chat participant, whatever its `type` (chat page, "Available in the participants object"). */
export const chatParticipant: VendorObject = {
  fields: {
    state: always(chat('"The participant\'s current state in the chat conference"')),
    type: always(chat('"external", "agent" or "virtual_agent"')),
    dn: always(chat('"The directory number of the participant"')),
    media_id: sometimes(chat("the twilio or nexmo media ID; absent on the participants of 3 examples")),
    participant_id: tableOnly(chat('third parties: "Else, passes the null value"; in no example'), {
      documentedNull: true,
    }),
  },
};

/** The fields only `agent` participants carry (chat page). */
export const agentParticipantExtras: VendorObject = {
  fields: {
    agent_number: shownNotRequired(chat('"The agent\'s number", no value listed; on every agent participant')),
    name: shownNotRequired(chat('"The agent\'s name", no value listed; on every agent participant')),
    alias: shownNotRequired(chat('"The agent\'s alias", no value listed; on every agent participant')),
  },
};

/** The `AgentState` item (call page, "Agent logs in" / "Agent logs out"). */
export const agentStateItem: VendorObject = {
  fields: {
    ParticipantID: always(call('the agent id as a string, "1234"')),
    Email: always(call("the agent's e-mail address")),
    State: always(call('"login" or "logout"')),
  },
};

/** The `CallState` item (call page, "Inbound call is projected": the one call example it shows). */
export const callStateItem: VendorObject = {
  fields: {
    CallID: always(call('the call id, "846802bf90d1"')),
    State: always(call('"ringing"')),
    Direction: shownNotRequired(call('"incoming"')),
    Initiator: shownNotRequired(call("the caller's number")),
    Queue_path_ids: shownNotRequired(call('"1/2/3"')),
    Queue_path_names: shownNotRequired(call('"support/orders/status"')),
    Language: shownNotRequired(call('"en"')),
    Queue_uuid: shownNotRequired(call("the integer 3")),
    Recording_permitted: shownNotRequired(call("a boolean")),
    Participants: shownNotRequired(call("the external caller and the ringing agent")),
    MediaID: shownNotRequired(call("a SIP-style call id")),
  },
};

/** A participant of a call item (call page). */
export const callParticipant: VendorObject = {
  fields: {
    ParticipantID: shownNotRequired(call("the phone number or the agent id")),
    Type: shownNotRequired(call('"external" or "agent"')),
    State: shownNotRequired(call('"connected" or "ringing"')),
  },
};

/** The required field names of an object. */
export const requiredOf = (object: VendorObject): string[] =>
  Object.entries(object.fields)
    .filter(([, field]) => field.required)
    .map(([name]) => name);
