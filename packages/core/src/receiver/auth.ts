import { parseBasicAuthorization } from "./basic-credentials";

/**
 * Authentication for webhook receivers. Secrets are compared in time that depends only on the presented value's
 * length (every byte is compared, nothing is hashed: see {@link timingSafeEqualStrings}), every configured secret
 * is checked (so rotation leaks nothing about which one matched), and nothing here ever puts a secret into a
 * message.
 */

/** Outcome of authenticating a request. */
export type AuthResult = { readonly ok: true } | { readonly ok: false; readonly challenge?: string };

/** A way to authenticate an incoming webhook request, run before its body is read. */
export interface WebhookAuth {
  /** Short name for logs, e.g. `basic`. */
  readonly scheme: string;
  /** Decides whether the request is authentic. */
  verify(request: Request): Promise<AuthResult>;
  /** True for {@link noAuth}: receivers warn when it is used. */
  readonly insecure?: boolean;
}

const encoder = new TextEncoder();

/**
 * Compares two strings in time that depends only on the length of `presented`, never on where they differ or on
 * the secret's length. Synchronous and runtime-neutral (no `node:crypto`; `crypto.subtle` is async and, hashing
 * every secret per request, too slow under a burst of callbacks).
 */
export function timingSafeEqualStrings(presented: string, secret: string): boolean {
  const a = encoder.encode(presented);
  const b = encoder.encode(secret);
  let diff = a.length ^ b.length;
  const n = b.length === 0 ? 1 : b.length;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i % n] ?? 0);
  return diff === 0;
}

/**
 * Compares a presented secret with several accepted ones in constant time with respect to their contents.
 * Every accepted secret is compared (no short-circuit), so rotation leaks nothing about which one matched.
 */
export function matchesAnySecret(presented: string, accepted: readonly string[]): boolean {
  let matched = false;
  for (const secret of accepted) if (timingSafeEqualStrings(presented, secret)) matched = true;
  return matched;
}

function requireSecrets(name: string, secrets: readonly string[]): void {
  if (secrets.length === 0 || secrets.some((s) => typeof s !== "string" || s.length === 0)) {
    throw new TypeError(`${name}: at least one non-empty secret is required`);
  }
}

/** A username and password accepted by {@link basicAuth}. */
export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * HTTP Basic authentication. Several credential pairs may be accepted at once, for rotation.
 * Platforms such as mluvii send these when the callback URL embeds them (`https://user:pass@host/path`).
 */
export function basicAuth(options: {
  readonly credentials: readonly BasicCredentials[];
  readonly realm?: string;
}): WebhookAuth {
  const accepted = options.credentials.map((c) => `${c.username}:${c.password}`);
  requireSecrets(
    "basicAuth",
    options.credentials.map((c) => c.password),
  );
  const challenge = `Basic realm="${options.realm ?? "webhook"}", charset="UTF-8"`;
  return {
    scheme: "basic",
    async verify(request) {
      const credentials = parseBasicAuthorization(request.headers.get("authorization"));
      const presented = credentials === undefined ? "" : `${credentials.username}:${credentials.password}`;
      // Compare even when the header is missing, so a missing header costs the same as a wrong one.
      const ok = matchesAnySecret(presented, accepted) && credentials !== undefined;
      return ok ? { ok: true } : { ok: false, challenge };
    },
  };
}

/** `Authorization: Bearer <token>` authentication, with several accepted tokens for rotation. */
export function bearerAuth(options: { readonly tokens: readonly string[] }): WebhookAuth {
  requireSecrets("bearerAuth", options.tokens);
  return {
    scheme: "bearer",
    async verify(request) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
      const ok = matchesAnySecret(match?.[1] ?? "", options.tokens) && match !== null;
      return ok ? { ok: true } : { ok: false, challenge: "Bearer" };
    },
  };
}

/** A token in the query string (`https://host/hook?token=…`), with several accepted tokens for rotation. */
export function queryTokenAuth(options: { readonly tokens: readonly string[]; readonly param?: string }): WebhookAuth {
  requireSecrets("queryTokenAuth", options.tokens);
  const param = options.param ?? "token";
  return {
    scheme: "query-token",
    async verify(request) {
      const presented = new URL(request.url).searchParams.get(param);
      const ok = matchesAnySecret(presented ?? "", options.tokens) && presented !== null;
      return ok ? { ok: true } : { ok: false };
    },
  };
}

/** A shared secret in a request header (e.g. `X-Webhook-Secret`), with several accepted secrets for rotation. */
export function headerSecretAuth(options: {
  readonly header: string;
  readonly secrets: readonly string[];
}): WebhookAuth {
  requireSecrets("headerSecretAuth", options.secrets);
  return {
    scheme: "header-secret",
    async verify(request) {
      const presented = request.headers.get(options.header);
      const ok = matchesAnySecret(presented ?? "", options.secrets) && presented !== null;
      return ok ? { ok: true } : { ok: false };
    },
  };
}

/** Accepts a request when any of `methods` does (e.g. Basic or a query token during a migration). */
export function anyAuth(...methods: readonly WebhookAuth[]): WebhookAuth {
  return {
    scheme: methods.map((m) => m.scheme).join("|"),
    async verify(request) {
      const results = await Promise.all(methods.map((m) => m.verify(request)));
      if (results.some((r) => r.ok)) return { ok: true };
      const challenge = results.find(
        (r): r is { ok: false; challenge: string } => !r.ok && r.challenge !== undefined,
      )?.challenge;
      return challenge ? { ok: false, challenge } : { ok: false };
    },
  };
}

/** No authentication. Only for platforms that cannot authenticate; receivers log a warning when used. */
export function noAuth(): WebhookAuth {
  return { scheme: "none", insecure: true, verify: async () => ({ ok: true }) };
}
