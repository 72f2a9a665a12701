/**
 * The HTML subset mluvii keeps in chatbot `Text` (seed 001 / api-chatbot docs): `<strong>`, `<em>` and `<a>`.
 * Other tags are dropped by mluvii, so the strict writer rejects them instead of letting text silently change.
 */
export const MLUVII_TEXT_TAGS = ["strong", "em", "a"] as const;

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>/g;

/** Tag names in `html` outside the subset mluvii keeps (lower-case, each once, in order of appearance). */
export function unsupportedTags(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(TAG)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!(MLUVII_TEXT_TAGS as readonly string[]).includes(name)) found.add(name);
  }
  return [...found];
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
