/**
 * @packageDocumentation
 * `@contactkit/expertflow-cim/testing/arbitraries`: fast-check arbitraries of valid Expertflow CX CIM events. Needs
 * `fast-check` (an optional peer dependency of this package).
 */
import type { DeepPartial } from "@contactkit/core/testing";
import { arbitraryOf, arbitraryOfAny } from "@contactkit/core/testing/arbitraries";
import type { ExpertflowCimEvent, ExpertflowCimEventMap } from "@contactkit/expertflow-cim";
import type * as fc from "fast-check";
import { expertflowCimTestEvents } from "./factory";

/**
 * Valid bare CIM events named `name` (or of any name, without one): ids and times drawn per run, and every field
 * Expertflow's model lets be absent or `null` (`channelSession`, `roomInfo`, header fields, task fields …)
 * sometimes absent or `null`.
 *
 * @example
 * fc.assert(fc.property(arbitraryEvent("CUSTOMER_MESSAGE"), (event) => { expect(() => route(event)).not.toThrow(); }));
 */
export function arbitraryEvent<K extends keyof ExpertflowCimEventMap>(
  name: K,
  overrides?: DeepPartial<ExpertflowCimEventMap[K]>,
): fc.Arbitrary<ExpertflowCimEventMap[K]>;
export function arbitraryEvent(): fc.Arbitrary<ExpertflowCimEvent>;
export function arbitraryEvent<K extends keyof ExpertflowCimEventMap>(
  name?: K,
  overrides?: DeepPartial<ExpertflowCimEventMap[K]>,
): fc.Arbitrary<ExpertflowCimEventMap[K]> | fc.Arbitrary<ExpertflowCimEvent> {
  return name === undefined
    ? arbitraryOfAny(expertflowCimTestEvents)
    : arbitraryOf(expertflowCimTestEvents, name, overrides);
}
