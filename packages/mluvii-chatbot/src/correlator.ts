import type { MluviiChatbotResponse, MluviiChatbotResponseActivity } from "./event-map";

/**
 * What a waiter waits for: mluvii's answers carry no request id, only the session and the response name. Requests
 * of one key form a lane; how a lane pairs answers with requests is the response's `RESPONSE_CORRELATION` mode.
 */
export interface CorrelationKey {
  /** Session the request was sent for. */
  readonly sessionId: number;
  /** The `…Response` activity expected. */
  readonly activity: MluviiChatbotResponseActivity;
  /**
   * For `shared` (read) activities: the request's parameters that shape the answer, as canonical JSON (`""`, the
   * default, for none). A read takes answers to reads of the same query only; reads of another query wait until
   * the lane has no answer owed to the first. Ignored for `serial` activities.
   */
  readonly query?: string;
}

/** Options of {@link ResponseCorrelator.register}. */
export interface RegisterWaiterOptions {
  /**
   * Reject with `MluviiChatbotResponseTimeoutError` after this many milliseconds, counted from admission (when
   * `registered` resolves), not from `register`: waiting for the lane is not part of the request's own wait.
   */
  readonly timeoutMs: number;
  /**
   * Reject with the signal's reason when it aborts. After admission the correlator cannot know whether the request
   * went out, so it keeps a `serial` lane held as if it had (see `cancel`); a caller that knows should cancel itself.
   */
  readonly signal?: AbortSignal;
}

/** A registered waiter. Register it *before* sending, so a fast callback cannot arrive unobserved. */
export interface ResponseWaiter {
  /**
   * Resolves once the waiter is admitted to its lane — at once, unless an earlier request of a `serial` kind (or a
   * read of another query) on the same session still has an answer owed — and, for a shared store, once that is
   * recorded there. Send the request after it, never before. Rejects, as `response` does, when the waiter is
   * cancelled, aborted or closed first.
   */
  readonly registered: Promise<void>;
  /** Resolves with the matching response; rejects on timeout, abort, cancel or close. */
  readonly response: Promise<MluviiChatbotResponse>;
  /**
   * Withdraws the waiter and rejects `response` with `reason`. `responseMayArrive: true` (the request may have
   * reached mluvii) keeps its answer owed: a `serial` lane stays held until that answer arrives (it is then
   * reported `late`) or the late-response window passes. Without it the lane is released at once.
   */
  cancel(reason: unknown, options?: { readonly responseMayArrive?: boolean }): void;
}

/** What became of a delivered response. */
export type DeliveryOutcome =
  /** A waiter took it (a read's answer may be taken by every read of its query pending on the session). */
  | "delivered"
  /** Nobody waited for it and no answer of its key was owed. */
  | "unmatched"
  /**
   * It answers a request that no longer waits: one that timed out or was cancelled after it may have been sent, or
   * a read already served by another read's answer.
   */
  | "late";

/**
 * Pairs requests with the `…Response` callbacks answering them, per (session, response activity) lane: reads share
 * answers, other kinds are serialised (see `RESPONSE_CORRELATION`), and an answer owed to a request that stopped
 * waiting is recognised as late instead of being given to the next request. The in-memory implementation serves
 * one process; a shared one (Redis) lets the callback land on another instance than the request.
 */
export interface ResponseCorrelator {
  /** Registers a waiter for the next response of `key`; send the request once `registered` resolves. */
  register(key: CorrelationKey, options: RegisterWaiterOptions): ResponseWaiter;
  /** Hands a response to the waiters of its lane it can answer (the callback receiver calls this). */
  deliver(response: MluviiChatbotResponse): DeliveryOutcome | Promise<DeliveryOutcome>;
  /** Number of waiters not yet settled: admitted ones and ones waiting for their lane. */
  pending(): number;
  /** Rejects every waiter with `MluviiChatbotClosedError`. */
  close(): void;
}
