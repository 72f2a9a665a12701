/**
 * The HTML subset mluvii keeps in chatbot `Text`: `<strong>`, `<em>` and `<a>` ("The following are allowed:
 * strong, em and a", https://docs.mluvii.com/guide/en/for-it-specialists/chatbot-connection/supported-activities-events.html).
 * Other tags are dropped by mluvii, so the strict writer rejects them instead of letting text silently change.
 */
export const MLUVII_TEXT_TAGS = ["strong", "em", "a"] as const;

const kept = new Set<string>(MLUVII_TEXT_TAGS);

/** @internal A tag found in text: where it starts and where its name is (`html.slice(nameStart, nameEnd)`). */
export interface HtmlTagSpan {
  /** Index of the tag's `<`. */
  readonly start: number;
  /** Index of the first character of the tag name. */
  readonly nameStart: number;
  /** Index just past the tag name. */
  readonly nameEnd: number;
}

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f; // /

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Where a tag name ends, as in HTML's tokenizer: whitespace, `/` or `>`. */
const endsTagName = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === SLASH || c === GT;

/**
 * @internal Finds every tag (`<name …>` or `</name …>`, the name starting with an ASCII letter, closed by a later `>`) in one
 * left-to-right pass and calls `visit` for each. Returns how many characters it read, which never exceeds twice
 * the text's length: the closing `>` is looked up by a cursor that only moves forward, so text such as
 * `"<a".repeat(100_000)` costs the same per character as plain prose (a backtracking regex would be quadratic).
 */
export function scanHtmlTags(html: string, visit: (tag: HtmlTagSpan) => void): number {
  const length = html.length;
  let reads = 0;
  /** Index of the first `>` at or after the cursor's last lookup, or `length` when there is none. */
  let close = -1;
  let i = 0;
  while (i < length) {
    reads++;
    if (html.charCodeAt(i) !== LT) {
      i++;
      continue;
    }
    let start = i + 1;
    if (start < length && html.charCodeAt(start) === SLASH) start++;
    reads++;
    if (start >= length || !isAsciiLetter(html.charCodeAt(start))) {
      i++;
      continue;
    }
    let end = start + 1;
    while (end < length && !endsTagName(html.charCodeAt(end))) {
      reads++;
      end++;
    }
    if (close < end) {
      close = end;
      while (close < length && html.charCodeAt(close) !== GT) {
        reads++;
        close++;
      }
    }
    // No `>` after this name means none after any later one either: the rest is text.
    if (close >= length) break;
    visit({ start: i, nameStart: start, nameEnd: end });
    i = close + 1;
  }
  return reads;
}

/** Tag names in `html` outside the subset mluvii keeps (lower-case, each once, in order of appearance). */
export function unsupportedTags(html: string): string[] {
  const found = new Set<string>();
  scanHtmlTags(html, ({ nameStart, nameEnd }) => {
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (!kept.has(name)) found.add(name);
  });
  return [...found];
}

/** @internal How many tags in `html` mluvii would drop, and where the first one starts (`-1` when none). */
export function countUnsupportedTags(html: string): { count: number; firstAt: number } {
  let count = 0;
  let firstAt = -1;
  scanHtmlTags(html, ({ start, nameStart, nameEnd }) => {
    if (kept.has(html.slice(nameStart, nameEnd).toLowerCase())) return;
    if (count === 0) firstAt = start;
    count++;
  });
  return { count, firstAt };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes plain text (a guest's name, a product title) so mluvii shows it literally inside `Text` HTML. */
export function escapeMluviiText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Tagged template for chatbot text: literal parts are your HTML (`<strong>`, `<em>`, `<a href>`), interpolated
 * values are escaped. `` mluviiHtml`Hello <strong>${name}</strong>` ``.
 */
export function mluviiHtml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += escapeMluviiText(String(values[i])) + (strings[i + 1] ?? "");
  return out;
}
