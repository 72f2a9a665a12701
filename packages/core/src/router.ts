import type { EventFamily, ParsedEvent, ParseOptions, ParseWarning, SafeParseResult, UnknownEvent } from "./family";
import type { ParseInput } from "./json";

/** What a router handler receives beside the event. */
export interface RouteContext {
  /** The event type. */
  readonly type: string;
  /** The payload exactly as it arrived. */
  readonly raw: unknown;
  /** Non-fatal observations from parsing. */
  readonly warnings: readonly ParseWarning[];
  /** Aborted when the receiver gives up on the handler (timeout or shutdown). */
  readonly signal: AbortSignal;
}

/** A router handler's return value is awaited and otherwise ignored. */
export type RouteHandler<E> = (event: E, context: RouteContext) => unknown;

/** Where an error came from, given to `onError`. */
export interface RouteErrorInfo {
  /** `parse` when the input was not a valid event, `handler` when a handler threw. */
  readonly stage: "parse" | "handler";
  /** The event type, when it was read. */
  readonly type: string | undefined;
  /** The payload as decoded, when it was. */
  readonly raw: unknown;
}

/** The outcome of one dispatch. */
export interface DispatchResult<M extends object> {
  /** The parse result. */
  readonly result: SafeParseResult<M>;
  /** How many handlers ran (and did not throw). */
  readonly handled: number;
  /** Errors raised by handlers (already given to `onError`). */
  readonly errors: readonly unknown[];
}

/** Typed routing of a family's events to handlers. */
export interface Router<M extends object> {
  /** Runs `handler` for events of `type` (or of any of `types`). Several handlers per type run in order. */
  on<K extends keyof M & string>(type: K | readonly K[], handler: RouteHandler<M[K]>): Router<M>;
  /** Runs `handler` for events whose type the family does not know. */
  onUnknown(handler: RouteHandler<UnknownEvent>): Router<M>;
  /**
   * Receives parse failures and handler errors, each once. Without it, `dispatch` rejects: with the parse failure,
   * or — after every handler of the event has run — with the one handler error, or an `AggregateError` of all of
   * them when several failed.
   */
  onError(handler: (error: unknown, info: RouteErrorInfo) => unknown): Router<M>;
  /** Parses `input` and runs the matching handlers. */
  dispatch(input: ParseInput, options?: ParseOptions & { readonly signal?: AbortSignal }): Promise<DispatchResult<M>>;
  /** Runs the matching handlers for an already-parsed event. */
  route(parsed: ParsedEvent<M>, signal?: AbortSignal): Promise<DispatchResult<M>>;
  /** The family this router routes. */
  readonly family: EventFamily<M>;
}

/**
 * Creates a typed router for a family.
 *
 * @example
 * const router = createRouter(mluviiWebhooks)
 *   .on("SessionCreated", (e) => console.log(e.data.id))
 *   .onUnknown((e) => console.warn("new event type", e.type));
 * await router.dispatch(body);
 */
export function createRouter<M extends object>(family: EventFamily<M>): Router<M> {
  const handlers = new Map<string, RouteHandler<never>[]>();
  const unknownHandlers: RouteHandler<UnknownEvent>[] = [];
  const errorHandlers: ((error: unknown, info: RouteErrorInfo) => unknown)[] = [];
  const never = new AbortController().signal;

  async function report(error: unknown, info: RouteErrorInfo): Promise<void> {
    for (const h of errorHandlers) await h(error, info);
  }

  async function route(parsed: ParsedEvent<M>, signal: AbortSignal = never): Promise<DispatchResult<M>> {
    const list = (parsed.known ? handlers.get(parsed.type) : unknownHandlers) ?? [];
    const context: RouteContext = { type: parsed.type, raw: parsed.raw, warnings: parsed.warnings, signal };
    const errors: unknown[] = [];
    let handled = 0;
    for (const handler of list) {
      try {
        await (handler as RouteHandler<unknown>)(parsed.event, context);
        handled++;
      } catch (error) {
        errors.push(error);
        await report(error, { stage: "handler", type: parsed.type, raw: parsed.raw });
      }
    }
    // One handler's failure does not keep the others from running; only then does an unobserved failure reject.
    if (errorHandlers.length === 0 && errors.length > 0) {
      throw errors.length === 1 ? errors[0] : new AggregateError(errors, `${errors.length} handlers failed`);
    }
    return { result: parsed, handled, errors };
  }

  const router: Router<M> = {
    family,
    on(type, handler) {
      for (const t of typeof type === "string" ? [type] : type) {
        const list = handlers.get(t) ?? [];
        list.push(handler as RouteHandler<never>);
        handlers.set(t, list);
      }
      return router;
    },
    onUnknown(handler) {
      unknownHandlers.push(handler);
      return router;
    },
    onError(handler) {
      errorHandlers.push(handler);
      return router;
    },
    async dispatch(input, options) {
      const result = family.safeParse(input, options);
      if (!result.ok) {
        if (errorHandlers.length === 0) throw result.error;
        await report(result.error, { stage: "parse", type: result.error.eventType, raw: result.raw });
        return { result, handled: 0, errors: [] };
      }
      return route(result, options?.signal);
    },
    route,
  };
  return router;
}
