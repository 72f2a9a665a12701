import { optional } from "@contactkit/core";
import * as z from "zod";
import { type StudioEnvelope, studioEnvelopeSchema } from "../envelope";
import type { UntypedDataEventName } from "../names";
import { CimEventType } from "../vocabulary";
import { type ChannelSession, channelSessionSchema } from "./objects/channel-session";
import {
  type CimTimestamp,
  cimTimestampSchema,
  openValue,
  type RoomInfo,
  roomInfoSchema,
  type Sender,
  senderSchema,
} from "./objects/common";

/**
 * A CIM event (object-model `CimEvent`) as a Studio node receives it in `payload.entities.cimEvent`, plus the
 * envelope it came in. Discriminated on `name`, never on `type`. `CimEvent` is a Java class without a JSON Schema
 * (expertflow/object-model@d77a5aa594:src/main/java/com/ef/cim/objectmodel/CimEvent.java): Jackson writes every
 * field, so the fields it has had since object-model 1.12.6 are required, and each may be `null` (reference types),
 * `name` excepted: an event without a name has no type.
 */
export interface CimEvent<N extends string = string, D = unknown> {
  /** Event id: a 24-hex ObjectId, or a UUID for Agent Manager events; may be `null`. */
  id: string | null;
  /** Event name (`CimEventName`): the discriminator. */
  name: N;
  /** `NOTIFICATION`, `MESSAGE`, `SUGGESTION`, `ACTIVITY`, `CALL`: a hint only, docs and wire disagree. May be `null`. */
  type: CimEventType | null;
  /** Epoch milliseconds (live events) or ISO-8601 with offset (persisted `topicEvents`); may be `null`. */
  timestamp: CimTimestamp | null;
  /** Conversation the event belongs to; may be `null`. */
  conversationId: string | null;
  /** Who emitted the event (added to the model in 1.12.6); may be `null`. */
  eventEmitter: Sender | null;
  /**
   * The customer's channel session; absent on AGENT_SUBSCRIBED/UNSUBSCRIBED on the Init node page
   * (https://docs.expertflow.com/cx-knowledgebase/latest/init), may be `null`.
   */
  channelSession?: ChannelSession | null;
  /** Event payload; its shape depends on `name`. May be `null` (a Java `Object`). */
  data: D | null;
  /** The room; added in object-model 1.17.3 (README changelog), may be `null`. */
  roomInfo?: RoomInfo | null;
  /** The Studio envelope (Node-RED `msg` or controller body); absent when a bare `cimEvent` was parsed. */
  envelope?: StudioEnvelope;
}

const cimEventShape = {
  id: z.string().nullable(),
  type: CimEventType.schema.nullable(),
  timestamp: cimTimestampSchema.nullable(),
  conversationId: z.string().nullable(),
  eventEmitter: senderSchema.nullable(),
  channelSession: optional(channelSessionSchema.nullable()),
  roomInfo: optional(roomInfoSchema.nullable()).meta({ since: "object-model 1.17.3" }),
  envelope: optional(studioEnvelopeSchema),
};

// Checks the shared shape against the interface once, non-generically.
const _cimEventSchemaCheck: z.ZodType<CimEvent> = z.object({ ...cimEventShape, name: z.string(), data: openValue });
void _cimEventSchemaCheck;

/** Builds the schema of one CIM event from its name and the schema of its `data`. */
export function cimEventSchema<const N extends string, D>(name: N, data: z.ZodType<D>): z.ZodType<CimEvent<N, D>> {
  return z.object({ ...cimEventShape, name: z.literal(name), data: data.nullable() }) as unknown as z.ZodType<
    CimEvent<N, D>
  >;
}

/** A known CIM event whose `data` is not documented: named and routable, `data` kept as `unknown`. */
export interface UntypedCimEvent<N extends UntypedDataEventName = UntypedDataEventName> extends CimEvent<N, unknown> {}
