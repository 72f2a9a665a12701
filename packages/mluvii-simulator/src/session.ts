/**
 * Simulated sessions: what the guest (and the operator) does, sent to the bot as mluvii's guest callbacks
 * (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events#events).
 */
import type { MluviiChatbotCallback } from "@contactkit/mluvii-chatbot";
import type { SessionChannel, SessionSource } from "@contactkit/mluvii-webhooks";
import { fileNameOf } from "./chatbot";
import type { SimulatorContext } from "./context";
import type { SimulatedGuestIdentity } from "./data";
import type { ChatItem, SessionView } from "./emulator/protocol";
import { MluviiSimulatorRuleError } from "./errors";
import { checkHeroCardSubmission, openForm } from "./hero-card-submission";
import type { DeliveryResult } from "./outbox";
import { endSession, operatorJoins } from "./routing";
import { note, type SessionHistoryItem, type SessionRecord, type SessionState, show, update } from "./session-record";
import { activityEvent, naiveTime, sessionEvents, webhookTime } from "./webhook-events";

/** Options of `sim.startSession`. */
export interface StartSessionOptions {
  /** Where the guest came from; default `Default` (web chat). */
  readonly source?: SessionSource;
  /** Session channel; default `Chat`. */
  readonly channel?: SessionChannel;
  /** Guest language (two letters); default `en`. */
  readonly language?: string;
  /** Call params the session starts with, added to the tenant's defaults. */
  readonly callParams?: Readonly<Record<string, string>>;
  /** Guest identifiers of this session (`GetGuestIdentity`), over the tenant's `guestIdentity`. */
  readonly guestIdentity?: Partial<SimulatedGuestIdentity>;
}

/** Which button a guest clicks: its title (on the bot's latest card showing it), or its exact position. */
export type ButtonChoice = string | { readonly item: number; readonly card: number; readonly button: number };

/** A simulated guest's session. Guest methods resolve when the bot's callback answered (or failed). */
export interface SimulatedSession {
  /** Session id (what the bot sees as `sessionId`). */
  readonly id: number;
  /** `bot`, `queued` (after hand-off/forward, before an operator joins), `operator` or `ended`. */
  readonly state: SessionState;
  /** Current call params (`SetCallParams` merges into them). */
  readonly callParams: Readonly<Record<string, string>>;
  /** Tags set by `SetTag`. */
  readonly tags: ReadonlySet<string>;
  /** The operator who joined, or `null`. */
  readonly operatorId: number | null;
  /** Whether the bot opened a file-upload prompt that the guest has not answered yet. */
  readonly uploadPromptOpen: boolean;
  /** Every text the bot sent, in order. */
  readonly botTexts: readonly string[];
  /** Everything that happened, in order. */
  readonly history: readonly SessionHistoryItem[];
  /** What the guest sees (messages, cards, forms, files, notices), in order. */
  readonly chat: readonly ChatItem[];
  /** The session as the emulator shows it. */
  view(): SessionView;
  /** The guest writes `text` (`Text` callback while the bot has the session; always a chat-message webhook). */
  guestSays(text: string): Promise<DeliveryResult | undefined>;
  /**
   * The guest clicks a button of a card the bot sent: mluvii sends the button's value as the guest's `Text`.
   * Throws when no card the bot sent has that button.
   */
  clickButton(choice: ButtonChoice): Promise<DeliveryResult | undefined>;
  /**
   * The guest submits a hero card the bot sent (`HeroCardSubmission` callback + webhook): the latest open one, or
   * the open one with `heroCardId`. As strict as mluvii: throws when the bot sent no such card, when a key is not
   * one of the card's fields, or when a required field is empty.
   */
  submitHeroCard(
    params: Readonly<Record<string, string>>,
    options?: { readonly heroCardId?: number },
  ): Promise<DeliveryResult | undefined>;
  /** The guest closes an open hero card without submitting it (`SessionActivityHeroCardSubmission`, `Cancelled`). */
  cancelHeroCard(options?: { readonly heroCardId?: number }): void;
  /**
   * The guest uploads a file: answers an open upload prompt with `ChatbotOpenFileUploadPromptResponse`, otherwise
   * sends `GuestFileUpload`; a shared-file webhook either way.
   */
  uploadFile(url: string, name?: string): Promise<DeliveryResult | undefined>;
  /** The guest cancels an open upload prompt (`canceledByGuest: true`). */
  cancelFileUpload(): Promise<DeliveryResult | undefined>;
  /** The guest shares a location (`GuestLocation`, the answer to `RequestLocation`). */
  shareLocation(latitude: number, longitude: number): Promise<DeliveryResult | undefined>;
  /** The guest leaves: `ConversationEnded` to the bot (if it has the session) and the end-of-session webhooks. */
  leave(): Promise<DeliveryResult | undefined>;
  /** An operator joins a waiting session (the first available one of the tenant unless `userId` is given). */
  operatorJoin(userId?: number): void;
  /** The operator with the session writes to the guest (a chat-message webhook; the bot no longer sees the chat). */
  operatorSays(text: string): void;
  /** The operator leaves, which ends the session (`OperatorLeft`). */
  operatorLeave(): void;
  /** The platform ends the session (`SessionApiCall`): `ConversationEnded` to the bot if it has the session. */
  end(): Promise<DeliveryResult | undefined>;
  /** Resolves once the session is in `state` (or `predicate` holds); rejects after `timeoutMs` (default 5 000). */
  waitFor(condition: SessionState | ((session: SimulatedSession) => boolean), timeoutMs?: number): Promise<void>;
  /** Resolves with the bot's next text (or the first one already sent) matching `match`. */
  waitForBotText(match?: string | RegExp, timeoutMs?: number): Promise<string>;
}

