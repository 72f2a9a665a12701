import { createHash } from "node:crypto";
import { callHook, type ReceiverLogger } from "@contactkit/core";
import { createClient, type RedisClientOptions } from "@redis/client";
import { causeSummary, type RedisOperation, RedisUnavailableError } from "./errors";

/** Where the connection is. */
export type RedisConnectionStatus =
  /** Connecting for the first time. */
  | "connecting"
  /** Connected: commands work (a correlator's first subscription may still be starting; it waits for that). */
  | "ready"
  /** Lost; reconnecting in the background. Calls fail at once with `RedisUnavailableError`. */
  | "down"
  /** `close()` was called. */
  | "closed";

/** Options of {@link createRedisConnection}. */
export interface RedisConnectionOptions {
  /** `redis[s]://[[username][:password]@]host[:port][/db-number]`. Default `redis://127.0.0.1:6379`. */
  readonly url?: string | undefined;
  /**
   * Further node-redis client options (TLS, username/password, database, client name). contactkit sets
   * `disableOfflineQueue`, the reconnect strategy and the command timeout itself: commands must fail fast while
   * Redis is away, never queue until it is back.
   */
  readonly clientOptions?: Omit<RedisClientOptions, "url" | "disableOfflineQueue" | "commandOptions">;
  /** Prefix of every key and channel this package uses. Default `contactkit:`. */
  readonly keyPrefix?: string;
  /** A command not answered within this many ms fails with `RedisUnavailableError`. Default 2 000. */
  readonly commandTimeoutMs?: number;
  /** Socket connect timeout in ms. Default 2 000. */
  readonly connectTimeoutMs?: number;
  /** First reconnect delay in ms; doubles per attempt, with jitter. Default 50. */
  readonly minReconnectDelayMs?: number;
  /** Longest reconnect delay in ms. Default 2 000. */
  readonly maxReconnectDelayMs?: number;
  /** Logs connection loss (`warn`, once per outage) and recovery (`info`); never URLs or passwords. */
  readonly logger?: ReceiverLogger;
  /** Called on every status change. */
  readonly onStatusChange?: (status: RedisConnectionStatus) => void;
}

/**
 * One replica's connection to Redis: a command connection and, once a correlator needs it, a subscriber
 * connection. Share one between the correlator and the dedupe store of a process. It connects in the
 * background and reconnects forever; while it is away every call fails at once with `RedisUnavailableError`.
 */
export interface RedisConnection {
  /** Prefix of every key and channel. */
  readonly keyPrefix: string;
  /** Where the connection is now. */
  readonly status: RedisConnectionStatus;
  /**
   * Resolves once connected; rejects with `RedisUnavailableError` (operation `connect`) after `timeoutMs`
   * (default: the connect timeout) while reconnecting goes on. Optional: calls fail fast until then anyway.
   */
  ready(options?: { readonly timeoutMs?: number }): Promise<void>;
  /** Closes both connections; pending commands fail. Final. */
  close(): Promise<void>;
}

/** A Lua script, run with EVALSHA and loaded on `NOSCRIPT`. */
export interface RedisScript {
  readonly source: string;
  readonly sha: string;
}

/** Defines a script. */
export function redisScript(source: string): RedisScript {
  return { source, sha: createHash("sha1").update(source).digest("hex") };
}

/** What the correlator and dedupe store use; not part of the public API. */
export interface ConnectionInternals {
  command(args: readonly string[], operation: RedisOperation): Promise<unknown>;
  script(script: RedisScript, keys: readonly string[], args: readonly string[], op: RedisOperation): Promise<unknown>;
  /** Subscribes the subscriber connection (created on first use); resolves when the subscription is live. */
  subscribe(channel: string, listener: (message: string) => void): Promise<void>;
  unsubscribe(channel: string): Promise<void>;
  /** Whether commands work now (the subscription may still be starting). */
  isReady(): boolean;
  /** The command timeout, in ms. */
  readonly commandTimeoutMs: number;
  /** How long one reconnect cycle can take at most: the longest reconnect delay (with jitter) plus the connect timeout. */
  readonly reconnectCycleMs: number;
  /** Called once per outage, when a connection is lost. Returns a function removing the listener. */
  onDown(listener: (error: RedisUnavailableError) => void): () => void;
  /** Called when the connection is back after an outage. Returns a function removing the listener. */
  onUp(listener: () => void): () => void;
}

