import {
  type ContactkitLogger,
  createRouter,
  type RouteHandler,
  type Router,
  resolveLogger,
  resolveTelemetry,
  type Telemetry,
  type UnknownEvent,
  type WebhookHandler,
} from "@contactkit/core";
import {
  createMluviiApiClient,
  MluviiAbortError,
  type MluviiApiClient,
  type MluviiApiClientOptions,
  MluviiConnectionError,
  MluviiTimeoutError,
} from "@contactkit/mluvii-api";
import { type ActivityMethods, createActivityMethods } from "./bot-methods";
import {
  createMluviiCallbackHandler,
  type MluviiCallbackHandlerOptions,
  type UnmatchedResponseHook,
} from "./callback-handler";
import {
  ACTIVITY_TRAITS,
  correlationModeOf,
  type MluviiChatbotRequestWithResponse,
  type MluviiChatbotResponseFor,
} from "./catalog";
import { correlationQueryOf } from "./correlation-query";
import type { ResponseCorrelator } from "./correlator";
import { MluviiChatbotClosedError, MluviiChatbotResponseTimeoutError } from "./errors";
import type {
  MluviiChatbotCallbackMap,
  MluviiChatbotGuestEventMap,
  MluviiChatbotRequest,
  MluviiChatbotRequestMap,
} from "./event-map";
import { mluviiChatbotCallbacks, requestKindOf, validateChatbotRequest } from "./family";
import { createInMemoryCorrelator } from "./in-memory-correlator";

/** The one thing the bot needs from the Public API client: `request` (a fake in tests, the real client in production). */
export type MluviiChatbotTransport = Pick<MluviiApiClient, "request">;

/** Options of {@link createMluviiBot}. */
export interface MluviiBotOptions {
  /** Numeric id of the chatbot in mluvii (Settings → Chatbots). */
  readonly chatbotId: number;
  /** An existing `@contactkit/mluvii-api` client (or anything with its `request`), or options to create one. */
  readonly api: MluviiChatbotTransport | MluviiApiClientOptions;
  /** Pairs requests with their `…Response` callbacks. Default: in memory (one process). */
  readonly correlator?: ResponseCorrelator;
  /**
   * How long a request waits for its `…Response` callback, in ms, for every request-type activity (a per-call
   * `responseTimeoutMs` overrides it). Unset: 15 000, and 5 minutes for `openFileUploadPrompt`, which waits for the
   * guest to pick a file.
   */
  readonly responseTimeoutMs?: number;
  /** Responses nobody waits for, or that arrive after their request timed out. */
  readonly onUnmatchedResponse?: UnmatchedResponseHook;
  /**
   * Where the bot logs — responses that did not come in time here, handler errors without `onError` and unmatched
   * responses in its callback handler, retries and failures in the api client it creates. Default: core's default
   * logger (warnings and errors to stderr); `false` silences it. pino, console or any `{debug, info, warn, error}`.
   */
  readonly logger?: ContactkitLogger | false;
  /**
   * Spans (`contactkit.bot.activity`, request to response callback) and metrics (`contactkit.bot.activities`,
   * `contactkit.bot.activity.duration`, and the default correlator's `contactkit.correlation.outcomes`). Default:
   * OpenTelemetry when `@opentelemetry/api` is installed; `false` for none.
   */
  readonly telemetry?: Telemetry | false;
}

/** Per-call options. */
export interface MluviiBotCallOptions {
  /**
   * Cancels the call: the wait for its turn, the POST and the wait for the response. Aborted after the POST started,
   * the answer may still come; it is then reported `late` (and holds the lane of a serialised kind until it comes
   * or the correlator's late-response window passes).
   */
  readonly signal?: AbortSignal;
  /** Per-attempt HTTP timeout of the POST, in ms (default: the api client's). */
  readonly timeout?: number;
  /**
   * How long to wait for the `…Response` callback, in ms (request-type activities only), counted from when the
   * request is sent — after any wait for an earlier request of the same serialised kind on the session.
   */
  readonly responseTimeoutMs?: number;
}

/** What mluvii answered to the POST of an activity (its body is undocumented and ignored). */
export interface MluviiBotSendResult {
  /** HTTP status (mluvii's samples accept 200 and 201). */
  readonly status: number;
  /** Request id header, when mluvii sent one. */
  readonly requestId: string | undefined;
  /** HTTP attempts made (retries are only made when the activity is safe to repeat or provably unsent). */
  readonly attempts: number;
}

/** A request activity that mluvii answers with a `…Response` callback. */
export type MluviiChatbotRequestWithResponseActivity = MluviiChatbotRequestMap[MluviiChatbotRequestWithResponse];

