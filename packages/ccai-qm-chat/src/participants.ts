import { type OpenEnum, openEnum, optional } from "@contactkit/core";
import * as z from "zod";
import { CHAT_PARTICIPANT_STATES, CHAT_PARTICIPANT_TYPES, type ChatParticipantState } from "./vocabulary";

/**
 * Fields every chat participant carries. Optionality follows the union of the 15 G-CHAT examples
 * (vendor notes §1.7): `state`, `type` and `dn` are in all of them, everything else is optional.
 */
export interface ChatParticipantFields {
  /**
   * The participant's current state in the chat conference (G-CHAT): `connected`, `disconnected`, `accepted`,
   * `dismissed` or `resumed`; other values pass in tolerant mode. Present in 15/15 examples.
   */
  state: OpenEnum<ChatParticipantState>;
  /**
   * The participant's "directory number" (G-CHAT), e.g. `end_user_5`, `agent_1`, `virtual_agent_2`
   * (`<role>_<id>`). The examples identify participants by `dn`, never by `participant_id` (vendor notes S3).
   * Present in 15/15 examples.
   */
  dn: string;
  /**
   * Carrier media identifier (G-CHAT: "twilio_mediaID" or "nexmo_mediaID"); the examples show `MB` + 32 hex
   * digits. Optional: present on 12/15 example participants lists, absent e.g. on "Chat connected" for a
   * virtual agent (vendor notes S9).
   */
  media_id?: string;
  /**
   * The participant's identifier (G-CHAT): the agent id, the virtual agent id, the end-user id, or a
   * third party's phone number, or `null` when a third party's number is unknown. Documented, but in 0/15
   * examples (vendor notes S3), so its JSON type is unconfirmed: a string, a number or `null` is accepted.
   */
  participant_id?: string | number | null;
}

/** An end-user or a third party (`type: "external"`, G-CHAT). */
export interface ExternalChatParticipant extends ChatParticipantFields {
  /** `external`: an end-user or a third party (G-CHAT). */
  type: "external";
}

/** A human agent (`type: "agent"`, G-CHAT). Only agents carry `agent_number`, `name` and `alias`. */
export interface AgentChatParticipant extends ChatParticipantFields {
  /** `agent`: a human agent (G-CHAT). */
  type: "agent";
  /** The agent's number (G-CHAT), free text in the examples (`"Uno numero"`, `"420"`). Optional (8/15). */
  agent_number?: string;
  /** The agent's display name (G-CHAT), e.g. `"Admin UJET"`. Optional (8/15). */
  name?: string;
  /** The agent's alias (G-CHAT), e.g. `"super_agent"`. Optional (8/15). */
  alias?: string;
}

/** A virtual agent (bot), `type: "virtual_agent"` (G-CHAT). */
export interface VirtualAgentChatParticipant extends ChatParticipantFields {
  /** `virtual_agent`: a virtual agent (G-CHAT). */
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
  state: openEnum(CHAT_PARTICIPANT_STATES),
  dn: z.string(),
  media_id: z.string().exactOptional(),
  participant_id: optional(z.union([z.string(), z.number(), z.null()])),
};

const externalObject = z.object({ ...participantFields, type: z.literal("external") });
const agentObject = z.object({
  ...participantFields,
  type: z.literal("agent"),
  agent_number: z.string().exactOptional(),
  name: z.string().exactOptional(),
  alias: z.string().exactOptional(),
});
const virtualAgentObject = z.object({ ...participantFields, type: z.literal("virtual_agent") });

/** Schema of {@link ExternalChatParticipant}. */
export const externalChatParticipantSchema: z.ZodType<ExternalChatParticipant> = externalObject;
/** Schema of {@link AgentChatParticipant}. */
export const agentChatParticipantSchema: z.ZodType<AgentChatParticipant> = agentObject;
/** Schema of {@link VirtualAgentChatParticipant}. */
export const virtualAgentChatParticipantSchema: z.ZodType<VirtualAgentChatParticipant> = virtualAgentObject;

const knownTypes: ReadonlySet<string> = new Set(CHAT_PARTICIPANT_TYPES);

// `type` is an open enum, so strict mode closes it to the three known values, which the refinement then
// rejects: an unrecognised participant type passes only in tolerant mode. Known types never land here, so a
// malformed agent reports the agent schema's issues.
const unrecognisedChatParticipantSchema = z
  .object({ ...participantFields, type: openEnum(CHAT_PARTICIPANT_TYPES) })
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