const guid = () => crypto.randomUUID();

/** Creates the session record, emits `SessionCreated`/`SessionStarted` and sends `ConversationStarted`. */
export async function startSession(
  ctx: SimulatorContext,
  id: number,
  options: StartSessionOptions = {},
): Promise<SimulatedSession> {
  const record: SessionRecord = {
    facts: {
      id,
      tenantId: ctx.settings.tenantId,
      channel: options.channel ?? "Chat",
      source: options.source ?? "Default",
    },
    language: options.language ?? "en",
    state: "bot",
    started: webhookTime(),
    startedAt: Date.now(),
    callParams: { ...ctx.data.callParams, ...options.callParams },
    tags: new Set(),
    operatorId: null,
    uploadPromptOpen: false,
    guestInputEnabled: true,
    guestUploadEnabled: false,
    typing: false,
    locationRequest: null,
    crmIdentityId: null,
    trackedGuestGuid: guid(),
    guestIdentity: { ...options.guestIdentity },
    history: [],
    chat: [],
    listeners: new Set(),
  };
  ctx.sessions.set(id, record);
  ctx.sessionCreated(record);
  ctx.emitWebhook(sessionEvents.created(record.facts));
  ctx.emitWebhook(sessionEvents.started(record.facts, record.started));
  const session = createHandle(ctx, record);
  note(record, { from: "system", activity: "ConversationStarted" });
  await ctx.sendCallback({ activity: "ConversationStarted", ...envelope(record), timestamp: naiveTime() }, id);
  return session;
}

const envelope = (record: SessionRecord) => ({
  sessionId: record.facts.id,
  language: record.language,
  source: record.facts.source,
});

/** The emulator's view of a session record. */
export function viewOf(ctx: SimulatorContext, record: SessionRecord): SessionView {
  const operator = ctx.data.operators.find((o) => o.userId === record.operatorId);
  return {
    id: record.facts.id,
    state: record.state,
    channel: record.facts.channel,
    source: record.facts.source,
    language: record.language,
    startedAt: record.startedAt,
    callParams: { ...record.callParams },
    tags: [...record.tags],
    operator:
      record.operatorId === null
        ? null
        : { userId: record.operatorId, displayName: operator?.displayName ?? `Operator ${record.operatorId}` },
    typing: record.typing,
    guestInputEnabled: record.guestInputEnabled,
    guestUploadEnabled: record.guestUploadEnabled,
    uploadPromptOpen: record.uploadPromptOpen,
    locationRequest: record.locationRequest,
    items: [...record.chat],
  };
}

