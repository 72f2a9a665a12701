import * as z from "zod";
import { ChatParticipantState, ChatParticipantType } from "../vocabulary";
import { optionalNullable } from "./optional-nullable";

/**
 * Fields every chat participant carries, per the field table and examples of
 * https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data. `state`, `type` and `dn` are in
 * every participant of every example; every other field is optional and, like the chat item's optional fields,
 * nullable (the page types no field and says of none that it is never null).
 */
export interface ChatParticipantFields {
  /**
   * The participant's current state in the chat conference: `connected`, `disconnected`, `accepted`, `dismissed`
   * or `resumed`; other values pass in tolerant mode. Always present.
   */
  state: ChatParticipantState;
  /**
   * The participant's "directory number", e.g. `end_user_5`, `agent_1`, `virtual_agent_2` (`<role>_<id>`). The
   * examples identify participants by `dn`, never by `participant_id`. Always present.
   */
  dn: string;
  /**
   * Carrier media identifier ("twilio_mediaID" or "nexmo_mediaID"); the examples show `MB` + 32 hex digits.
   * Absent on some examples' participants, e.g. both of the virtual-agent "Chat connected" example, although the
   * same chat's "Chat accepted" example has them; may be `null`.
   */
  media_id?: string | null;
  /**
   * The participant's identifier: the agent id, the virtual agent id, the end-user id, or a third party's phone
   * number — "Else, passes the null value" when a third party's number is unknown. In no example, so its JSON
   * type is unconfirmed: a string or a number. May be absent or `null`.
   */
  participant_id?: string | number | null;
}

/** An end-user or a third party (`type: "external"`). */
export interface ExternalChatParticipant extends ChatParticipantFields {
  /** `external`: an end-user or a third party. */
  type: "external";
}

/** A human agent (`type: "agent"`). Only agents carry `agent_number`, `name` and `alias`. */
export interface AgentChatParticipant extends ChatParticipantFields {
  /** `agent`: a human agent. */
  type: "agent";
  /** "The agent's number", free text in the examples (`"Uno numero"`, `"420"`). May be absent or `null`. */
  agent_number?: string | null;
  /** "The agent's name", e.g. `"Admin UJET"`. May be absent or `null`. */
  name?: string | null;
  /** "The agent's alias", e.g. `"super_agent"`. May be absent or `null`. */
  alias?: string | null;
}

/** A virtual agent (bot), `type: "virtual_agent"`. */
export interface VirtualAgentChatParticipant extends ChatParticipantFields {
  /** `virtual_agent`: a virtual agent. */
  type: "virtual_agent";
}

/**
 * A participant whose `type` is not one of the documented three (tolerant mode only; strict mode rejects it).
 * Use {@link isAgentParticipant} and friends to narrow a {@link ChatParticipant}.
 */
export interface UnrecognisedChatParticipant extends ChatParticipantFields {
  /** A participant type the documentation does not list. */
  type: string & {};
}

/** One entry of a chat's `participants` array, typed by its `type`. */
export type ChatParticipant =
  | ExternalChatParticipant
  | AgentChatParticipant
  | VirtualAgentChatParticipant
  | UnrecognisedChatParticipant;

const participantFields = {
  state: ChatParticipantState.schema,
  dn: z.string(),
  media_id: optionalNullable(z.string()),
  participant_id: optionalNullable(z.union([z.string(), z.number()])),
};

const externalObject = z.object({ ...participantFields, type: z.literal("external") });
const agentObject = z.object({
  ...participantFields,
  type: z.literal("agent"),
  agent_number: optionalNullable(z.string()),
  name: optionalNullable(z.string()),
  alias: optionalNullable(z.string()),
});
const virtualAgentObject = z.object({ ...participantFields, type: z.literal("virtual_agent") });

/** Schema of {@link ExternalChatParticipant}. */
export const externalChatParticipantSchema: z.ZodType<ExternalChatParticipant> = externalObject;
/** Schema of {@link AgentChatParticipant}. */
export const agentChatParticipantSchema: z.ZodType<AgentChatParticipant> = agentObject;
/** Schema of {@link VirtualAgentChatParticipant}. */
export const virtualAgentChatParticipantSchema: z.ZodType<VirtualAgentChatParticipant> = virtualAgentObject;

const knownTypes: ReadonlySet<string> = new Set(ChatParticipantType.values);

// `type` is an open enum, so strict mode closes it to the three known values, which the refinement then
// rejects: an unrecognised participant type passes only in tolerant mode. Known types never land here, so a
// malformed agent reports the agent schema's issues.
const unrecognisedChatParticipantSchema = z
  .object({ ...participantFields, type: ChatParticipantType.schema })
  .refine((p) => !knownTypes.has(p.type), {
    path: ["type"],
    message: "a documented participant type must match its own schema",
    abort: true, // an aborted branch, like the known type's, so the union reports the known schema's issues
  }) as unknown as z.ZodType<UnrecognisedChatParticipant>;

/** Schema of {@link ChatParticipant}: dispatches on `type`, keeping unknown types in tolerant mode. */
export const chatParticipantSchema: z.ZodType<ChatParticipant> = z.union([
  z.discriminatedUnion("type", [externalObject, agentObject, virtualAgentObject]),
  unrecognisedChatParticipantSchema,
]);

/** Whether a participant is an end-user or third party (`type: "external"`). */
export function isExternalParticipant(p: ChatParticipant): p is ExternalChatParticipant {
  return p.type === "external";
}

/** Whether a participant is a human agent (`type: "agent"`). */
export function isAgentParticipant(p: ChatParticipant): p is AgentChatParticipant {
  return p.type === "agent";
}

/** Whether a participant is a virtual agent (`type: "virtual_agent"`). */
export function isVirtualAgentParticipant(p: ChatParticipant): p is VirtualAgentChatParticipant {
  return p.type === "virtual_agent";
}
