import type { MluviiChatbotGuestEventMap } from "./events/callbacks-guest";
import type { MluviiChatbotContentRequestMap } from "./events/requests-content";
import type { MluviiChatbotConversationRequestMap } from "./events/requests-conversation";
import type { MluviiChatbotMessageRequestMap } from "./events/requests-message";
import type { MluviiChatbotSessionRequestMap } from "./events/requests-session";
import type { MluviiChatbotContentResponseMap } from "./events/responses-content";
import type { MluviiChatbotRoutingResponseMap } from "./events/responses-routing";
import type { MluviiChatbotSessionResponseMap } from "./events/responses-session";

export type { MluviiChatbotGuestEventMap } from "./events/callbacks-guest";

/**
 * Every activity an API chatbot sends (`ChannelActivityType.cs`), by `activity` name — plus `message`, the
 * Bot-Framework-style hero-card message that has `type: "message"` and no `activity` key.
 */
export interface MluviiChatbotRequestMap
  extends MluviiChatbotConversationRequestMap,
    MluviiChatbotSessionRequestMap,
    MluviiChatbotContentRequestMap,
    MluviiChatbotMessageRequestMap {}

/** Name of a request activity (`message` = the Bot-Framework-style message). */
export type MluviiChatbotRequestKind = keyof MluviiChatbotRequestMap;
/** Union of every activity the bot may send. */
export type MluviiChatbotRequest = MluviiChatbotRequestMap[MluviiChatbotRequestKind];

/** Every `…Response` activity mluvii POSTs to the callback URL, answering a request the bot sent. */
export interface MluviiChatbotResponseMap
  extends MluviiChatbotRoutingResponseMap,
    MluviiChatbotSessionResponseMap,
    MluviiChatbotContentResponseMap {}

/** Every activity mluvii POSTs to the bot's callback URL, by `activity` name. */
export interface MluviiChatbotCallbackMap extends MluviiChatbotGuestEventMap, MluviiChatbotResponseMap {}

/** Name of a `…Response` activity. */
export type MluviiChatbotResponseActivity = keyof MluviiChatbotResponseMap;
/** Union of every `…Response` activity. */
export type MluviiChatbotResponse = MluviiChatbotResponseMap[MluviiChatbotResponseActivity];
/** Union of every known callback activity. */
export type MluviiChatbotCallback = MluviiChatbotCallbackMap[keyof MluviiChatbotCallbackMap];
