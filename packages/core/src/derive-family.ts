import type { EventFamily, ParsedEvent } from "./family-types";
import { standardSchemaOf } from "./standard-schema";

/** What a derived family does differently from its base: its own `safeParse`, and optionally `is` and `typeOf`. */
export interface EventFamilyOverrides<M extends object> {
  /** Parses as the derived family does — usually the base's `safeParse` followed by a vendor rule. */
  readonly safeParse: EventFamily<M>["safeParse"];
  /** The derived family's guard; the base's when left out. */
  readonly is?: EventFamily<M>["is"];
  /** The derived family's type reader; the base's when left out. */
  readonly typeOf?: EventFamily<M>["typeOf"];
}

/**
 * A family like `base` that parses with its own `safeParse` (a vendor rule on top of the base's: rejecting a batch,
 * an ambiguous payload). `parse` and the Standard Schema `~standard` follow the new `safeParse` — which spreading
 * `{ ...base, safeParse }` would silently leave on the base's.
 *
 * @example
 * const orders = deriveEventFamily(baseOrders, {
 *   safeParse: (input, options) => rejectArrays(baseOrders.safeParse(input, options)),
 * });
 */
export function deriveEventFamily<M extends object>(
  base: EventFamily<M>,
  overrides: EventFamilyOverrides<M>,
): EventFamily<M> {
  const { safeParse } = overrides;
  return Object.freeze({
    ...base,
    safeParse,
    parse(input, options): ParsedEvent<M> {
      const result = safeParse(input, options);
      if (!result.ok) throw result.error;
      return result;
    },
    is: overrides.is ?? base.is,
    typeOf: overrides.typeOf ?? base.typeOf,
    "~standard": standardSchemaOf(safeParse),
  } satisfies EventFamily<M>);
}
