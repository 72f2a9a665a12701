/**
 * Graceful shutdown for node servers running contactkit handlers: on SIGTERM/SIGINT stop accepting connections,
 * close idle keep-alive ones, let running handlers finish within `drainMs`, then exit. Part of the node adapter
 * subpath (it uses `process`).
 */

/** A node `http.Server` (what `http.createServer` and express's `app.listen` return). */
export interface ClosableNodeServer {
  close(callback?: (error?: Error) => void): unknown;
  closeIdleConnections?(): void;
  closeAllConnections?(): void;
}

/** A server closed by a promise-returning `close()`, e.g. a fastify instance (which runs its `onClose` hooks). */
export interface ClosableAppServer {
  close(): PromiseLike<unknown>;
}

/** Anything with `close({ drainMs })`: a contactkit webhook handler, a bot's callback handler, inbox workers. */
export interface DrainableHandler<R = unknown> {
  close(options?: { readonly drainMs?: number }): Promise<R> | R;
}

/** Options for {@link shutdownGracefully}. */
export interface GracefulShutdownOptions<R> {
  /** How long running handlers may take to finish before their signals abort. Default 10,000 ms. */
  readonly drainMs?: number;
  /** Signals that start the shutdown. Default `["SIGTERM", "SIGINT"]`. */
  readonly signals?: readonly NodeJS.Signals[];
  /** Exit the process when done: code 0, or 1 when closing failed. Default true. */
  readonly exit?: boolean;
  /** Told what each handler reported, before the process exits (log it, flush telemetry). */
  readonly onShutdown?: (reports: R[]) => void | Promise<void>;
  /**
   * Connections still open this long after `drainMs` (a client holding a busy keep-alive connection) are
   * destroyed, so the server can close. Default 2,000 ms.
   */
  readonly forceAfterMs?: number;
}

/** A registered graceful shutdown. */
export interface GracefulShutdown<R> {
  /** Runs the shutdown now (as a signal would); later calls return the same promise. */
  shutdown(): Promise<R[]>;
  /** Removes the signal listeners (tests, or a caller that takes over). */
  dispose(): void;
}

const isNodeServer = (server: ClosableNodeServer | ClosableAppServer): server is ClosableNodeServer =>
  typeof (server as ClosableNodeServer).closeIdleConnections === "function";

/**
 * Registers a graceful shutdown: on the first of `signals` the server stops accepting connections (idle
 * keep-alive connections are closed; requests on busy ones are answered 503 by the closed handlers), every
 * handler's `close({ drainMs })` lets its running handlers finish, and then the process exits 0. A second signal
 * during the shutdown exits at once (1).
 *
 * @example
 * const server = http.createServer(toNodeHandler(handler)).listen(8080);
 * shutdownGracefully(server, handler, { drainMs: 20_000 });
 */
export function shutdownGracefully<R>(
  server: ClosableNodeServer | ClosableAppServer,
  handlers: DrainableHandler<R> | readonly DrainableHandler<R>[],
  options: GracefulShutdownOptions<R> = {},
): GracefulShutdown<R> {
  const list: readonly DrainableHandler<R>[] = Array.isArray(handlers) ? handlers : [handlers as DrainableHandler<R>];
  const drainMs = Math.max(0, options.drainMs ?? 10_000);
  const forceAfterMs = Math.max(0, options.forceAfterMs ?? 2_000);
  const signals = options.signals ?? ["SIGTERM", "SIGINT"];
  const exit = options.exit ?? true;
  let running: Promise<R[]> | undefined;

  const closeServer = (): Promise<void> => {
    if (!isNodeServer(server)) return Promise.resolve(server.close()).then(() => {});
    return new Promise<void>((resolve) => {
      // ERR_SERVER_NOT_RUNNING: already closed, which is what we want.
      server.close(() => resolve());
      server.closeIdleConnections?.();
      const force = setTimeout(() => server.closeAllConnections?.(), drainMs + forceAfterMs);
      force.unref?.();
    });
  };

  const shutdown = (): Promise<R[]> => {
    running ??= (async () => {
      const serverClosed = closeServer();
      const reports = await Promise.all(list.map(async (handler) => handler.close({ drainMs })));
      await serverClosed;
      await options.onShutdown?.(reports);
      return reports;
    })();
    return running;
  };

  const onSignal = (): void => {
    if (running) {
      // A second signal: the operator wants out now.
      if (exit) process.exit(1);
      return;
    }
    shutdown().then(
      () => {
        if (exit) process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(
          `${JSON.stringify({ level: "error", message: "contactkit: graceful shutdown failed", error: error instanceof Error ? error.name : typeof error })}\n`,
        );
        if (exit) process.exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);

  return {
    shutdown,
    dispose() {
      for (const signal of signals) process.off(signal, onSignal);
    },
  };
}
