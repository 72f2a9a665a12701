/**
 * The receiver as a pipeline of small stages, each of which answers the request (returns a `Response`) or passes
 * it on (returns `undefined`), after the middleware style of octokit/webhooks. Resources a stage takes for the
 * delivery — a queue place, a dedupe claim, the unread body — are recorded on the {@link Delivery} and given
 * back in one place, {@link runPipeline}, whatever the answer.
 */
import type { ParsedEvent } from "../family";
import type { TelemetrySpan } from "../observe/types";
import type { Outcome } from "./answers";
import { isThenable } from "./claim";
import type { LeasingDedupeStore } from "./dedupe";
import type { Reservation } from "./queue";

/** A dedupe claim held by one delivery attempt. */
export interface HeldClaim {
  readonly store: LeasingDedupeStore;
  /** The key as the store sees it (hashed when long). */
  readonly key: string;
  readonly id: string;
}

/** What the stages know about one request so far. */
export interface Delivery<M extends object> {
  readonly request: Request;
  bytes: Uint8Array | undefined;
  parsed: ParsedEvent<M> | undefined;
  /** A queue place held for this delivery: handed to its job, or given back when the request ends. */
  place: Reservation | undefined;
  /** A dedupe claim held for this delivery: committed once it is accepted, or released when the request ends. */
  claim: HeldClaim | undefined;
  /** The request's `contactkit.webhook.receive` span, when telemetry is on. */
  readonly span?: TelemetrySpan | undefined;
}

/** A stage's verdict: an answer, or `undefined` to pass the request on. */
export type Step = Response | undefined;

/** One step of the pipeline. Synchronous stages stay synchronous (no await between them). */
export type Stage<M extends object> = (delivery: Delivery<M>) => Step | Promise<Step>;

/** What the pipeline needs from the receiver around the stages. */
export interface PipelineHooks<M extends object> {
  /** Answers an outcome by the one rule. */
  respond(outcome: Outcome): Response;
  /** Reports an error once. */
  report(error: unknown, parsed: ParsedEvent<M> | undefined): void;
}

function runFrom<M extends object>(
  stages: readonly Stage<M>[],
  index: number,
  delivery: Delivery<M>,
): Step | Promise<Step> {
  for (let i = index; i < stages.length; i++) {
    const step = (stages[i] as Stage<M>)(delivery);
    // Stay synchronous while stages are, so that e.g. an in-memory claim and its commit run without interleaving.
    if (isThenable(step)) return Promise.resolve(step).then((s) => s ?? runFrom(stages, i + 1, delivery));
    if (step) return step;
  }
  return undefined;
}

/**
 * Runs the stages over a request. A stage that throws (a broken auth, a throwing key function) is reported and
 * answered 500 without detail. Afterwards an unused queue place is given back, an uncommitted claim is released
 * (so the platform's retry is not taken for a duplicate), and an unread body is cancelled.
 */
export async function runPipeline<M extends object>(
  stages: readonly Stage<M>[],
  request: Request,
  hooks: PipelineHooks<M>,
  span?: TelemetrySpan,
): Promise<Response> {
  const delivery: Delivery<M> = {
    request,
    bytes: undefined,
    parsed: undefined,
    place: undefined,
    claim: undefined,
    span,
  };
  let response: Response;
  try {
    response = (await runFrom(stages, 0, delivery)) ?? hooks.respond({ kind: "internal" });
  } catch (error) {
    hooks.report(error, delivery.parsed);
    response = hooks.respond({ kind: "internal" });
  }
  await giveBack(delivery, hooks);
  return response;
}

async function giveBack<M extends object>(delivery: Delivery<M>, hooks: PipelineHooks<M>): Promise<void> {
  delivery.place?.cancel();
  delivery.place = undefined;
  const claim = delivery.claim;
  delivery.claim = undefined;
  if (claim) {
    try {
      await claim.store.release(claim.key, claim.id);
    } catch (error) {
      // The lease lapses by itself; until then the platform's retry is answered "retry later", never "duplicate".
      hooks.report(error, delivery.parsed);
    }
  }
  const { body } = delivery.request;
  if (body && !delivery.request.bodyUsed && !body.locked) await body.cancel().catch(() => {});
}
