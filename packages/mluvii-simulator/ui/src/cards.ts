/** Bot Framework cards (buttons, carousels, rich card lists): a click sends the button's value as the guest's Text. */
import type { ChatItem } from "../../src/emulator/protocol";
import { call } from "./api";
import { html } from "./html";
import { useAction } from "./use-action";

type CardsItem = Extract<ChatItem, { kind: "cards" }>;

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** A message of cards. */
export function Cards({ sessionId, item, disabled }: { sessionId: number; item: CardsItem; disabled: boolean }) {
  const [run, error] = useAction();
  const click = (card: number, button: number) =>
    run(() => call("POST", `/sessions/${sessionId}/click`, { item: item.id, card, button }));
  return html`<div class="cards-message">
    ${item.text ? html`<p class="bubble-text">${item.text}</p>` : null}
    <div class=${`cards ${item.layout}`} role="group" aria-label=${item.layout === "carousel" ? "Carousel" : "Cards"}>
      ${item.cards.map(
        (card, c) => html`<div class="card" key=${c}>
          ${card.images.filter(isWebUrl).map((url) => html`<img src=${url} alt="" loading="lazy" referrerpolicy="no-referrer" />`)}
          ${card.title ? html`<div class="card-title">${card.title}</div>` : null}
          ${card.subtitle ? html`<div class="card-subtitle">${card.subtitle}</div>` : null}
          ${card.text ? html`<div class="card-text">${card.text}</div>` : null}
          <div class="card-buttons">
            ${card.buttons.map(
              (b, i) => html`<button
                type="button"
                class=${item.clicked?.card === c && item.clicked.button === i ? "chosen" : ""}
                disabled=${disabled}
                title=${`Sends "${b.value}" as the guest's Text`}
                onClick=${() => click(c, i)}
              >
                ${b.title}
              </button>`,
            )}
          </div>
        </div>`,
      )}
    </div>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  </div>`;
}
