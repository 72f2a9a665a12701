/**
 * Correlation chaos: real bots (`createMluviiBot`) send a mix of every request kind on a few sessions through a
 * fake mluvii that answers each request with a response tagged with that request's id, and drops, delays past the
 * timeout, or reorders the answers before handing them to a correlator's `deliver` (as the callback receiver does),
 * possibly on another replica. Afterwards every request is judged:
 *
 * - **misattributed**: it resolved with a response that was not produced for a request it could belong to — its
 *   own request, or, for a read (`shared` kind), a read of the same session, kind and query;
 * - **cascaded**: it timed out although an answer it could take was delivered while it waited (its own, or for a
 *   read one of the same query), at least `marginMs` before its deadline — the failure a lost answer must never
 *   cause in another request.
 *
 * Answers are never delayed beyond the request's timeout plus the late-response window (minus a margin): past
 * that, no correlator without request ids can tell whose answer it is, and the guarantee is documented as such.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import {
  ACTIVITY_TRAITS,
  type MluviiBot,
  type MluviiChatbotRequestWithResponseActivity,
  type MluviiChatbotResponse,
  MluviiChatbotResponseTimeoutError,
  type MluviiChatbotTransport,
  RESPONSE_CORRELATION,
  type ResponseCorrelator,
} from "@contactkit/mluvii-chatbot";
import { sampleResponse } from "./samples";

/** A small seeded generator (mulberry32), so a failing run can be repeated from its printed seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every request kind that mluvii answers, with valid parameters (two queries of `GetAvailableGroups`). */
const REQUESTS: ((sessionId: number, n: number) => MluviiChatbotRequestWithResponseActivity)[] = [
  (sessionId) => ({ activity: "GetCallParams", sessionId }),
  (sessionId) => ({ activity: "GetAvailableGroups", sessionId }),
  (sessionId) => ({ activity: "GetAvailableGroups", sessionId, groupIds: [1] }),
  (sessionId) => ({ activity: "GetAvailableOperators", sessionId }),
  (sessionId) => ({ activity: "GetGuestIdentity", sessionId }),
  (sessionId) => ({ activity: "GetHeroCards", sessionId }),
  (sessionId) => ({ activity: "GetMediaObjects", sessionId }),
  (sessionId) => ({ activity: "ObtainCrmIdentity", sessionId }),
  (sessionId, n) => ({ activity: "SetCallParams", sessionId, callParams: { n: String(n) } }),
  (sessionId) => ({ activity: "SendHeroCard", sessionId, heroCardId: 1 }),
  (sessionId) => ({ activity: "ChatbotOpenFileUploadPrompt", sessionId }),
  (sessionId) => ({ activity: "EnableGuestUpload", sessionId }),
  (sessionId) => ({ activity: "DisableGuestUpload", sessionId }),
  (sessionId) => ({ activity: "EnableGuestInput", sessionId }),
  (sessionId) => ({ activity: "DisableGuestInput", sessionId }),
  (sessionId, n) => ({ activity: "ShareFile", sessionId, name: `file-${n}.pdf` }),
  (sessionId) => ({ activity: "AssignCrmIdentity", sessionId, existingCrmIdentityId: null }),
];

/** Fractions of answers the fake mluvii drops, delivers after the timeout, or delays enough to reorder them. */
export interface ChaosFaults {
  readonly drop: number;
  readonly late: number;
  readonly reorder: number;
}

interface SentRequest {
  readonly id: number;
  readonly sessionId: number;
  readonly activity: string;
  readonly responseActivity: string;
  readonly query: string;
  readonly postedAt: number;
  /** Order of the POST among all POSTs and deliveries (timestamps tie within a millisecond). */
  readonly postedSeq: number;
  /** When this request's answer was handed to `deliver` (which did not throw), in time and in order. */
  deliveredAt?: number;
  deliveredSeq?: number;
  /** What `deliver` answered. */
  outcome?: string;
}

let sequence = 0;

interface Call {
  readonly sessionId: number;
  readonly responseActivity: string;
  readonly query: string;
  /** The POST this call made (several calls never share one). */
  sent?: SentRequest;
  outcome?: { kind: "resolved"; tag: number | undefined } | { kind: "failed"; error: unknown };
  failedAt?: number;
}

