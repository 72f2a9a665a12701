/**
 * The default logger: one JSON line per warning or error on stderr, so that nothing contactkit drops, rejects or
 * retries goes unseen, and nothing it logs carries a secret, a payload or an unbounded string. It needs no
 * `node:` import: where there is no `process.stderr` (workerd, a browser) it writes through `console`.
 */

import { cut, sanitize, scrub } from "./sanitize";
import type { ContactkitLogger } from "./types";

/** Log levels, least to most severe. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/** A logger with every level present, as {@link resolveLogger} returns it. */
export type ResolvedLogger = Required<ContactkitLogger>;

/** Options of {@link createDefaultLogger}. */
export interface DefaultLoggerOptions {
  /**
   * Least severe level written; `"silent"` writes nothing. Default: the `CONTACTKIT_LOG_LEVEL` environment variable
   * where the runtime has one (`debug`, `info`, `warn`, `error`, `silent`), else `"warn"`.
   */
  readonly level?: LogLevel | "silent";
  /**
   * Where each line goes (without its newline). Default: `process.stderr` when the runtime has it, else
   * `console.error` / `console.warn` / `console.info` / `console.debug` by level.
   */
  readonly write?: (line: string, level: LogLevel) => void;
  /** Longest line written, in characters; a longer one keeps its level, time and message and drops its meta. Default 4 096. */
  readonly maxLineLength?: number;
  /** Longest string value kept whole in `meta`; longer ones are cut and marked with their length. Default 256. */
  readonly maxStringLength?: number;
  /** Include error stacks in `meta`. Default false (they can be long and reveal local paths). */
  readonly stacks?: boolean;
}

const RANK: Record<LogLevel | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];
/** Keys of the line itself; a `meta` key of the same name is written as `meta.<key>`. */
const RESERVED = new Set(["level", "time", "message"]);

interface RuntimeGlobals {
  readonly process?: {
    readonly env?: Record<string, string | undefined>;
    readonly stderr?: { write?: (chunk: string) => unknown };
  };
}

const isLevel = (value: unknown): value is LogLevel | "silent" =>
  typeof value === "string" && Object.hasOwn(RANK, value);

