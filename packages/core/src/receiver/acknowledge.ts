/**
 * The last stage: `after-validate` records the event in the inbox and acknowledges once it is recorded;
 * `after-handlers` runs it on the queue and answers by its outcome.
 */
import type { ParsedEvent } from "../family";
import { InboxClosedError, InboxFullError, inboxErrorOf } from "../inbox/errors";
import { putInMemoryNow } from "../inbox/memory";
import { accept, eventOf } from "./accept";
import { refuseOverflow } from "./event-stages";
import type { Delivery, Stage } from "./pipeline";
import { type ProcessEvent, processorOf, ReportedFailure } from "./process";
import type { JobOutcome, QueuedJob } from "./queue";
import type { ReceiverSetup } from "./setup";
import { shownText } from "./text";

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

/**
 * `after-validate`: records the event in the inbox and acknowledges only once `put` resolved; a refused put is
 * answered 503 with `Retry-After` and the dedupe claim is released, never committed (the retry is not a
 * duplicate). `after-handlers`: hands the event to the queue and waits for the job — at most `jobTimeoutMs` from
 * now, waiting included — and answers by its outcome.
 */
export function acknowledge<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  if (setup.ack === "after-validate") return record(setup);
  const processEvent = processorOf(setup.process);
  return (delivery) => {
    const parsed = eventOf(delivery);
    const place = delivery.place;
    if (!place) return refuseOverflow(setup, parsed);
    delivery.place = undefined;
    const job = place.run(jobFor(setup, processEvent, delivery));
    return waitFor(setup, job, delivery);
  };
}

function record<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  const { inbox, headersOf } = setup;
  return (delivery) => {
    const parsed = eventOf(delivery);
    const entry = {
      // A known type is one of the family's own names; only an unknown one is payload text to bound.
      type: parsed.known ? parsed.type : shownText(parsed.type),
      body: delivery.bytes ?? new Uint8Array(0),
      key: delivery.claim?.key,
      receivedAt: Date.now(),
    };
    const refused = (error: unknown): Response => {
      if (error instanceof InboxFullError) return refuseOverflow(setup, parsed);
      if (error instanceof InboxClosedError) return setup.respond({ kind: "closed" });
      setup.report(error, parsed);
      return setup.respond({ kind: "inbox-unavailable", type: parsed.type, error: inboxErrorOf(error).name });
    };
    const sync = putInMemoryNow(inbox, entry, parsed);
    if (sync === undefined) {
      // Kept for the handler's context: the in-memory inbox hands this very event object to a worker.
      headersOf.set(parsed, delivery.request.headers);
      return accept(setup, delivery);
    }
    if (sync !== false) return refused(sync);
    let put: Promise<void>;
    try {
      put = inbox.put(entry, parsed);
    } catch (error) {
      put = Promise.reject(error);
    }
    return put.then(() => accept(setup, delivery), refused);
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
  const span = delivery.span && setup.telemetry.startSpan("contactkit.webhook.handle", undefined, delivery.span);
  const outcome = await Promise.race([job.outcome, deadline]);
  if (span) {
    span.setAttributes({ outcome });
    span.end();
  }
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