export interface ChaosOptions {
  /** Which correlator, for the printed line (`in-memory`, `redis`). */
  readonly label: string;
  /** Bots sending the requests (each request picks one); they must use `mluvii.transport`. */
  readonly bots: readonly MluviiBot[];
  /** Where answers are delivered (each answer picks one): the replicas' correlators. */
  readonly deliverers: readonly ResponseCorrelator[];
  readonly mluvii: ChaosMluvii;
  readonly requests: number;
  readonly sessions: number;
  readonly concurrency: number;
  readonly random: () => number;
  /**
   * Intervals (ms timestamps) during which the shared store was paused or down, filled in by `disrupt`. A stalled
   * store can hold an answer it already accepted (a forwarded message in its output buffer) past the waiter's
   * deadline: a timeout whose takeable answer was delivered before a disruption that overlaps the rest of its wait
   * is counted as `stalled`, not `cascaded`.
   */
  readonly disruptions?: readonly { readonly from: number; readonly to?: number }[];
  /** Pause of a worker after a request failed otherwise than by timing out. Default 0. */
  readonly backoffMs?: number;
  /** Runs alongside the requests (kills Redis …); gets the fraction of requests issued so far. */
  readonly disrupt?: (progress: () => number) => Promise<void>;
}

export interface ChaosReport {
  readonly requests: number;
  readonly resolved: number;
  readonly timedOut: number;
  /** Failed otherwise (e.g. `RedisUnavailableError` while Redis was away); never sent or answered then. */
  readonly otherFailures: number;
  readonly misattributed: number;
  readonly cascaded: number;
  /** Timed out because the store stalled between accepting a takeable answer and handing it on (see `disruptions`). */
  readonly stalled: number;
  /** `correlation chaos: requests N, resolved R, timed out T, misattributed M, cascaded C`, prefixed with the label. */
  readonly line: string;
  /** A few examples of what went wrong, for the assertion message. */
  readonly problems: string[];
  readonly failureNames: Record<string, number>;
}

/** The call a POST is made for: bots post inside `calling.run(call, …)`. */
const calling = new AsyncLocalStorage<Call>();

/** The fake mluvii: a transport for the bots that answers asynchronously through `deliverers`. */
export interface ChaosMluvii {
  readonly transport: MluviiChatbotTransport;
  /** Resolves once every scheduled answer has been delivered (or dropped). */
  settle(): Promise<void>;
}

const responseTag = (response: MluviiChatbotResponse): number | undefined =>
  (response as unknown as { chaosTag?: number }).chaosTag;
const queryOf = (activity: object): string =>
  "groupIds" in activity ? JSON.stringify((activity as { groupIds: unknown }).groupIds) : "";

/**
 * Creates the fake mluvii. `timeoutMs` and `lateWindowMs` are the bots' and correlators' settings: late answers
 * arrive after the timeout and at least `marginMs` before the late window ends.
 */
