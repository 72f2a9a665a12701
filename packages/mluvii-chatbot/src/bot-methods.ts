import type { MluviiBot, MluviiBotCallOptions, MluviiBotSendResult } from "./bot";
import type { MluviiChatbotResponseFor as R } from "./catalog";
import type { MluviiChatbotRequest } from "./event-map";
import type { RichCardItem, RichCardListRequest, WhatsAppHeroCardParams } from "./events/requests-content";
import { HERO_CARD_CONTENT_TYPE, type HeroCardContent } from "./events/requests-message";

type Options = MluviiBotCallOptions;

/** A `forward` target: exactly one of a group or an operator. */
export type ForwardTarget = { operatorGroupId: number; userId?: never } | { userId: number; operatorGroupId?: never };
/** A `shareFile` source: a stored file's name (from `getMediaObjects`) or an external URL. */
export type ShareFileSource = { name: string; url?: never } | { url: string; name?: never };

/** Hero card to send with `sendHeroCard`. */
export interface SendHeroCardInput {
  /** Hero card id (from `getHeroCards`). */
  heroCardId: number;
  /** Two-letter language (`"cs"`, `"en"`). */
  selectedLanguage?: string;
  /** Predefined values by call parameter name (strings; JSON-encode structured values). */
  initialParams?: Record<string, string>;
  /** WhatsApp template parameters. */
  additionalParams?: WhatsAppHeroCardParams;
}

/** A button set sent as a Bot-Framework hero card (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events#buttons); clicks arrive as `Text`. */
export interface ButtonsInput {
  /** Card title shown above the buttons. */
  title?: string;
  /** Card text. */
  text?: string;
  /** Buttons: the label and the value posted back as the guest's `Text`. */
  buttons: { title: string; value: string | number }[];
}

