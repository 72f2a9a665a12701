/**
 * Node adapter for contactkit webhook handlers: turns a fetch-style `(Request) => Promise<Response>` into a
 * `(req, res)` listener for `node:http` (HTTP/1.1, and `node:http2`'s compatibility API), express and fastify.
 * Node-only; the rest of core is runtime-neutral.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";
import { brandErrorClass, ContactkitError } from "../error-brand";

/** An incoming request, possibly touched by a framework's body parser (`req.body`). */
export type NodeRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

/** Options for {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /** Origin used to build the request URL when the Host header is missing or invalid. Default `http://localhost`. */
  readonly fallbackOrigin?: string;
  /** Trust `X-Forwarded-Proto` when building the URL. Default false. */
  readonly trustProxy?: boolean;
  /**
   * After answering a request whose body was not read to its end (401, 413, 408…), keep reading and discarding
   * it for up to this many ms before closing the connection, so a client still uploading receives the answer
   * instead of a reset (a "lingering close"); a body that ends sooner leaves the connection usable. Default 2,000.
   */
  readonly lingerMs?: number;
  /** …and for at most this many bytes. Default 16 MiB. */
  readonly lingerBytes?: number;
}

/** Thrown (as a 500 answer) when a framework consumed the body before the handler could read it. */
export const BODY_CONSUMED_MESSAGE =
  "The request body was already consumed by a body parser (for example express.json()), so contactkit cannot " +
  "authenticate and validate the exact bytes that arrived. Mount the contactkit handler before any body parser " +
  "(it authenticates before it reads the body), or give it the raw bytes as a Buffer in req.body.";

/** Methods the fetch `Request` refuses to carry (Fetch standard, "forbidden method"). */
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(["CONNECT", "TRACE", "TRACK"]);

/**
 * Headers that belong to one HTTP/1.1 connection and must not be sent over HTTP/2 (RFC 9113, section 8.2.2:
 * https://www.rfc-editor.org/rfc/rfc9113#section-8.2.2).
 */
const CONNECTION_HEADERS: ReadonlySet<string> = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
]);

function requestUrl(req: NodeRequest, options: NodeHandlerOptions): URL {
  const fallback = options.fallbackOrigin ?? "http://localhost";
  const proto = options.trustProxy
    ? String(req.headers["x-forwarded-proto"] ?? "http")
        .split(",")[0]
        ?.trim()
    : "http";
  // HTTP/2 carries the host in the :authority pseudo-header.
  const host = req.headers.host ?? (req.headers[":authority"] as string | undefined);
  let base: URL;
  try {
    base = new URL(host ? `${proto === "https" ? "https" : "http"}://${host}` : fallback);
  } catch {
    base = new URL(fallback); // a garbage Host header is not worth a 500
  }
  const target = req.originalUrl ?? req.url ?? "/";
  try {
    // Only the path and query of the target count: an absolute-form target (`http://other/x`) or one starting
    // with `//` must not change the origin.
    const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
    const parsed = new URL(absolute ? target : `http://placeholder${target.startsWith("/") ? "" : "/"}${target}`);
    const url = new URL(base.origin);
    url.pathname = parsed.pathname;
    url.search = parsed.search;
    return url;
  } catch {
    return new URL(base.origin);
  }
}

/**
 * Converts a node request to a fetch `Request`, streaming its body (or using a raw `req.body` Buffer/string).
 * HTTP/2 pseudo-headers (`:method`, `:path`…) are left out, and so is any header fetch refuses. `signal` is
 * given to the request (the adapter aborts it when the client goes away). Throws `MethodNotRepresentableError`
 * for methods fetch cannot carry (`TRACE`, `CONNECT`, `TRACK`).
 */
export function toFetchRequest(req: NodeRequest, options: NodeHandlerOptions = {}, signal?: AbortSignal): Request {
  const method = (req.method ?? "GET").toUpperCase();
  if (FORBIDDEN_METHODS.has(method)) throw new MethodNotRepresentableError();
  const url = requestUrl(req, options);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    try {
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else headers.set(name, value);
    } catch {
      // A header value fetch refuses: leave it out rather than fail the request.
    }
  }
  const init: RequestInit = { method, headers, ...(signal ? { signal } : {}) };
  if (method === "GET" || method === "HEAD") return new Request(url, init);
  let body: Uint8Array | string | ReadableStream;
  if (req.body instanceof Uint8Array) body = new Uint8Array(req.body);
  else if (typeof req.body === "string") body = req.body;
  else if (req.body !== undefined) throw new BodyConsumedError();
  else if (req.readableEnded) throw new BodyConsumedError();
  else body = nodeBodyStream(req);
  return new Request(url, { ...init, body, duplex: "half" } as RequestInit);
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
        // Stop listening; the adapter drains or closes the connection after answering, never buffering the rest.
        detach();
        source.pause();
      },
    },
    { highWaterMark: 4 },
  );
}

