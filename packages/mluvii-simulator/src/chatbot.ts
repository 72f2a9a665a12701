/**
 * The chatbot activity endpoint's behaviour: what each activity the bot sends does to the session (and to what the
 * guest sees), and the `…Response` mluvii answers it with on the callback URL
 * (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events).
 */
import type { MluviiChatbotRequest, MluviiChatbotResponse } from "@contactkit/mluvii-chatbot";
import { cardsOfMessage, cardsOfRichCardList } from "./cards";
import type { SimulatorContext } from "./context";
import { endSession, leaveBot, resolveTarget } from "./routing";
import { changed, note, type SessionRecord, show } from "./session-record";
import { activityEvent, sessionEvents } from "./webhook-events";

/** What the endpoint answers: an error body (400), or acceptance with the response to send later. */
export type ActivityOutcome =
  | { readonly ok: false; readonly errors: Record<string, string> }
  | { readonly ok: true; readonly response?: MluviiChatbotResponse | undefined };

const rejected = (field: string, message: string): ActivityOutcome => ({ ok: false, errors: { [field]: message } });

/** Checks the session may receive bot activities; returns its record or the error. */
function botSession(ctx: SimulatorContext, sessionId: number): SessionRecord | ActivityOutcome {
  const record = ctx.sessions.get(sessionId);
  if (!record) return rejected("sessionId", `Session ${sessionId} does not exist.`);
  if (record.state !== "bot") {
    return rejected("sessionId", `Session ${sessionId} is not handled by chatbot ${ctx.settings.chatbotId}.`);
  }
  return record;
}

/** Carries out a validated activity. */
export function applyActivity(ctx: SimulatorContext, request: MluviiChatbotRequest): ActivityOutcome {
  const found = botSession(ctx, request.sessionId);
  if ("ok" in found) return found;
  const record = found;
  const sessionId = record.facts.id;
  const chatbotId = ctx.settings.chatbotId;
  const envelope = { sessionId, language: record.language, source: record.facts.source };
  if (!("activity" in request)) {
    // The Bot-Framework-style hero-card message (no `activity` key).
    ctx.emitWebhook(
      activityEvent("ChatbotMessage", sessionId, ctx.nextActivityId(), {
        client: "Chatbot",
        chatbotId,
        chatbotMessageContent: JSON.stringify(request.attachments),
      }),
    );
    note(record, { from: "bot", activity: "message" });
    record.typing = false;
    const { text, cards, layout } = cardsOfMessage(request);
    if (cards.length === 0 && text !== undefined) show(record, "bot", { kind: "text", text });
    else show(record, "bot", { kind: "cards", layout, cards, ...(text === undefined ? {} : { text }) });
    return { ok: true };
  }
  switch (request.activity) {
    case "Text":
      ctx.emitWebhook(
        activityEvent("ChatMessage", sessionId, ctx.nextActivityId(), {
          client: "Chatbot",
          chatbotId,
          text: request.text,
        }),
      );
      note(record, { from: "bot", activity: "Text", text: request.text });
      record.typing = false;
      show(record, "bot", { kind: "text", text: request.text });
      return { ok: true };
    case "Typing":
      record.typing = request.show !== false;
      note(record, { from: "bot", activity: request.activity });
      return { ok: true };
    case "SendGuestOfflineEmail":
      note(record, { from: "bot", activity: request.activity });
      show(record, "system", { kind: "notice", text: `The bot e-mailed the offline address: ${request.subject}` });
      return { ok: true };
    case "RequestLocation":
      record.locationRequest = request.text;
      note(record, { from: "bot", activity: request.activity, text: request.text });
      show(record, "bot", { kind: "text", text: request.text });
      return { ok: true };
    case "RichCardList":
      ctx.emitWebhook(
        activityEvent("ChatbotMessage", sessionId, ctx.nextActivityId(), {
          client: "Chatbot",
          chatbotId,
          chatbotMessageContent: JSON.stringify({ items: request.items, layout: request.layout }),
        }),
      );
      note(record, { from: "bot", activity: "RichCardList" });
      record.typing = false;
      show(record, "bot", {
        kind: "cards",
        layout: request.layout === "Carousel" ? "carousel" : "list",
        cards: cardsOfRichCardList(request.items),
      });
      return { ok: true };
    case "SetTag":
    case "UnsetTag":
      if (request.activity === "SetTag") record.tags.add(request.name);
      else record.tags.delete(request.name);
      note(record, { from: "bot", activity: request.activity, text: request.name });
      return { ok: true };
    case "Forward": {
      // A bot on mluvii's C# models sends the unused target as null.
      const target = request.userId != null ? { userId: request.userId } : { operatorGroupId: request.operatorGroupId };
      if (!resolveTarget(ctx, target)) {
        const field = "userId" in target ? "userId" : "operatorGroupId";
        return rejected(field, `${field === "userId" ? "Operator" : "Operator group"} does not exist.`);
      }
      note(record, { from: "bot", activity: "Forward" });
      leaveBot(ctx, record, target);
      return { ok: true };
    }
    case "HandOff":
      note(record, { from: "bot", activity: "HandOff" });
      leaveBot(ctx, record, { handOff: true });
      return { ok: true };
    case "EndConversation":
      endSession(ctx, record, { reason: "ChatbotLeft", client: "Chatbot" });
      return { ok: true };
    default:
      return { ok: true, response: respond(ctx, record, request, envelope) };
  }
}