/** One method per outbound activity. */
export interface ActivityMethods {
  /** `Text`: send a message (HTML: `<strong>`, `<em>`, `<a>` only). Unsafe to repeat. */
  text(sessionId: number, text: string, options?: Options): Promise<MluviiBotSendResult>;
  /** `Typing`: show (default) or hide the typing indicator. Safe. */
  typing(sessionId: number, show?: boolean, options?: Options): Promise<MluviiBotSendResult>;
  /** `Forward`: to a group or an operator — exactly one. Unsafe. */
  forward(sessionId: number, target: ForwardTarget, options?: Options): Promise<MluviiBotSendResult>;
  /** `HandOff`: back to routing; the bot is disconnected. Unsafe. */
  handOff(sessionId: number, options?: Options): Promise<MluviiBotSendResult>;
  /** `EndConversation`: end the session. Unsafe. */
  endConversation(sessionId: number, options?: Options): Promise<MluviiBotSendResult>;
  /** `GetAvailableOperators` → `GetAvailableOperatorsResponse`. Safe. */
  getAvailableOperators(
    sessionId: number,
    query?: { groupId?: number },
    options?: Options,
  ): Promise<R<"GetAvailableOperators">>;
  /** `GetAvailableGroups` → `GetAvailableGroupsResponse`. Safe. */
  getAvailableGroups(
    sessionId: number,
    query?: { groupIds?: number[] },
    options?: Options,
  ): Promise<R<"GetAvailableGroups">>;
  /** `GetCallParams` → `GetCallParamsResponse`. Safe. */
  getCallParams(sessionId: number, options?: Options): Promise<R<"GetCallParams">>;
  /** `SetCallParams` → `SetCallParamsResponse`. Safe (setting the same values twice changes nothing). */
  setCallParams(sessionId: number, callParams: Record<string, string>, options?: Options): Promise<R<"SetCallParams">>;
  /** `SendGuestOfflineEmail`: e-mail the offline-form address. Unsafe. */
  sendGuestOfflineEmail(
    sessionId: number,
    email: { subject: string; message: string; location: string },
    options?: Options,
  ): Promise<MluviiBotSendResult>;
  /** `GetGuestIdentity` → `GetGuestIdentityResponse`. Safe. */
  getGuestIdentity(sessionId: number, options?: Options): Promise<R<"GetGuestIdentity">>;
  /** `GetHeroCards` → `GetHeroCardsResponse`. Safe. */
  getHeroCards(sessionId: number, options?: Options): Promise<R<"GetHeroCards">>;
  /** `SendHeroCard` → `SendHeroCardResponse`. Unsafe. */
  sendHeroCard(sessionId: number, card: SendHeroCardInput, options?: Options): Promise<R<"SendHeroCard">>;
  /** `ChatbotOpenFileUploadPrompt` → `ChatbotOpenFileUploadPromptResponse` (waits for the guest). Unsafe. */
  openFileUploadPrompt(sessionId: number, options?: Options): Promise<R<"ChatbotOpenFileUploadPrompt">>;
  /** `EnableGuestUpload` → `EnableGuestUploadResponse`. Safe. */
  enableGuestUpload(sessionId: number, options?: Options): Promise<R<"EnableGuestUpload">>;
  /** `DisableGuestUpload` → `DisableGuestUploadResponse`. Safe. */
  disableGuestUpload(sessionId: number, options?: Options): Promise<R<"DisableGuestUpload">>;
  /** `EnableGuestInput` → `GuestInputChangeResponse`. Safe. */
  enableGuestInput(sessionId: number, options?: Options): Promise<R<"EnableGuestInput">>;
  /** `DisableGuestInput` → `GuestInputChangeResponse`. Safe. */
  disableGuestInput(sessionId: number, options?: Options): Promise<R<"DisableGuestInput">>;
  /** `GetMediaObjects` → `GetMediaObjectsResponse`. Safe. */
  getMediaObjects(sessionId: number, options?: Options): Promise<R<"GetMediaObjects">>;
  /** `ShareFile` (by name or URL) → `ShareFileResponse`. Unsafe. */
  shareFile(sessionId: number, file: ShareFileSource, options?: Options): Promise<R<"ShareFile">>;
  /** `ObtainCrmIdentity` → `ObtainCrmIdentityResponse`. Safe. */
  obtainCrmIdentity(sessionId: number, options?: Options): Promise<R<"ObtainCrmIdentity">>;
  /** `AssignCrmIdentity` (`null` creates a contact) → `AssignCrmIdentityResponse`. Unsafe. */
  assignCrmIdentity(
    sessionId: number,
    existingCrmIdentityId: number | null,
    options?: Options,
  ): Promise<R<"AssignCrmIdentity">>;
  /** `SetTag`. Safe. */
  setTag(sessionId: number, name: string, options?: Options): Promise<MluviiBotSendResult>;
  /** `UnsetTag`. Safe. */
  unsetTag(sessionId: number, name: string, options?: Options): Promise<MluviiBotSendResult>;
  /** `RequestLocation`: the answer arrives as a `GuestLocation` guest event. Unsafe. */
  requestLocation(sessionId: number, text: string, options?: Options): Promise<MluviiBotSendResult>;
  /** Buttons (a Bot-Framework hero card message); clicks arrive as `Text`. Unsafe. */
  sendButtons(sessionId: number, buttons: ButtonsInput, options?: Options): Promise<MluviiBotSendResult>;
  /** A carousel of Bot-Framework hero cards (the "Adaptive cards" example of https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events, which is a carousel of hero cards). Unsafe. */
  sendCarousel(sessionId: number, cards: HeroCardContent[], options?: Options): Promise<MluviiBotSendResult>;
  /** `RichCardList`: a list or carousel of rich cards. Unsafe. */
  sendRichCardList(
    sessionId: number,
    list: { items: RichCardItem[]; layout: RichCardListRequest["layout"] },
    options?: Options,
  ): Promise<MluviiBotSendResult>;
}

const now = () => new Date().toISOString();