/** The body was parsed by a framework before the handler ran; see {@link BODY_CONSUMED_MESSAGE}. */
export class BodyConsumedError extends ContactkitError {
  static {
    brandErrorClass(BodyConsumedError, "BodyConsumedError");
  }

  override readonly name = "BodyConsumedError";
  constructor() {
    super(BODY_CONSUMED_MESSAGE);
  }
}

/** The request's method cannot be carried by a fetch `Request` (`TRACE`, `CONNECT`, `TRACK`); answered 405. */
export class MethodNotRepresentableError extends ContactkitError {
  static {
    brandErrorClass(MethodNotRepresentableError, "MethodNotRepresentableError");
  }

  override readonly name = "MethodNotRepresentableError";
  constructor() {
    super("this method cannot be handled by a fetch handler");
  }
}

const isHttp2 = (req: IncomingMessage): boolean => req.httpVersionMajor >= 2;

/**
 * Writes a fetch `Response` to a node response. With `withoutConnectionHeaders` (HTTP/2, or when the adapter
 * manages the connection itself) connection-specific headers are left out.
 */
export async function sendFetchResponse(
  res: ServerResponse,
  response: Response,
  withoutConnectionHeaders = false,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (withoutConnectionHeaders && CONNECTION_HEADERS.has(name)) return;
    headers[name] = value;
  });
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (res.headersSent || res.destroyed) return;
  res.writeHead(response.status, headers);
  res.end(body);
}

function json(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

/**
 * After the answer went out on a connection whose request body was not read to its end, reads and discards the
 * rest for a bounded time and size, then closes. Closing at once (which is what node does after `Connection:
 * close`) makes the kernel reset a connection with unread data, and a client still uploading loses the answer
 * waiting in its buffer. A body that ends within the bounds leaves the connection usable.
 */
function lingerThenClose(req: IncomingMessage, res: ServerResponse, lingerMs: number, lingerBytes: number): void {
  res.once("finish", () => {
    if (req.readableEnded) return;
    const socket = req.socket;
    let drained = 0;
    const done = (): void => {
      clearTimeout(timer);
      req.off("data", count);
      req.off("end", done);
    };
    const stop = (): void => {
      done();
      socket.destroy();
    };
    const count = (chunk: Buffer): void => {
      drained += chunk.length;
      if (drained > lingerBytes) stop();
    };
    const timer = setTimeout(stop, lingerMs);
    timer.unref?.();
    socket.once("close", done);
    req.once("end", done);
    req.on("data", count);
    req.resume();
  });
}

/**
 * Adapts a fetch-style handler to node's `(req, res)` listener, usable as `http.createServer(listener)`,
 * `http2.createServer()`/`createSecureServer()`'s request listener, `app.post(path, listener)` in express (before
 * any body parser), or from fastify with `reply.hijack()` and `listener(request.raw, reply.raw)`.
 *
 * Methods fetch cannot carry (`TRACE`…) get 405 with `Allow` (from the handler's `methods`, when it has them);
 * the request's `signal` aborts when the client goes away; an answer given before the body was read (401, 413,
 * 408) reaches a client that is still uploading (see `lingerMs`).
 */
export function toNodeHandler(
  handler: ((request: Request) => Promise<Response>) & { readonly methods?: readonly string[] },
  options: NodeHandlerOptions = {},
): (req: NodeRequest, res: ServerResponse) => Promise<void> {
  const lingerMs = options.lingerMs ?? 2_000;
  const lingerBytes = options.lingerBytes ?? 16 * 1_048_576;
  return async (req, res) => {
    const gone = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) gone.abort(new Error("the client went away"));
    });
    let response: Response;
    try {
      response = await handler(toFetchRequest(req, options, gone.signal));
    } catch (error) {
      if (error instanceof MethodNotRepresentableError) {
        const allow = handler.methods?.join(", ");
        response = json(405, { ok: false, error: "method not allowed" }, allow ? { allow } : {});
      } else {
        const message = error instanceof BodyConsumedError ? error.message : "internal error";
        response = json(500, { ok: false, error: message });
      }
    }
    const http2 = isHttp2(req);
    const lingering = !http2 && !req.readableEnded && req.body === undefined && !res.headersSent;
    // An unread remainder (e.g. after 413) is drained, within bounds, before the connection is reused or closed;
    // `Connection: close` would make node close it at once.
    if (lingering) lingerThenClose(req, res, lingerMs, lingerBytes);
    try {
      await sendFetchResponse(res, response, http2 || lingering);
    } catch {
      res.destroy();
    }
  };
}

export {
  type ClosableAppServer,
  type ClosableNodeServer,
  type DrainableHandler,
  type GracefulShutdown,
  type GracefulShutdownOptions,
  shutdownGracefully,
} from "./shutdown";
