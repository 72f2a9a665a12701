import type { ParsedEvent } from "../family";
import { createMemoryInbox } from "../inbox/memory";
import { type InboxWorkers, startInboxWorkers } from "../inbox/workers";
import { noopTelemetry, resolveLogger, resolveTelemetry } from "../observe";
import { acknowledge } from "./acknowledge";
import { answer, type Outcome, resolveStatuses } from "./answers";
import { asLeasingStore } from "./claim";
import { countEvent, countOutcome, createReceiverCounts, type EventOutcomeLabel } from "./counters";
import { createMemoryDedupeStore } from "./dedupe";
import { claimDelivery, handleInline, parseEvent, reservePlace } from "./event-stages";
import type { WebhookCloseReport, WebhookHandler, WebhookHandlerOptions, WebhookHandlerStats } from "./options";
import { runPipeline, type Stage } from "./pipeline";
import { createWorkQueue, type WorkQueue } from "./queue";
import { allowMethod, authenticate, readBody, requireJson } from "./request-stages";
import type { ReceiverSetup, ResolvedDedupe } from "./setup";
import { shownText } from "./text";

export type {
  ReceiverLogger,
  WebhookCloseReport,
  WebhookContext,
  WebhookDedupeOptions,
  WebhookHandler,
  WebhookHandlerOptions,
  WebhookHandlerStats,
  WebhookProcessor,
  WebhookRejectReason,
  WebhookStatuses,
  WebhookWorkerOptions,
} from "./options";

const DEFAULT_BODY_LIMIT = 1_048_576;
const DEFAULT_BODY_TIMEOUT_MS = 5_000;
const DEFAULT_JOB_TIMEOUT_MS = 60_000;
const DEFAULT_DEDUPE_TTL_MS = 86_400_000;
const DEFAULT_LEASE_MS = 10_000;
const DEFAULT_CONCURRENCY = 16;
const DEFAULT_MAX_PENDING = 1_000;
/** The in-memory inbox's lease: long past any attempt's timeout, since its workers die only with the process. */
const MIN_INBOX_LEASE_MS = 300_000;

/**
 * Creates a framework-neutral webhook receiver `(request: Request) => Promise<Response>`: POST only, authenticated
 * before anything is read, bounded body (size and time), JSON only, validated through the family, deduplicated,
 * recorded in an inbox and acknowledged before processing; workers then run the handlers with a timeout, retries
 * and dead letters. A throwing or hanging handler never crashes the process nor changes the acknowledgement, and
 * nothing fails silently: every refused, duplicated, retried or dead-lettered event is logged (stderr by default)
 * and counted. Use `toNodeHandler` from `@contactkit/core/adapters/node` for node `http`, express or fastify.
 *
 * Each request passes these stages in order; the first that answers ends it: method → authentication →
 * content type → body (limit, deadline) → parse → queue place → dedupe claim → inline handling → record in the
 * inbox (or, `after-handlers`, process) → acknowledge.
 */
