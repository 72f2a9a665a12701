/**
 * The receiver fuzz: thousands of hostile HTTP requests against a receiver mounted with the node adapter on a
 * loopback `node:http` server (configured with the timeouts docs/receiving-webhooks.md recommends), written on raw
 * sockets so nothing is sanitised on the way: wrong methods, header garbage, authentication attempts with the real
 * secret in odd places, malformed, truncated, trickling, oversized and deeply nested bodies, huge event types.
 *
 * Counted: crashes (an uncaught exception or unhandled rejection, a 500, or an error the receiver reported — none
 * is expected, since the handlers never fail), unbounded waits (no complete answer and no close within a generous
 * bound), and secrets leaked (a secret or a payload value in an answer or a log line). Vendor packages run it
 * against their receivers; the request mix is generated from a seed, printed so a failure can be replayed with
 * `RECEIVER_FUZZ_SEED=<seed>`.
 */
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { expect } from "vitest";
import type { WebhookHandler } from "../src";
import { toNodeHandler } from "../src/adapters/node";

/** How a correct request authenticates itself. */
export interface FuzzAuth {
  /** Headers of an authenticated request. */
  readonly headers: Readonly<Record<string, string>>;
  /** Query string (with `?`) of an authenticated request, or "". */
  readonly query: string;
}

/** One receiver under fuzz. */
export interface FuzzTarget {
  /** Printed with the figures. */
  readonly name: string;
  /** The receiver; it must log into `lines` and report errors into `errors`. */
  readonly handler: WebhookHandler;
  /** Log lines and hook output the receiver produced (the harness scans them for secrets). */
  readonly lines: string[];
  /** Errors the receiver reported through `onError`. */
  readonly errors: unknown[];
  /** The path it is mounted on. */
  readonly path: string;
  readonly auth: FuzzAuth;
  /** Values that must never appear in an answer or a log line. */
  readonly secrets: readonly string[];
  /** Realistic valid bodies (vendor fixtures). */
  readonly validBodies: readonly string[];
  /** The receiver's body limit and body deadline, to aim just past them. */
  readonly bodyLimit: number;
  readonly bodyTimeoutMs: number;
}

/** What one run counted. */
export interface FuzzFigures {
  requests: number;
  crashes: number;
  unboundedWaits: number;
  secretsLeaked: number;
  /** Answers per status (0: closed without an answer). */
  statuses: Record<number, number>;
  /** A few examples of each problem, for the failure message. */
  examples: string[];
}

/** A payload value planted in authenticated bodies: it must never reach an answer or a log line. */
export const CANARY = "canary-payload-value-7c41";

/** How long a request may go without an answer or a close before it counts as an unbounded wait. */
const DEFAULT_ANSWER_BOUND_MS = 20_000;

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof generator>;

/** One request as it goes on the wire. */
interface WireRequest {
  readonly head: string;
  readonly body: Buffer;
  /**
   * `all` at once; `trickle` the head, then a few bytes at a time, slower than the body deadline; `truncate` half
   * the body, then wait; `abort` half the body, then close.
   */
  readonly pace: "all" | "trickle" | "truncate" | "abort";
  /** What the request is, for failure messages. */
  readonly label: string;
}

function plantCanary(random: Random, body: string): string {
  try {
    const value = JSON.parse(body) as unknown;
    if (value === null || typeof value !== "object" || Array.isArray(value)) return body;
    // A new key (ignored by tolerant readers) and string values at depth ≥ 3 (never an event type).
    const planted = { ...(value as Record<string, unknown>), x_note: CANARY };
    const visit = (node: unknown, depth: number): void => {
      if (node === null || typeof node !== "object") return;
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        if (typeof child === "string" && depth >= 3 && random.chance(0.5)) {
          (node as Record<string, unknown>)[key] = CANARY;
        } else visit(child, depth + 1);
      }
    };
    visit(planted, 1);
    return JSON.stringify(planted);
  } catch {
    return body;
  }
}

