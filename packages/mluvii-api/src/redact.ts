/** Longest body excerpt kept on a status error. */
export const BODY_EXCERPT_LENGTH = 512;

const REDACTED = "[redacted]";
/** `scheme://user:pass@` — mluvii webhook callback URLs carry Basic credentials this way (webhooks FAQ). */
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^/\s@"'<>]+@/gi;
/** Query or form parameters that carry secrets (`?secret=` is used by a third-party receiver, vendor notes §2.1). */
const SECRET_PARAMS =
  /\b(access_token|refresh_token|id_token|client_secret|password|secret|token|apikey|api_key)(["']?\s*[=:]\s*["']?)([^&\s"',}]+)/gi;

/**
 * Removes URL credentials, secret-named parameters and the given literal secrets from a text that may be shown
 * to people (an error field or a log line).
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(URL_USERINFO, `$1${REDACTED}@`).replace(SECRET_PARAMS, `$1$2${REDACTED}`);
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** A redacted, bounded excerpt of a response body. */
export function bodyExcerpt(body: string, secrets: readonly string[]): string {
  // Redact before cutting so a secret straddling the boundary cannot leak half of itself.
  const clean = redact(body.length > 8 * BODY_EXCERPT_LENGTH ? body.slice(0, 8 * BODY_EXCERPT_LENGTH) : body, secrets);
  return clean.length > BODY_EXCERPT_LENGTH ? `${clean.slice(0, BODY_EXCERPT_LENGTH)}…` : clean;
}
