import { optional } from "@contactkit/core";
import * as z from "zod";
import { BotType, ParticipantRole, ParticipantState, ParticipantType } from "../../vocabulary";
import { type ChannelSession, channelSessionSchema } from "./channel-session";
import { type CimTimestamp, cimTimestampSchema, type OpenRecord, openRecordSchema, openValue } from "./common";

// Java classes without a JSON Schema (expertflow/object-model@d77a5aa594:src/main/java/com/ef/cim/objectmodel/):
// Jackson writes every field, so a field the class has had since object-model 1.12.6 is required, and a field of a
// reference type (String, Integer, enum, object, list) may be `null` unless the class constrains it (@NotNull).
// Fields added later, and fields the vendor's documented payloads leave out, are optional.

/** A Keycloak resource an agent may use (object-model `Resource`; `redact()` removes the list). */
export interface KeycloakResource {
  /** Resource id; may be `null`. */
  rsid: string | null;
  /** Resource name, e.g. `mrd`, `customer`, `supervisor`; may be `null`. */
  rsname: string | null;
  /** Granted scopes, e.g. `view`, `manage`; may be `null`. */
  scopes: string[] | null;
}
/** Schema of {@link KeycloakResource}. */
export const keycloakResourceSchema: z.ZodType<KeycloakResource> = z.object({
  rsid: z.string().nullable(),
  rsname: z.string().nullable(),
  scopes: z.array(z.string()).nullable(),
});

/** An agent's team (object-model `Team`, since 1.14.7). */
export interface UserTeam {
  /** Team id; may be `null`. */
  teamId: string | null;
  /** Team name; may be `null`. */
  teamName: string | null;
}
/** Schema of {@link UserTeam}. */
export const userTeamSchema: z.ZodType<UserTeam> = z.object({
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
});

/** The authorisation resources of a user (object-model `Resources`: `{ Resources: [...] }`). */
export interface KeycloakResources {
  /** The resources; may be `null`. */
  Resources: KeycloakResource[] | null;
}
/** Schema of {@link KeycloakResources}. */
export const keycloakResourcesSchema: z.ZodType<KeycloakResources> = z.object({
  Resources: z.array(keycloakResourceSchema).nullable(),
});

/** The Keycloak identity of a contact-center user (object-model `KeycloakUser.java`). */
export interface KeycloakUser {
  /** User id (UUID); may be `null`. */
  id: string | null;
  /** First name (personal data; `""` on the wire). Never `null` (`@NotNull` in the model). */
  firstName: string;
  /** Last name (personal data). Never `null` (`@NotNull`). */
  lastName: string;
  /** Login name (personal data); may be `null`. */
  username: string | null;
  /** Realm roles, e.g. `agent`, `supervisor`; may be `null`. */
  roles: string[] | null;
  /** Keycloak realm; may be `null`. */
  realm: string | null;
  /** User attributes, e.g. `agentExtension: ["1106"]`; added in object-model 1.14.6; may be `null`. */
  attributes?: OpenRecord | null;
  /** The user's team; added in object-model 1.14.7; `null` for users without a team. */
  userTeam?: UserTeam | null;
  /** Teams the user supervises: a list of teams, an `Object` since object-model 1.21.7; added in 1.14.8. */
  supervisedTeams?: unknown;
  /** Authorisation resources (`{ Resources: [...] }`); may be `null`. */
  permittedResources: KeycloakResources | null;
}
/** Schema of {@link KeycloakUser}. */
export const keycloakUserSchema: z.ZodType<KeycloakUser> = z.object({
  id: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  username: z.string().nullable(),
  roles: z.array(z.string()).nullable(),
  realm: z.string().nullable(),
  attributes: optional(openRecordSchema.nullable()).meta({ since: "object-model 1.14.6" }),
  userTeam: optional(userTeamSchema.nullable()).meta({ since: "object-model 1.14.7" }),
  supervisedTeams: optional(openValue).meta({ since: "object-model 1.14.8" }),
  permittedResources: keycloakResourcesSchema.nullable(),
});

/** An MRD an agent is associated with (object-model `AssociatedMrd`). */
export interface AssociatedMrd {
  /** MRD id. Never `null` (`@NotNull`). */
  mrdId: string;
  /** Maximum concurrent tasks on that MRD (a Java `int`). */
  maxAgentTasks: number;
}
/** Schema of {@link AssociatedMrd}. */
export const associatedMrdSchema: z.ZodType<AssociatedMrd> = z.object({
  mrdId: z.string(),
  maxAgentTasks: z.number(),
});

/** A contact-center user (agent/supervisor) as a participant (object-model `CCUser.java`). */
export interface CCUser {
  /** Participant discriminator (Jackson type id of `Participant`). */
  participantType: "CCUser";
  /** User id (same as `keycloakUser.id`); may be `null`. */
  id: string | null;
  /** The Keycloak identity. Never `null` (`@NotNull`). */
  keycloakUser: KeycloakUser;
  /** Routing attributes of the agent; may be `null`. */
  associatedRoutingAttributes: unknown[] | null;
  /**
   * MRDs of the agent; absent in AGENT_SUBSCRIBED/UNSUBSCRIBED on the Init node page
   * (https://docs.expertflow.com/cx-knowledgebase/latest/init); may be `null`.
   */
  associatedMrds?: AssociatedMrd[] | null;
}
/** Schema of {@link CCUser}. */
export const ccUserSchema: z.ZodType<CCUser> = z.object({
  participantType: z.literal("CCUser"),
  id: z.string().nullable(),
  keycloakUser: keycloakUserSchema,
  associatedRoutingAttributes: z.array(openValue).nullable(),
  associatedMrds: optional(z.array(associatedMrdSchema).nullable()),
});

