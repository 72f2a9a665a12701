import type { EventSchemas } from "@contactkit/core";
import * as z from "zod";
import { AgentState, CallParticipantState, CallParticipantType, CallState } from "../vocabulary";
import { optionalNullable } from "./optional-nullable";

/**
 * An `AgentState` item: an agent signed in to or out of the agent adapter ("Agent logs in" / "Agent logs out" on
 * https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data, wrapped as
 * `{"type":"AgentState","item":{…}}`). Keys are PascalCase as sent. The page shows all three fields in both
 * examples and nothing else, so all three are required and none is `null`.
 */
export interface AgentStateItem {
  /** The agent's id, rendered as a string (e.g. `"1234"`). Always present. */
  ParticipantID: string;
  /** The agent's e-mail address. Always present. */
  Email: string;
  /** `login` or `logout`, the only documented values; others pass in tolerant mode. Always present. */
  State: AgentState;
}

/**
 * A participant of a call item ("Inbound call is projected" on
 * https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data); undocumented keys are kept.
 * Only one call example is documented, so every field is optional and may be `null`.
 */
export interface CallParticipant {
  /** The phone number (E.164) for `external`, the agent id as a string for `agent`. */
  ParticipantID?: string | null;
  /** `external` or `agent` seen. */
  Type?: CallParticipantType | null;
  /** `connected` or `ringing` seen. */
  State?: CallParticipantState | null;
  /** Keys not documented (call events are only partly documented). */
  [key: string]: unknown;
}

/**
 * A `CallState` item. Call events are not this package's subject: only the fields of the one documented call
 * example ("Inbound call is projected" on
 * https://cloud.google.com/contact-center/ccai-platform/docs/qm-call-session-data) are typed — `CallID` and
 * `State` required, the rest optional and nullable, since one example cannot show which fields every call event
 * carries — and every other key is kept as received so a mixed export stream never breaks.
 */
export interface CallStateItem {
  /** The call id, e.g. `"846802bf90d1"`. Always present. */
  CallID: string;
  /** The call state; only `ringing` is documented. Always present. */
  State: CallState;
  /** `incoming` seen. */
  Direction?: string | null;
  /** The caller's E.164 number for inbound calls. */
  Initiator?: string | null;
  /** Queue ids navigated, `/`-separated (note the capital `Q`). */
  Queue_path_ids?: string | null;
  /** Queue names navigated, `/`-separated. */
  Queue_path_names?: string | null;
  /** The caller's language code. */
  Language?: string | null;
  /** Named a UUID but the integer `3` in the documented example: a number or a string. */
  Queue_uuid?: number | string | null;
  /** Whether the call may be recorded. */
  Recording_permitted?: boolean | null;
  /** The call's participants. */
  Participants?: CallParticipant[] | null;
  /** A SIP-style call id, e.g. `"208188811_124248155@67.231.1.110"`. */
  MediaID?: string | null;
  /** Keys not documented, kept as received. */
  [key: string]: unknown;
}

/** Schema of {@link AgentStateItem}. */
export const agentStateItemSchema: z.ZodType<AgentStateItem> = z.object({
  ParticipantID: z.string(),
  Email: z.string(),
  State: AgentState.schema,
});

const callParticipantSchema: z.ZodType<CallParticipant> = z.looseObject({
  ParticipantID: optionalNullable(z.string()),
  Type: optionalNullable(CallParticipantType.schema),
  State: optionalNullable(CallParticipantState.schema),
});

/** Schema of {@link CallStateItem}: the documented call fields, other keys passed through. */
export const callStateItemSchema: z.ZodType<CallStateItem> = z.looseObject({
  CallID: z.string(),
  State: CallState.schema,
  Direction: optionalNullable(z.string()),
  Initiator: optionalNullable(z.string()),
  Queue_path_ids: optionalNullable(z.string()),
  Queue_path_names: optionalNullable(z.string()),
  Language: optionalNullable(z.string()),
  Queue_uuid: optionalNullable(z.union([z.number(), z.string()])),
  Recording_permitted: optionalNullable(z.boolean()),
  Participants: optionalNullable(z.array(callParticipantSchema)),
  MediaID: optionalNullable(z.string()),
});

/** The agent and call events, keyed by their envelope `type`; `CcaiQmEventMap` extends it. */
export interface AgentAndCallEventMap {
  /** Agent login / logout. */
  AgentState: AgentStateItem;
  /** A call event (documented fields typed, the rest kept). */
  CallState: CallStateItem;
}

/** The schema of each agent and call event. */
export const agentAndCallEventSchemas = {
  AgentState: agentStateItemSchema,
  CallState: callStateItemSchema,
} satisfies EventSchemas<AgentAndCallEventMap>;
