/**
 * Node adapter for contactkit webhook handlers: turns a fetch-style `(Request) => Promise<Response>` into a
 * `(req, res)` listener for `node:http`, express and fastify (raw request). Node-only; the rest of core is
 * runtime-neutral.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";

/** An incoming request, possibly touched by a framework's body parser (`req.body`). */
export type NodeRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

/** Options for {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /** Origin used to build the request URL when the Host header is missing. Default `http://localhost`. */
  readonly fallbackOrigin?: string;
  /** Trust `X-Forwarded-Proto` when building the URL. Default false. */
  readonly trustProxy?: boolean;
}

/** Thrown (as a 500 answer) when a framework consumed the body before the handler could read it. */
export const BODY_CONSUMED_MESSAGE =
  "The request body was already consumed by a body parser (for example express.json()), so contactkit cannot " +
  "authenticate and validate the exact bytes that arrived. Mount the contactkit handler before any JSON body " +
  "parser, or give it the raw bytes: express.raw({ type: 'application/json' }) or a fastify content-type parser " +
  "with parseAs: 'buffer'.";

/** Converts a node request to a fetch `Request`, streaming its body (or using a raw `req.body` Buffer/string). */
export function toFetchRequest(req: NodeRequest, options: NodeHandlerOptions = {}): Request {
  const proto = options.trustProxy ? String(req.headers["x-forwarded-proto"] ?? "http").split(",")[0] : "http";
  const host = req.headers.host;
  const base = host ? `${proto}://${host}` : (options.fallbackOrigin ?? "http://localhost");
  const url = new URL(req.originalUrl ?? req.url ?? "/", base);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers });
  let body: Uint8Array | string | ReadableStream;
  if (req.body instanceof Uint8Array) body = new Uint8Array(req.body);
  else if (typeof req.body === "string") body = req.body;
  else if (req.body !== undefined) throw new BodyConsumedError();
  else if (req.readableEnded) throw new BodyConsumedError();
  else body = nodeBodyStream(req);
  return new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
}

/**
 * A web `ReadableStream` over a node readable (the request body), with backpressure. Not `Readable.toWeb`: after
 * a `cancel()` it keeps its `data` listener, and a chunk arriving late throws an uncaught `ERR_INVALID_STATE`
 * that takes the process down (nodejs/node#64529) — exactly what happens when a receiver answers 401/413 without
 * reading the body. Here a cancel detaches every listener and late chunks are ignored.
 */
export function nodeBodyStream(source: Readable): ReadableStream<Uint8Array> {
  let finished = false;
  type Listener = Parameters<Readable["on"]>[1];
  const listeners: [string, Listener][] = [];
  const detach = (): void => {
    finished = true;
    for (const [event, listener] of listeners) source.off(event, listener);
    listeners.length = 0;
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const on = (event: string, listener: Listener): void => {
          listeners.push([event, listener]);
          source.on(event, listener);
        };
        on("data", (chunk: Buffer | string) => {
          if (finished) return;
          controller.enqueue(typeof chunk === "string" ? new TextEncoder().encode(chunk) : new Uint8Array(chunk));
          if ((controller.desiredSize ?? 0) <= 0) source.pause();
        });
        on("end", () => {
          if (finished) return;
          detach();
          controller.close();
        });
        on("error", (error: Error) => {
          if (finished) return;
          detach();
          controller.error(error);
        });
        on("close", () => {
          if (finished) return;
          detach();
          controller.error(new Error("the request was closed before its body ended"));
        });
      },
      pull() {
        source.resume();
      },
      cancel() {
        // Stop listening; the adapter closes the connection after answering, so the unread rest is never buffered.
        detach();
        source.pause();
      },
    },
    { highWaterMark: 4 },
  );
}

/** The body was parsed by a framework before the handler ran; see {@link BODY_CONSUMED_MESSAGE}. */
export class BodyConsumedError extends Error {
  override readonly name = "BodyConsumedError";
  constructor() {
    super(BODY_CONSUMED_MESSAGE);
  }
}

/** Writes a fetch `Response` to a node response. */
export async function sendFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.end(body);
}

/**
 * Adapts a fetch-style handler to node's `(req, res)` listener, usable as `http.createServer(listener)`,
 * `app.post(path, listener)` in express (before `express.json()`, or after `express.raw()`), or from fastify
 * with `reply.hijack()` and `listener(request.raw, reply.raw)`.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  options: NodeHandlerOptions = {},
): (req: NodeRequest, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let response: Response;
    try {
      response = await handler(toFetchRequest(req, options));
    } catch (error) {
      const message = error instanceof BodyConsumedError ? error.message : "internal error";
      response = new Response(JSON.stringify({ ok: false, error: message }), {
        status: 500,
        headers: { "content-type": "application/json" },
      });
    }
    // An unread remainder (e.g. after 413) must not be left on a keep-alive connection.
    if (!req.readableEnded && req.body === undefined) {
      res.setHeader("connection", "close");
      res.once("finish", () => req.destroy());
    }
    try {
      await sendFetchResponse(res, response);
    } catch {
      res.destroy();
    }
  };
}