function mutate(random: Random, text: string): string {
  const bytes = Buffer.from(text);
  switch (random.int(6)) {
    case 0: // flip bytes
      for (let i = 0; i < 1 + random.int(8); i++) bytes[random.int(bytes.length)] = random.int(256);
      return bytes.toString("latin1");
    case 1: // cut
      return text.slice(0, random.int(text.length));
    case 2: // duplicate a slice
      return text.slice(0, random.int(text.length)) + text.slice(random.int(text.length));
    case 3: // wrap in an array or a string
      return random.chance(0.5) ? `[${text}]` : JSON.stringify(text);
    case 4: // prototype keys
      return text.replace("{", `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},`);
    default: // change a number into something else
      return text.replace(/\d+/, random.pick(["1e400", "-0", "9007199254740993", '"7"', "null", "[]", "{}"]));
  }
}

function garbageBody(random: Random, limit: number): { text: string | Buffer; label: string } {
  switch (random.int(11)) {
    case 0:
      return { text: "", label: "empty" };
    case 1:
      return { text: "{", label: "bad json" };
    case 2:
      return { text: Buffer.from([0xff, 0xfe, 0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), label: "invalid utf-8" };
    case 3:
      return { text: `\ufeff{"a":1}`, label: "bom" };
    case 4:
      return { text: "null", label: "null" };
    case 5:
      return { text: "[]".repeat(random.int(50)), label: "arrays" };
    case 6: {
      // Around the depth bound mostly; now and then deep enough to cost the parser (a few 100 kB of brackets).
      const depth = random.chance(0.1) ? 50_000 + random.int(150_000) : 100 + random.int(2_000);
      return { text: `${"[".repeat(depth)}${"]".repeat(depth)}`, label: "deep nesting" };
    }
    case 7: {
      const depth = random.chance(0.1) ? 10_000 + random.int(40_000) : 100 + random.int(2_000);
      return { text: `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`, label: "deep objects" };
    }
    case 8:
      return { text: " ".repeat(limit + 1 + random.int(1_000)), label: "just over the limit" };
    case 9:
      return { text: `"${"x".repeat(random.int(limit))}"`, label: "long string" };
    default:
      return { text: JSON.stringify({ a: Array.from({ length: random.int(5_000) }, (_, i) => i) }), label: "wide" };
  }
}

function hugeType(random: Random, target: FuzzTarget): string {
  const type = "T".repeat(Math.max(1, target.bodyLimit - 200 - random.int(target.bodyLimit / 2)));
  return random.pick([
    JSON.stringify({ eventType: type, data: { id: 1, time: "2024-05-06T08:31:13Z" } }),
    JSON.stringify({ activity: type, sessionId: 1 }),
    JSON.stringify({ type, item: { state: type } }),
    JSON.stringify({ state: type, chat_id: 1 }),
  ]);
}

/** The secret placed where it must not authenticate, nor be echoed. */
function secretInOddPlace(
  random: Random,
  secret: string,
): { headers: Record<string, string>; query: string; body?: string } {
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  switch (random.int(12)) {
    case 0:
      return { headers: { authorization: `Bearer ${secret}` }, query: "" };
    case 1:
      return { headers: { authorization: `Basic ${b64(`mluvii:${secret}x`)}` }, query: "" };
    case 2:
      return { headers: { authorization: `Basic ${b64(secret)}` }, query: "" };
    case 3:
      return { headers: { authorization: secret }, query: "" };
    case 4:
      return { headers: { "x-api-key": secret, cookie: `token=${secret}` }, query: "" };
    case 5:
      return { headers: {}, query: `?tok=${encodeURIComponent(secret)}&access_tokens=${secret}` };
    case 6:
      return { headers: {}, query: `?access_token=${encodeURIComponent(secret.slice(0, -1))}` };
    case 7:
      return { headers: { "proxy-authorization": `Basic ${b64(`mluvii:${secret}`)}` }, query: "" };
    case 8:
      return { headers: {}, query: "", body: JSON.stringify({ password: secret, token: secret }) };
    case 9:
      return { headers: { authorization: `basic ${b64(`MLUVII:${secret}`)}` }, query: `?token=${secret}x` };
    case 10:
      return { headers: { "x-webhook-secret": `${secret} ` }, query: "" };
    default:
      return { headers: { authorization: `Bearer ${secret.toUpperCase()}` }, query: `?access_token=${secret}%00` };
  }
}

const METHODS = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"];
const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/vnd.mluvii+json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "application/json, text/html",
  "",
];

