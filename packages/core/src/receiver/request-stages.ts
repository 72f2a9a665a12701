/** The stages that look at the request before its body is trusted: method, authentication, type, body. */
import { isJsonContentType, readBodyWithLimit } from "./body";
import type { Stage } from "./pipeline";
import type { ReceiverSetup } from "./setup";

/** `POST` goes on; `GET`/`HEAD` are answered 200 when allowed; anything else is 405 with `Allow`. */
export function allowMethod<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  const allow = setup.methods.join(", ");
  return ({ request }) => {
    if (request.method === "POST") return undefined;
    if (setup.allowGet && (request.method === "GET" || request.method === "HEAD")) {
      return setup.respond({ kind: "probe" });
    }
    return setup.respond({ kind: "method", allow });
  };
}

/** Authenticates before a byte of the body is read. */
export function authenticate<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  const { auth } = setup;
  return async ({ request }) => {
    const result = await auth.verify(request);
    if (result.ok) return undefined;
    return setup.respond({ kind: "unauthorized", scheme: auth.scheme, challenge: result.challenge });
  };
}

/** Requires a JSON Content-Type when the receiver is configured to. */
export function requireJson<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  return ({ request }) =>
    !setup.requireJsonContentType || isJsonContentType(request.headers.get("content-type"))
      ? undefined
      : setup.respond({ kind: "media-type" });
}

/** Reads the body under the size limit and the deadline. */
export function readBody<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  const { bodyLimit: limit, bodyTimeoutMs: timeoutMs } = setup;
  return async (delivery) => {
    const body = await readBodyWithLimit(delivery.request, limit, { timeoutMs });
    if (body.ok) {
      delivery.bytes = body.bytes;
      return undefined;
    }
    if (body.reason === "too_large") return setup.respond({ kind: "too-large", limit });
    if (body.reason === "timeout") return setup.respond({ kind: "body-timeout", timeoutMs });
    return setup.respond({ kind: "unreadable" });
  };
}