const internalsOf = new WeakMap<RedisConnection, ConnectionInternals>();

/** The internals of a connection made by {@link createRedisConnection}. */
export function connectionInternals(connection: RedisConnection): ConnectionInternals {
  const internals = internalsOf.get(connection);
  if (!internals) throw new TypeError("contactkit redis: pass a connection made by createRedisConnection()");
  return internals;
}

type Client = ReturnType<typeof createClient>;

/**
 * Creates a replica's connection to Redis and starts connecting in the background (a Redis that is down at
 * start is not an error: calls fail fast with `RedisUnavailableError` until it is up).
 *
 * @example
 * const redis = createRedisConnection({ url: process.env.REDIS_URL });
 * const bot = createMluviiBot({ chatbotId, api, correlator: createRedisCorrelator({ redis }) });
 * const store = createRedisDedupeStore({ redis });
 */
export function createRedisConnection(options: RedisConnectionOptions = {}): RedisConnection {
  const keyPrefix = options.keyPrefix ?? "contactkit:";
  const commandTimeout = positive(options.commandTimeoutMs, 2_000, "commandTimeoutMs");
  const connectTimeout = positive(options.connectTimeoutMs, 2_000, "connectTimeoutMs");
  const minDelay = positive(options.minReconnectDelayMs, 50, "minReconnectDelayMs");
  const maxDelay = Math.max(minDelay, positive(options.maxReconnectDelayMs, 2_000, "maxReconnectDelayMs"));
  const { logger } = options;

  const clientOptions: RedisClientOptions = {
    ...options.clientOptions,
    url: options.url ?? "redis://127.0.0.1:6379",
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeout },
    socket: {
      ...options.clientOptions?.socket,
      connectTimeout,
      reconnectStrategy: (retries: number) => Math.round(Math.min(minDelay * 2 ** retries, maxDelay) * jitter()),
    },
  } as RedisClientOptions;

  let status: RedisConnectionStatus = "connecting";
  let lastError: unknown;
  const downListeners = new Set<(error: RedisUnavailableError) => void>();
  const upListeners = new Set<() => void>();
  const readyWaiters = new Set<() => void>();
  const subscriptions = new Map<string, (message: string) => void>();

  const commands: Client = createClient(clientOptions);
  let subscriber: Client | undefined;
  let subscriberConnecting: Promise<void> | undefined;

  const clients = (): Client[] => (subscriber ? [commands, subscriber] : [commands]);
  const allReady = (): boolean => clients().every((c) => c.isReady);

  function setStatus(next: RedisConnectionStatus): void {
    if (status === next || status === "closed") return;
    const previous = status;
    status = next;
    if (next === "down") {
      logger?.warn?.("contactkit redis: connection lost, reconnecting", { error: causeSummary(lastError) });
      const error = new RedisUnavailableError("await", causeSummary(lastError), { cause: lastError });
      for (const listener of [...downListeners]) notify(() => listener(error));
    } else if (next === "ready") {
      if (previous === "down") {
        logger?.info?.("contactkit redis: connection back");
        for (const listener of [...upListeners]) notify(listener);
      }
      for (const resolve of [...readyWaiters]) resolve();
    }
    // A status hook must not break the connection.
    callHook(options.onStatusChange, [next]);
  }

  /** A listener's failure must not stop the others. */
  function notify(listener: () => void): void {
    callHook(listener, []);
  }

  function watch(client: Client): void {
    // node-redis emits `error` for every failed (re)connect; without a listener Node would throw it.
    client.on("error", (error: unknown) => {
      const first = lastError === undefined;
      lastError = error;
      if (status === "ready") setStatus("down");
      else if (status === "connecting" && first)
        logger?.warn?.("contactkit redis: cannot connect yet, retrying", { error: causeSummary(error) });
    });
    client.on("ready", () => {
      if (allReady()) setStatus("ready");
    });
    client.on("end", () => {
      if (status === "ready") setStatus("down");
    });
  }

  function start(client: Client): Promise<void> {
    watch(client);
    // connect() keeps retrying through the reconnect strategy and resolves when Redis is up.
    return client.connect().then(
      () => undefined,
      (error: unknown) => {
        lastError = error;
      },
    );
  }
  void start(commands);

  function unavailable(operation: RedisOperation, error: unknown): RedisUnavailableError {
    return error instanceof RedisUnavailableError
      ? error
      : new RedisUnavailableError(operation, causeSummary(error), { cause: error });
  }

  const internals: ConnectionInternals = {
    async command(args, operation) {
      if (status === "closed") throw new RedisUnavailableError(operation, "the connection is closed");
      if (!commands.isReady) throw new RedisUnavailableError(operation, describeDown(lastError));
      // node-redis's own timeout stops at the write; a written command waits for its reply for ever (a hung
      // server, a partition without a reset). Bound the wait here; a reply arriving later is dropped.
      const reply = commands.sendCommand([...args]) as Promise<unknown>;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new RedisUnavailableError(operation, `no reply within ${commandTimeout} ms`)),
          commandTimeout,
        );
      });
      try {
        return await Promise.race([reply, timeout]);
      } catch (error) {
        reply.catch(() => {});
        throw unavailable(operation, error);
      } finally {
        clearTimeout(timer);
      }
    },
    async script(script, keys, args, operation) {
      const tail = [String(keys.length), ...keys, ...args];
      try {
        return await internals.command(["EVALSHA", script.sha, ...tail], operation);
      } catch (error) {
        if (!String((error as { cause?: unknown }).cause ?? error).includes("NOSCRIPT")) throw error;
        return internals.command(["EVAL", script.source, ...tail], operation);
      }
    },
    async subscribe(channel, listener) {
      subscriptions.set(channel, listener);
      if (!subscriber) {
        subscriber = commands.duplicate();
        subscriberConnecting = start(subscriber);
      }
      await subscriberConnecting;
      // node-redis re-subscribes by itself after a reconnect.
      await subscriber.subscribe(channel, listener);
      if (allReady()) setStatus("ready");
    },
    async unsubscribe(channel) {
      subscriptions.delete(channel);
      if (subscriber?.isReady) await subscriber.unsubscribe(channel);
    },
    isReady: () => status !== "down" && status !== "closed" && commands.isReady,
    commandTimeoutMs: commandTimeout,
    reconnectCycleMs: Math.ceil(maxDelay * 1.25) + connectTimeout,
    onDown(listener) {
      downListeners.add(listener);
      return () => downListeners.delete(listener);
    },
    onUp(listener) {
      upListeners.add(listener);
      return () => upListeners.delete(listener);
    },
  };

  const connection: RedisConnection = {
    keyPrefix,
    get status() {
      return status;
    },
    ready({ timeoutMs = connectTimeout } = {}) {
      if (status === "ready") return Promise.resolve();
      if (status === "closed") return Promise.reject(new RedisUnavailableError("connect", "the connection is closed"));
      return new Promise<void>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          readyWaiters.delete(done);
          resolve();
        };
        const timer = setTimeout(() => {
          readyWaiters.delete(done);
          reject(
            new RedisUnavailableError("connect", `not connected within ${timeoutMs} ms; ${describeDown(lastError)}`),
          );
        }, timeoutMs);
        readyWaiters.add(done);
      });
    },
    async close() {
      if (status === "closed") return;
      setStatus("closed");
      downListeners.clear();
      upListeners.clear();
      await Promise.all(
        clients().map(async (client) => {
          try {
            if (client.isReady) await client.close();
            else client.destroy();
          } catch {
            client.destroy();
          }
        }),
      );
    },
  };
  internalsOf.set(connection, internals);
  return connection;
}

function describeDown(error: unknown): string {
  return error === undefined ? "not connected yet" : `not connected (${causeSummary(error)})`;
}

function jitter(): number {
  return 0.75 + Math.random() * 0.5;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`contactkit redis: ${name} must be a positive number`);
  return value;
}