/** A bot as a participant (object-model `BotParticipant.java`), also the `data` of BOT_SUBSCRIBED. */
export interface BotParticipant {
  /** Participant discriminator (Jackson type id). */
  participantType: "Bot";
  /** Bot id; may be `null`. */
  id: string | null;
  /** `RASA`, `DIALOGFLOW`, `CUSTOM`, `NOT_SET`; may be `null`. */
  type: BotType | null;
  /** Bot name (`Rasa`, `rasa`); may be `null`. */
  name: string | null;
  /** Bot endpoint (internal address); may be `null`. */
  uri: string | null;
}
/** Schema of {@link BotParticipant}. */
export const botParticipantSchema: z.ZodType<BotParticipant> = z.object({
  participantType: z.literal("Bot"),
  id: z.string().nullable(),
  type: BotType.schema.nullable(),
  name: z.string().nullable(),
  uri: z.string().nullable(),
});

/**
 * The conversation monitor as a participant (object-model `ConversationMonitor.java`); `TopicMonitor` is the legacy
 * name in the Agent Desk socket examples of expertflow/expertflow-cx-documentation.
 */
export interface ConversationMonitorParticipant {
  /** Participant discriminator. */
  participantType: "ConversationMonitor" | "TopicMonitor";
  /** Monitor id; may be `null`. */
  id: string | null;
  /** Display name, e.g. `Topic Monitor: <id>`; may be `null`. */
  displayName: string | null;
  /** Further fields. */
  [key: string]: unknown;
}
/** Schema of {@link ConversationMonitorParticipant}. */
export const conversationMonitorParticipantSchema: z.ZodType<ConversationMonitorParticipant> = z
  .object({
    participantType: z.enum(["ConversationMonitor", "TopicMonitor"]),
    id: z.string().nullable(),
    displayName: z.string().nullable(),
  })
  .catchall(openValue);

/**
 * The participant behind a {@link ConversationParticipant}, polymorphic on `participantType` (object-model
 * `Participant`, `@JsonTypeInfo(property = "participantType")`).
 */
export type Participant = ChannelSession | CCUser | BotParticipant | ConversationMonitorParticipant;
/** Schema of {@link Participant}. */
export const participantSchema: z.ZodType<Participant> = z.discriminatedUnion("participantType", [
  channelSessionSchema as z.ZodType<ChannelSession> & z.core.$ZodTypeDiscriminable,
  ccUserSchema as z.ZodType<CCUser> & z.core.$ZodTypeDiscriminable,
  botParticipantSchema as z.ZodType<BotParticipant> & z.core.$ZodTypeDiscriminable,
  conversationMonitorParticipantSchema as z.ZodType<ConversationMonitorParticipant> & z.core.$ZodTypeDiscriminable,
]);

/**
 * A participant of a conversation (object-model `ConversationParticipant.java`). The `agentParticipant` of
 * AGENT_SUBSCRIBED/UNSUBSCRIBED leaves out `joiningTime`, `isActive` and `stateChangedOn` on the Init node page
 * (https://docs.expertflow.com/cx-knowledgebase/latest/init), so those three are optional.
 */
export interface ConversationParticipant {
  /** Participant id; may be `null`. */
  id: string | null;
  /** `AGENT`, `BOT`, `CUSTOMER`, `MONITOR`, `APP`; may be `null`. */
  type: ParticipantType | null;
  /** `PRIMARY`, `ASSISTANT`, `CUSTOMER`, `WRAP_UP`, `SILENT_MONITOR`, `WHISPER`; may be `null`. */
  role: ParticipantRole | null;
  /** The participant itself, polymorphic on `participantType`; may be `null`. */
  participant: Participant | null;
  /** Auth token; `null` in every documented payload. */
  token: string | null;
  /** Conversation id; `null` for bot participants. */
  conversationId: string | null;
  /** Credentials; `{}` for bots and customers, `null` for agents. */
  userCredentials: OpenRecord | null;
  /** `SUBSCRIBED`/`UNSUBSCRIBED`; `null` for bots. */
  state: ParticipantState | null;
  /** When the participant joined (epoch ms); absent on subscription events, may be `null`. */
  joiningTime?: CimTimestamp | null;
  /** Whether the participant is active (a Java `boolean`); absent on subscription events. */
  isActive?: boolean;
  /** When `state` last changed; absent on subscription events, may be `null`. */
  stateChangedOn?: CimTimestamp | null;
}
/** Schema of {@link ConversationParticipant}. */
export const conversationParticipantSchema: z.ZodType<ConversationParticipant> = z.object({
  id: z.string().nullable(),
  type: ParticipantType.schema.nullable(),
  role: ParticipantRole.schema.nullable(),
  participant: participantSchema.nullable(),
  token: z.string().nullable(),
  conversationId: z.string().nullable(),
  userCredentials: openRecordSchema.nullable(),
  state: ParticipantState.schema.nullable(),
  joiningTime: optional(cimTimestampSchema.nullable()),
  isActive: optional(z.boolean()),
  stateChangedOn: optional(cimTimestampSchema.nullable()),
});
