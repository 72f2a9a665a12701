import { type OpenEnum, openEnum, optional } from "@contactkit/core";
import * as z from "zod";
import {
  AGENT_STATES,
  type AgentStateName,
  CALL_PARTICIPANT_STATES,
  CALL_PARTICIPANT_TYPES,
  CALL_STATES,
  type CallStateName,
} from "./vocabulary";

/**
 * An `AgentState` item: an agent signed in to or out of the agent adapter (G-CALL "Agent logs in"/"Agent logs
 * out", wrapped as `{"type":"AgentState","item":{…}}`). Keys are PascalCase as sent (vendor notes C2).
 */
export interface AgentStateItem {
  /** The agent's id, rendered as a string (e.g. `"1234"`, G-CALL). */
  ParticipantID: string;
  /** The agent's e-mail address (G-CALL). */
  Email: string;
  /** `login` or `logout`, the only documented values (G-CALL); others pass in tolerant mode. */
  State: OpenEnum<AgentStateName>;
}

/** A participant of a call item (G-CALL "Inbound call is projected"); undocumented keys are kept. */
export interface CallParticipant {
  /** The phone number (E.164) for `external`, the agent id as a string for `agent` (G-CALL). */
  ParticipantID?: string;
  /** `external` or `agent` seen (G-CALL). */
  Type?: OpenEnum<(typeof CALL_PARTICIPANT_TYPES)[number]>;
  /** `connected` or `ringing` seen (G-CALL). */
  State?: OpenEnum<(typeof CALL_PARTICIPANT_STATES)[number]>;
  /** Keys not documented (call events are only partly documented). */
  [key: string]: unknown;
}

/**
 * A `CallState` item. Call events are not this package's subject: only the fields of the one readable G-CALL
 * example are typed (all but `CallID` and `State` optional, since the other call events were unreadable,
 * vendor notes §6.3), and every other key is kept as received so a mixed export stream never breaks.
 */
export interface CallStateItem {
  /** The call id, e.g. `"846802bf90d1"` (G-CALL). */
  CallID: string;
  /** The call state; only `ringing` is documented (G-CALL). */
  State: OpenEnum<CallStateName>;
  /** `incoming` seen (G-CALL). */
  Direction?: string;
  /** The caller's E.164 number for inbound calls (G-CALL). */
  Initiator?: string;
  /** Queue ids navigated, `/`-separated (G-CALL; note the capital `Q`). */
  Queue_path_ids?: string;
  /** Queue names navigated, `/`-separated (G-CALL). */
  Queue_path_names?: string;
  /** The caller's language code (G-CALL). */
  Language?: string;
  /** Named a UUID but the integer `3` in the G-CALL example (vendor notes C3): a number or a string. */
  Queue_uuid?: number | string;
  /** Whether the call may be recorded (G-CALL). */
  Recording_permitted?: boolean;
  /** The call's participants (G-CALL). */
  Participants?: CallParticipant[];
  /** A SIP-style call id, e.g. `"208188811_124248155@67.231.1.110"` (G-CALL). */
  MediaID?: string;
  /** Keys not documented, kept as received. */
  [key: string]: unknown;
}

/** Schema of {@link AgentStateItem}. */
export const agentStateItemSchema: z.ZodType<AgentStateItem> = z.object({
  ParticipantID: z.string(),
  Email: z.string(),
  State: openEnum(AGENT_STATES),
});

const callParticipantSchema: z.ZodType<CallParticipant> = z.looseObject({
  ParticipantID: z.string().exactOptional(),
  Type: openEnum(CALL_PARTICIPANT_TYPES).exactOptional(),
  State: openEnum(CALL_PARTICIPANT_STATES).exactOptional(),
});

/** Schema of {@link CallStateItem}: the documented call fields, other keys passed through. */
export const callStateItemSchema: z.ZodType<CallStateItem> = z.looseObject({
  CallID: z.string(),
  State: openEnum(CALL_STATES),
  Direction: z.string().exactOptional(),
  Initiator: z.string().exactOptional(),
  Queue_path_ids: z.string().exactOptional(),
  Queue_path_names: z.string().exactOptional(),
  Language: z.string().exactOptional(),
  Queue_uuid: optional(z.union([z.number(), z.string()])),
  Recording_permitted: z.boolean().exactOptional(),
  Participants: z.array(callParticipantSchema).exactOptional(),
  MediaID: z.string().exactOptional(),
});