function headerGarbage(random: Random): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < random.int(4); i++) {
    switch (random.int(6)) {
      case 0:
        headers[`x-${random.int(1e6)}`] = "v".repeat(random.int(4_000));
        break;
      case 1:
        headers["content-type"] = `application/json; ${"p=1;".repeat(random.int(200))}`;
        break;
      case 2:
        headers.expect = "100-continue";
        break;
      case 3:
        headers["x-forwarded-proto"] = random.pick(["https", "gopher", "h\u00e9"]);
        break;
      case 4:
        headers["accept-encoding"] = "gzip, br";
        break;
      default:
        headers["x-latin1"] = "caf\u00e9 \u00ff";
    }
  }
  return headers;
}

function build(random: Random, target: FuzzTarget, port: number): WireRequest {
  const secret = random.pick(target.secrets);
  let method = random.chance(0.85) ? "POST" : random.pick(METHODS);
  let headers: Record<string, string> = {};
  let query = "";
  let path = target.path;
  let authenticated = false;
  let label = "";

  const authRoll = random.next();
  if (authRoll < 0.6) {
    headers = { ...target.auth.headers };
    query = target.auth.query;
    authenticated = true;
    label = "authenticated";
  } else if (authRoll < 0.85) {
    const odd = secretInOddPlace(random, secret);
    headers = odd.headers;
    query = odd.query;
    label = "secret in an odd place";
    if (odd.body) return finish(odd.body, "secret in the body");
  } else label = "no credentials";

  if (random.chance(0.05)) path = random.pick([`${path}/../x`, `//evil${path}`, `${path}%zz`, "*", `${path};a=b`]);
  if (random.chance(0.03)) path = `http://mluvii:${secret}@127.0.0.1${target.path}`; // absolute form with userinfo
  Object.assign(headers, headerGarbage(random));

  let body: string | Buffer;
  const bodyRoll = random.next();
  if (bodyRoll < 0.4) {
    body = random.pick(target.validBodies);
    if (authenticated && random.chance(0.5)) body = plantCanary(random, body);
    label += ", valid";
  } else if (bodyRoll < 0.7) {
    body = mutate(random, random.pick(target.validBodies));
    label += ", mutated";
  } else if (bodyRoll < 0.985) {
    const garbage = garbageBody(random, target.bodyLimit);
    body = garbage.text;
    label += `, ${garbage.label}`;
  } else {
    body = hugeType(random, target);
    label += ", huge type";
  }
  if (method !== "POST" && random.chance(0.7)) body = "";
  return finish(body, label);

  function finish(bodyText: string | Buffer, what: string): WireRequest {
    const payload = typeof bodyText === "string" ? Buffer.from(bodyText) : bodyText;
    if (random.chance(0.01)) method = "post"; // node refuses lower-case methods itself
    const lines = [`${method} ${path}${path.includes("?") ? "" : query} HTTP/1.1`];
    lines.push(`Host: ${random.chance(0.03) ? random.pick(["a b", "[::1", "x:99999999", ""]) : `127.0.0.1:${port}`}`);
    if (!("content-type" in headers) && random.chance(0.9)) {
      const type = random.pick(CONTENT_TYPES);
      if (type) headers["content-type"] = type;
    }
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    const framing = random.next();
    let wireBody = payload;
    if (framing < 0.8) lines.push(`Content-Length: ${payload.length}`);
    else if (framing < 0.9) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < payload.length; at += 16_384) {
        const chunk = payload.subarray(at, at + 16_384);
        chunks.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n"));
      }
      chunks.push(Buffer.from(random.chance(0.9) ? "0\r\n\r\n" : "zz\r\n\r\n"));
      wireBody = Buffer.concat(chunks);
      lines.push("Transfer-Encoding: chunked");
    } else if (framing < 0.95) lines.push(`Content-Length: ${payload.length + 1 + random.int(target.bodyLimit * 2)}`);
    else lines.push(`Content-Length: ${Math.max(0, payload.length - 1 - random.int(10))}`);
    lines.push("Connection: close");
    const paceRoll = random.next();
    const pace = paceRoll < 0.96 ? "all" : paceRoll < 0.98 ? "trickle" : paceRoll < 0.99 ? "truncate" : "abort";
    return { head: `${lines.join("\r\n")}\r\n\r\n`, body: wireBody, pace, label: `${what} (${pace})` };
  }
}

