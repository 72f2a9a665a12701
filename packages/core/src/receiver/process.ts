/** Running a processor (a router or a function) by the one error rule, for the receiver's queue and the inbox workers. */
import type { ParsedEvent } from "../family";
import type { WebhookContext, WebhookProcessor } from "./options";

/** Runs the processor for one event; rejects when processing failed. */
export type ProcessEvent<M extends object> = (parsed: ParsedEvent<M>, context: WebhookContext) => Promise<void>;

/**
 * Thrown when processing failed but the error was already reported (a router with its own `onError`), so the
 * caller records the failure without reporting it a second time. `cause` is the first handler error.
 */
export class ReportedFailure extends Error {
  override readonly name = "ReportedFailure";
}

/** Runs a processor: a router reports its handlers' errors to its own `onError` when it has one. */
export function processorOf<M extends object>(processor: WebhookProcessor<M> | undefined): ProcessEvent<M> {
  return async (parsed, context) => {
    if (!processor) return;
    if (typeof processor === "function") {
      await processor(parsed, context);
      return;
    }
    // route() rejects when the router has no onError (then the caller reports it); otherwise the router already
    // reported each error, and the caller only needs to know that processing failed.
    const { errors } = await processor.route(parsed, context.signal);
    if (errors.length > 0) {
      const first = errors[0];
      const what = first instanceof Error ? `${first.name}: ${first.message}` : "a handler failed";
      throw new ReportedFailure(`${errors.length} handler(s) failed (reported to the router's onError); ${what}`, {
        cause: first,
      });
    }
  };
}
