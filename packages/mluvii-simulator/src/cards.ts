/**
 * Bot Framework cards as the guest sees them: a `type: "message"` activity's hero-card attachments and a
 * `RichCardList`'s items become {@link ChatCard}s whose buttons send their value back as `Text`
 * (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events#buttons).
 */
import type { HeroCardMessageRequest, RichCardItem } from "@contactkit/mluvii-chatbot";
import type { ChatCard, ChatCardButton } from "./emulator/protocol";

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

function buttonsOf(value: unknown): ChatCardButton[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((b: unknown) => {
    if (b === null || typeof b !== "object") return [];
    const { title, value: v } = b as { title?: unknown; value?: unknown };
    if (typeof v !== "string" && typeof v !== "number") return [];
    return [{ title: text(title) ?? String(v), value: String(v) }];
  });
}

function imagesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((i: unknown) => {
    const url = i !== null && typeof i === "object" ? (i as { url?: unknown }).url : undefined;
    return typeof url === "string" ? [url] : [];
  });
}

/** One card from an attachment's `content` (hero and thumbnail cards share these fields). */
export function cardOf(content: unknown): ChatCard {
  const c = (content !== null && typeof content === "object" ? content : {}) as Record<string, unknown>;
  const title = text(c.title);
  const subtitle = text(c.subtitle);
  const body = text(c.text);
  return {
    ...(title === undefined ? {} : { title }),
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(body === undefined ? {} : { text: body }),
    images: imagesOf(c.images),
    buttons: buttonsOf(c.buttons),
  };
}

/** The cards and text of a Bot-Framework-style message. */
export function cardsOfMessage(message: HeroCardMessageRequest): {
  text: string | undefined;
  cards: ChatCard[];
  layout: "list" | "carousel";
} {
  return {
    text: message.text,
    cards: (message.attachments ?? []).map((a) => cardOf(a.content)),
    layout: message.attachmentLayout === "carousel" ? "carousel" : "list",
  };
}

/** The cards of a `RichCardList`. */
export function cardsOfRichCardList(items: readonly RichCardItem[]): ChatCard[] {
  return items.map((item) => cardOf(item.content));
}