/** The text without interim `1xx` answers (node sends `100 Continue` to `Expect: 100-continue`). */
const withoutInterim = (text: string): string =>
  text.replace(/^(?:HTTP\/1\.[01] 1\d\d[^\r]*\r\n(?:[^\r]+\r\n)*\r\n)+/, "");

/** Reads one answer off a socket: status, headers and body (by Content-Length or close). */
function exchange(
  port: number,
  request: WireRequest,
  trickleMs: number,
  boundMs: number,
): Promise<{ status: number; text: string; closedEarly: boolean; timedOut: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let settled = false;
    let trickle: ReturnType<typeof setInterval> | undefined;
    const finish = (timedOut: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(bound);
      clearInterval(trickle);
      socket.destroy();
      const text = withoutInterim(Buffer.concat(chunks).toString("latin1"));
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, text, closedEarly: status === 0 && !timedOut, timedOut });
    };
    const bound = setTimeout(() => finish(true), boundMs);
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      const text = withoutInterim(Buffer.concat(chunks).toString("latin1"));
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end));
      const isHead = request.head.startsWith("HEAD ");
      if (length && (isHead || Buffer.byteLength(text, "latin1") >= end + 4 + Number(length[1]))) finish(false);
    });
    socket.on("error", () => finish(false));
    socket.on("close", () => finish(false));
    socket.on("connect", () => {
      const whole = Buffer.concat([Buffer.from(request.head, "latin1"), request.body]);
      if (request.pace === "all") socket.write(whole);
      else if (request.pace === "trickle") {
        let at = 0;
        trickle = setInterval(() => {
          if (at >= whole.length || socket.destroyed) return clearInterval(trickle);
          const step = request.head.length + 8; // the head at once, then a few bytes per tick
          socket.write(whole.subarray(at, at + (at === 0 ? step : 8)));
          at += at === 0 ? step : 8;
        }, trickleMs);
      } else {
        socket.write(whole.subarray(0, request.head.length + Math.floor(request.body.length / 2)));
        if (request.pace === "abort") setTimeout(() => socket.destroy(), 5);
      }
    });
  });
}

