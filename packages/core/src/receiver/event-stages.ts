/** The stages that take a valid event from "read" to "accepted": parse, queue place, dedupe claim, inline, ack. */
import type { ParsedEvent } from "../family";
import { isThenable, newClaimId, storeKey, whenReady } from "./claim";
import type { Delivery, HeldClaim, Stage, Step } from "./pipeline";
import type { JobOutcome } from "./queue";
import type { ProcessEvent, ReceiverSetup } from "./setup";

const eventOf = <M extends object>(delivery: Delivery<M>): ParsedEvent<M> => {
  if (!delivery.parsed) throw new Error("contactkit receiver: a stage ran before the event was parsed");
  return delivery.parsed;
};

/** Validates the body through the family; an invalid body goes to `onInvalid` with its exact bytes. */
export function parseEvent<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  return (delivery) => {
    const bytes = delivery.bytes ?? new Uint8Array(0);
    const result = setup.family.safeParse(bytes, setup.parse);
    if (result.ok) {
      delivery.parsed = result;
      return undefined;
    }
    if (setup.onInvalid) {
      const onInvalid = setup.onInvalid;
      setup.guard(() => onInvalid(result.error, bytes), undefined);
    }
    return setup.respond({ kind: "invalid", error: result.error });
  };
}

/**
 * Holds a queue place before the dedupe store is touched: a delivery recorded as seen must get processed. Without
 * a place, an event can still be handled inline; anything else is refused so the platform retries.
 */
export function reservePlace<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  return (delivery) => {
    if (setup.isClosed()) return setup.respond({ kind: "closed" });
    delivery.place = setup.queue.reserve();
    if (delivery.place || setup.handleInline) return undefined;
    return refuseOverflow(setup, eventOf(delivery));
  };
}

function refuseOverflow<M extends object>(setup: ReceiverSetup<M>, parsed: ParsedEvent<M>): Response {
  if (setup.onOverflow) {
    const onOverflow = setup.onOverflow;
    setup.guard(() => onOverflow(parsed), parsed);
  }
  return setup.respond({ kind: "overflow", type: parsed.type });
}

/**
 * Claims the delivery's idempotency key with a lease. A key seen before is a duplicate; a key another attempt is
 * accepting right now is "retry later". When the store fails the claim's outcome is unknown (its write may land
 * later): the receiver asks the store to release it and, by `onStoreError`, processes the event unclaimed or
 * answers "retry later" — the lease guarantees the retry is never taken for a duplicate.
 */
export function claimDelivery<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  const dedupe = setup.dedupe;
  if (!dedupe) return () => undefined;
  const { store, leaseMs, onStoreError } = dedupe;
  return (delivery) => {
    const parsed = eventOf(delivery);
    const key = dedupe.key(parsed);
    if (key === undefined) return undefined;
    const id = newClaimId();
    const storeFailed = (error: unknown, claimedKey: string | undefined): Step => {
      setup.report(error, parsed);
      if (claimedKey !== undefined) {
        // Best effort: on a connection that survived, this runs after the stalled claim and frees the key at once.
        Promise.resolve()
          .then(() => store.release(claimedKey, id))
          .catch(() => {});
      }
      return onStoreError === "closed" ? setup.respond({ kind: "store-unavailable", type: parsed.type }) : undefined;
    };
    const claim = (boundedKey: string): Step | Promise<Step> => {
      let outcome: ReturnType<typeof store.claim>;
      try {
        outcome = store.claim(boundedKey, id, leaseMs);
      } catch (error) {
        return storeFailed(error, boundedKey);
      }
      const decide = (result: Awaited<typeof outcome>): Step => {
        if (result === "claimed") {
          delivery.claim = { store, key: boundedKey, id };
          return undefined;
        }
        if (result === "seen") return setup.respond({ kind: "duplicate", type: parsed.type });
        return setup.respond({ kind: "in-progress", type: parsed.type });
      };
      return isThenable(outcome)
        ? Promise.resolve(outcome).then(decide, (error: unknown) => storeFailed(error, boundedKey))
        : decide(outcome);
    };
    return whenReady(storeKey(String(key)), claim);
  };
}

/**
 * Marks an accepted delivery as seen. Called only past the point of no return (the event was handled inline or
 * handed to the queue), so a commit that lands late can never hide an event that was not processed. A failed
 * commit leaves the claim to lapse: a later redelivery may then be processed again, which is reported.
 */
function commit<M extends object>(setup: ReceiverSetup<M>, delivery: Delivery<M>): void | Promise<void> {
  const claim: HeldClaim | undefined = delivery.claim;
  const dedupe = setup.dedupe;
  delivery.claim = undefined;
  if (!claim || !dedupe) return;
  const lapsed = (committed: boolean): void => {
    if (!committed) {
      setup.report(
        new Error("dedupe claim lapsed before the delivery was accepted; a redelivery may be processed again"),
        delivery.parsed,
      );
    }
  };
  try {
    const result = claim.store.commit(claim.key, claim.id, dedupe.ttlMs);
    if (!isThenable(result)) return lapsed(result);
    return Promise.resolve(result).then(lapsed, (error: unknown) => setup.report(error, delivery.parsed));
  } catch (error) {
    setup.report(error, delivery.parsed);
  }
}

function accept<M extends object>(setup: ReceiverSetup<M>, delivery: Delivery<M>): Response | Promise<Response> {
  const parsed = eventOf(delivery);
  const answer = (): Response => setup.respond({ kind: "accepted", type: parsed.type, known: parsed.known });
  const committed = commit(setup, delivery);
  return isThenable(committed) ? Promise.resolve(committed).then(answer) : answer();
}

/** Events the receiver's `handleInline` takes are accepted at once, outside the queue, even when it is full. */
export function handleInline<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  const inline = setup.handleInline;
  if (!inline) return () => undefined;
  return (delivery) => {
    const parsed = eventOf(delivery);
    let handled = false;
    try {
      handled = inline(parsed);
    } catch (error) {
      setup.report(error, parsed);
    }
    if (handled) return accept(setup, delivery);
    return delivery.place ? undefined : refuseOverflow(setup, parsed);
  };
}

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
  job: { readonly outcome: Promise<JobOutcome>; cancel(): void },
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
