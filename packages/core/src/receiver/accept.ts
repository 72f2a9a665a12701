/** Accepting a delivery: the dedupe claim is committed past the point of no return, then the answer. */
import type { ParsedEvent } from "../family";
import { isThenable } from "./claim";
import type { Delivery, HeldClaim } from "./pipeline";
import type { ReceiverSetup } from "./setup";

/** The parsed event of a delivery that reached the event stages. */
export const eventOf = <M extends object>(delivery: Delivery<M>): ParsedEvent<M> => {
  if (!delivery.parsed) throw new Error("contactkit receiver: a stage ran before the event was parsed");
  return delivery.parsed;
};

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

/** Commits the claim (if any) and answers "accepted". */
export function accept<M extends object>(setup: ReceiverSetup<M>, delivery: Delivery<M>): Response | Promise<Response> {
  const parsed = eventOf(delivery);
  const answer = (): Response => setup.respond({ kind: "accepted", type: parsed.type, known: parsed.known });
  const committed = commit(setup, delivery);
  return isThenable(committed) ? Promise.resolve(committed).then(answer) : answer();
}
