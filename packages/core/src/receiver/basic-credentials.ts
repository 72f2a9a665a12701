import type { BasicCredentials } from "./auth";

const BASIC_HEADER = /^Basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i;

/**
 * The credentials of an `Authorization: Basic …` header value (RFC 7617: base64 of UTF-8 `user:password`, split at
 * the first colon), or `undefined` when the value is absent, of another scheme, not base64, or has no colon.
 * Runtime-neutral (`atob` and `TextDecoder`, no `Buffer`). It only reads: compare what it returns with
 * {@link matchesAnySecret}, never with `===`.
 *
 * @example
 * const presented = parseBasicAuthorization(request.headers.get("authorization"));
 * // { username: "mluvii", password: "…" } | undefined
 */
export function parseBasicAuthorization(header: string | null | undefined): BasicCredentials | undefined {
  if (typeof header !== "string") return undefined;
  const match = BASIC_HEADER.exec(header);
  if (match === null) return undefined;
  let decoded: string;
  try {
    decoded = new TextDecoder().decode(Uint8Array.from(atob(match[1] as string), (c) => c.charCodeAt(0)));
  } catch {
    return undefined; // base64 of a length atob refuses
  }
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * The `Authorization` header value for Basic credentials (RFC 7617, UTF-8), the inverse of
 * {@link parseBasicAuthorization}. Runtime-neutral (`btoa`, no `Buffer`).
 *
 * @example
 * headers.set("authorization", formatBasicAuthorization({ username: "mluvii", password: "s3cret" }));
 */
export function formatBasicAuthorization(credentials: BasicCredentials): string {
  const bytes = new TextEncoder().encode(`${credentials.username}:${credentials.password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
