import { optional } from "@contactkit/core";
import * as z from "zod";
import { AgentSelectionPolicy, ChannelMode, ChannelTypeName, RoutingMode } from "../../vocabulary";
import { openValue, type TenantRef, tenantRefSchema, type UndefinedObject, undefinedObjectSchema } from "./common";
import { type CustomerSla, customerSlaSchema } from "./timers";

// Required and nullable as the vendor's JSON Schemas say (expertflow/object-model@7e7b298d54:schemas/v1/*.json,
// file named on each type): a field is required only where the schema requires it, and may be `null` wherever it
// does not. The version that added a field comes from the README changelog of expertflow/object-model.

/**
 * A channel type (object-model `ChannelType`): WEB, CX_VOICE, … and admin-defined types. Only `name` is required:
 * expertflow/object-model@7e7b298d54:schemas/v1/channel-type.json.
 */
export interface ChannelType {
  /** Channel type id; may be absent or `null`. */
  id?: string | null;
  /** Type name: a plain `String` in the model, so custom names such as `"web"` occur. Required. */
  name: ChannelTypeName;
  /** Logo file name, e.g. `_WEB.svg`; may be absent or `null`. */
  channelLogo?: string | null;
  /** Whether the channel is two-way; may be absent or `null`. */
  isInteractive?: boolean | null;
  /**
   * Id of the Media Routing Domain (MRD) this type routes on; may be absent or `null` (`null` for the stock
   * FACEBOOK, VIBER, SMS and GENERIC types in the Agent Desk `onChannelTypes` documentation).
   */
  mediaRoutingDomain?: string | null;
  /** Soft-delete flag as `channel-type.json` names it; may be absent or `null`. */
  isDeleted?: boolean | null;
  /** Soft-delete flag as docs.expertflow.com payloads name it (not in the model). */
  deleted?: boolean;
}
/** Schema of {@link ChannelType}. */
export const channelTypeSchema: z.ZodType<ChannelType> = z.object({
  id: optional(z.string().nullable()),
  name: ChannelTypeName.schema,
  channelLogo: optional(z.string().nullable()),
  isInteractive: optional(z.boolean().nullable()),
  mediaRoutingDomain: optional(z.string().nullable()),
  isDeleted: optional(z.boolean().nullable()),
  deleted: optional(z.boolean()),
});

/**
 * How a channel routes conversations to agents (object-model `RoutingPolicy`). No field is required:
 * expertflow/object-model@7e7b298d54:schemas/v1/routing-policy.json.
 */
export interface RoutingPolicy {
  /** Agent selection, e.g. `LONGEST_AVAILABLE`; may be absent or `null`. */
  agentSelectionPolicy?: AgentSelectionPolicy | null;
  /** Prefer the agent who last served the customer; may be absent or `null`. */
  routeToLastAgent?: boolean | null;
  /** `PUSH`, `PULL` or `EXTERNAL`; may be absent or `null`. */
  routingMode?: RoutingMode | null;
  /** Id of the queue (or other routing object) requests go to; may be absent or `null` (a Java `String`). */
  routingObjectId?: string | null;
  /** Agent request time-to-live (seconds on the wire; older docs show 60000-style values); may be absent or `null`. */
  agentRequestTtl?: number | null;
}
/** Schema of {@link RoutingPolicy}. */
export const routingPolicySchema: z.ZodType<RoutingPolicy> = z.object({
  agentSelectionPolicy: optional(AgentSelectionPolicy.schema.nullable()),
  routeToLastAgent: optional(z.boolean().nullable()),
  routingMode: optional(RoutingMode.schema.nullable()),
  routingObjectId: optional(z.string().nullable()),
  agentRequestTtl: optional(z.number().nullable()),
});

/**
 * Channel configuration (object-model `ChannelConfig`). Required: `channelMode`, `responseSla`,
 * `customerActivityTimeout`, `customerIdentificationCriteria`, `routingPolicy`, `botId`
 * (expertflow/object-model@7e7b298d54:schemas/v1/channel-config.json; each also `@NotNull` in `ChannelConfig.java`).
 */
export interface ChannelConfig {
  /** Config id; may be absent or `null`. */
  id?: string | null;
  /** `BOT`, `AGENT` or `HYBRID`. Required. */
  channelMode: ChannelMode;
  /** Conversation bot id; `""` when none; may be absent or `null` (its `@NotNull` is commented out in the model). */
  conversationBot?: string | null;
  /** Response SLA (seconds on the wire; older docs show milliseconds). Required. */
  responseSla: number;
  /** Customer inactivity timeout (seconds on the wire). Required. */
  customerActivityTimeout: number;
  /** Customer SLA timer settings; absent before object-model 1.19.0, which added it (README changelog). */
  customerSla?: CustomerSla | null;
  /** How customers are identified (`{ value: null }` on the wire). Required. */
  customerIdentificationCriteria: UndefinedObject;
  /** Routing policy. Required. */
  routingPolicy: RoutingPolicy;
  /** Bot id (`""` when none). Required and never `null`: `channel-config.json` requires a string, `@NotNull`. */
  botId: string;
}
/** Schema of {@link ChannelConfig}. */
export const channelConfigSchema: z.ZodType<ChannelConfig> = z.object({
  id: optional(z.string().nullable()),
  channelMode: ChannelMode.schema,
  conversationBot: optional(z.string().nullable()),
  responseSla: z.number(),
  customerActivityTimeout: z.number(),
  customerSla: optional(customerSlaSchema.nullable()).meta({ since: "object-model 1.19.0" }),
  customerIdentificationCriteria: undefinedObjectSchema,
  routingPolicy: routingPolicySchema,
  botId: z.string(),
});

