/** Longest body excerpt kept on a status error. */
export const BODY_EXCERPT_LENGTH = 512;

const REDACTED = "[redacted]";

/**
 * `scheme://user:pass@`, also with the slashes JSON-escaped (`https:\/\/…`) or the whole URL percent-encoded
 * (`https%3A%2F%2Fuser%3Apass%40…`): mluvii webhook callback URLs carry Basic credentials this way (docs.mluvii.com
 * public-api/webhooks-faq), and an API echoing a subscription echoes them.
 */
const URL_USERINFO = /([a-z][a-z0-9+.-]{0,30}(?::|%3a)(?:\\*\/|%2f){2})(?:(?!%2f|%40)[^/\s@"'<>\\]){1,256}(@|%40)/gi;

/**
 * Names of query, form or JSON parameters that carry secrets (`?secret=` is how a third-party mluvii webhook
 * receiver authenticates, `ObseumEU/APIGateway.MluviiWebhook@b07206d`), each followed by `=` or `:`, optionally
 * quoted (also with escaped quotes, as in JSON inside a JSON string).
 */
const SECRET_PARAM =
  /\b(access_token|refresh_token|id_token|client_secret|password|passwd|secret|token|apikey|api_key|authorization)(\\*["']?)(\s*[=:]\s*)(\\*["'])?/gi;

/** Where an unquoted parameter value ends. */
const UNQUOTED_END = /[&\s"',;}\]<>\\]/;

/**
 * The end of a quoted value that starts at `from`: the next `quote` preceded by exactly `escapes` backslashes (so
 * an escaped quote inside the value does not end it).
 */
function quotedEnd(text: string, from: number, quote: string, escapes: number): number {
  for (let i = text.indexOf(quote, from); i >= 0; i = text.indexOf(quote, i + 1)) {
    let backslashes = 0;
    while (backslashes < i - from && text[i - 1 - backslashes] === "\\") backslashes++;
    if (backslashes === escapes) return i - escapes;
  }
  return text.length;
}

/** Redacts the value of every secret-named parameter, whole (a multi-word password included). */
function redactParams(text: string): string {
  let out = "";
  let last = 0;
  SECRET_PARAM.lastIndex = 0;
  for (let match = SECRET_PARAM.exec(text); match; match = SECRET_PARAM.exec(text)) {
    let start = match.index + match[0].length;
    const opening = match[4];
    let end: number;
    if (opening) {
      end = quotedEnd(text, start, opening.slice(-1), opening.length - 1);
    } else {
      // `Authorization: Bearer xyz`: the scheme stays, the credentials go.
      const scheme = /^(?:Bearer|Basic)\s+/i.exec(text.slice(start, start + 10));
      if (scheme) start += scheme[0].length;
      end = start;
      while (end < text.length && !UNQUOTED_END.test(text[end] as string)) end++;
    }
    if (end <= start) continue;
    out += text.slice(last, start) + REDACTED;
    last = end;
    SECRET_PARAM.lastIndex = Math.max(SECRET_PARAM.lastIndex, end);
  }
  return out + text.slice(last);
}

const hexByte = (byte: number): string =>
  byte
    .toString(16)
    .padStart(2, "0")
    .replace(/[a-f]/g, (c) => `[${c}${c.toUpperCase()}]`);

const JSON_SHORT_ESCAPES: Readonly<Record<string, string>> = { "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t" };
const encoder = new TextEncoder();

/** Every way one character of a secret may appear in a body: as is, JSON-escaped, `\uXXXX`, percent-encoded. */
function characterForms(char: string): string {
  const forms = [char.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")];
  for (let i = 0; i < char.length; i++) {
    forms.push(`\\\\+u${hexByte(char.charCodeAt(i) >> 8)}${hexByte(char.charCodeAt(i) & 0xff)}`);
  }
  if (char === '"' || char === "/") forms.push(`\\\\+\\${char}`);
  if (char === "\\") forms.push("\\\\+");
  const short = JSON_SHORT_ESCAPES[char];
  if (short) forms.push(`\\\\+${short}`);
  forms.push([...encoder.encode(char)].map((byte) => `%${hexByte(byte)}`).join(""));
  if (char === " ") forms.push("\\+");
  return forms.length === 1 ? (forms[0] as string) : `(?:${forms.join("|")})`;
}

const secretPatterns = new Map<string, RegExp>();

/** A pattern matching `secret` in any of the encodings a server may echo it in (cached; secrets are few). */
function secretPattern(secret: string): RegExp {
  let pattern = secretPatterns.get(secret);
  if (!pattern) {
    pattern = new RegExp([...secret].map(characterForms).join(""), "g");
    if (secretPatterns.size >= 64) secretPatterns.delete(secretPatterns.keys().next().value as string);
    secretPatterns.set(secret, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Removes URL credentials, secret-named parameters and the given secrets from a text that may be shown to people
 * (an error field or a log line). Each secret is found literally and in every encoding a body can carry it in:
 * JSON-escaped (`\"`, `\/`, `\uXXXX` as .NET's encoder writes `+`, also double-escaped JSON inside JSON),
 * percent-encoded, and form-encoded (`+` for a space) — and mixes of these.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = redactParams(text.replace(URL_USERINFO, `$1${REDACTED}$2`));
  for (const secret of new Set(secrets)) {
    if (secret.length >= 4) out = out.replace(secretPattern(secret), REDACTED);
  }
  return out;
}

/** A redacted, bounded excerpt of a response body. */
export function bodyExcerpt(body: string, secrets: readonly string[]): string {
  // Redact before cutting so a secret straddling the boundary cannot leak half of itself.
  const clean = redact(body.length > 8 * BODY_EXCERPT_LENGTH ? body.slice(0, 8 * BODY_EXCERPT_LENGTH) : body, secrets);
  return clean.length > BODY_EXCERPT_LENGTH ? `${clean.slice(0, BODY_EXCERPT_LENGTH)}…` : clean;
}