/** `CONTACTKIT_LOG_LEVEL`, where the runtime exposes it and lets us read it (Deno may deny env access). */
function levelFromEnvironment(): LogLevel | "silent" | undefined {
  try {
    const value = (globalThis as RuntimeGlobals).process?.env?.CONTACTKIT_LOG_LEVEL?.trim().toLowerCase();
    return isLevel(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function writeToStderr(line: string, level: LogLevel): void {
  const stderr = (globalThis as RuntimeGlobals).process?.stderr;
  if (typeof stderr?.write === "function") stderr.write(`${line}\n`);
  else console[level](line);
}

/**
 * Creates the logger contactkit uses when none is given: warnings and errors (by default) as one JSON line each
 * — `{"level","time","message",…meta}` — on stderr. `meta` is copied bounded: secret-looking keys and values
 * (`token`, `authorization`, `Bearer …`, JWTs, long opaque strings) are redacted, long strings cut, errors
 * reduced to name and message, bytes to their length, nesting to three levels. It never throws.
 *
 * @example
 * const logger = createDefaultLogger({ level: "info" });
 * const handler = createWebhookHandler({ family, auth, logger });
 */
export function createDefaultLogger(options: DefaultLoggerOptions = {}): ResolvedLogger {
  const threshold = RANK[options.level ?? levelFromEnvironment() ?? "warn"];
  const write = options.write ?? writeToStderr;
  const maxLine = Math.max(256, options.maxLineLength ?? 4_096);
  const limits = { maxStringLength: Math.max(16, options.maxStringLength ?? 256), stacks: options.stacks ?? false };
  const maxMessage = Math.min(1_000, Math.floor(maxLine / 4));

  function line(level: LogLevel, message: unknown, meta: unknown): string {
    const head = { level, time: new Date().toISOString(), message: scrub(String(message), maxMessage) };
    const clean = meta === undefined ? undefined : sanitize(meta, limits);
    const fields: Record<string, unknown> = { ...head };
    if (clean !== null && typeof clean === "object" && !Array.isArray(clean)) {
      for (const [key, value] of Object.entries(clean)) fields[RESERVED.has(key) ? `meta.${key}` : key] = value;
    } else if (clean !== undefined) fields.meta = clean;
    const text = JSON.stringify(fields);
    if (text.length <= maxLine) return text;
    // Too long even bounded (many long fields): the line still says what happened, and which fields it dropped.
    const keys = Object.keys(fields).filter((key) => !(key in head));
    return JSON.stringify({ ...head, truncated: true, keys: keys.slice(0, 20).map((key) => cut(key, 64)) });
  }

  const method =
    (level: LogLevel) =>
    (message: string, meta?: Record<string, unknown>): void => {
      if (RANK[level] < threshold) return;
      try {
        write(line(level, message, meta), level);
      } catch {
        // Logging must never take down what it reports on.
      }
    };
  return { debug: method("debug"), info: method("info"), warn: method("warn"), error: method("error") };
}

/** A logger whose methods take `(meta, message)`: pino, bunyan and loggers modelled on them. */
export interface PinoStyleLogger {
  debug?(meta: object, message?: string): void;
  info?(meta: object, message?: string): void;
  warn?(meta: object, message?: string): void;
  error?(meta: object, message?: string): void;
}

/**
 * Adapts a pino-style logger, whose methods take the fields first and the message second, so that contactkit's
 * `meta` lands in its fields (pino given as it is keeps the message but not the fields).
 *
 * @example
 * import pino from "pino";
 * const bot = createMluviiBot({ chatbotId: 42, api, logger: fromPinoLogger(pino()) });
 */
export function fromPinoLogger(logger: PinoStyleLogger): ResolvedLogger {
  const method =
    (level: LogLevel) =>
    (message: string, meta?: Record<string, unknown>): void => {
      logger[level]?.(meta ?? {}, message);
    };
  return guard({ debug: method("debug"), info: method("info"), warn: method("warn"), error: method("error") });
}

/** Loggers already safe to call as they are (made by this module). */
const safe = new WeakSet<object>();
const silent: ResolvedLogger = { debug() {}, info() {}, warn() {}, error() {} };
safe.add(silent);

/** Wraps a logger so every level exists, each is called as a method, and none can throw into its caller. */
function guard(logger: ContactkitLogger): ResolvedLogger {
  if (safe.has(logger)) return logger as ResolvedLogger;
  const method =
    (level: LogLevel) =>
    (message: string, meta?: Record<string, unknown>): void => {
      try {
        const fn = logger[level];
        if (typeof fn !== "function") return;
        // No `undefined` second argument: console would print it.
        if (meta === undefined) fn.call(logger, message);
        else fn.call(logger, message, meta);
      } catch {
        // A logger that throws must not change what the caller does.
      }
    };
  const wrapped = Object.fromEntries(LEVELS.map((level) => [level, method(level)])) as ResolvedLogger;
  safe.add(wrapped);
  return wrapped;
}

let shared: ResolvedLogger | undefined;

/**
 * The logger a part uses: the one given (every level present, called as methods, never throwing into contactkit);
 * the default — {@link createDefaultLogger} with its defaults, created once per process and reading
 * `CONTACTKIT_LOG_LEVEL` then — when none is given; a silent one for `false` (silenced on purpose).
 */
export function resolveLogger(logger: ContactkitLogger | false | undefined): ResolvedLogger {
  if (logger === false) return silent;
  if (logger) return guard(logger);
  if (!shared) {
    shared = createDefaultLogger();
    safe.add(shared);
  }
  return shared;
}
