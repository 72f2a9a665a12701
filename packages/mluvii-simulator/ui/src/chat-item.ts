/** One item of a chat: messages, cards, forms, files, locations and notices. */
import type { ChatItem } from "../../src/emulator/protocol";
import { renderBotHtml } from "./bot-html";
import { Cards } from "./cards";
import { HeroCardForm } from "./hero-form";
import { html } from "./html";

const time = (at: number) =>
  new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
const WHO = { guest: "Guest", bot: "Bot", operator: "Operator", system: "" } as const;

/** Bot or operator HTML, with what mluvii would drop. */
function RichText({ text }: { text: string }) {
  const { nodes, dropped } = renderBotHtml(text);
  return html`<div class="bubble-text">${nodes}</div>
    ${
      dropped.length > 0
        ? html`<p class="dropped" title="mluvii keeps only <strong>, <em> and <a href>">
            mluvii drops: ${dropped.join(", ")}
          </p>`
        : null
    }`;
}

/** Renders a chat item. */
export function ChatItemView({ item, sessionId, ended }: { item: ChatItem; sessionId: number; ended: boolean }) {
  if (item.kind === "notice") return html`<li class="notice" data-kind="notice">${item.text}</li>`;
  let body: unknown;
  switch (item.kind) {
    case "text":
      body =
        item.from === "guest"
          ? html`<div class="bubble-text">${item.text}</div>`
          : html`<${RichText} text=${item.text} />`;
      break;
    case "cards":
      body = html`<${Cards} sessionId=${sessionId} item=${item} disabled=${ended} />`;
      break;
    case "form":
      body = html`<${HeroCardForm} sessionId=${sessionId} item=${item} disabled=${ended} />`;
      break;
    case "file":
      body =
        item.url && /^https?:\/\//i.test(item.url)
          ? html`<a class="file" href=${item.url} target="_blank" rel="noopener noreferrer">File: ${item.name}</a>`
          : html`<span class="file">File: ${item.name}</span>`;
      break;
    case "location":
      body = html`<span class="location">Location: ${item.latitude.toFixed(5)}, ${item.longitude.toFixed(5)}</span>`;
      break;
  }
  return html`<li class=${`bubble from-${item.from}`} data-kind=${item.kind}>
    <div class="meta"><span>${WHO[item.from]}</span> <time>${time(item.at)}</time></div>
    ${body}
  </li>`;
}
