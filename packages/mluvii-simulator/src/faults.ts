/** Fault injection per route: latency, error statuses, dropped connections, duplicates, reordering, lost callbacks. */
import type { InboundRoute, OutboundRoute } from "./transcript";

/** Which requests a fault applies to; every given field must match. */
export interface FaultScope {
  /** How many matching requests it affects before it is used up. Default 1; `Infinity` for all. */
  readonly times?: number;
  /** Only this HTTP method (inbound routes). */
  readonly method?: string;
  /** Only requests carrying one of these chatbot activities (`GetAvailableGroups`, `Text`, `ConversationStarted` …). */
  readonly activity?: string | readonly string[];
  /** Only these webhook event types (webhook deliveries). */
  readonly eventType?: string | readonly string[];
}

/** Faults of routes the simulator serves: token, chatbot activity, webhook subscription API. */
export type InboundFault =
  /** Waits `ms` before answering (cumulative with other faults). */
  | { readonly kind: "latency"; readonly ms: number }
  /**
   * Answers `status` without processing the request (429, 503 …), with `Retry-After: retryAfter` (seconds, or
   * an HTTP date) when given and a mluvii-like error body.
   */
  | { readonly kind: "status"; readonly status: number; readonly retryAfter?: number | string }
  /**
   * Destroys the connection: `before-read` as soon as the headers arrived (cannot filter by activity),
   * `after-read` after reading the body without processing it, `after-processing` after carrying the request out
   * (the response is lost: the "processed but unacknowledged" case). Default `before-read`.
   */
  | { readonly kind: "drop"; readonly when?: "before-read" | "after-read" | "after-processing" };

/** Faults of requests the simulator makes: callbacks to the bot and webhook deliveries. */
export type OutboundFault =
  /** Waits `ms` before sending. */
  | { readonly kind: "latency"; readonly ms: number }
  /** Sends the same payload twice (at-least-once delivery: the second copy follows the first). */
  | { readonly kind: "duplicate" }
  /** Holds the payload back and sends it after the next one (or after `holdMs`, default 1 000, if none follows). */
  | { readonly kind: "out-of-order"; readonly holdMs?: number }
  /** Never sends it: a `…Response` the bot waits for never comes, so the bot's request times out. */
  | { readonly kind: "drop" };

/** A fault and where it applies. */
export type FaultSpec =
  | ({ readonly route: Exclude<InboundRoute, "not-found"> } & InboundFault & FaultScope)
  | ({ readonly route: OutboundRoute } & OutboundFault & FaultScope);

/** An injected fault. */
export interface FaultHandle {
  /** Its id. */
  readonly id: number;
  /** What was injected. */
  readonly spec: FaultSpec;
  /** How many requests it affected so far. */
  readonly hits: number;
  /** Whether it is used up or removed. */
  readonly done: boolean;
  /** Removes it. */
  remove(): void;
}

/** What a fault is matched against. */
export interface FaultTarget {
  /** The route of the request. */
  readonly route: InboundRoute | OutboundRoute;
  /** Its HTTP method. */
  readonly method?: string;
  /** The chatbot activity it carries, when known. */
  readonly activity?: string;
  /** The webhook event type it carries, when known. */
  readonly eventType?: string;
}

/** The fault registry of a simulator. */
export interface Faults {
  /** Adds a fault; it applies to the next `times` matching requests. */
  inject(spec: FaultSpec): FaultHandle;
  /** Faults not yet used up. */
  list(): FaultHandle[];
  /** Removes every fault. */
  clear(): void;
}

/** The simulator's side: take the faults matching a request (and count them as used). */
export interface FaultRegistry extends Faults {
  /** Takes every matching fault of `kinds` (oldest first), consuming one use of each. */
  take(target: FaultTarget, accept: (spec: FaultSpec) => boolean): FaultSpec[];
}

const matchesOne = (value: string | undefined, filter: string | readonly string[] | undefined): boolean =>
  filter === undefined ||
  (value !== undefined && (typeof filter === "string" ? filter === value : filter.includes(value)));

/** Describes a fault for the transcript: `status:429`, `drop:after-read`, `latency:300ms`, `duplicate`. */
export function describeFault(spec: FaultSpec): string {
  switch (spec.kind) {
    case "status":
      return `status:${spec.status}`;
    case "drop":
      return spec.route === "bot-callback" || spec.route === "webhook-delivery"
        ? "drop"
        : `drop:${"when" in spec && spec.when ? spec.when : "before-read"}`;
    case "latency":
      return `latency:${spec.ms}ms`;
    default:
      return spec.kind;
  }
}

/** Creates an empty registry. */
export function createFaultRegistry(initial: readonly FaultSpec[] = []): FaultRegistry {
  interface Slot {
    handle: FaultHandle;
    remaining: number;
    hits: number;
    removed: boolean;
  }
  let nextId = 1;
  let slots: Slot[] = [];
  const registry: FaultRegistry = {
    inject(spec) {
      const times = spec.times ?? 1;
      if (!(times > 0)) throw new TypeError("mluvii simulator: fault times must be positive");
      const slot: Slot = {
        remaining: times,
        hits: 0,
        removed: false,
        handle: {
          id: nextId++,
          spec,
          get hits() {
            return slot.hits;
          },
          get done() {
            return slot.removed || slot.remaining <= 0;
          },
          remove() {
            slot.removed = true;
            slots = slots.filter((s) => s !== slot);
          },
        },
      };
      slots.push(slot);
      return slot.handle;
    },
    list: () => slots.filter((s) => !s.handle.done).map((s) => s.handle),
    clear() {
      for (const slot of slots) slot.removed = true;
      slots = [];
    },
    take(target, accept) {
      const taken: FaultSpec[] = [];
      for (const slot of slots) {
        const spec = slot.handle.spec;
        if (slot.handle.done || spec.route !== target.route || !accept(spec)) continue;
        if (spec.method !== undefined && spec.method.toUpperCase() !== target.method?.toUpperCase()) continue;
        if (!matchesOne(target.activity, spec.activity) || !matchesOne(target.eventType, spec.eventType)) continue;
        slot.remaining--;
        slot.hits++;
        taken.push(spec);
      }
      slots = slots.filter((s) => !s.handle.done);
      return taken;
    },
  };
  for (const spec of initial) registry.inject(spec);
  return registry;
}
