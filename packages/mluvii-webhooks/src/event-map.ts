/**
 * The mluvii webhook event map, its union and its schema record, composed from the groups in `./events/`. The 49
 * live event types are those of `WebhookEventType` (`mluvii/mluvii.ApiModels@9529d71:Webhooks/WebhookEventType.cs`);
 * `StatRealTime` (removed 2023-05) is deliberately absent: it parses as an unknown event.
 */
import type { EventSchemas } from "@contactkit/core";
import type { MluviiWebhookEventType } from "./event-types";
import { type FormActivityEventMap, formActivityEventSchemas } from "./events/activities-forms";
import { type MediaActivityEventMap, mediaActivityEventSchemas } from "./events/activities-media";
import { type MessageActivityEventMap, messageActivityEventSchemas } from "./events/activities-messages";
import { type RoutingActivityEventMap, routingActivityEventSchemas } from "./events/activities-routing";
import { type SpecialActivityEventMap, specialActivityEventSchemas } from "./events/activities-special";
import { type EmailEventMap, emailEventSchemas } from "./events/email";
import { type OtherEventMap, otherEventSchemas } from "./events/other";
import { type SessionEventMap, sessionEventSchemas } from "./events/sessions";

/** Event type → event interface, for every live mluvii webhook event. Look events up here, never with `Extract`. */
export interface MluviiWebhookEventMap
  extends SessionEventMap,
    EmailEventMap,
    OtherEventMap,
    MessageActivityEventMap,
    MediaActivityEventMap,
    FormActivityEventMap,
    RoutingActivityEventMap,
    SpecialActivityEventMap {}

/** Any known mluvii webhook event; `switch (event.eventType)` narrows it. */
export type MluviiWebhookEvent = MluviiWebhookEventMap[keyof MluviiWebhookEventMap];
/** A known mluvii webhook event type. */
export type { MluviiWebhookEventType } from "./event-types";

/** Compile-time proof that the explicit name list and the event map's keys are the same set. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compiles only while {@link MluviiWebhookEventType} lists exactly the keys of {@link MluviiWebhookEventMap}. */
export type MluviiWebhookEventTypesMatchMap = Assert<Exactly<keyof MluviiWebhookEventMap, MluviiWebhookEventType>>;

/** The schema of every known mluvii webhook event, keyed like {@link MluviiWebhookEventMap}; each is checked against its interface. */
export const mluviiWebhookSchemas: EventSchemas<MluviiWebhookEventMap> = {
  ...sessionEventSchemas,
  ...emailEventSchemas,
  ...otherEventSchemas,
  ...messageActivityEventSchemas,
  ...mediaActivityEventSchemas,
  ...formActivityEventSchemas,
  ...routingActivityEventSchemas,
  ...specialActivityEventSchemas,
};