type Envelope = { sessionId: number; language: string; source: string };
type RequestWithResponse = Exclude<
  MluviiChatbotRequest,
  { activity: "Text" | "Typing" | "SendGuestOfflineEmail" | "RequestLocation" | "RichCardList" } | { type: "message" }
>;

/** Request-type activities: the state change and the `…Response` (`undefined` while it waits for the guest). */
function respond(
  ctx: SimulatorContext,
  record: SessionRecord,
  request: RequestWithResponse,
  envelope: Envelope,
): MluviiChatbotResponse | undefined {
  const { data } = ctx;
  const ok = { success: true, errorMessage: null };
  note(record, { from: "bot", activity: request.activity });
  switch (request.activity) {
    case "GetAvailableOperators": {
      const operators = data.operators.filter(
        (o) => o.available !== false && (request.groupId == null || o.groupIds.includes(request.groupId)),
      );
      const availableOperators = operators.map((o) => ({ displayName: o.displayName, userId: o.userId }));
      return { activity: "GetAvailableOperatorsResponse", ...envelope, availableOperators };
    }
    case "GetAvailableGroups": {
      const ids = request.groupIds;
      const availableGroups = data.groups.filter((g) => ids == null || ids.includes(g.groupId));
      return { activity: "GetAvailableGroupsResponse", ...envelope, availableGroups };
    }
    case "GetCallParams":
      return { activity: "GetCallParamsResponse", ...envelope, callParams: { ...record.callParams } };
    case "SetCallParams":
      Object.assign(record.callParams, request.callParams);
      changed(record);
      ctx.emitWebhook(sessionEvents.callParamsUpdated(record.facts));
      return { activity: "SetCallParamsResponse", ...envelope, ...ok };
    case "GetGuestIdentity":
      return {
        activity: "GetGuestIdentityResponse",
        ...envelope,
        ...data.guestIdentity,
        ...record.guestIdentity,
        trackedGuestGuid:
          record.guestIdentity.trackedGuestGuid ?? data.guestIdentity.trackedGuestGuid ?? record.trackedGuestGuid,
      };
    case "GetHeroCards": {
      const heroCards = data.heroCards.map(({ displayName, heroCardId, languages }) => ({
        displayName,
        heroCardId,
        ...(languages === undefined ? {} : { languages }),
      }));
      return { activity: "GetHeroCardsResponse", ...envelope, heroCards };
    }
    case "SendHeroCard": {
      // mluvii's Python samples send the id as a numeric string, which mluvii accepts.
      const card = data.heroCards.find((c) => c.heroCardId === Number(request.heroCardId));
      if (!card) {
        const errorMessage = `Hero card ${request.heroCardId} does not exist.`;
        return { activity: "SendHeroCardResponse", ...envelope, success: false, errorMessage };
      }
      record.typing = false;
      show(record, "bot", {
        kind: "form",
        heroCardId: card.heroCardId,
        // The tenant's model allows nulls (as mluvii's does); the guest's view shows them as empty text.
        displayName: card.displayName ?? "",
        fields: card.fields.map((f) => ({
          ...f,
          label: f.label ?? "",
          choiceOptions: f.choiceOptions?.map((o) => ({ value: o.value ?? "", label: o.label ?? "" })) ?? null,
        })),
        initialParams: { ...request.initialParams },
        status: "open",
      });
      ctx.emitWebhook(
        activityEvent("HeroCard", record.facts.id, ctx.nextActivityId(), {
          client: "Chatbot",
          chatbotId: ctx.settings.chatbotId,
          heroCard: card.fields,
          formFieldSetUUID: crypto.randomUUID(),
        }),
      );
      return { activity: "SendHeroCardResponse", ...envelope, ...ok };
    }
    case "ChatbotOpenFileUploadPrompt":
      // Answered when the guest uploads a file or cancels (session.uploadFile / session.cancelFileUpload).
      record.uploadPromptOpen = true;
      show(record, "system", { kind: "notice", text: "The bot opened the file-upload prompt." });
      return undefined;
    case "EnableGuestUpload":
    case "DisableGuestUpload":
      record.guestUploadEnabled = request.activity === "EnableGuestUpload";
      changed(record);
      return { activity: `${request.activity}Response`, ...envelope, ...ok };
    case "EnableGuestInput":
    case "DisableGuestInput":
      record.guestInputEnabled = request.activity === "EnableGuestInput";
      changed(record);
      return { activity: "GuestInputChangeResponse", ...envelope, ...ok };
    case "GetMediaObjects":
      return {
        activity: "GetMediaObjectsResponse",
        ...envelope,
        fileStoreItems: data.mediaObjects.map((m) => ({ ...m })),
      };
    case "ShareFile": {
      const source = request.name ?? request.url ?? "";
      const known = request.url !== undefined || data.mediaObjects.some((m) => m.name === request.name);
      if (!known) {
        const errorMessage = `File ${source} does not exist.`;
        return { activity: "ShareFileResponse", ...envelope, isSuccess: false, errorMessage, fileSource: null };
      }
      ctx.emitWebhook(
        activityEvent("SharedFile", record.facts.id, ctx.nextActivityId(), {
          client: "Chatbot",
          chatbotId: ctx.settings.chatbotId,
          associatedSharedFileUrl: request.url ?? null,
        }),
      );
      show(record, "bot", { kind: "file", name: request.name ?? fileNameOf(source), url: request.url ?? null });
      return { activity: "ShareFileResponse", ...envelope, isSuccess: true, errorMessage: null, fileSource: source };
    }
    case "ObtainCrmIdentity":
      return {
        activity: "ObtainCrmIdentityResponse",
        ...envelope,
        assignedCrmIdentityId: record.crmIdentityId,
        matchedCrmIdentities: data.crmIdentities.map((c) => ({ ...c, data: { ...c.data } })),
      };
    case "AssignCrmIdentity": {
      const existing = request.existingCrmIdentityId;
      const known = existing === null || data.crmIdentities.some((c) => c.crmIdentityId === existing);
      if (known) record.crmIdentityId = existing ?? 10_000_000 + record.facts.id;
      const reason = known ? null : `Contact ${existing} does not exist.`;
      const crmIdentityId = record.crmIdentityId ?? 0;
      return { activity: "AssignCrmIdentityResponse", ...envelope, created: existing === null, crmIdentityId, reason };
    }
  }
}

/** The last path segment of a URL, for showing a shared file. */
export function fileNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split("/").pop() || "") || "file";
  } catch {
    return "file";
  }
}