/** An mluvii API chatbot: one method per activity, typed guest-event handlers, and its callback receiver. */
export interface MluviiBot extends ActivityMethods {
  /** The chatbot id activities are posted for. */
  readonly chatbotId: number;
  /** The correlator awaiting `…Response` callbacks. */
  readonly correlator: ResponseCorrelator;
  /** Validates any activity strictly and POSTs it; does not wait for a response. */
  send(activity: MluviiChatbotRequest, options?: MluviiBotCallOptions): Promise<MluviiBotSendResult>;
  /** Validates a request-type activity, POSTs it and resolves with its typed `…Response` callback. */
  request<A extends MluviiChatbotRequestWithResponseActivity>(
    activity: A,
    options?: MluviiBotCallOptions,
  ): Promise<MluviiChatbotResponseFor<A["activity"] & MluviiChatbotRequestWithResponse>>;
  /** Handles a guest event (`Text`, `ConversationStarted`, `HeroCardSubmission` …) after the callback is acknowledged. */
  on<K extends keyof MluviiChatbotGuestEventMap>(
    type: K | readonly K[],
    handler: RouteHandler<MluviiChatbotGuestEventMap[K]>,
  ): MluviiBot;
  /** Handles activities this version of the SDK does not know (they are values, not errors). */
  onUnknown(handler: RouteHandler<UnknownEvent>): MluviiBot;
  /** Receives errors thrown by handlers. */
  onError(handler: (error: unknown) => unknown): MluviiBot;
  /** The typed router behind `on`. */
  readonly router: Router<MluviiChatbotCallbackMap>;
  /** Creates the callback receiver for this bot (its correlator, handlers and unmatched-response hook). */
  createCallbackHandler(options: Omit<MluviiCallbackHandlerOptions, "correlator" | "router">): WebhookHandler;
  /** Rejects every pending request with `MluviiChatbotClosedError`. */
  close(): void;
}

const isTransport = (api: MluviiBotOptions["api"]): api is MluviiChatbotTransport =>
  typeof (api as Partial<MluviiChatbotTransport>).request === "function";

/** Unless the bot or the call sets a timeout: the prompt waits for the guest to pick a file, so longer than a read. */
const DEFAULT_TIMEOUTS: Partial<Record<MluviiChatbotRequestWithResponse, number>> = {
  ChatbotOpenFileUploadPrompt: 300_000,
};
const DEFAULT_TIMEOUT_MS = 15_000;

/** How an activity ended, for its span and metrics. */
function outcomeOf(error: unknown, signal: AbortSignal | undefined): "failed" | "timed-out" | "cancelled" {
  if (error instanceof MluviiChatbotResponseTimeoutError) return "timed-out";
  if (error instanceof MluviiAbortError || error instanceof MluviiChatbotClosedError || signal?.aborted)
    return "cancelled";
  return "failed";
}

/** Whether a failed POST may still have reached mluvii (so its response may still come). */
const mayHaveArrived = (error: unknown): boolean =>
  (error instanceof MluviiConnectionError || error instanceof MluviiTimeoutError) && error.sent;

/**
 * Creates an mluvii API chatbot client.
 *
 * @example
 * const bot = createMluviiBot({ chatbotId: 42, api: { credentials: { clientId, clientSecret } } });
 * bot.on("Text", async (e) => {
 *   const groups = await bot.getAvailableGroups(e.sessionId);
 *   if (groups.availableGroups.some((g) => g.groupState === "ONLINE")) await bot.handOff(e.sessionId);
 *   else await bot.text(e.sessionId, "Nobody is online, <strong>sorry</strong>.");
 * });
 * http.createServer(toNodeHandler(bot.createCallbackHandler({ auth: callbackTokenAuth({ tokens: [token] }) })));
 */
