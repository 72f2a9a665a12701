import { optional } from "@contactkit/core";
import * as z from "zod";
import {
  type BotType,
  botTypeSchema,
  type ParticipantRole,
  type ParticipantState,
  type ParticipantType,
  participantRoleSchema,
  participantStateSchema,
  participantTypeSchema,
} from "../vocabulary";
import { type ChannelSession, channelSessionSchema } from "./channel-session";
import { type CimTimestamp, cimTimestampSchema, type OpenRecord, openRecordSchema, openValue } from "./common";

/** A Keycloak resource an agent may use (personal/authorisation data; `redact()` removes the list). */
export interface KeycloakResource {
  /** Resource id. */
  rsid: string;
  /** Resource name, e.g. `mrd`, `customer`, `supervisor`. */
  rsname: string;
  /** Granted scopes, e.g. `view`, `manage`. */
  scopes: string[];
}
/** Schema of {@link KeycloakResource}. */
export const keycloakResourceSchema: z.ZodType<KeycloakResource> = z.object({
  rsid: z.string(),
  rsname: z.string(),
  scopes: z.array(z.string()),
});

/** An agent's team. */
export interface UserTeam {
  /** Team id. */
  teamId: string;
  /** Team name. */
  teamName: string;
}

/** The Keycloak identity of a contact-center user (OM `KeycloakUser`). */
export interface KeycloakUser {
  /** User id (UUID). */
  id: string;
  /** First name (personal data; `""` in seed 003). */
  firstName: string;
  /** Last name (personal data). */
  lastName: string;
  /** Login name (personal data). */
  username: string;
  /** Realm roles, e.g. `agent`, `supervisor`. */
  roles: string[];
  /** Keycloak realm. */
  realm: string;
  /** User attributes, e.g. `agentExtension: ["1106"]`. */
  attributes: OpenRecord;
  /** The user's team; may be `null` for users without a team. */
  userTeam: UserTeam | null;
  /** Teams the user supervises: an array in seed 003, an Object since OM 1.21.7 (README). */
  supervisedTeams: unknown;
  /** Authorisation resources (`{ Resources: [...] }`). */
  permittedResources: { Resources: KeycloakResource[] } | null;
}
/** Schema of {@link KeycloakUser}. */
export const keycloakUserSchema: z.ZodType<KeycloakUser> = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  realm: z.string(),
  attributes: openRecordSchema,
  userTeam: z.object({ teamId: z.string(), teamName: z.string() }).nullable(),
  supervisedTeams: openValue,
  permittedResources: z.object({ Resources: z.array(keycloakResourceSchema) }).nullable(),
});

/** An MRD an agent is associated with. */
export interface AssociatedMrd {
  /** MRD id. */
  mrdId: string;
  /** Maximum concurrent tasks on that MRD. */
  maxAgentTasks: number;
}

/** A contact-center user (agent/supervisor) as a participant (OM `CCUser`). */
export interface CCUser {
  /** Participant discriminator. */
  participantType: "CCUser";
  /** User id (same as `keycloakUser.id`). */
  id: string;
  /** The Keycloak identity. */
  keycloakUser: KeycloakUser;
  /** Routing attributes of the agent. */
  associatedRoutingAttributes: unknown[];
  /** MRDs of the agent; absent in AGENT_SUBSCRIBED/UNSUBSCRIBED (seed 003). */
  associatedMrds?: AssociatedMrd[];
}
/** Schema of {@link CCUser}. */
export const ccUserSchema: z.ZodType<CCUser> = z.object({
  participantType: z.literal("CCUser"),
  id: z.string(),
  keycloakUser: keycloakUserSchema,
  associatedRoutingAttributes: z.array(openValue),
  associatedMrds: z.array(z.object({ mrdId: z.string(), maxAgentTasks: z.number() })).exactOptional(),
});

