/**
 * The Expertflow CIM event map, its union and its schema record, composed from the groups in `./events/`.
 */
import type { EventSchemas } from "@contactkit/core";
import { type ChannelSessionEventMap, channelSessionEventSchemas } from "./events/channel-sessions";
import { type ConversationEventMap, conversationEventSchemas } from "./events/conversation";
import { type MessageEventMap, messageEventSchemas } from "./events/messages";
import { type ParticipantEventMap, participantEventSchemas } from "./events/participants";
import { type RoutingEventMap, routingEventSchemas } from "./events/routing";
import { type UntypedEventMap, untypedEventSchemas } from "./events/untyped";

/**
 * Every event this package knows, keyed by `name`: the 69 `CimEventName` values and the Studio intents that arrive
 * without a `cimEvent`. Per-event lookups (`ExpertflowCimEventMap["TASK_ENQUEUED"]`) go through this interface.
 */
export interface ExpertflowCimEventMap
  extends MessageEventMap,
    ChannelSessionEventMap,
    RoutingEventMap,
    ParticipantEventMap,
    ConversationEventMap,
    UntypedEventMap {}

/** Any known event of this package: a union over {@link ExpertflowCimEventMap}, discriminated on `name`. */
export type ExpertflowCimEvent = ExpertflowCimEventMap[keyof ExpertflowCimEventMap];

/** The schema of every event in {@link ExpertflowCimEventMap}, each checked against its interface. */
export const expertflowCimSchemas: EventSchemas<ExpertflowCimEventMap> = {
  ...messageEventSchemas,
  ...channelSessionEventSchemas,
  ...routingEventSchemas,
  ...participantEventSchemas,
  ...conversationEventSchemas,
  ...untypedEventSchemas,
};
