/**
 * The default item of every CCAI Platform QM event type for `createTestEvent`: the JSON examples of Google's
 * *QM chat session event data* page (https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data)
 * for chat items, and the *QM call session event data* page
 * (https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data) for agent and call items (its
 * e-mail address and phone numbers are placeholders). `transferred` is listed in the chat page's state table but
 * never shown: its example is the page's session-transfer example with that state.
 */
import type { CcaiQmEventMap } from "@contactkit/ccai-qm-chat";

const customer = { state: "connected", type: "external", dn: "end_user_5" } as const;
const agent = {
  type: "agent",
  agent_number: "Uno numero",
  name: "Admin UJET",
  alias: "super_agent",
  dn: "agent_1",
} as const;
const queue = { queue_path_ids: "7/26", queue_path_names: "Test/calls", language: "en" } as const;
const chat = { session_type_v2: "In-web", direction: "incoming" } as const;

/** One realistic item per event type, bare (wrap it with `createTestEnvelope` for the `{type, item}` form). */
export const CCAI_QM_EXAMPLES: { readonly [K in keyof CcaiQmEventMap]: CcaiQmEventMap[K] } = {
  // "Chat started"
  waiting: {
    ...queue,
    support_number: null,
    ...chat,
    chat_id: 138,
    state: "waiting",
    initiator: "end_user_5",
    participants: [customer],
  },
  // "Chat connected" (human agent)
  connected: {
    ...queue,
    ...chat,
    chat_id: 114,
    state: "connected",
    initiator: "end_user_5",
    participants: [
      { ...customer, media_id: "MB7a504ce7f418447bb4a48b8f3fa609d0" },
      { ...agent, state: "connected" },
    ],
  },
  // "Chat ended" (human agent and end-user leaving a chat)
  disconnected: {
    ...queue,
    support_number: null,
    ...chat,
    chat_id: 127,
    state: "disconnected",
    initiator: "end_user_5",
    participants: [
      { ...customer, state: "disconnected", media_id: "MB4a0a435e759c43369098ee7f2d0271f0" },
      { ...agent, state: "disconnected", media_id: "MBa4afeafb5bcc4a279f51db76f3b98deb" },
    ],
    connected_at: "2024-08-27T17:06:37.000-07:00",
    ends_at: "2024-08-27T17:06:59.000-07:00",
  },
  // "Chat dismissed"
  dismissed: {
    ...queue,
    ...chat,
    chat_id: 197,
    state: "dismissed",
    initiator: "agent_1",
    participants: [
      { ...customer, state: "dismissed", media_id: "MB444f542e9b9c4f89a8369bb2430357ad" },
      { ...agent, state: "dismissed", media_id: "MB7e657411b2284f95b2cf31ef5e6dc83c" },
    ],
  },
  // "Chat resumed"
  resumed: {
    ...chat,
    chat_id: 198,
    state: "resumed",
    initiator: "end_user_5",
    participants: [
      { ...customer, state: "resumed", media_id: "MB320da61121bc4fc48ea099759f679333" },
      { ...agent, state: "resumed", media_id: "MBbe5db89a01ab4814a8e7830daf3d30fa" },
    ],
  },
  // "Participant left the chat" (end-user leaving a chat)
  participantDisconnect: {
    ...chat,
    chat_id: 169,
    state: "participantDisconnect",
    initiator: "end_user_5",
    participants: [
      { ...customer, state: "disconnected", media_id: "MB4dd73370bc564cf18f5347233523ef44" },
      { ...agent, state: "disconnected", media_id: "MBba370f84cf914992b05e9aab03730c4b" },
    ],
  },
  // "Chat session transfers", with the state the table lists
  transferred: {
    ...queue,
    ...chat,
    chat_id: 208,
    state: "transferred",
    initiator: "agent_1",
    participants: [
      { ...customer, media_id: "MBed9193af0a82486cbad069925b5a0b18" },
      { ...agent, state: "disconnected", media_id: "MB05685c80e6af444faa1de5c5e48a26c7" },
      {
        state: "connected",
        type: "agent",
        media_id: "MB5caad80c7d94477d9db9c5f1c3662768",
        agent_number: "420",
        name: "ajay1 ujet",
        alias: "ajay1-alias",
        dn: "agent_2",
      },
    ],
  },
  // "Agent logs in"
  AgentState: { ParticipantID: "1234", Email: "agent@example.com", State: "login" },
  // "Inbound call is projected"
  CallState: {
    CallID: "846802bf90d1",
    State: "ringing",
    Direction: "incoming",
    Initiator: "+15555550100",
    Queue_path_ids: "1/2/3",
    Queue_path_names: "support/orders/status",
    Language: "en",
    Queue_uuid: 3,
    Recording_permitted: true,
    Participants: [
      { ParticipantID: "+15555550100", Type: "external", State: "connected" },
      { ParticipantID: "1234", Type: "agent", State: "ringing" },
    ],
    MediaID: "208188811_124248155@67.231.1.110",
  },
};