export function createMluviiBot(options: MluviiBotOptions): MluviiBot {
  const { chatbotId } = options;
  if (!Number.isSafeInteger(chatbotId) || chatbotId <= 0)
    throw new TypeError("createMluviiBot: chatbotId must be a positive integer");
  const log = resolveLogger(options.logger);
  const telemetry = resolveTelemetry(options.telemetry);
  // A client the bot creates logs where the bot does, unless its own options say otherwise.
  const transport = isTransport(options.api)
    ? options.api
    : createMluviiApiClient(
        options.api.logger === undefined && options.logger !== undefined
          ? { ...options.api, logger: options.logger }
          : options.api,
      );
  const correlator = options.correlator ?? createInMemoryCorrelator({ telemetry });
  const botTimeout = options.responseTimeoutMs;
  const path = `/api/v1/Chatbot/${chatbotId}/activity`;
  const router = createRouter(mluviiChatbotCallbacks);

  async function post(activity: MluviiChatbotRequest, call?: MluviiBotCallOptions): Promise<MluviiBotSendResult> {
    const kind = requestKindOf(activity) as keyof typeof ACTIVITY_TRAITS;
    const response = await transport.request<unknown>({
      method: "POST",
      path,
      body: activity,
      idempotent: ACTIVITY_TRAITS[kind].repeatable,
      ...(call?.signal ? { signal: call.signal } : {}),
      ...(call?.timeout === undefined ? {} : { timeout: call.timeout }),
    });
    return { status: response.status, requestId: response.requestId, attempts: response.attempts };
  }

  /** Runs one activity in its `contactkit.bot.activity` span, counting it and timing it. */
  async function observed<T>(
    activity: MluviiChatbotRequest,
    call: MluviiBotCallOptions | undefined,
    run: () => Promise<T>,
  ) {
    const name = requestKindOf(activity);
    const span = telemetry.startSpan("contactkit.bot.activity", {
      vendor: "mluvii",
      activity: name,
      "mluvii.session_id": activity.sessionId,
    });
    const started = performance.now();
    let outcome = "ok";
    try {
      return await run();
    } catch (error) {
      outcome = outcomeOf(error, call?.signal);
      span.fail(error);
      throw error;
    } finally {
      const attributes = { vendor: "mluvii", activity: name, outcome };
      span.setAttributes({ outcome });
      span.end();
      telemetry.count("contactkit.bot.activities", attributes);
      telemetry.record("contactkit.bot.activity.duration", performance.now() - started, attributes);
    }
  }

  async function send(activity: MluviiChatbotRequest, call?: MluviiBotCallOptions): Promise<MluviiBotSendResult> {
    const valid = validateChatbotRequest(activity);
    return observed(valid, call, () => post(valid, call));
  }

  async function request(activity: MluviiChatbotRequestWithResponseActivity, call?: MluviiBotCallOptions) {
    const valid = validateChatbotRequest(activity) as MluviiChatbotRequestWithResponseActivity;
    const responseActivity = ACTIVITY_TRAITS[valid.activity].response;
    if (!responseActivity)
      throw new TypeError(`mluvii chatbot: ${valid.activity} has no response to await; use send()`);
    const timeoutMs = call?.responseTimeoutMs ?? botTimeout ?? DEFAULT_TIMEOUTS[valid.activity] ?? DEFAULT_TIMEOUT_MS;
    call?.signal?.throwIfAborted();
    return observed(valid, call, async () => {
      try {
        return await awaitResponse(valid, responseActivity, timeoutMs, call);
      } catch (error) {
        if (error instanceof MluviiChatbotResponseTimeoutError)
          log.warn("mluvii chatbot: no response in time", {
            activity: valid.activity,
            response: responseActivity,
            sessionId: valid.sessionId,
            timeoutMs,
          });
        throw error;
      }
    });
  }

  /** Registers the waiter, posts the request once admitted, and awaits its `…Response`. */
  async function awaitResponse(
    valid: MluviiChatbotRequestWithResponseActivity,
    responseActivity: NonNullable<(typeof ACTIVITY_TRAITS)[keyof typeof ACTIVITY_TRAITS]["response"]>,
    timeoutMs: number,
    call: MluviiBotCallOptions | undefined,
  ) {
    const signal = call?.signal;
    // Register before posting: mluvii may call back before the POST's own response arrives. The signal is wired
    // here rather than passed to the correlator, because only here is it known whether the POST had started.
    const waiter = correlator.register(
      {
        sessionId: valid.sessionId,
        activity: responseActivity,
        // Only reads share answers by query; a serialised request's parameters would be dead weight in its entry.
        ...(correlationModeOf(responseActivity) === "shared" ? { query: correlationQueryOf(valid) } : {}),
      },
      { timeoutMs },
    );
    let posting = false;
    const onAbort = () => waiter.cancel(signal?.reason, { responseMayArrive: posting });
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      await waiter.registered;
      // An abort between admission and here already released the lane; nothing may go out after it.
      signal?.throwIfAborted();
      posting = true;
      try {
        await post(valid, call);
      } catch (error) {
        waiter.cancel(error, { responseMayArrive: mayHaveArrived(error) });
        throw error;
      }
      return await waiter.response;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  }

  const bot: MluviiBot = {
    chatbotId,
    correlator,
    router,
    send,
    request: request as MluviiBot["request"],
    ...createActivityMethods(send, request as MluviiBot["request"]),
    on(type, handler) {
      router.on(type, handler);
      return bot;
    },
    onUnknown(handler) {
      router.onUnknown(handler);
      return bot;
    },
    onError(handler) {
      router.onError((error) => handler(error));
      return bot;
    },
    createCallbackHandler(handlerOptions) {
      const onUnmatchedResponse = handlerOptions.onUnmatchedResponse ?? options.onUnmatchedResponse;
      const logger = handlerOptions.logger ?? options.logger;
      const telemetry = handlerOptions.telemetry ?? options.telemetry;
      return createMluviiCallbackHandler({
        ...handlerOptions,
        ...(logger === undefined ? {} : { logger }),
        ...(telemetry === undefined ? {} : { telemetry }),
        correlator,
        router,
        ...(onUnmatchedResponse ? { onUnmatchedResponse } : {}),
      });
    },
    close: () => correlator.close(),
  };
  return bot;
}
