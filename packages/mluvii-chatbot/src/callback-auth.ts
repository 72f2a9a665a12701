import type { WebhookAuth } from "@contactkit/core";

/** Options of {@link callbackTokenAuth}. */
export interface CallbackTokenAuthOptions {
  /** Accepted tokens (several at once, for rotation). Each must be non-empty. */
  readonly tokens: readonly string[];
  /** Name of the token, default `access_token`. */
  readonly param?: string;
}

/**
 * Token-in-the-callback-URL authentication, the protection mluvii's chatbot docs recommend
 * ("an access token in the URL", example `https://www.example.com/api/access_token=…`). The token is read from the
 * query (`?access_token=…`) or from a path segment `access_token=…`, and compared in constant time. For
 * `https://user:pass@host/…` callback URLs use core's `basicAuth` instead.
 *
 * The comparison is synchronous and constant-time in the presented value (see {@link constantTimeMatch}): no
 * `crypto.subtle` round trip per callback, which matters when hundreds of callbacks arrive at once and each must be
 * acknowledged within mluvii's 2 s.
 */
export function callbackTokenAuth(options: CallbackTokenAuthOptions): WebhookAuth {
  const param = options.param ?? "access_token";
  if (options.tokens.length === 0 || options.tokens.some((t) => typeof t !== "string" || t.length === 0)) {
    throw new TypeError("callbackTokenAuth: at least one non-empty token is required");
  }
  const prefix = `${param}=`;
  return {
    scheme: "callback-token",
    async verify(request) {
      const url = new URL(request.url);
      let presented = url.searchParams.get(param);
      if (presented === null) {
        const segment = url.pathname.split("/").find((s) => s.startsWith(prefix));
        presented = segment === undefined ? null : safeDecode(segment.slice(prefix.length));
      }
      // Compare even when nothing was presented, so timing does not reveal where the token is looked for.
      const ok = constantTimeMatch(presented ?? "", options.tokens);
      return ok && presented !== null && presented.length > 0 ? { ok: true } : { ok: false };
    },
  };
}

/**
 * Whether `presented` equals any accepted secret. Every secret is compared in full, whichever matches, and each
 * comparison walks the secret's length whatever was presented: the time depends on the configured secrets only,
 * never on how much of a guess is right.
 */
export function constantTimeMatch(presented: string, accepted: readonly string[]): boolean {
  let matched = 0;
  for (const secret of accepted) {
    let diff = presented.length ^ secret.length;
    for (let i = 0; i < secret.length; i++) {
      // charCodeAt past the end is NaN; `| 0` makes it 0, and the length check above already differs.
      diff |= (presented.charCodeAt(i) | 0) ^ secret.charCodeAt(i);
    }
    matched |= diff === 0 ? 1 : 0;
  }
  return matched === 1;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