/**
 * The provider a channel connector talks to (object-model `ChannelProviderInterface`). No field is required:
 * expertflow/object-model@7e7b298d54:schemas/v1/channel-provider-interface.json.
 */
export interface ChannelProviderInterface {
  /** Provider id; may be absent or `null`. */
  id?: string | null;
  /** Provider name, e.g. `web`, `voice`; may be absent or `null`. */
  name?: string | null;
  /** Channel types the provider supports; may be absent or `null`. */
  supportedChannelTypes?: ChannelType[] | null;
  /**
   * URL CCM posts CimMessages to (an internal address). Optional since object-model 1.15.4 ("marked
   * `providerWebhook` optional", README changelog); may be `null`.
   */
  providerWebhook?: string | null;
  /** Provider configuration schema (`AttributeSchema` items, empty on the wire); may be absent or `null`. */
  channelProviderConfigSchema?: unknown[] | null;
}
/** Schema of {@link ChannelProviderInterface}. */
export const channelProviderInterfaceSchema: z.ZodType<ChannelProviderInterface> = z.object({
  id: optional(z.string().nullable()),
  name: optional(z.string().nullable()),
  supportedChannelTypes: optional(z.array(channelTypeSchema).nullable()),
  providerWebhook: optional(z.string().nullable()).meta({ since: "object-model 1.15.4" }),
  channelProviderConfigSchema: optional(z.array(openValue).nullable()),
});

/**
 * A channel connector (object-model `ChannelConnector`). Only `name` is required:
 * expertflow/object-model@7e7b298d54:schemas/v1/channel-connector.json.
 */
export interface ChannelConnector {
  /** Connector id; may be absent or `null`. */
  id?: string | null;
  /** Connector name. Required. */
  name: string;
  /** The provider interface; may be absent or `null`. */
  channelProviderInterface?: ChannelProviderInterface | null;
  /** Provider configuration values (`Attribute` items, empty on the wire); may be absent or `null`. */
  channelProviderConfigs?: unknown[] | null;
  /** Owning tenant; may be absent or `null`. */
  tenant?: TenantRef | null;
}
/** Schema of {@link ChannelConnector}. */
export const channelConnectorSchema: z.ZodType<ChannelConnector> = z.object({
  id: optional(z.string().nullable()),
  name: z.string(),
  channelProviderInterface: optional(channelProviderInterfaceSchema.nullable()),
  channelProviderConfigs: optional(z.array(openValue).nullable()),
  tenant: optional(tenantRefSchema.nullable()),
});

/**
 * A configured channel (object-model `Channel`). Required: `name`, `serviceIdentifier`, `defaultOutbound`
 * (expertflow/object-model@7e7b298d54:schemas/v1/channel.json).
 */
export interface Channel {
  /** Channel id; may be absent or `null`. */
  id?: string | null;
  /**
   * Business calendar id; `""` when none. Absent before object-model 1.21.9, which added it (README changelog);
   * `@Nullable` in expertflow/object-model@14f9a9f5cf:src/main/java/com/ef/cim/objectmodel/Channel.java.
   */
  calendarId?: string | null;
  /** Channel name, e.g. `web`, `8334`. Required. */
  name: string;
  /** Service identifier (the number or widget id customers reach). Required. */
  serviceIdentifier: string;
  /** Whether this channel is the default for outbound. Required. */
  defaultOutbound: boolean;
  /** Owning tenant; may be absent or `null`. */
  tenant?: TenantRef | null;
  /** Configuration; may be absent or `null`. */
  channelConfig?: ChannelConfig | null;
  /** Connector; may be absent or `null`. */
  channelConnector?: ChannelConnector | null;
  /** Channel type; may be absent or `null`. */
  channelType?: ChannelType | null;
}
/** Schema of {@link Channel}. */
export const channelSchema: z.ZodType<Channel> = z.object({
  id: optional(z.string().nullable()),
  calendarId: optional(z.string().nullable()).meta({ since: "object-model 1.21.9" }),
  name: z.string(),
  serviceIdentifier: z.string(),
  defaultOutbound: z.boolean(),
  tenant: optional(tenantRefSchema.nullable()),
  channelConfig: optional(channelConfigSchema.nullable()),
  channelConnector: optional(channelConnectorSchema.nullable()),
  channelType: optional(channelTypeSchema.nullable()),
});