export function createWebhookHandler<M extends object>(options: WebhookHandlerOptions<M>): WebhookHandler {
  const { family, auth } = options;
  const logger = resolveLogger(options.logger);
  const telemetry = resolveTelemetry(options.telemetry);
  const traced = telemetry !== noopTelemetry;
  const subject = `${family.vendor} ${family.family}`;
  const status = resolveStatuses(options.status);
  const ack = options.ack ?? "after-validate";
  const workerOptions = options.workers === false ? undefined : options.workers;
  const jobTimeoutMs = workerOptions?.jobTimeoutMs ?? options.queue?.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  const concurrency = workerOptions?.concurrency ?? options.queue?.concurrency ?? DEFAULT_CONCURRENCY;
  const counts = createReceiverCounts();
  let closed = false;

  const report = (error: unknown, parsed: ParsedEvent<M> | undefined): void => {
    try {
      if (options.onError) options.onError(error, parsed);
      else
        logger.error?.(`${subject}: processing failed`, {
          type: parsed === undefined ? undefined : shownText(parsed.type),
          error: error instanceof Error ? error.name : typeof error,
          reason: error instanceof Error ? shownText(error.message, 500) : undefined,
        });
    } catch {
      // An error hook that throws must not take the process down either.
    }
  };
  // The receiver's jobs report their own errors (with their event) and timeouts come back as outcomes.
  const queue = createWorkQueue({ ...options.queue, jobTimeoutMs }, () => {});
  const ownInbox = options.inbox === undefined;
  const inbox =
    options.inbox ??
    createMemoryInbox({
      maxPending: concurrency + (options.queue?.maxPending ?? DEFAULT_MAX_PENDING),
      leaseMs: Math.max(MIN_INBOX_LEASE_MS, 2 * jobTimeoutMs),
    });
  const headersOf = new WeakMap<object, Headers>();
  const workers: InboxWorkers | undefined =
    ack === "after-validate" && options.workers !== false
      ? startInboxWorkers({
          inbox,
          family,
          process: options.process,
          parse: options.parse,
          concurrency,
          jobTimeoutMs,
          maxAttempts: workerOptions?.maxAttempts,
          backoff: workerOptions?.backoff,
          logger,
          telemetry,
          onError: (error, parsed) => report(error, parsed),
          name: `${subject} inbox`,
          contextOf: (entry, signal) => ({
            signal,
            headers: (typeof entry.event === "object" && entry.event && headersOf.get(entry.event)) || new Headers(),
          }),
        })
      : undefined;
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
    inbox,
    headersOf,
    telemetry,
    traced,
    jobTimeoutMs,
    isClosed: () => closed,
    dedupe,
    handleInline: options.handleInline,
    process: options.process,
    onInvalid: options.onInvalid,
    onOverflow: options.queue?.onOverflow,
    respond: (outcome) => respond(outcome),
    report,
    guard: (hook, parsed) => {
      try {
        hook();
      } catch (error) {
        report(error, parsed);
      }
    },
  };
  if (auth.insecure) logger.warn?.(`${subject}: webhook receiver accepts unauthenticated requests (noAuth)`);

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
  const plain = (request: Request): Promise<Response> => runPipeline(stages, request, setup);
  // With telemetry off the request path allocates nothing for it; with it on, each request gets a receive span and
  // its answer's outcome is read back through `labels` for the ack latency.
  const handler = traced ? tracedHandler(stages, setup, labels, family.vendor, family.family) : plain;

  const stats = (): WebhookHandlerStats => {
    const work = workers?.stats;
    const memoryPending = (inbox as { readonly pending?: unknown }).pending;
    return {
      running: (work?.running ?? 0) + queue.running,
      // The in-memory inbox counts leased entries as pending; `pending` here is what waits, as before the inbox.
      pending:
        (typeof memoryPending === "number" ? Math.max(0, memoryPending - (work?.running ?? 0)) : 0) + queue.pending,
      received: counts.received,
      accepted: counts.accepted,
      duplicates: counts.duplicates,
      rejected: { ...counts.rejected },
      overflowed: counts.overflowed,
      unavailable: counts.unavailable,
      processed: work?.processed ?? 0,
      retried: work?.retried ?? 0,
      timedOut: counts.timedOut + (work?.timedOut ?? 0),
      failed: counts.failed + (work?.failed ?? 0),
      deadLettered: work?.deadLettered ?? 0,
    };
  };
  const gauges = traced
    ? [
        telemetry.observeGauge("contactkit.inbox.depth", () => stats().pending, {
          vendor: family.vendor,
          family: family.family,
        }),
        telemetry.observeGauge("contactkit.queue.depth", () => queue.pending, {
          vendor: family.vendor,
          family: family.family,
        }),
      ]
    : [];

  let closing: Promise<WebhookCloseReport> | undefined;
  const close = (closeOptions?: { readonly drainMs?: number }): Promise<WebhookCloseReport> => {
    closing ??= (async () => {
      closed = true;
      const drainMs = Math.max(0, closeOptions?.drainMs ?? 0);
      const [finished, queued] = await Promise.all([workers?.close({ drainMs }), drainQueue(queue, drainMs)]);
      let unfinished = 0;
      try {
        unfinished = (await inbox.stats()).pending;
      } catch {
        // A durable inbox that cannot be reached keeps what it recorded; nothing to count here.
      }
      if (ownInbox) await inbox.close();
      for (const unregister of gauges) unregister();
      const report: WebhookCloseReport = {
        processed: (finished?.finished ?? 0) + queued.finished,
        abandoned: (finished?.abandoned ?? 0) + queued.abandoned,
        unfinished: ack === "after-validate" ? unfinished : queued.abandoned,
        durable: inbox.durable,
      };
      if (report.unfinished > 0 && !inbox.durable) {
        logger.error?.(`${subject}: closed with accepted events not processed; they are lost (in-memory inbox)`, {
          unfinished: report.unfinished,
        });
      }
      return report;
    })();
    return closing;
  };

  // defineProperties, not Object.assign: assign would copy the `stats` getter's value once instead of the getter.
  return Object.defineProperties(handler, {
    methods: { value: Object.freeze([...setup.methods]), enumerable: true },
    drain: { value: () => Promise.all([queue.drain(), workers?.idle()]).then(() => {}) },
    close: { value: close },
    stats: { get: stats, enumerable: true },
  }) as WebhookHandler;

  function respond(outcome: Outcome): Response {
    const label = countOutcome(counts, outcome);
    const response = answer(outcome, status, logger, subject);
    if (traced && label) {
      countEvent(telemetry, family.vendor, family.family, label, outcome);
      labels.set(response, label);
    }
    return response;
  }
}

/** The outcome label of each traced answer, for the ack latency histogram. */
const labels = new WeakMap<Response, EventOutcomeLabel>();

function tracedHandler<M extends object>(
  stages: readonly Stage<M>[],
  setup: ReceiverSetup<M>,
  outcomes: WeakMap<Response, EventOutcomeLabel>,
  vendor: string,
  family: string,
): (request: Request) => Promise<Response> {
  const { telemetry } = setup;
  return async (request) => {
    const started = performance.now();
    const span = telemetry.startSpan("contactkit.webhook.receive", { vendor, family });
    try {
      const response = await runPipeline(stages, request, setup, span);
      const outcome = outcomes.get(response);
      span.setAttributes({ "http.response.status_code": response.status, outcome });
      if (response.status >= 500) span.fail(new Error(`answered ${response.status}`));
      if (outcome)
        telemetry.record("contactkit.webhook.ack.duration", performance.now() - started, { vendor, family, outcome });
      return response;
    } finally {
      span.end();
    }
  };
}

/** Lets the `after-handlers` queue finish for up to `drainMs`, then closes it. */
async function drainQueue(queue: WorkQueue, drainMs: number): Promise<{ finished: number; abandoned: number }> {
  const before = queue.running + queue.pending;
  if (before > 0 && drainMs > 0) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([queue.drain(), new Promise((resolve) => (timer = setTimeout(resolve, drainMs)))]);
    clearTimeout(timer);
  }
  const abandoned = queue.running + queue.pending;
  queue.close();
  return { finished: before - abandoned, abandoned };
}