/** A bot as a participant (OM `BotParticipant`), also the `data` of BOT_SUBSCRIBED. */
export interface BotParticipant {
  /** Participant discriminator. */
  participantType: "Bot";
  /** Bot id. */
  id: string;
  /** `RASA`, `DIALOGFLOW`, `CUSTOM`, `NOT_SET`. */
  type: BotType;
  /** Bot name (`Rasa`, `rasa`). */
  name: string;
  /** Bot endpoint (internal address). */
  uri: string;
}
/** Schema of {@link BotParticipant}. */
export const botParticipantSchema: z.ZodType<BotParticipant> = z.object({
  participantType: z.literal("Bot"),
  id: z.string(),
  type: botTypeSchema,
  name: z.string(),
  uri: z.string(),
});

/** The conversation monitor as a participant; `TopicMonitor` is the legacy name (EF-DOCS onCimEvent). */
export interface ConversationMonitorParticipant {
  /** Participant discriminator. */
  participantType: "ConversationMonitor" | "TopicMonitor";
  /** Monitor id. */
  id?: string;
  /** Further fields (undocumented). */
  [key: string]: unknown;
}
/** Schema of {@link ConversationMonitorParticipant}. */
export const conversationMonitorParticipantSchema: z.ZodType<ConversationMonitorParticipant> = z
  .object({
    participantType: z.enum(["ConversationMonitor", "TopicMonitor"]),
    id: z.string().exactOptional(),
  })
  .catchall(openValue);

/** The participant behind a {@link ConversationParticipant}, polymorphic on `participantType` (OM `Participant`). */
export type Participant = ChannelSession | CCUser | BotParticipant | ConversationMonitorParticipant;
/** Schema of {@link Participant}. */
export const participantSchema: z.ZodType<Participant> = z.discriminatedUnion("participantType", [
  channelSessionSchema as z.ZodType<ChannelSession> & z.core.$ZodTypeDiscriminable,
  ccUserSchema as z.ZodType<CCUser> & z.core.$ZodTypeDiscriminable,
  botParticipantSchema as z.ZodType<BotParticipant> & z.core.$ZodTypeDiscriminable,
  conversationMonitorParticipantSchema as z.ZodType<ConversationMonitorParticipant> & z.core.$ZodTypeDiscriminable,
]);

/**
 * A participant of a conversation (OM `ConversationParticipant`). Two shapes share this type: the one inside a
 * Conversation has `joiningTime`, `isActive` and `stateChangedOn`; the `agentParticipant` of
 * AGENT_SUBSCRIBED/UNSUBSCRIBED lacks them (seed 003 S14), so they are optional.
 */
export interface ConversationParticipant {
  /** Participant id. */
  id: string;
  /** `AGENT`, `BOT`, `CUSTOMER`, `MONITOR`, `APP`. */
  type: ParticipantType;
  /** `PRIMARY`, `ASSISTANT`, `CUSTOMER`, `WRAP_UP`, `SILENT_MONITOR`, `WHISPER`. */
  role: ParticipantRole;
  /** The participant itself, polymorphic on `participantType`. */
  participant: Participant;
  /** Auth token; `null` in every seed example. */
  token: string | null;
  /** Conversation id; `null` for bot participants (seed 003 S16). */
  conversationId: string | null;
  /** Credentials; `{}` for bots and customers, `null` for agents. */
  userCredentials: OpenRecord | null;
  /** `SUBSCRIBED`/`UNSUBSCRIBED`; `null` for bots. */
  state: ParticipantState | null;
  /** When the participant joined (epoch ms); absent on subscription events. */
  joiningTime?: CimTimestamp;
  /** Whether the participant is active; absent on subscription events. */
  isActive?: boolean;
  /** When `state` last changed; `null` in seed 003, absent on subscription events. */
  stateChangedOn?: CimTimestamp | null;
}
/** Schema of {@link ConversationParticipant}. */
export const conversationParticipantSchema: z.ZodType<ConversationParticipant> = z.object({
  id: z.string(),
  type: participantTypeSchema,
  role: participantRoleSchema,
  participant: participantSchema,
  token: z.string().nullable(),
  conversationId: z.string().nullable(),
  userCredentials: openRecordSchema.nullable(),
  state: participantStateSchema.nullable(),
  joiningTime: optional(cimTimestampSchema),
  isActive: z.boolean().exactOptional(),
  stateChangedOn: optional(cimTimestampSchema.nullable()),
});