/** Builds the per-activity methods on top of `send` and `request`. */
export function createActivityMethods(
  send: (activity: MluviiChatbotRequest, options?: Options) => Promise<MluviiBotSendResult>,
  request: MluviiBot["request"],
): ActivityMethods {
  return {
    text: (sessionId, text, o) => send({ activity: "Text", sessionId, text }, o),
    typing: (sessionId, show = true, o) => send({ activity: "Typing", sessionId, show }, o),
    forward: (sessionId, target, o) => send({ activity: "Forward", sessionId, ...target } as MluviiChatbotRequest, o),
    handOff: (sessionId, o) => send({ activity: "HandOff", sessionId }, o),
    endConversation: (sessionId, o) => send({ activity: "EndConversation", sessionId }, o),
    getAvailableOperators: (sessionId, query, o) =>
      request({ activity: "GetAvailableOperators", sessionId, ...query }, o),
    getAvailableGroups: (sessionId, query, o) => request({ activity: "GetAvailableGroups", sessionId, ...query }, o),
    getCallParams: (sessionId, o) => request({ activity: "GetCallParams", sessionId }, o),
    setCallParams: (sessionId, callParams, o) => request({ activity: "SetCallParams", sessionId, callParams }, o),
    sendGuestOfflineEmail: (sessionId, email, o) => send({ activity: "SendGuestOfflineEmail", sessionId, ...email }, o),
    getGuestIdentity: (sessionId, o) => request({ activity: "GetGuestIdentity", sessionId }, o),
    getHeroCards: (sessionId, o) => request({ activity: "GetHeroCards", sessionId }, o),
    sendHeroCard: (sessionId, card, o) => request({ activity: "SendHeroCard", sessionId, ...card }, o),
    openFileUploadPrompt: (sessionId, o) => request({ activity: "ChatbotOpenFileUploadPrompt", sessionId }, o),
    enableGuestUpload: (sessionId, o) => request({ activity: "EnableGuestUpload", sessionId }, o),
    disableGuestUpload: (sessionId, o) => request({ activity: "DisableGuestUpload", sessionId }, o),
    enableGuestInput: (sessionId, o) => request({ activity: "EnableGuestInput", sessionId }, o),
    disableGuestInput: (sessionId, o) => request({ activity: "DisableGuestInput", sessionId }, o),
    getMediaObjects: (sessionId, o) => request({ activity: "GetMediaObjects", sessionId }, o),
    shareFile: (sessionId, file, o) => request({ activity: "ShareFile", sessionId, ...file }, o),
    obtainCrmIdentity: (sessionId, o) => request({ activity: "ObtainCrmIdentity", sessionId }, o),
    assignCrmIdentity: (sessionId, existingCrmIdentityId, o) =>
      request({ activity: "AssignCrmIdentity", sessionId, existingCrmIdentityId }, o),
    setTag: (sessionId, name, o) => send({ activity: "SetTag", sessionId, name }, o),
    unsetTag: (sessionId, name, o) => send({ activity: "UnsetTag", sessionId, name }, o),
    requestLocation: (sessionId, text, o) => send({ activity: "RequestLocation", sessionId, text }, o),
    sendButtons: (sessionId, { title, text, buttons }, o) =>
      send(
        {
          type: "message",
          sessionId,
          timestamp: now(),
          attachments: [
            {
              contentType: HERO_CARD_CONTENT_TYPE,
              content: {
                ...(title === undefined ? {} : { title }),
                ...(text === undefined ? {} : { text }),
                buttons: buttons.map((b) => ({ type: "imBack" as const, title: b.title, value: b.value })),
              },
            },
          ],
        },
        o,
      ),
    sendCarousel: (sessionId, cards, o) =>
      send(
        {
          type: "message",
          sessionId,
          timestamp: now(),
          attachmentLayout: "carousel",
          attachments: cards.map((content) => ({ contentType: HERO_CARD_CONTENT_TYPE, content })),
        },
        o,
      ),
    sendRichCardList: (sessionId, list, o) => send({ activity: "RichCardList", sessionId, ...list }, o),
  };
}
