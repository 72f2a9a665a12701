/** The stages that take a valid event from "read" towards "accepted": parse, queue place, dedupe claim, inline. */
import type { ParsedEvent } from "../family";
import { accept, eventOf } from "./accept";
import { isThenable, newClaimId, storeKey, whenReady } from "./claim";
import type { Stage, Step } from "./pipeline";
import type { ReceiverSetup } from "./setup";

/** Validates the body through the family; an invalid body goes to `onInvalid` with its exact bytes. */
export function parseEvent<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  return (delivery) => {
    const bytes = delivery.bytes ?? new Uint8Array(0);
    const span = delivery.span && setup.telemetry.startSpan("contactkit.webhook.validate", undefined, delivery.span);
    const result = setup.family.safeParse(bytes, setup.parse);
    if (span) {
      if (!result.ok) span.fail(result.error);
      span.end();
    }
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
 * In `after-handlers` mode, holds a queue place before the dedupe store is touched: a delivery recorded as seen
 * must get processed. Without a place, an event can still be handled inline; anything else is refused so the
 * platform retries. In `after-validate` mode the inbox's `put` is the place, taken last (a refused put releases
 * the claim, so the platform's retry is not taken for a duplicate).
 */
export function reservePlace<M extends object>(setup: ReceiverSetup<M>): Stage<M> {
  if (setup.ack === "after-validate") return () => (setup.isClosed() ? setup.respond({ kind: "closed" }) : undefined);
  return (delivery) => {
    if (setup.isClosed()) return setup.respond({ kind: "closed" });
    delivery.place = setup.queue.reserve();
    if (delivery.place || setup.handleInline) return undefined;
    return refuseOverflow(setup, eventOf(delivery));
  };
}

/** Answers "queue full" and tells `queue.onOverflow`. */
export function refuseOverflow<M extends object>(setup: ReceiverSetup<M>, parsed: ParsedEvent<M>): Response {
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
    return delivery.place || setup.ack === "after-validate" ? undefined : refuseOverflow(setup, parsed);
  };
}
