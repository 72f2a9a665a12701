/** Scripted guests: a simulated session and what its guest does (vendor notes §3.3, guest → bot callbacks). */
import type { MluviiChatbotCallback } from "@contactkit/mluvii-chatbot";
import type { SessionChannel, SessionSource } from "@contactkit/mluvii-webhooks";
import type { SimulatorContext } from "./context";
import type { DeliveryResult } from "./outbox";
import { endSession } from "./routing";
import { note, type SessionHistoryItem, type SessionRecord, type SessionState } from "./session-record";
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
}

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
  /** The guest writes `text` (`Text` callback while the bot has the session; always a chat-message webhook). */
  guestSays(text: string): Promise<DeliveryResult | undefined>;
  /** The guest submits the hero card last sent by the bot (`HeroCardSubmission` callback + webhook). */
  submitHeroCard(params: Readonly<Record<string, string>>): Promise<DeliveryResult | undefined>;
  /**
   * The guest uploads a file: answers an open upload prompt with `ChatbotOpenFileUploadPromptResponse`, otherwise
   * sends `GuestFileUpload`; a shared-file webhook either way.
   */
  uploadFile(url: string): Promise<DeliveryResult | undefined>;
  /** The guest cancels an open upload prompt (`canceledByGuest: true`). */
  cancelFileUpload(): Promise<DeliveryResult | undefined>;
  /** The guest shares a location (`GuestLocation`, the answer to `RequestLocation`). */
  shareLocation(latitude: number, longitude: number): Promise<DeliveryResult | undefined>;
  /** The guest leaves: `ConversationEnded` to the bot (if it has the session) and the end-of-session webhooks. */
  leave(): Promise<DeliveryResult | undefined>;
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
    callParams: { ...ctx.data.callParams, ...options.callParams },
    tags: new Set(),
    operatorId: null,
    lastHeroCardId: null,
    uploadPromptOpen: false,
    guestInputEnabled: true,
    guestUploadEnabled: false,
    crmIdentityId: null,
    trackedGuestGuid: guid(),
    history: [],
    listeners: new Set(),
  };
  ctx.sessions.set(id, record);
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

function createHandle(ctx: SimulatorContext, record: SessionRecord): SimulatedSession {
  const id = record.facts.id;
  const open = (action: string) => {
    if (record.state === "ended")
      throw new Error(`mluvii simulator: session ${id} has ended; the guest cannot ${action}`);
  };
  const toBot = (activity: MluviiChatbotCallback) =>
    record.state === "bot" ? ctx.sendCallback(activity, id) : Promise.resolve(undefined);

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
    async guestSays(text) {
      open("write");
      ctx.emitWebhook(activityEvent("ChatMessage", id, ctx.nextActivityId(), { client: "Guest", text }));
      note(record, { from: "guest", activity: "Text", text });
      return toBot({ activity: "Text", ...envelope(record), text, timestamp: naiveTime() });
    },
    async submitHeroCard(params) {
      open("submit a hero card");
      const formId = record.lastHeroCardId ?? ctx.data.heroCards[0]?.heroCardId ?? 0;
      ctx.emitWebhook(sessionEvents.heroCardSubmission(record.facts, formId, { ...params }));
      note(record, { from: "guest", activity: "HeroCardSubmission" });
      return toBot({ activity: "HeroCardSubmission", ...envelope(record), params: { ...params } });
    },
    async uploadFile(url) {
      open("upload a file");
      const name = new URL(url).pathname.split("/").pop() || "upload";
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
      if (!record.uploadPromptOpen) throw new Error(`mluvii simulator: session ${id} has no open upload prompt`);
      record.uploadPromptOpen = false;
      note(record, { from: "guest", activity: "ChatbotOpenFileUploadPromptResponse" });
      return toBot({
        activity: "ChatbotOpenFileUploadPromptResponse",
        ...envelope(record),
        fileUrl: null,
        canceledByGuest: true,
      });
    },
    async shareLocation(latitude, longitude) {
      open("share a location");
      note(record, { from: "guest", activity: "GuestLocation" });
      return toBot({ activity: "GuestLocation", ...envelope(record), latitude, longitude });
    },
    async leave() {
      open("leave");
      const hadBot = record.state === "bot";
      endSession(ctx, record, "GuestLeft", "Guest");
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
