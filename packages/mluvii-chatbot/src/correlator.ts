import type { MluviiChatbotResponse, MluviiChatbotResponseActivity } from "./callbacks";
import { MluviiChatbotClosedError, MluviiChatbotResponseTimeoutError } from "./errors";

/** What a waiter waits for: mluvii's answers carry no request id, only the session and the response name. */
export interface CorrelationKey {
  /** Session the request was sent for. */
  readonly sessionId: number;
  /** The `…Response` activity expected. */
  readonly activity: MluviiChatbotResponseActivity;
}

/** Options of {@link ResponseCorrelator.register}. */
export interface RegisterWaiterOptions {
  /** Reject with `MluviiChatbotResponseTimeoutError` after this many milliseconds. */
  readonly timeoutMs: number;
  /** Reject with the signal's reason when it aborts. */
  readonly signal?: AbortSignal;
}

/** A registered waiter. Register it *before* sending, so a fast callback cannot arrive unobserved. */
export interface ResponseWaiter {
  /** Settles once the waiter is in place (a shared store may need a round trip); send after it. */
  readonly registered: Promise<void>;
  /** Resolves with the matching response; rejects on timeout, abort, cancel or close. */
  readonly response: Promise<MluviiChatbotResponse>;
  /**
   * Withdraws the waiter and rejects `response` with `reason`. `responseMayArrive: true` (the request may have
   * reached mluvii) makes the next response of this key count as this one's late answer.
   */
  cancel(reason: unknown, options?: { readonly responseMayArrive?: boolean }): void;
}

/** What became of a delivered response. */
export type DeliveryOutcome =
  /** A waiter took it. */
  | "delivered"
  /** Nobody waited for it. */
  | "unmatched"
  /** It answers a request whose waiter already timed out or was cancelled after sending. */
  | "late";

/**
 * Pairs requests with the `…Response` callbacks answering them, first-in first-out per (session, response
 * activity). The in-memory implementation serves one process; a shared one (Redis) lets the callback land on
 * another instance than the request.
 */
export interface ResponseCorrelator {
  /** Registers a waiter for the next response of `key`. */
  register(key: CorrelationKey, options: RegisterWaiterOptions): ResponseWaiter;
  /** Hands a response to the oldest waiter of its key. */
  deliver(response: MluviiChatbotResponse): DeliveryOutcome | Promise<DeliveryOutcome>;
  /** Number of waiters currently registered. */
  pending(): number;
  /** Rejects every waiter with `MluviiChatbotClosedError`. */
  close(): void;
}

/** Options of {@link createInMemoryCorrelator}. */
export interface InMemoryCorrelatorOptions {
  /**
   * After a waiter times out, the next response of its key arriving within this window is treated as that
   * request's late answer (so it cannot resolve a newer request of the same kind). Default 30 000 ms; 0 disables.
   */
  readonly lateResponseWindowMs?: number;
}

interface Entry {
  resolve(response: MluviiChatbotResponse): void;
  reject(reason: unknown): void;
  settled: boolean;
  timer: ReturnType<typeof setTimeout>;
  detachAbort?: () => void;
}

const keyOf = (sessionId: number, activity: string) => `${sessionId}\u0000${activity}`;

/** A {@link ResponseCorrelator} for a single process. */
export function createInMemoryCorrelator(options: InMemoryCorrelatorOptions = {}): ResponseCorrelator {
  const lateWindow = options.lateResponseWindowMs ?? 30_000;
  const queues = new Map<string, Entry[]>();
  /** Expiry times of answers still owed to withdrawn waiters, per key. */
  const owed = new Map<string, number[]>();
  let count = 0;

  function withdraw(key: string, entry: Entry): void {
    entry.settled = true;
    count--;
    clearTimeout(entry.timer);
    entry.detachAbort?.();
    const queue = queues.get(key);
    if (!queue) return;
    const index = queue.indexOf(entry);
    if (index >= 0) queue.splice(index, 1);
    if (queue.length === 0) queues.delete(key);
  }

  function owe(key: string): void {
    if (lateWindow <= 0) return;
    const list = owed.get(key) ?? [];
    list.push(Date.now() + lateWindow);
    owed.set(key, list);
  }

  function takeOwed(key: string): boolean {
    const list = owed.get(key);
    if (!list) return false;
    const now = Date.now();
    while (list.length > 0 && (list[0] ?? 0) < now) list.shift();
    const owedOne = list.shift() !== undefined;
    if (list.length === 0) owed.delete(key);
    return owedOne;
  }

  return {
    register({ sessionId, activity }, { timeoutMs, signal }) {
      const key = keyOf(sessionId, activity);
      let entry!: Entry;
      const response = new Promise<MluviiChatbotResponse>((resolve, reject) => {
        entry = { resolve, reject, settled: false, timer: undefined as unknown as Entry["timer"] };
      });
      const fail = (reason: unknown, responseMayArrive: boolean) => {
        if (entry.settled) return;
        withdraw(key, entry);
        if (responseMayArrive) owe(key);
        entry.reject(reason);
      };
      entry.timer = setTimeout(
        () => fail(new MluviiChatbotResponseTimeoutError(sessionId, activity, timeoutMs), true),
        timeoutMs,
      );
      if (signal) {
        const onAbort = () => fail(signal.reason, true);
        if (signal.aborted) queueMicrotask(onAbort);
        else {
          signal.addEventListener("abort", onAbort, { once: true });
          entry.detachAbort = () => signal.removeEventListener("abort", onAbort);
        }
      }
      const queue = queues.get(key) ?? [];
      queue.push(entry);
      queues.set(key, queue);
      count++;
      // Callers may never await `response` if sending fails first; keep that from being an unhandled rejection.
      response.catch(() => {});
      return {
        registered: Promise.resolve(),
        response,
        cancel: (reason, cancelOptions) => fail(reason, cancelOptions?.responseMayArrive ?? false),
      };
    },
    deliver(message) {
      const key = keyOf(message.sessionId, message.activity);
      if (takeOwed(key)) return "late";
      const entry = queues.get(key)?.[0];
      if (!entry) return "unmatched";
      withdraw(key, entry);
      entry.resolve(message);
      return "delivered";
    },
    pending: () => count,
    close() {
      for (const [key, queue] of [...queues]) {
        for (const entry of [...queue]) {
          withdraw(key, entry);
          entry.reject(new MluviiChatbotClosedError());
        }
      }
      owed.clear();
    },
  };
}
