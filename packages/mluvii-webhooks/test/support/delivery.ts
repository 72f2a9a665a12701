/**
 * Builds requests the way mluvii delivers webhooks: POST of one JSON event to the registered callback URL, with
 * the URL's `user:password@` turned into an `Authorization: Basic` header (fetch itself refuses such URLs).
 */
export function mluviiDelivery(callbackUrl: string, body: unknown, init: { method?: string } = {}): Request {
  const url = new URL(callbackUrl);
  const headers = new Headers({ "content-type": "application/json; charset=utf-8" });
  if (url.username) {
    const userinfo = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    headers.set("authorization", `Basic ${Buffer.from(userinfo, "utf8").toString("base64")}`);
  }
  url.username = "";
  url.password = "";
  const method = init.method ?? "POST";
  return new Request(url, {
    method,
    headers,
    ...(method === "GET" ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

/** A promise with its resolver, for holding a handler open. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