/** Runs `requests` hostile requests, `concurrency` at a time, and counts. */
export async function runReceiverFuzz(
  target: FuzzTarget,
  options: {
    readonly requests: number;
    readonly concurrency?: number;
    readonly seed?: number;
    /** Default 20 s. */
    readonly answerBoundMs?: number;
  },
): Promise<FuzzFigures & { seed: number }> {
  const seed = options.seed ?? Number(process.env.RECEIVER_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const random = generator(seed);
  const figures: FuzzFigures = {
    requests: 0,
    crashes: 0,
    unboundedWaits: 0,
    secretsLeaked: 0,
    statuses: {},
    examples: [],
  };
  const note = (problem: string, request: WireRequest): void => {
    if (figures.examples.length < 20)
      figures.examples.push(`${problem}: ${request.label}: ${request.head.slice(0, 200)}`);
  };
  const onCrash = (error: unknown): void => {
    figures.crashes++;
    if (figures.examples.length < 20) figures.examples.push(`process-level error: ${String(error).slice(0, 200)}`);
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);

  // The node settings docs/receiving-webhooks.md recommends: deadlines for headers and whole requests.
  const server: Server = createServer(
    { headersTimeout: 5_000, requestTimeout: 10_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 },
    toNodeHandler(target.handler),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const forbidden = [...target.secrets, CANARY];
  const leaked = (text: string): boolean => forbidden.some((secret) => text.includes(secret));
  const trickleMs = Math.max(50, Math.ceil(target.bodyTimeoutMs / 4));

  let issued = 0;
  const worker = async (): Promise<void> => {
    while (issued < options.requests) {
      issued++;
      const request = build(random, target, port);
      const linesBefore = target.lines.length;
      const errorsBefore = target.errors.length;
      const { status, text, timedOut } = await exchange(
        port,
        request,
        trickleMs,
        options.answerBoundMs ?? DEFAULT_ANSWER_BOUND_MS,
      );
      figures.requests++;
      figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
      if (timedOut) {
        figures.unboundedWaits++;
        note("no answer and no close", request);
      }
      if (status === 500) {
        figures.crashes++;
        note(`500: ${text.slice(text.indexOf("\r\n\r\n") + 4, 300)}`, request);
      }
      if (target.errors.length > errorsBefore) {
        figures.crashes += target.errors.length - errorsBefore;
        note(`reported error: ${String(target.errors.at(-1)).slice(0, 200)}`, request);
      }
      // Lines written meanwhile may belong to concurrent requests: all of them are checked all the same.
      const newLines = target.lines.slice(linesBefore);
      if (leaked(text) || newLines.some(leaked)) {
        figures.secretsLeaked++;
        note("secret or payload value in an answer or a log line", request);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 48 }, worker));
    // Let queued handlers finish (their log lines are checked too), but never wait for ever on a hanging one.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([target.handler.drain(), new Promise((r) => (timer = setTimeout(r, 5_000)))]);
    clearTimeout(timer);
    if (target.lines.some(leaked)) figures.secretsLeaked++;
  } finally {
    process.off("uncaughtException", onCrash);
    process.off("unhandledRejection", onCrash);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    target.handler.close();
  }
  return { ...figures, seed };
}

/** The line CI prints. */
export function fuzzLine(figures: FuzzFigures): string {
  return `receiver fuzz: requests ${figures.requests}, crashes ${figures.crashes}, unbounded waits ${figures.unboundedWaits}, secrets leaked ${figures.secretsLeaked}`;
}

/** The body limit and body deadline every receiver under fuzz is configured with (the harness aims just past them). */
export const FUZZ_LIMITS = { bodyLimit: 256 * 1024, bodyTimeoutMs: 300 } as const;

/**
 * What a receiver under fuzz writes into: pass `hooks` to the receiver and `lines` / `errors` to the harness. Every
 * log line and every invalid-payload message lands in `lines` (scanned for secrets), every reported error in `errors`.
 */
export function fuzzRecorder() {
  const lines: string[] = [];
  const errors: unknown[] = [];
  const log = (level: string) => (message: string, meta?: object) => {
    lines.push(`${level} ${message} ${JSON.stringify(meta)}`);
  };
  const hooks = {
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    onInvalid: (error: { readonly message: string }) => {
      lines.push(`invalid ${error.message}`);
    },
    onError: (error: unknown) => {
      errors.push(error);
    },
  };
  return { lines, errors, hooks };
}

/** Prints the seed, the statuses and the line CI shows, then asserts a clean run of at least `requests` requests. */
export function expectCleanFuzz(name: string, figures: FuzzFigures & { seed: number }, requests: number): void {
  console.log(`${name}, seed ${figures.seed}, statuses ${JSON.stringify(figures.statuses)}`);
  console.log(fuzzLine(figures));
  expect(figures.examples).toEqual([]);
  expect(figures.requests).toBeGreaterThanOrEqual(requests);
  expect([figures.crashes, figures.unboundedWaits, figures.secretsLeaked]).toEqual([0, 0, 0]);
}
