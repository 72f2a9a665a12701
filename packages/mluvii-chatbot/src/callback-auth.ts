import { matchesAnySecret, type WebhookAuth } from "@contactkit/core";

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
 * The comparison is synchronous and constant-time in the presented value (core's `matchesAnySecret`): no
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
      const ok = matchesAnySecret(presented ?? "", options.tokens);
      return ok && presented !== null && presented.length > 0 ? { ok: true } : { ok: false };
    },
  };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
