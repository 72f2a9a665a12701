import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDefaultLogger, fromPinoLogger, type LogLevel, resolveLogger } from "../src/index";

/** A default logger writing into an array, one parsed line per call. */
function capture(options: Parameters<typeof createDefaultLogger>[0] = {}) {
  const lines: { level: LogLevel; text: string }[] = [];
  const logger = createDefaultLogger({ ...options, write: (text, level) => lines.push({ level, text }) });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l.text) as Record<string, unknown>) };
}

/** Credential-like strings: opaque, at least 32 characters (shorter ones are indistinguishable from ids). */
const secretString = fc.stringMatching(/^[A-Za-z0-9_-]{32,64}$/).filter((s) => /\d/.test(s) && /[A-Za-z]/.test(s));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("createDefaultLogger", () => {
  it("writes warnings and errors as one JSON line each and drops debug and info by default", () => {
    const { logger, lines, parsed } = capture();
    logger.debug("debug line", { a: 1 });
    logger.info("info line");
    logger.warn("webhook rejected", { status: 401, type: "SessionCreated" });
    logger.error("handler failed", { error: new TypeError("boom") });
    expect(lines.map((l) => l.level)).toEqual(["warn", "error"]);
    expect(lines.every((l) => !l.text.includes("\n"))).toBe(true);
    const [warn, error] = parsed();
    expect(warn).toMatchObject({ level: "warn", message: "webhook rejected", status: 401, type: "SessionCreated" });
    expect(Number.isNaN(Date.parse(String(warn?.time)))).toBe(false);
    expect(error).toMatchObject({ level: "error", error: { name: "TypeError", message: "boom" } });
    expect(JSON.stringify(error)).not.toContain("at ");
  });

  it("honours a level option and CONTACTKIT_LOG_LEVEL", () => {
    const explicit = capture({ level: "debug" });
    explicit.logger.debug("d");
    explicit.logger.info("i");
    expect(explicit.lines.map((l) => l.level)).toEqual(["debug", "info"]);

    vi.stubEnv("CONTACTKIT_LOG_LEVEL", "error");
    const fromEnv = capture();
    fromEnv.logger.warn("w");
    fromEnv.logger.error("e");
    expect(fromEnv.lines.map((l) => l.level)).toEqual(["error"]);

    vi.stubEnv("CONTACTKIT_LOG_LEVEL", "silent");
    const silent = capture();
    silent.logger.error("e");
    expect(silent.lines).toEqual([]);

    vi.stubEnv("CONTACTKIT_LOG_LEVEL", "not-a-level");
    const fallback = capture();
    fallback.logger.info("i");
    fallback.logger.warn("w");
    expect(fallback.lines.map((l) => l.level)).toEqual(["warn"]);
  });

  it("never writes a credential, whether named by its key, shaped like one, or inside a message", () => {
    fc.assert(
      fc.property(
        secretString,
        fc.constantFrom("token", "accessToken", "clientSecret", "authorization", "password", "apiKey", "cookie"),
        fc.constantFrom("Bearer ", "Basic ", "bearer  "),
        (secret, key, scheme) => {
          const { logger, lines } = capture();
          logger.error(`request refused with ${scheme}${secret}`, {
            [key]: secret,
            nested: { deeper: { [key]: { value: secret } } },
            header: `${scheme}${secret}`,
            raw: secret,
            list: [secret, `${scheme}${secret}`],
          });
          expect(lines).toHaveLength(1);
          expect(lines[0]?.text).not.toContain(secret);
        },
      ),
    );
  });

  it("keeps ordinary values: ids, paths, numbers and booleans under secret-sounding keys", () => {
    const { logger, parsed } = capture();
    logger.warn("x", {
      path: "/api/v1/Chatbot/42/activity/0123456789abcdef0123456789abcdef",
      requestId: "8f14e45f-ceea-467f-a0e6-7b1c0d2e3f4a",
      tokenCount: 3,
      hasToken: true,
      type: "SessionCreated",
    });
    expect(parsed()[0]).toMatchObject({
      path: "/api/v1/Chatbot/42/activity/0123456789abcdef0123456789abcdef",
      requestId: "8f14e45f-ceea-467f-a0e6-7b1c0d2e3f4a",
      tokenCount: 3,
      hasToken: true,
    });
  });

  it("bounds every line and never throws, whatever meta holds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000 }), fc.anything({ maxDepth: 6, withBigInt: true }), (message, meta) => {
        const { logger, lines } = capture({ maxLineLength: 1_024 });
        logger.error(message, meta as Record<string, unknown>);
        expect(lines).toHaveLength(1);
        expect(lines[0]?.text.length).toBeLessThanOrEqual(1_024);
        expect(() => JSON.parse(lines[0]?.text ?? "")).not.toThrow();
      }),
    );
  });

  it("cuts long strings and reduces bytes, cycles and errors to what a log needs", () => {
    const { logger, parsed } = capture({ maxStringLength: 32 });
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    const error = new Error("x".repeat(100));
    logger.error("m", { long: "y".repeat(500), body: new Uint8Array(2048), cyclic, error, level: "shadow" });
    const [line] = parsed();
    expect(line?.long).toBe(`${"y".repeat(32)}…(500 chars)`);
    expect(line?.body).toBe("[2048 bytes]");
    expect(line?.cyclic).toEqual({ name: "loop", self: "[circular]" });
    expect(line?.error).toHaveProperty("message", `${"x".repeat(32)}…(100 chars)`);
    expect((line?.error as { message?: string } | undefined)?.message).toBe(`${"x".repeat(32)}…(100 chars)`);
    expect(line?.level).toBe("error");
    expect(line?.["meta.level"]).toBe("shadow");
  });

  it("includes stacks only when asked", () => {
    const { logger, parsed } = capture({ stacks: true });
    logger.error("m", { error: new Error("boom") });
    expect(String((parsed()[0]?.error as { stack?: string } | undefined)?.stack)).toContain("boom");
  });

  it("writes to stderr by default, and through console where the runtime has no process", () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    createDefaultLogger().warn("to stderr", { n: 1 });
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/^\{"level":"warn".*"n":1\}\n$/);

    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const logger = createDefaultLogger({ level: "warn" });
    const saved = globalThis.process;
    // Synchronous and restored at once: what workerd or a browser looks like to the logger.
    vi.stubGlobal("process", undefined);
    try {
      logger.warn("no process here");
    } finally {
      vi.stubGlobal("process", saved);
      vi.unstubAllGlobals();
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"message":"no process here"');
  });
});

