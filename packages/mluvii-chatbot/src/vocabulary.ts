import { defineOpenEnum, type OpenEnumOf } from "@contactkit/core";

/*
 * mluvii's enumerations, each defined once with core's `defineOpenEnum`: the constant and its type share one
 * PascalCase singular name (`SessionSource` values are `SessionSource.values`, its schema `SessionSource.schema`).
 * Every one is open: mluvii adds values, and a running bot must keep reading them.
 */

/** Where a session came from (`mluvii/mluvii.ApiModels`, `Sessions/SessionSource.cs`); `Default` is WebChat. */
export const SessionSource = defineOpenEnum([
  "Default",
  "Callback",
  "Invitation",
  "ChatInvitation",
  "IncomingCall",
  "OutgoingCall",
  "Campaign",
  "API",
  "Facebook",
  "WhatsApp",
  "VK",
  "Apple",
  "GenericChannel",
]);
/** Where a session came from (open: mluvii adds sources, e.g. `GenericChannel` in 2024). */
export type SessionSource = OpenEnumOf<typeof SessionSource>;

/** Layout of a rich card list (C# enum `ItemLayout`; sent as its name — mluvii documents no wire example). */
export const RichCardLayout = defineOpenEnum(["List", "Carousel"]);
/** Layout of a rich card list. */
export type RichCardLayout = OpenEnumOf<typeof RichCardLayout>;

/** How a hero-card message shows its cards: `carousel` side by side, `list` one below the other. */
export const HeroCardLayout = defineOpenEnum(["carousel", "list"]);
/** How a hero-card message shows its cards. */
export type HeroCardLayout = OpenEnumOf<typeof HeroCardLayout>;

/** What a hero-card button does: `imBack` sends its `value` back as the guest's message (the only kind mluvii documents). */
export const ButtonAction = defineOpenEnum(["imBack"]);
/** What a hero-card button does. */
export type ButtonAction = OpenEnumOf<typeof ButtonAction>;

/** Content type of a message attachment: the hero card is the only one mluvii documents for chatbot messages. */
export const AttachmentContentType = defineOpenEnum(["application/vnd.microsoft.card.hero"]);
/** Content type of a message attachment. */
export type AttachmentContentType = OpenEnumOf<typeof AttachmentContentType>;

/** Group state: `ONLINE` has available operators, `BUSY` queues, `OFFLINE` cannot take the session (`AvailableGroupState`). */
export const GroupState = defineOpenEnum(["ONLINE", "OFFLINE", "BUSY"]);
/** Group state (`AvailableGroupState`). */
export type GroupState = OpenEnumOf<typeof GroupState>;

/** Why a group is offline (`AvailableGroupOfflineReason`): the docs list five; the model adds `AWAY_IS_OFFLINE` and `NONE`. */
export const GroupOfflineReason = defineOpenEnum([
  "BUSINESS_HOURS",
  "NO_OPERATORS",
  "QUEUE_FULL",
  "DELETED",
  "CHANNEL_BLOCKED",
  "AWAY_IS_OFFLINE",
  "NONE",
]);
/** Why a group is offline (`AvailableGroupOfflineReason`). */
export type GroupOfflineReason = OpenEnumOf<typeof GroupOfflineReason>;

/** @deprecated Use `SessionSource.values`. */
export const SESSION_SOURCES = SessionSource.values;
/** @deprecated Use `RichCardLayout.values`. */
export const RICH_CARD_LAYOUTS = RichCardLayout.values;
/** @deprecated Use `GroupState.values`. */
export const GROUP_STATES = GroupState.values;
/** @deprecated Use `GroupOfflineReason.values`. */
export const GROUP_OFFLINE_REASONS = GroupOfflineReason.values;
