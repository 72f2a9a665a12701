/** The last stage: hand the event to the queue and acknowledge, before (`after-validate`) or after processing. */
import type { ParsedEvent } from "../family";
import { accept, eventOf } from "./accept";
import { refuseOverflow } from "./event-stages";
import type { Delivery, Stage } from "./pipeline";
import type { JobOutcome, QueuedJob } from "./queue";
import type { ProcessEvent, ReceiverSetup } from "./setup";

/** Thrown by a job whose error was already reported, so the queue records it as failed without a second report. */
class ReportedFailure extends Error {}

/** Builds the queue job for an event; every error is reported once, with the event. */
function jobFor<M extends object>(
  setup: ReceiverSetup<M>,
  processEvent: ProcessEvent<M>,
  delivery: Delivery<M>,
): (signal: AbortSignal) => Promise<void> {
  const parsed = eventOf(delivery);
  const { headers } = delivery.request;
  return async (signal) => {
    try {
      await processEvent(parsed, { signal, headers });
    } catch (error) {
      if (!(error instanceof ReportedFailure)) setup.report(error, parsed);
      throw new ReportedFailure();
    }
  };
}

/** Runs a processor: a router reports its handlers' errors to its own `onError` when it has one. */
export function processorOf<M extends object>(setup: ReceiverSetup<M>): ProcessEvent<M> {
  return async (parsed, context) => {
    const processor = setup.process;
    if (!processor) return;
    if (typeof processor === "function") {
      await processor(parsed, context);
      return;
    }
    // route() rejects when the router has no onError (then the receiver reports it); otherwise the router already
    // reported each error, and the receiver only needs to know that processing failed.
    const { errors } = await processor.route(parsed, context.signal);
    if (errors.length > 0) throw new ReportedFailure();
  };
}

/**
 * Hands the event to the queue. `after-validate` acknowledges at once; `after-handlers` waits for the job — at
 * most `jobTimeoutMs` from now, waiting included — and answers by its outcome.
 */
export function acknowledge<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  const processEvent = processorOf(setup);
  return (delivery) => {
    const parsed = eventOf(delivery);
    const place = delivery.place;
    if (!place) return refuseOverflow(setup, parsed);
    delivery.place = undefined;
    const job = place.run(jobFor(setup, processEvent, delivery));
    if (setup.ack === "after-validate") {
      job.outcome.then((outcome) => reportTimeout(setup, outcome, parsed));
      return accept(setup, delivery);
    }
    return waitFor(setup, job, delivery);
  };
}

function reportTimeout<M extends object>(setup: ReceiverSetup<M>, outcome: JobOutcome, parsed: ParsedEvent<M>): void {
  if (outcome === "timed-out") {
    setup.report(new Error(`handler timed out after ${setup.jobTimeoutMs} ms; its slot was released`), parsed);
  }
}

async function waitFor<M extends object>(
  setup: ReceiverSetup<M>,
  job: QueuedJob,
  delivery: Delivery<M>,
): Promise<Response> {
  const parsed = eventOf(delivery);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"timed-out">((resolve) => {
    timer = setTimeout(() => resolve("timed-out"), setup.jobTimeoutMs);
  });
  const outcome = await Promise.race([job.outcome, deadline]);
  clearTimeout(timer);
  if (outcome !== "done") job.cancel();
  switch (outcome) {
    case "done":
      return accept(setup, delivery);
    case "failed":
      return setup.respond({ kind: "failed", type: parsed.type });
    case "timed-out":
      reportTimeout(setup, outcome, parsed);
      return setup.respond({ kind: "timed-out", type: parsed.type, timeoutMs: setup.jobTimeoutMs });
    default:
      return setup.respond({ kind: "closed" });
  }
}
