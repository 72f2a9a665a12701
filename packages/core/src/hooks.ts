/**
 * Calls a hook the user gave (`onError`, `onStatusChange`, a listener) so that its failure stays its own: a throw,
 * or the rejection of a promise it returns, goes to `onFailure` and never into the caller — a receiver keeps
 * answering, a connection keeps reconnecting, the other listeners still run. `onFailure` is guarded the same way
 * (a logger that throws is ignored). With no hook nothing happens.
 *
 * @example
 * callHook(options.onError ?? ((error) => logger?.error?.("processing failed", { error: String(error) })), [error]);
 */
export function callHook<A extends readonly unknown[]>(
  hook: ((...args: A) => unknown) | undefined,
  args: A,
  onFailure?: (error: unknown) => void,
): void {
  if (hook === undefined) return;
  try {
    const returned = hook(...args);
    // A hook may be async: its rejection would otherwise be unhandled, which ends a Node process by default.
    if (isThenable(returned)) returned.then(undefined, (error: unknown) => reportFailure(onFailure, error));
  } catch (error) {
    reportFailure(onFailure, error);
  }
}

function reportFailure(onFailure: ((error: unknown) => void) | undefined, error: unknown): void {
  try {
    onFailure?.(error);
  } catch {
    // Reporting a hook's failure must not fail either: there is nowhere left to report to.
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
