/**
 * Bot HTML as mluvii shows it: only `<strong>`, `<em>` and `<a>` are kept
 * (https://docs.mluvii.com/guide/en/for-it-specialists/chatbot-connection/supported-activities-events.html, "Text").
 *
 * Safety does not rest on filtering a string: the text is parsed into an inert document (`DOMParser` runs no script
 * and loads no image), and Preact elements are built from that tree — only the three kept tags, only an `href` with
 * a web, mail or phone scheme, no other attribute. Nothing is ever assigned as HTML. Everything else is reported as
 * dropped, so the developer sees what mluvii would not show.
 */
import { type ComponentChild, h } from "preact";

/** Tags mluvii keeps. */
const KEPT = new Set(["strong", "em", "a"]);
/** Dropped together with their content (their text is not prose). */
const SILENT = new Set(["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head"]);
const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

/** The rendering of a bot text and what mluvii would drop from it. */
export interface BotHtml {
  readonly nodes: ComponentChild[];
  /** Dropped tags (`<img>`), attributes (`onclick on <a>`) and links (`javascript: link`), each once. */
  readonly dropped: string[];
}

/** Parses `text` (mluvii's HTML subset) into Preact nodes; see the module comment. */
export function renderBotHtml(text: string): BotHtml {
  const dropped = new Set<string>();
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${text}`, "text/html");
  const walk = (node: Node): ComponentChild[] => {
    if (node.nodeType === Node.TEXT_NODE) return [node.textContent ?? ""];
    if (node.nodeType !== Node.ELEMENT_NODE) return [];
    const element = node as Element;
    const tag = element.localName;
    const children = () => [...element.childNodes].flatMap(walk);
    if (!KEPT.has(tag)) {
      dropped.add(`<${tag}>`);
      return SILENT.has(tag) ? [] : children();
    }
    for (const attr of element.getAttributeNames()) {
      if (!(tag === "a" && attr === "href")) dropped.add(`${attr} on <${tag}>`);
    }
    if (tag !== "a") return [h(tag, null, ...children())];
    const href = element.getAttribute("href")?.trim() ?? "";
    if (href !== "" && !SAFE_HREF.test(href)) dropped.add(`${href.split(":")[0]?.toLowerCase() ?? "unsafe"}: link`);
    return [
      h(
        "a",
        SAFE_HREF.test(href) ? { href, target: "_blank", rel: "noopener noreferrer nofollow" } : null,
        ...children(),
      ),
    ];
  };
  const nodes = [...doc.body.childNodes].flatMap(walk);
  return { nodes, dropped: [...dropped] };
}
