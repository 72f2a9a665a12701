/**
 * @packageDocumentation
 * `@contactkit/ccai-qm-chat/testing/arbitraries`: fast-check arbitraries of valid CCAI Platform QM items. Needs
 * `fast-check` (an optional peer dependency of this package).
 */

import type { CcaiQmEventMap } from "@contactkit/ccai-qm-chat";
import type { DeepPartial } from "@contactkit/core/testing";
import { arbitraryOf, arbitraryOfAny } from "@contactkit/core/testing/arbitraries";
import type * as fc from "fast-check";
import { ccaiQmTestEvents } from "./factory";

/**
 * Valid QM items of `type` (or of any type, without one), bare: ids and times drawn per run, and the fields the
 * examples do not always carry (`language`, `queue_path_*`, `media_id`, agent names …) sometimes absent.
 *
 * @example
 * fc.assert(fc.property(fc.array(arbitraryEvent("connected")), (items) => buildChatTimeline(items) !== undefined));
 */
export function arbitraryEvent<K extends keyof CcaiQmEventMap>(
  type: K,
  overrides?: DeepPartial<CcaiQmEventMap[K]>,
): fc.Arbitrary<CcaiQmEventMap[K]>;
export function arbitraryEvent(): fc.Arbitrary<CcaiQmEventMap[keyof CcaiQmEventMap]>;
export function arbitraryEvent<K extends keyof CcaiQmEventMap>(
  type?: K,
  overrides?: DeepPartial<CcaiQmEventMap[K]>,
): fc.Arbitrary<CcaiQmEventMap[K]> | fc.Arbitrary<CcaiQmEventMap[keyof CcaiQmEventMap]> {
  return type === undefined ? arbitraryOfAny(ccaiQmTestEvents) : arbitraryOf(ccaiQmTestEvents, type, overrides);
}
