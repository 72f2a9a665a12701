import { brandErrorClass, ContactkitError, formatBasicAuthorization } from "@contactkit/core";
/** Basic credentials for `replay`. */
export interface ReplayBasicAuth {
  readonly username: string;
  readonly password: string;
}

/** Where and how `replay` sends: the URL without userinfo, and the headers it adds to every request. */
export interface ReplayTarget {
  /** The URL to POST to, with any `user:pass@` removed (fetch refuses URLs that carry credentials). */
  readonly url: URL;
  /** The URL as it may be printed: no userinfo, query values replaced by `***`. */
  readonly display: string;
  /** Headers for every request, `Authorization` included. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Options of {@link resolveReplayTarget}. */
export interface ReplayTargetOptions {
  /** Endpoint URL; `http://user:pass@host/path` gives Basic credentials. */
  readonly to: string | URL;
  /** Basic credentials (not together with a token or credentials in `to`). */
  readonly basic?: ReplayBasicAuth;
  /** Bearer token (not together with Basic credentials). */
  readonly token?: string;
  /** Extra headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Allow a host that is not this machine. Default false: captured events hold personal data. */
  readonly allowRemote?: boolean;
}

/** A `replay` option that cannot work; the message says what to do and never contains a secret. */
export class ReplayConfigError extends ContactkitError {
  static {
    brandErrorClass(ReplayConfigError, "ReplayConfigError");
  }

  override readonly name = "ReplayConfigError";
}

/** Whether a URL's host is this machine (`localhost`, `*.localhost`, `127.0.0.0/8`, `::1`). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Checks the replay options and turns them into a target. Throws {@link ReplayConfigError}. */
export function resolveReplayTarget(options: ReplayTargetOptions): ReplayTarget {
  let url: URL;
  try {
    url = new URL(options.to);
  } catch {
    throw new ReplayConfigError("--to is not an absolute URL; give one like http://127.0.0.1:3000/webhooks");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ReplayConfigError("--to must be an http:// or https:// URL");
  }
  if (!options.allowRemote && !isLoopbackHost(url.hostname)) {
    throw new ReplayConfigError(
      "--to is not on this machine; replay sends captured events (personal data) only to localhost, 127.0.0.1 " +
        "or ::1. Pass --allow-remote if you really mean to send them elsewhere",
    );
  }
  let basic = options.basic;
  if (url.username !== "" || url.password !== "") {
    if (basic) throw new ReplayConfigError("give Basic credentials either in the --to URL or with --basic, not both");
    basic = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    url = new URL(url.href);
    url.username = "";
    url.password = "";
  }
  if (basic && options.token !== undefined) {
    throw new ReplayConfigError("give either Basic credentials or --token, not both");
  }
  const headers: Record<string, string> = { "content-type": "application/json", ...lowerKeys(options.headers ?? {}) };
  if (basic) {
    headers.authorization = formatBasicAuthorization(basic);
  } else if (options.token !== undefined) {
    if (options.token === "") throw new ReplayConfigError("--token is empty");
    headers.authorization = `Bearer ${options.token}`;
  }
  return { url, display: displayUrl(url), headers };
}

function lowerKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}

/** A URL safe to print: no userinfo, every query value masked (query tokens are common webhook secrets). */
export function displayUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  for (const key of [...new Set(copy.searchParams.keys())]) copy.searchParams.set(key, "***");
  return copy.href.replace(/%2A%2A%2A/g, "***");
}

/** Parses `user:pass` (the password may contain `:`). */
export function parseBasic(value: string): ReplayBasicAuth {
  const colon = value.indexOf(":");
  if (colon <= 0) throw new ReplayConfigError("--basic must be user:password");
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

/** Parses `name:value`, as curl's `-H` does. */
export function parseHeader(value: string): [string, string] {
  const colon = value.indexOf(":");
  const name = colon > 0 ? value.slice(0, colon).trim() : "";
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new ReplayConfigError('--header must be "name: value", e.g. --header "x-env: test"');
  }
  return [name, value.slice(colon + 1).trim()];
}
