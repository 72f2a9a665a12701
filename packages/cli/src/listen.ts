import { appendFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Detection } from "./detect";
import type { KnownFamily } from "./families";
import { inspectPayload } from "./inspect";
import { parsesAsJson } from "./payloads";
import { firstLineOf } from "./replay";
import { displayUrl } from "./replay-target";

/** Options of {@link startListener}. */
export interface ListenOptions {
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  /** Interface to listen on. Default `127.0.0.1` (this machine only; put your own tunnel in front). */
  readonly host?: string;
  /** The families to detect; default every family `inspect` knows. */
  readonly families?: readonly KnownFamily[];
  /** Validate in contract-test mode. */
  readonly strict?: boolean;
  /** Report what strict mode would reject as warnings. */
  readonly strictWarnings?: boolean;
  /** Append every delivery's body to this NDJSON file (one line each; the format `inspect` and `replay` read). */
  readonly out?: string;
  /** Forward every delivery unchanged to this URL and answer with its answer. */
  readonly forward?: string | URL;
  /** Largest accepted body in bytes. Default 1 MiB. */
  readonly bodyLimit?: number;
  /** How long a forward may take. Default 10 000 ms. */
  readonly forwardTimeoutMs?: number;
  /** Called once per request, after it has been answered (and recorded). */
  readonly onDelivery?: (delivery: ListenDelivery) => void;
}

/** One request the listener received. */
export interface ListenDelivery {
  /** When it arrived. */
  readonly at: Date;
  /** HTTP method. */
  readonly method: string;
  /** The request path, without the query (query strings often carry tokens). */
  readonly path: string;
  /** What the body is, for a POST; `null` for requests without an event (GET reachability checks). */
  readonly detection: Detection | null;
  /** The status the listener answered with (the forward target's, when forwarding). */
  readonly status: number;
  /** First line of the forward target's answer. */
  readonly answer?: string;
  /** Why forwarding failed (then the listener answered 502). */
  readonly forwardError?: string;
  /** Whether the body was appended to the capture file. */
  readonly recorded: boolean;
  /** Why it was not recorded, when `out` is set and it was not. */
  readonly notRecorded?: string;
}

/** A running listener. */
export interface Listener {
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** Stops accepting requests and resolves when the server has closed and every recording is written. */
  close(): Promise<void>;
}

/** Headers that describe one connection, not the message, and are not forwarded. */
const HOP_BY_HOP = new Set([
  "host",
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "content-length",
  "expect",
]);

/**
 * A body as one NDJSON line: JSON with its line breaks removed (they can only be whitespace between tokens, so the
 * value and every byte of its strings and numbers stay as sent), or a single-line non-JSON body as it is.
 */
function captureLine(text: string): { line: string } | { why: string } {
  if (parsesAsJson(text)) return { line: text.replace(/[\r\n]+/g, "") };
  if (/[\r\n]/.test(text.replace(/[\r\n]+$/, ""))) return { why: "not JSON and spans several lines" };
  return { line: text.replace(/[\r\n]+$/, "") };
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: string | Uint8Array, contentType: string | null): void {
  if (contentType) response.setHeader("content-type", contentType);
  response.statusCode = status;
  response.end(body);
}

/**
 * Starts a local receiver for pointing a real platform at (through your own tunnel) or for replaying captures to:
 * every POST is detected and validated like `contactkit inspect` does, appended to an NDJSON capture, optionally
 * forwarded unchanged to your endpoint, and reported through `onDelivery`. It answers 200 — or, when forwarding,
 * whatever your endpoint answered — so the platform keeps delivering; `GET` gets 200 (reachability checks).
 *
 * @example
 * const listener = await startListener({ port: 8787, out: "captures.ndjson", onDelivery: (d) => console.log(d.detection?.type) });
 */
export async function startListener(options: ListenOptions): Promise<Listener> {
  const limit = options.bodyLimit ?? 1_048_576;
  const forward = options.forward === undefined ? undefined : new URL(options.forward);
  let writes: Promise<void> = Promise.resolve();
  const record = (line: string): Promise<void> => {
    const out = options.out as string;
    writes = writes.then(() => appendFile(out, `${line}\n`, "utf8"));
    return writes;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const at = new Date();
    const method = request.method ?? "GET";
    const incoming = new URL(request.url ?? "/", "http://listener.invalid");
    const base = { at, method, path: incoming.pathname };
    if (method === "GET" || method === "HEAD") {
      send(response, 200, '{"ok":true}', "application/json");
      options.onDelivery?.({ ...base, detection: null, status: 200, recorded: false });
      return;
    }
    if (method !== "POST") {
      response.setHeader("allow", "GET, POST");
      send(response, 405, '{"ok":false,"error":"method not allowed"}', "application/json");
      options.onDelivery?.({ ...base, detection: null, status: 405, recorded: false });
      return;
    }
    const bytes = await readBody(request, limit);
    if (!bytes) {
      send(response, 413, `{"ok":false,"error":"body larger than ${limit} bytes"}`, "application/json");
      options.onDelivery?.({ ...base, detection: null, status: 413, recorded: false, notRecorded: "too large" });
      return;
    }
    const text = new TextDecoder().decode(bytes);
    const [detection] = inspectPayload(text, {
      format: "json",
      ...(options.strict ? { strict: true } : {}),
      ...(options.strictWarnings ? { strictWarnings: true } : {}),
      ...(options.families ? { families: options.families } : {}),
    });
    let recorded = false;
    let notRecorded: string | undefined;
    if (options.out !== undefined) {
      const capture = captureLine(text);
      if ("line" in capture) {
        await record(capture.line);
        recorded = true;
      } else notRecorded = capture.why;
    }
    const recording = { recorded, ...(notRecorded ? { notRecorded } : {}) };
    if (!forward) {
      send(response, 200, '{"ok":true}', "application/json");
      options.onDelivery?.({ ...base, detection: detection ?? null, status: 200, ...recording });
      return;
    }
    const target = new URL(forward.href);
    if (target.search === "" && incoming.search !== "") target.search = incoming.search;
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    try {
      const answer = await fetch(target, {
        method: "POST",
        headers,
        body: bytes,
        redirect: "manual",
        signal: AbortSignal.timeout(options.forwardTimeoutMs ?? 10_000),
      });
      const answerBytes = new Uint8Array(await answer.arrayBuffer());
      const firstLine = await firstLineOf(new Response(answerBytes));
      send(response, answer.status, answerBytes, answer.headers.get("content-type"));
      options.onDelivery?.({
        ...base,
        detection: detection ?? null,
        status: answer.status,
        ...(firstLine ? { answer: firstLine } : {}),
        ...recording,
      });
    } catch (error) {
      const code = (error as { cause?: { code?: unknown } }).cause?.code;
      const why =
        code === "ECONNREFUSED"
          ? `connection refused at ${displayUrl(target)}: is your endpoint running?`
          : `no answer from ${displayUrl(target)}`;
      send(response, 502, '{"ok":false,"error":"the forward target did not answer"}', "application/json");
      options.onDelivery?.({ ...base, detection: detection ?? null, status: 502, forwardError: why, ...recording });
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // A delivery that fails this late (a socket gone) must not stop the listener.
      if (!response.headersSent) send(response, 500, '{"ok":false}', "application/json");
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await writes;
    },
  };
}
