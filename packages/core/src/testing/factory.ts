import { brandErrorClass, ContactkitError } from "../error-brand";
import type { ContactkitIssue, ContactkitParseError } from "../errors";
import type { EventFamily, ParseOptions } from "../family";
import { refreshIds } from "./ids";
import { type DeepPartial, mergeOverrides } from "./overrides";
import { createTestRandom, type TestRandom } from "./random";
import { shiftTimestamps } from "./timestamps";

/** Per-call options of a test-event factory. */
export interface TestEventOptions {
  /** Where fresh ids come from. Default: fresh randomness, ids unique in the process. Seed one to reproduce. */
  readonly random?: TestRandom;
  /** The instant the event's latest timestamp is set to. Default: now. */
  readonly now?: Date | number;
}

/** What a vendor package tells {@link defineTestEventFactory} about its events. */
export interface TestEventFactoryDefinition<M extends object> {
  /** The family the events belong to; every created event is validated with it. */
  readonly family: EventFamily<M>;
  /** One realistic example of every event type, as the platform sends it (copied, never changed). */
  readonly examples: { readonly [K in keyof M & string]: M[K] };
  /** Keys whose values are per-event ids (`sessionId`, `activityId`): redrawn in the same shape on every call. */
  readonly idKeys: readonly string[];
  /** Which numbers are epoch-millisecond timestamps (see `shiftTimestamps`). Default: by key name and range. */
  readonly isEpochMillis?: (key: string, value: number) => boolean;
  /** How created events are validated, e.g. `{ strict: true }` for a family of outbound requests. */
  readonly parse?: ParseOptions;
}

/** Creates valid events of one family, see {@link defineTestEventFactory}. */
export interface TestEventFactory<M extends object> {
  /** The family the events belong to. */
  readonly family: EventFamily<M>;
  /** How created events are validated (and how arbitraries check theirs). */
  readonly parse: ParseOptions;
  /** Every event type the factory creates. */
  readonly types: readonly (keyof M & string)[];
  /**
   * A valid event of `type`: the example with fresh ids, timestamps moved to now, and `overrides` laid over it.
   * Throws {@link TestEventError} when the overrides make it invalid.
   */
  create<K extends keyof M & string>(type: K, overrides?: DeepPartial<M[K]>, options?: TestEventOptions): M[K];
}

/**
 * A created event would not be valid: the overrides broke it (or changed its type). The message names vendor,
 * family, event type and JSON paths, never values.
 */
export class TestEventError extends ContactkitError {
  static {
    brandErrorClass(TestEventError, "TestEventError");
  }

  override readonly name = "TestEventError";
  /** Vendor of the factory's family. */
  readonly vendor: string;
  /** The factory's family. */
  readonly family: string;
  /** The event type that was asked for. */
  readonly eventType: string;
  /** What is wrong with the event, each with its JSON path. */
  readonly issues: readonly ContactkitIssue[];

  constructor(
    init: { vendor: string; family: string; eventType: string; issues: readonly ContactkitIssue[] },
    message: string,
    options?: { cause?: ContactkitParseError },
  ) {
    super(message, options);
    this.vendor = init.vendor;
    this.family = init.family;
    this.eventType = init.eventType;
    this.issues = init.issues;
  }
}

/**
 * Builds a test-event factory for a family from one example per event type. Each `create` call copies the example,
 * redraws its ids in the same shape ({@link refreshIds}), moves its timestamps so the latest is now
 * ({@link shiftTimestamps}), lays the overrides over it ({@link mergeOverrides}) and validates the result with the
 * family, so an event the factory returns always parses to the type asked for.
 *
 * @example
 * const factory = defineTestEventFactory({ family: pings, examples: { Ping: { type: "Ping", at: "2024-01-01T00:00:00Z" } }, idKeys: [] });
 * factory.create("Ping"); // { type: "Ping", at: <now> }
 */
export function defineTestEventFactory<M extends object>(
  definition: TestEventFactoryDefinition<M>,
): TestEventFactory<M> {
  const { family, examples, idKeys } = definition;
  const types = family.types.filter((type) => Object.hasOwn(examples, type));
  const subject = `${family.vendor} ${family.family}`;
  return Object.freeze({
    family,
    parse: definition.parse ?? {},
    types,
    create<K extends keyof M & string>(type: K, overrides?: DeepPartial<M[K]>, options: TestEventOptions = {}): M[K] {
      if (!Object.hasOwn(examples, type)) {
        throw new TestEventError(
          { vendor: family.vendor, family: family.family, eventType: String(type), issues: [] },
          `${subject}: no event type "${String(type)}" to create (known: ${types.length} types, e.g. ${types.slice(0, 3).join(", ")})`,
        );
      }
      const random = options.random ?? createTestRandom();
      const fresh = refreshIds(examples[type], { keys: idKeys, random });
      const stamped = shiftTimestamps(fresh, {
        now: options.now ?? Date.now(),
        ...(definition.isEpochMillis ? { isEpochMillis: definition.isEpochMillis } : {}),
      });
      const event = mergeOverrides(stamped, overrides);
      const result = family.safeParse(event, definition.parse);
      if (result.ok && result.known && result.type === type) return event;
      const init = { vendor: family.vendor, family: family.family, eventType: type };
      if (!result.ok) {
        throw new TestEventError(
          { ...init, issues: result.error.issues },
          `${subject}: the "${type}" test event is not valid with these overrides: ${result.error.message}`,
          { cause: result.error },
        );
      }
      throw new TestEventError(
        { ...init, issues: [] },
        `${subject}: the overrides turned the "${type}" test event into "${result.type}"; leave its type as it is`,
      );
    },
  });
}
