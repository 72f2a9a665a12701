import type { ParsedEvent } from "../family";
import { acknowledge } from "./acknowledge";
import { answer, resolveStatuses } from "./answers";
import { asLeasingStore } from "./claim";
import { createMemoryDedupeStore } from "./dedupe";
import { claimDelivery, handleInline, parseEvent, reservePlace } from "./event-stages";
import type { WebhookHandler, WebhookHandlerOptions } from "./options";
import { runPipeline, type Stage } from "./pipeline";
import { createWorkQueue } from "./queue";
import { allowMethod, authenticate, readBody, requireJson } from "./request-stages";
import type { ReceiverSetup, ResolvedDedupe } from "./setup";
import { shownText } from "./text";

export type {
  ReceiverLogger,
  WebhookContext,
  WebhookDedupeOptions,
  WebhookHandler,
  WebhookHandlerOptions,
  WebhookProcessor,
  WebhookStatuses,
} from "./options";

const DEFAULT_BODY_LIMIT = 1_048_576;
const DEFAULT_BODY_TIMEOUT_MS = 5_000;
const DEFAULT_JOB_TIMEOUT_MS = 60_000;
const DEFAULT_DEDUPE_TTL_MS = 86_400_000;
const DEFAULT_LEASE_MS = 10_000;

/**
 * Creates a framework-neutral webhook receiver `(request: Request) => Promise<Response>`: POST only, authenticated
 * before anything is read, bounded body (size and time), JSON only, validated through the family, deduplicated,
 * and acknowledged before processing. A throwing or hanging handler never crashes the process nor changes the
 * acknowledgement. Use `toNodeHandler` from `@contactkit/core/adapters/node` for node `http`, express or fastify.
 *
 * Each request passes these stages in order; the first that answers ends it: method → authentication →
 * content type → body (limit, deadline) → parse → queue place → dedupe claim → inline handling → acknowledge.
 */
export function createWebhookHandler<M extends object>(options: WebhookHandlerOptions<M>): WebhookHandler {
  const { family, auth, logger } = options;
  const subject = `${family.vendor} ${family.family}`;
  const status = resolveStatuses(options.status);
  const ack = options.ack ?? "after-validate";
  const jobTimeoutMs = options.queue?.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  let closed = false;

  const report = (error: unknown, parsed: ParsedEvent<M> | undefined): void => {
    try {
      if (options.onError) options.onError(error, parsed);
      else
        logger?.error?.(`${subject}: processing failed`, {
          type: parsed === undefined ? undefined : shownText(parsed.type),
          error: error instanceof Error ? error.message : String(error),
        });
    } catch {
      // An error hook that throws must not take the process down either.
    }
  };
  // The receiver's jobs report their own errors (with their event) and timeouts come back as outcomes.
  const queue = createWorkQueue({ ...options.queue, jobTimeoutMs }, () => {});
  const dedupe: ResolvedDedupe<M> | undefined = options.dedupe && {
    key: options.dedupe.key,
    store: asLeasingStore(
      options.dedupe.store ?? createMemoryDedupeStore(),
      options.dedupe.ttlMs ?? DEFAULT_DEDUPE_TTL_MS,
    ),
    ttlMs: options.dedupe.ttlMs ?? DEFAULT_DEDUPE_TTL_MS,
    // In after-handlers mode the claim must outlive processing, or a concurrent retry would be processed too.
    leaseMs: (options.dedupe.leaseMs ?? DEFAULT_LEASE_MS) + (ack === "after-handlers" ? jobTimeoutMs : 0),
    onStoreError: options.dedupe.onStoreError ?? "open",
  };
  const setup: ReceiverSetup<M> = {
    family,
    auth,
    methods: options.allowGet ? ["GET", "HEAD", "POST"] : ["POST"],
    allowGet: options.allowGet ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
    requireJsonContentType: options.requireJsonContentType ?? true,
    parse: options.parse,
    ack,
    queue,
    jobTimeoutMs,
    isClosed: () => closed,
    dedupe,
    handleInline: options.handleInline,
    process: options.process,
    onInvalid: options.onInvalid,
    onOverflow: options.queue?.onOverflow,
    respond: (outcome) => answer(outcome, status, logger, subject),
    report,
    guard: (hook, parsed) => {
      try {
        hook();
      } catch (error) {
        report(error, parsed);
      }
    },
  };
  if (auth.insecure) logger?.warn?.(`${subject}: webhook receiver accepts unauthenticated requests (noAuth)`);

  const stages: readonly Stage<M>[] = [
    allowMethod(setup),
    authenticate(setup),
    requireJson(setup),
    readBody(setup),
    parseEvent(setup),
    reservePlace(setup),
    claimDelivery(setup),
    handleInline(setup),
    acknowledge(setup),
  ];
  const handler = (request: Request): Promise<Response> => runPipeline(stages, request, setup);

  // defineProperties, not Object.assign: assign would copy the `stats` getter's value once instead of the getter.
  return Object.defineProperties(handler, {
    methods: { value: Object.freeze([...setup.methods]), enumerable: true },
    drain: { value: () => queue.drain() },
    close: {
      value: () => {
        closed = true;
        queue.close();
      },
    },
    stats: { get: () => ({ running: queue.running, pending: queue.pending }), enumerable: true },
  }) as WebhookHandler;
}