export function createChaosMluvii(options: {
  readonly timeoutMs: number;
  readonly lateWindowMs: number;
  readonly marginMs: number;
  readonly faults: ChaosFaults;
  readonly random: () => number;
  readonly deliverers: () => readonly ResponseCorrelator[];
}): ChaosMluvii {
  const { timeoutMs, lateWindowMs, marginMs, faults, random } = options;
  let nextId = 1;
  const inFlight = new Set<Promise<void>>();
  const delayOf = (): number | undefined => {
    const r = random();
    if (r < faults.drop) return undefined;
    if (r < faults.drop + faults.late)
      return timeoutMs + marginMs + random() * Math.max(0, lateWindowMs - 3 * marginMs);
    if (r < faults.drop + faults.late + faults.reorder) return random() * timeoutMs * 0.5;
    return random() * 5;
  };
  const transport: MluviiChatbotTransport = {
    async request<T>(call: { body?: unknown }) {
      const body = call.body as MluviiChatbotRequestWithResponseActivity;
      const responseActivity = ACTIVITY_TRAITS[body.activity].response;
      const caller = calling.getStore();
      if (responseActivity && caller) {
        const sent: SentRequest = {
          id: nextId++,
          sessionId: body.sessionId,
          activity: body.activity,
          responseActivity,
          query: queryOf(body),
          postedAt: Date.now(),
          postedSeq: sequence++,
        };
        caller.sent = sent;
        const delay = delayOf();
        if (delay !== undefined) {
          const answer = { ...sampleResponse(responseActivity, body.sessionId), chaosTag: sent.id };
          const delivery = new Promise<void>((resolve) => setTimeout(resolve, delay)).then(async () => {
            const targets = options.deliverers();
            const target = targets[Math.floor(random() * targets.length)] as ResponseCorrelator;
            const at = Date.now();
            const seq = sequence++;
            try {
              sent.outcome = await target.deliver(answer as MluviiChatbotResponse);
              sent.deliveredAt = at;
              sent.deliveredSeq = seq;
            } catch {
              // Undeliverable (Redis away): as good as dropped.
            }
          });
          inFlight.add(delivery);
          void delivery.finally(() => inFlight.delete(delivery));
        }
      }
      return { status: 200, data: undefined as T, headers: {}, requestId: undefined, attempts: 1 };
    },
  };
  return {
    transport,
    async settle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/** Sends the request mix through `options.bots` (which use `options.mluvii.transport`) and judges every call. */
export async function runCorrelationChaos(
  options: ChaosOptions & { readonly timeoutMs: number; readonly marginMs: number },
): Promise<ChaosReport> {
  const { bots, random, requests } = options;
  const calls: Call[] = [];
  let issued = 0;
  const worker = async () => {
    while (issued < requests) {
      const n = issued++;
      const sessionId = 1 + Math.floor(random() * options.sessions);
      const make = REQUESTS[Math.floor(random() * REQUESTS.length)] as (typeof REQUESTS)[number];
      const activity = make(sessionId, n);
      const call: Call = {
        sessionId,
        responseActivity: ACTIVITY_TRAITS[activity.activity].response as string,
        query: queryOf(activity),
      };
      calls.push(call);
      const bot = bots[Math.floor(random() * bots.length)] as MluviiBot;
      try {
        const response = await calling.run(call, () => bot.request(activity));
        call.outcome = { kind: "resolved", tag: responseTag(response) };
      } catch (error) {
        call.outcome = { kind: "failed", error };
        call.failedAt = Date.now();
        // Like a handler would, back off a little when the failure was not a plain timeout (Redis away …).
        if (!(error instanceof MluviiChatbotResponseTimeoutError) && options.backoffMs)
          await new Promise((resolve) => setTimeout(resolve, options.backoffMs));
      }
    }
  };
  let done = false;
  const disruption = options.disrupt?.(() => (done ? 1 : issued / requests));
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  done = true;
  await disruption;
  await options.mluvii.settle();
  return judge(options, calls);
}

function judge(options: ChaosOptions & { readonly timeoutMs: number; readonly marginMs: number }, calls: Call[]) {
  const byId = new Map<number, SentRequest>();
  for (const call of calls) if (call.sent) byId.set(call.sent.id, call.sent);
  const all = [...byId.values()];
  const problems: string[] = [];
  const failureNames: Record<string, number> = {};
  let resolved = 0;
  let timedOut = 0;
  let otherFailures = 0;
  let misattributed = 0;
  let cascaded = 0;
  let stalled = 0;
  const stalledAt = (at: number, deadline: number) =>
    (options.disruptions ?? []).some((d) => d.from <= deadline && (d.to ?? Number.POSITIVE_INFINITY) >= at);
  const shared = (activity: string) => RESPONSE_CORRELATION[activity as keyof typeof RESPONSE_CORRELATION] === "shared";
  const mayTake = (call: Call, producer: SentRequest) =>
    producer === call.sent ||
    (shared(call.responseActivity) &&
      producer.sessionId === call.sessionId &&
      producer.responseActivity === call.responseActivity &&
      producer.query === call.query);
  for (const call of calls) {
    const outcome = call.outcome;
    if (!outcome) continue;
    if (outcome.kind === "resolved") {
      resolved++;
      const producer = outcome.tag === undefined ? undefined : byId.get(outcome.tag);
      if (!producer || !mayTake(call, producer)) {
        misattributed++;
        if (problems.length < 10)
          problems.push(
            `misattributed: ${call.responseActivity} of session ${call.sessionId} (request ${call.sent?.id}) got ` +
              (producer
                ? `the answer to ${producer.responseActivity} of session ${producer.sessionId} (request ${producer.id})`
                : `an answer to unknown request ${outcome.tag}`),
          );
      }
      continue;
    }
    const name = outcome.error instanceof Error ? outcome.error.name : typeof outcome.error;
    failureNames[name] = (failureNames[name] ?? 0) + 1;
    if (!(outcome.error instanceof MluviiChatbotResponseTimeoutError)) {
      otherFailures++;
      continue;
    }
    timedOut++;
    const mine = call.sent;
    if (!mine) continue;
    const deadline = mine.postedAt + options.timeoutMs - options.marginMs;
    const takeable = all.find(
      (p) =>
        p.deliveredAt !== undefined &&
        (p.deliveredSeq ?? -1) > mine.postedSeq &&
        p.deliveredAt <= deadline &&
        mayTake(call, p),
    );
    if (takeable && stalledAt(takeable.deliveredAt ?? 0, mine.postedAt + options.timeoutMs)) stalled++;
    else if (takeable) {
      cascaded++;
      if (problems.length < 10)
        problems.push(
          `cascaded: ${call.responseActivity} of session ${call.sessionId} (request ${mine.id}) timed out although ` +
            `request ${takeable.id}'s answer was delivered ${(takeable.deliveredAt ?? 0) - mine.postedAt} ms after it ` +
            `was sent (outcome ${takeable.outcome}, it failed ${(call.failedAt ?? 0) - mine.postedAt} ms after)`,
        );
    }
  }
  const line =
    `[${options.label}] correlation chaos: requests ${calls.length}, resolved ${resolved}, timed out ${timedOut}, ` +
    `misattributed ${misattributed}, cascaded ${cascaded}`;
  return {
    requests: calls.length,
    resolved,
    timedOut,
    otherFailures,
    misattributed,
    cascaded,
    stalled,
    line,
    problems,
    failureNames,
  };
}
