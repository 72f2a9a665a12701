import * as z from "zod";
import {
  type AgentSelectionPolicy,
  agentSelectionPolicySchema,
  type ChannelMode,
  type ChannelTypeName,
  channelModeSchema,
  channelTypeNameSchema,
  type RoutingMode,
  routingModeSchema,
} from "../vocabulary";
import { openValue, type SlaTimer, slaTimerSchema, type TenantRef, tenantRefSchema } from "./common";

/** A channel type (OM `ChannelType`): WEB, CX_VOICE, … and admin-defined types. */
export interface ChannelType {
  /** Channel type id. */
  id: string;
  /** Type name: a plain String in OM, so custom names such as `"web"` occur (notes C18). */
  name: ChannelTypeName;
  /** Logo file name, e.g. `_WEB.svg`. */
  channelLogo: string;
  /** Whether the channel is two-way. */
  isInteractive: boolean;
  /** Id of the Media Routing Domain (MRD) this type routes on. */
  mediaRoutingDomain: string;
  /** Soft-delete flag as sent by 2026 payloads (EF-KB-INT); OM-SCHEMA calls it `isDeleted` (notes C27). */
  deleted?: boolean;
  /** Soft-delete flag as OM-SCHEMA names it (notes C27). */
  isDeleted?: boolean;
}
/** Schema of {@link ChannelType}. */
export const channelTypeSchema: z.ZodType<ChannelType> = z.object({
  id: z.string(),
  name: channelTypeNameSchema,
  channelLogo: z.string(),
  isInteractive: z.boolean(),
  mediaRoutingDomain: z.string(),
  deleted: z.boolean().exactOptional(),
  isDeleted: z.boolean().exactOptional(),
});

/** How a channel routes conversations to agents. */
export interface RoutingPolicy {
  /** Agent selection, e.g. `LONGEST_AVAILABLE`. */
  agentSelectionPolicy: AgentSelectionPolicy;
  /** Prefer the agent who last served the customer. */
  routeToLastAgent: boolean;
  /** `PUSH`, `PULL` or `EXTERNAL`. */
  routingMode: RoutingMode;
  /** Id of the queue (or other routing object) requests go to. */
  routingObjectId: string;
  /** Agent request time-to-live (seconds in seed 003; older docs show 60000-style values). */
  agentRequestTtl: number;
}
/** Schema of {@link RoutingPolicy}. */
export const routingPolicySchema: z.ZodType<RoutingPolicy> = z.object({
  agentSelectionPolicy: agentSelectionPolicySchema,
  routeToLastAgent: z.boolean(),
  routingMode: routingModeSchema,
  routingObjectId: z.string(),
  agentRequestTtl: z.number(),
});

/** Channel configuration (OM `ChannelConfig`). */
export interface ChannelConfig {
  /** Config id. */
  id: string;
  /** `BOT`, `AGENT` or `HYBRID`. */
  channelMode: ChannelMode;
  /** Conversation bot id; `""` when none. */
  conversationBot: string;
  /** Response SLA (seconds in seed 003). */
  responseSla: number;
  /** Customer inactivity timeout (seconds in seed 003). */
  customerActivityTimeout: number;
  /** Customer SLA timer settings (all `null` in seed 003). */
  customerSla: SlaTimer;
  /** How customers are identified; `{ value: null }` in seed 003. */
  customerIdentificationCriteria: { value: unknown };
  /** Routing policy. */
  routingPolicy: RoutingPolicy;
  /** Bot id. */
  botId: string;
}
/** Schema of {@link ChannelConfig}. */
export const channelConfigSchema: z.ZodType<ChannelConfig> = z.object({
  id: z.string(),
  channelMode: channelModeSchema,
  conversationBot: z.string(),
  responseSla: z.number(),
  customerActivityTimeout: z.number(),
  customerSla: slaTimerSchema,
  customerIdentificationCriteria: z.object({ value: openValue }),
  routingPolicy: routingPolicySchema,
  botId: z.string(),
});

/** The provider a channel connector talks to. */
export interface ChannelProviderInterface {
  /** Provider id. */
  id: string;
  /** Provider name, e.g. `web`, `voice`. */
  name: string;
  /** Channel types the provider supports. */
  supportedChannelTypes: ChannelType[];
  /** URL CCM posts CimMessages to (internal address). */
  providerWebhook: string;
  /** Provider configuration schema (empty in seed 003). */
  channelProviderConfigSchema: unknown[];
}
/** Schema of {@link ChannelProviderInterface}. */
export const channelProviderInterfaceSchema: z.ZodType<ChannelProviderInterface> = z.object({
  id: z.string(),
  name: z.string(),
  supportedChannelTypes: z.array(channelTypeSchema),
  providerWebhook: z.string(),
  channelProviderConfigSchema: z.array(openValue),
});

/** A channel connector (OM `ChannelConnector`). */
export interface ChannelConnector {
  /** Connector id. */
  id: string;
  /** Connector name. */
  name: string;
  /** The provider interface. */
  channelProviderInterface: ChannelProviderInterface;
  /** Provider configuration values (empty in seed 003). */
  channelProviderConfigs: unknown[];
  /** Owning tenant. */
  tenant: TenantRef;
}
/** Schema of {@link ChannelConnector}. */
export const channelConnectorSchema: z.ZodType<ChannelConnector> = z.object({
  id: z.string(),
  name: z.string(),
  channelProviderInterface: channelProviderInterfaceSchema,
  channelProviderConfigs: z.array(openValue),
  tenant: tenantRefSchema,
});

/** A configured channel (OM `Channel`). */
export interface Channel {
  /** Channel id. */
  id: string;
  /** Business calendar id; `""` when none. */
  calendarId: string;
  /** Channel name, e.g. `web`, `8334`. */
  name: string;
  /** Service identifier (the number or widget id customers reach). */
  serviceIdentifier: string;
  /** Whether this channel is the default for outbound. */
  defaultOutbound: boolean;
  /** Owning tenant. */
  tenant: TenantRef;
  /** Configuration. */
  channelConfig: ChannelConfig;
  /** Connector. */
  channelConnector: ChannelConnector;
  /** Channel type. */
  channelType: ChannelType;
}
/** Schema of {@link Channel}. */
export const channelSchema: z.ZodType<Channel> = z.object({
  id: z.string(),
  calendarId: z.string(),
  name: z.string(),
  serviceIdentifier: z.string(),
  defaultOutbound: z.boolean(),
  tenant: tenantRefSchema,
  channelConfig: channelConfigSchema,
  channelConnector: channelConnectorSchema,
  channelType: channelTypeSchema,
});
