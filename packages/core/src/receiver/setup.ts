import type { ContactkitParseError } from "../errors";
import type { EventFamily, ParsedEvent, ParseOptions } from "../family";
import type { Inbox } from "../inbox/types";
import type { Telemetry } from "../observe/types";
import type { Outcome } from "./answers";
import type { WebhookAuth } from "./auth";
import type { LeasingDedupeStore } from "./dedupe";
import type { WebhookProcessor } from "./options";
import type { WorkQueue } from "./queue";

/** A receiver's options resolved to their defaults, plus its queue and its one answer/report rule: what stages read. */
export interface ReceiverSetup<M extends object> {
  readonly family: EventFamily<M>;
  readonly auth: WebhookAuth;
  readonly methods: readonly string[];
  readonly allowGet: boolean;
  readonly bodyLimit: number;
  readonly bodyTimeoutMs: number;
  readonly requireJsonContentType: boolean;
  readonly parse: ParseOptions | undefined;
  readonly ack: "after-validate" | "after-handlers";
  /** The queue of `after-handlers` mode. */
  readonly queue: WorkQueue;
  /** Where `after-validate` records accepted events. */
  readonly inbox: Inbox;
  /** Request headers of events recorded in an in-memory inbox, for the handler's context, by parsed event. */
  readonly headersOf: WeakMap<object, Headers>;
  /** Telemetry, and whether it is on (the no-op costs nothing: stages skip it entirely when off). */
  readonly telemetry: Telemetry;
  readonly traced: boolean;
  readonly jobTimeoutMs: number;
  readonly isClosed: () => boolean;
  readonly dedupe: ResolvedDedupe<M> | undefined;
  readonly handleInline: ((parsed: ParsedEvent<M>) => boolean) | undefined;
  readonly process: WebhookProcessor<M> | undefined;
  readonly onInvalid: ((error: ContactkitParseError, body: Uint8Array) => void) | undefined;
  readonly onOverflow: ((parsed: ParsedEvent<M>) => void) | undefined;
  /** Answers an outcome by the one rule (status, body, log line). */
  readonly respond: (outcome: Outcome) => Response;
  /** Reports an error exactly once (`onError`, or `logger.error`). */
  readonly report: (error: unknown, parsed: ParsedEvent<M> | undefined) => void;
  /** Calls a user hook; what it throws is reported, never propagated. */
  readonly guard: (hook: () => void, parsed: ParsedEvent<M> | undefined) => void;
}

/** Dedupe with defaults filled in and the store seen through the two-phase protocol. */
export interface ResolvedDedupe<M extends object> {
  readonly key: (parsed: ParsedEvent<M>) => string | undefined;
  readonly store: LeasingDedupeStore;
  readonly ttlMs: number;
  readonly leaseMs: number;
  readonly onStoreError: "open" | "closed";
}

export type { ProcessEvent } from "./process";