/** Finds the button a guest clicks. */
function findButton(record: SessionRecord, choice: ButtonChoice) {
  const items = record.chat.filter((c) => c.kind === "cards" && c.from === "bot");
  if (typeof choice !== "string") {
    const item = items.find((c) => c.id === choice.item);
    const button = item?.kind === "cards" ? item.cards[choice.card]?.buttons[choice.button] : undefined;
    return item && button ? { item, card: choice.card, button: choice.button, value: button.value } : undefined;
  }
  for (const item of [...items].reverse()) {
    if (item.kind !== "cards") continue;
    for (const [c, card] of item.cards.entries()) {
      const b = card.buttons.findIndex((x) => x.title === choice);
      if (b >= 0) return { item, card: c, button: b, value: card.buttons[b]?.value ?? "" };
    }
  }
  return undefined;
}

function createHandle(ctx: SimulatorContext, record: SessionRecord): SimulatedSession {
  const id = record.facts.id;
  const open = (action: string) => {
    if (record.state === "ended")
      throw new MluviiSimulatorRuleError(`mluvii simulator: session ${id} has ended; the guest cannot ${action}`);
  };
  const toBot = (activity: MluviiChatbotCallback) =>
    record.state === "bot" ? ctx.sendCallback(activity, id) : Promise.resolve(undefined);
  const says = (text: string) => {
    ctx.emitWebhook(activityEvent("ChatMessage", id, ctx.nextActivityId(), { client: "Guest", text }));
    note(record, { from: "guest", activity: "Text", text });
    show(record, "guest", { kind: "text", text });
    return toBot({ activity: "Text", ...envelope(record), text, timestamp: naiveTime() });
  };
  const operatorOf = (userId: number | undefined) => {
    const { operators } = ctx.data;
    const operator =
      userId === undefined ? operators.find((o) => o.available !== false) : operators.find((o) => o.userId === userId);
    if (!operator) {
      throw new MluviiSimulatorRuleError(
        userId === undefined
          ? "mluvii simulator: no operator is online"
          : `mluvii simulator: operator ${userId} does not exist`,
      );
    }
    return operator;
  };

  const session: SimulatedSession = {
    id,
    get state() {
      return record.state;
    },
    get callParams() {
      return record.callParams;
    },
    get tags() {
      return record.tags;
    },
    get operatorId() {
      return record.operatorId;
    },
    get uploadPromptOpen() {
      return record.uploadPromptOpen;
    },
    get botTexts() {
      return record.history.filter((h) => h.from === "bot" && h.activity === "Text").map((h) => h.text ?? "");
    },
    get history() {
      return record.history;
    },
    get chat() {
      return record.chat;
    },
    view: () => viewOf(ctx, record),
    async guestSays(text) {
      open("write");
      return says(text);
    },
    async clickButton(choice) {
      open("click a button");
      const found = findButton(record, choice);
      if (!found) {
        const what = typeof choice === "string" ? `"${choice}"` : `${choice.item}/${choice.card}/${choice.button}`;
        throw new MluviiSimulatorRuleError(
          `mluvii simulator: the bot sent no card with the button ${what} in session ${id}`,
        );
      }
      if (found.item.kind === "cards") {
        update(record, { ...found.item, clicked: { card: found.card, button: found.button } });
      }
      return says(found.value);
    },
    async submitHeroCard(params, options = {}) {
      open("submit a hero card");
      const form = openForm(record, options.heroCardId);
      const values = checkHeroCardSubmission(id, form, params);
      update(record, { ...form, status: "submitted", values });
      ctx.emitWebhook(sessionEvents.heroCardSubmission(record.facts, form.heroCardId, { ...values }));
      note(record, { from: "guest", activity: "HeroCardSubmission" });
      return toBot({ activity: "HeroCardSubmission", ...envelope(record), params: { ...values } });
    },
    cancelHeroCard(options = {}) {
      open("cancel a hero card");
      const form = openForm(record, options.heroCardId);
      update(record, { ...form, status: "cancelled" });
      ctx.emitWebhook(sessionEvents.heroCardSubmission(record.facts, form.heroCardId, null));
      note(record, { from: "guest", activity: "HeroCardSubmission", text: "Cancelled" });
    },
    async uploadFile(url, name = fileNameOf(url)) {
      open("upload a file");
      const fileId = ctx.nextActivityId();
      ctx.emitWebhook(
        activityEvent("SharedFile", id, ctx.nextActivityId(), {
          client: "Guest",
          file: {
            id: fileId,
            operatorOwner: null,
            departmentOwner: null,
            name,
            downloadUrl: url,
            isUploading: false,
            isDeleted: false,
          },
          associatedSharedFileUrl: url,
        }),
      );
      note(record, { from: "guest", activity: "GuestFileUpload", text: url });
      show(record, "guest", { kind: "file", name, url });
      if (record.uploadPromptOpen) {
        record.uploadPromptOpen = false;
        return toBot({
          activity: "ChatbotOpenFileUploadPromptResponse",
          ...envelope(record),
          fileUrl: url,
          canceledByGuest: false,
        });
      }
      return toBot({ activity: "GuestFileUpload", ...envelope(record), fileUrl: url });
    },
    async cancelFileUpload() {
      open("cancel an upload");
      if (!record.uploadPromptOpen)
        throw new MluviiSimulatorRuleError(`mluvii simulator: session ${id} has no open upload prompt`);
      record.uploadPromptOpen = false;
      note(record, { from: "guest", activity: "ChatbotOpenFileUploadPromptResponse" });
      show(record, "system", { kind: "notice", text: "The guest cancelled the file upload." });
      return toBot({
        activity: "ChatbotOpenFileUploadPromptResponse",
        ...envelope(record),
        fileUrl: null,
        canceledByGuest: true,
      });
    },
    async shareLocation(latitude, longitude) {
      open("share a location");
      if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
        throw new MluviiSimulatorRuleError("mluvii simulator: latitude must be within ±90 and longitude within ±180");
      }
      record.locationRequest = null;
      note(record, { from: "guest", activity: "GuestLocation" });
      show(record, "guest", { kind: "location", latitude, longitude });
      return toBot({ activity: "GuestLocation", ...envelope(record), latitude, longitude });
    },
    async leave() {
      open("leave");
      const hadBot = record.state === "bot";
      endSession(ctx, record, { reason: "GuestLeft", client: "Guest" });
      return hadBot
        ? ctx.sendCallback({ activity: "ConversationEnded", ...envelope(record), timestamp: naiveTime() }, id)
        : undefined;
    },
    operatorJoin(userId) {
      if (record.state !== "queued") {
        throw new MluviiSimulatorRuleError(
          `mluvii simulator: session ${id} is ${record.state}; an operator joins a waiting session`,
        );
      }
      operatorJoins(ctx, record, operatorOf(userId));
    },
    operatorSays(text) {
      if (record.state !== "operator" || record.operatorId === null) {
        throw new MluviiSimulatorRuleError(`mluvii simulator: no operator is in session ${id}`);
      }
      const userId = record.operatorId;
      ctx.emitWebhook(activityEvent("ChatMessage", id, ctx.nextActivityId(), { client: "User", userId, text }));
      note(record, { from: "operator", activity: "Text", text });
      show(record, "operator", { kind: "text", text });
    },
    operatorLeave() {
      if (record.state !== "operator")
        throw new MluviiSimulatorRuleError(`mluvii simulator: no operator is in session ${id}`);
      endSession(ctx, record, { reason: "OperatorLeft", client: "User" });
    },
    async end() {
      open("end");
      const hadBot = record.state === "bot";
      endSession(ctx, record, { reason: "SessionApiCall", client: null });
      return hadBot
        ? ctx.sendCallback({ activity: "ConversationEnded", ...envelope(record), timestamp: naiveTime() }, id)
        : undefined;
    },
    waitFor(condition, timeoutMs = 5_000) {
      const holds = () => (typeof condition === "string" ? record.state === condition : condition(session));
      return waitUntil(record, holds, timeoutMs, `session ${id} did not reach the expected state`);
    },
    async waitForBotText(match, timeoutMs = 5_000) {
      const matches = (text: string) =>
        match === undefined || (typeof match === "string" ? text.includes(match) : match.test(text));
      await waitUntil(record, () => session.botTexts.some(matches), timeoutMs, `no bot text matched in session ${id}`);
      return session.botTexts.find(matches) ?? "";
    },
  };
  return session;
}

function waitUntil(record: SessionRecord, holds: () => boolean, timeoutMs: number, message: string): Promise<void> {
  if (holds()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const listener = () => {
      if (!holds()) return;
      clearTimeout(timer);
      record.listeners.delete(listener);
      resolve();
    };
    const timer = setTimeout(() => {
      record.listeners.delete(listener);
      reject(new Error(`mluvii simulator: ${message} within ${timeoutMs} ms`));
    }, timeoutMs);
    record.listeners.add(listener);
  });
}
