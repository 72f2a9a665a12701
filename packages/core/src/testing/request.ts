import { formatBasicAuthorization } from "../receiver/basic-credentials";

/**
 * How a test request proves who sent it, the way the platform would:
 * - `{ username, password }`: `Authorization: Basic …`;
 * - `{ token }`: a token where the vendor puts one (`in`: the query string, a path segment `param=token`, or
 *   `Authorization: Bearer`; each vendor package has its default);
 * - `{ header, secret }`: a shared secret in a header of your choosing.
 */
export type TestRequestAuth =
  | { readonly username: string; readonly password: string }
  | { readonly token: string; readonly in?: "query" | "path" | "bearer"; readonly param?: string }
  | { readonly header: string; readonly secret: string };

/** Options of a vendor's `createTestRequest`. */
export interface TestRequestOptions {
  /**
   * Where the request is sent. Credentials in it (`http://user:pass@host/path`, as registered with the platform)
   * become `Authorization: Basic`, the way mluvii sends them. Default: the vendor package's example URL.
   */
  readonly url?: string | URL;
  /** How the request authenticates. */
  readonly auth?: TestRequestAuth;
  /** More headers (they win over the defaults). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a vendor package fixes about its platform's requests, for {@link buildTestRequest}. */
export interface TestRequestDefaults {
  /** URL when the caller gives none. */
  readonly url: string;
  /** Where `{ token }` goes unless the caller says otherwise, and under which name. */
  readonly token: { readonly in: "query" | "path" | "bearer"; readonly param: string };
  /** The Content-Type the platform sends, or `null` when it sends none (the request then has none either). */
  readonly contentType: string | null;
}

/**
 * A `Request` as a platform would POST it: the body as bytes (so no Content-Type is added unless the platform sends
 * one), credentials where the platform puts them, never in the URL's userinfo (which `Request` refuses). Vendor
 * packages wrap it as `createTestRequest`.
 *
 * @example
 * const request = buildTestRequest(event, { auth: { token: "t" } }, { url: "http://localhost/hook", token: { in: "query", param: "token" }, contentType: null });
 */
export function buildTestRequest(
  body: object | string | Uint8Array,
  options: TestRequestOptions,
  defaults: TestRequestDefaults,
): Request {
  const url = new URL(options.url ?? defaults.url);
  const headers = new Headers();
  if (defaults.contentType !== null) headers.set("content-type", defaults.contentType);
  if (url.username !== "" || url.password !== "") {
    if (options.auth) throw new TypeError("give credentials either in the URL or as auth, not both");
    headers.set(
      "authorization",
      formatBasicAuthorization({
        username: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
      }),
    );
    url.username = "";
    url.password = "";
  }
  const auth = options.auth;
  if (auth && "username" in auth) headers.set("authorization", formatBasicAuthorization(auth));
  else if (auth && "token" in auth) {
    const where = auth.in ?? defaults.token.in;
    const param = auth.param ?? defaults.token.param;
    if (where === "bearer") headers.set("authorization", `Bearer ${auth.token}`);
    else if (where === "query") url.searchParams.set(param, auth.token);
    else url.pathname = `${url.pathname.replace(/\/$/, "")}/${param}=${encodeURIComponent(auth.token)}`;
  } else if (auth && "header" in auth) headers.set(auth.header, auth.secret);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  const bytes =
    body instanceof Uint8Array
      ? body
      : new TextEncoder().encode(typeof body === "string" ? body : JSON.stringify(body));
  return new Request(url, { method: "POST", headers, body: bytes });
}
