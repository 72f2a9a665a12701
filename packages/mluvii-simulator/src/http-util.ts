/** Small node:http helpers: bounded body reading, JSON answers and one outbound JSON POST. Node-only. */

import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { request as httpsRequest } from "node:https";
import { formatBasicAuthorization } from "@contactkit/core";

/** Reads a request body up to `limit` bytes; `undefined` when the limit is exceeded (the rest is not read). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on("error", (error) => {
      if (!done) reject(error);
    });
  });
}

/** Parses JSON text; `undefined` parse result is reported as `{ ok: false }`. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Sends a JSON (or empty) answer. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, {
    ...(text === "" ? {} : { "content-type": "application/json; charset=utf-8" }),
    "content-length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Outcome of one outbound POST. */
export interface PostResult {
  /** HTTP status, or `null` when no response arrived (connection failed or timed out). */
  readonly status: number | null;
  /** Response body text (empty when none). */
  readonly body: string;
  /** Milliseconds from sending to the end of the response (or the failure). */
  readonly durationMs: number;
  /** `timeout` or `connection` when no response arrived. */
  readonly error?: "timeout" | "connection";
}

/**
 * POSTs JSON to `url`. URL userinfo (`user:pass@`) is removed from the request and sent as
 * `Authorization: Basic …`, which is how mluvii authenticates webhook deliveries (webhooks FAQ).
 */
export function postJson(url: string, body: unknown, timeoutMs: number): Promise<PostResult> {
  const target = new URL(url);
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "user-agent": "contactkit-mluvii-simulator",
  };
  if (target.username !== "" || target.password !== "") {
    headers.authorization = formatBasicAuthorization({
      username: decodeURIComponent(target.username),
      password: decodeURIComponent(target.password),
    });
    target.username = "";
    target.password = "";
  }
  const payload = Buffer.from(JSON.stringify(body));
  headers["content-length"] = String(payload.length);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: Math.round(performance.now() - started) });
    };
    const req = send(target, { method: "POST", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", () => finish({ status: null, body: "", error: "connection" }));
    });
    const timer = setTimeout(() => {
      finish({ status: null, body: "", error: "timeout" });
      req.destroy();
    }, timeoutMs);
    req.on("error", () => finish({ status: null, body: "", error: "connection" }));
    req.end(payload);
  });
}

/** The URL without userinfo, for transcripts and logs (credentials never leave the simulator's memory). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "[invalid url]";
  }
}