describe("resolveLogger", () => {
  it("silences on false and defaults to the stderr logger", () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    resolveLogger(false).error("nothing");
    expect(stderr).not.toHaveBeenCalled();
    const fallback = resolveLogger(undefined);
    expect(resolveLogger(undefined)).toBe(fallback);
    fallback.error("something", { status: 500 });
    expect(stderr).toHaveBeenCalledTimes(1);
  });

  it("calls a given logger as methods, fills missing levels and swallows its throws", () => {
    const calls: unknown[][] = [];
    const logger = {
      prefix: "app",
      warn(this: { prefix: string }, message: string, meta?: Record<string, unknown>) {
        calls.push([this.prefix, message, meta]);
      },
      error() {
        throw new Error("logger down");
      },
    };
    const resolved = resolveLogger(logger);
    resolved.warn("w", { a: 1 });
    resolved.info("no info method");
    expect(() => resolved.error("e")).not.toThrow();
    expect(calls).toEqual([["app", "w", { a: 1 }]]);
  });

  it("passes no undefined meta to console-style loggers", () => {
    const warn = vi.fn();
    resolveLogger({ warn }).warn("only a message");
    expect(warn.mock.calls[0]).toEqual(["only a message"]);
  });

  it("fromPinoLogger puts meta first, as pino expects", () => {
    const calls: unknown[][] = [];
    const pinoLike = { error: (meta: object, message?: string) => calls.push([meta, message]) };
    const logger = fromPinoLogger(pinoLike);
    logger.error("failed", { status: 503 });
    logger.warn("no warn method");
    expect(calls).toEqual([[{ status: 503 }, "failed"]]);
  });
});
