/** How the terminal chat prints what the guest sees: bot HTML as terminal text, cards as numbered choices. */
import type { ChatItem, ExchangeView } from "@contactkit/mluvii-simulator";
import type { Style } from "../io";

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b([^>]*)>/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** mluvii's HTML subset as terminal text: `<strong>` bold, `<em>` as _emphasis_, `<a href>` as `text <url>`; other tags are dropped and named. */
export function htmlToTerminal(html: string, style: Style): { text: string; dropped: string[] } {
  const dropped = new Set<string>();
  const links: string[] = [];
  let text = html.replace(TAG, (_tag, close: string, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase();
    if (name === "strong") return style.enabled ? (close ? "\u001b[22m" : "\u001b[1m") : close ? "*" : "*";
    if (name === "em") return style.enabled ? (close ? "\u001b[23m" : "\u001b[3m") : "_";
    if (name === "a") {
      if (!close) {
        links.push(/href\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? "");
        return "";
      }
      const href = links.pop() ?? "";
      return /^(https?:|mailto:|tel:)/i.test(href) ? ` <${href}>` : "";
    }
    dropped.add(`<${name}>`);
    return "";
  });
  text = text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ENTITIES[e] ?? "");
  return { text, dropped: [...dropped] };
}

/** What a numbered choice clicks. */
export interface Choice {
  readonly item: number;
  readonly card: number;
  readonly button: number;
}

const WHO = { guest: "you", bot: "bot", operator: "operator", system: "" } as const;

/** Lines for a chat item; `choices` collects the numbered buttons of a cards item. */
export function renderItem(item: ChatItem, style: Style, choices: Choice[]): string[] {
  const who = (name: string) => style.bold(`${name}:`);
  switch (item.kind) {
    case "notice":
      return [style.dim(`  — ${item.text}`)];
    case "text": {
      if (item.from === "guest") return [`${who("you")} ${item.text}`];
      const { text, dropped } = htmlToTerminal(item.text, style);
      const lines = [`${who(WHO[item.from])} ${text}`];
      if (dropped.length > 0) lines.push(style.yellow(`  (mluvii drops ${dropped.join(", ")})`));
      return lines;
    }
    case "cards": {
      // One card without message text (a button set): its title is what the bot says.
      const single = item.text === undefined && item.cards.length === 1 ? item.cards[0]?.title : undefined;
      const says = item.text ?? single ?? (item.layout === "carousel" ? "(carousel)" : "");
      const lines = [`${who("bot")} ${says}`.trimEnd()];
      item.cards.forEach((card, c) => {
        const head = [single === undefined ? card.title : undefined, card.subtitle].filter(Boolean).join(" · ");
        if (head) lines.push(`  ${head}`);
        if (card.text) lines.push(`  ${card.text}`);
        card.buttons.forEach((b, i) => {
          choices.push({ item: item.id, card: c, button: i });
          lines.push(`    ${style.bold(`[${choices.length}]`)} ${b.title}`);
        });
      });
      lines.push(style.dim("  type a number to click"));
      return lines;
    }
    case "form": {
      if (item.status !== "open") return [];
      const fields = [...item.fields]
        .sort((a, b) => a.ordinal - b.ordinal)
        .filter((f) => f.key)
        .map((f) => `${htmlToTerminal(f.label, style).text}${f.required ? "*" : ""} (${f.key})`);
      return [
        `${who("bot")} hero card "${item.displayName}": ${fields.join(", ")}`,
        style.dim("  /card to fill it in (or /card key=value …), /cancel to close it"),
      ];
    }
    case "file":
      return [`${who(WHO[item.from] || "file")} file ${item.name}${item.url ? ` <${item.url}>` : ""}`];
    case "location":
      return [`${who(WHO[item.from])} location ${item.latitude}, ${item.longitude}`];
  }
}

/** One compact activity-log line. */
export function renderExchange(e: ExchangeView, style: Style): string {
  const arrow = e.route === "chatbot-activity" ? "bot→mluvii" : e.route === "bot-callback" ? "mluvii→bot" : e.route;
  const what = e.activity ?? e.eventType ?? "";
  const status = e.status === null ? "---" : String(e.status);
  const notes = [
    e.fault ? `fault ${e.fault}` : "",
    e.failure ? `FAILED ${e.failure}` : "",
    e.validation && !e.validation.ok ? `invalid: ${e.validation.issues?.map((i) => i.path).join(", ") ?? ""}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const line = `  · ${arrow} ${what} ${status} ${e.durationMs} ms${notes ? ` ${notes}` : ""}`;
  return e.outcome === "failed" ? style.red(line) : style.dim(line);
}
