/**
 * @packageDocumentation
 * `@contactkit/core/testing/arbitraries`: fast-check arbitraries over a test-event factory. A separate subpath
 * because it imports `fast-check` (an optional peer dependency): `@contactkit/core/testing` never does.
 */
import * as fc from "fast-check";
import type * as z from "zod";
import type { TestEventFactory } from "./factory";
import { editAt, type FieldSite, fieldSites, valueAt } from "./fields";
import type { DeepPartial } from "./overrides";
import { createTestRandom } from "./random";

/** What each optional or nullable field of the example becomes in a generated event. */
type FieldChoice = "keep" | "absent" | "null";

/** Instants generated events are stamped with: 2015 to 2035, so every timestamp format stays four-digit-year. */
const NOW_MIN = Date.UTC(2015, 0, 1);
const NOW_MAX = Date.UTC(2035, 0, 1);

const parentExists = (event: unknown, site: FieldSite): boolean => {
  const parent = valueAt(event, site.path.slice(0, -1));
  return parent !== null && typeof parent === "object";
};

/**
 * An arbitrary of valid events of one type, built on a test-event factory: ids drawn from a seed, timestamps at a
 * generated instant, and each field the schema lets be absent or `null` kept, removed or nulled. Every generated
 * event parses to `type` (a combination the schema refuses, e.g. two fields that must not both be `null`, keeps
 * the field instead); shrinking leads back towards the documented example.
 *
 * @example
 * fc.assert(fc.property(arbitraryOf(factory, "SessionEnded"), (event) => handle(event) !== undefined));
 */
export function arbitraryOf<M extends object, K extends keyof M & string>(
  factory: TestEventFactory<M>,
  type: K,
  overrides?: DeepPartial<M[K]>,
): fc.Arbitrary<M[K]> {
  const { family } = factory;
  const schema = family.schemas[type] as unknown as z.ZodType;
  // The example's structure does not depend on the seed (only ids and times do), so its field sites are found once.
  const template = factory.create(type, overrides, { random: createTestRandom(0), now: NOW_MIN });
  const sites = fieldSites(schema, template).filter((site) => site.optional || site.nullable);
  const choiceOf = (site: FieldSite): fc.Arbitrary<FieldChoice> => {
    const options: FieldChoice[] = ["keep"];
    if (site.optional) options.push("absent");
    if (site.nullable) options.push("null");
    return fc.constantFrom(...options);
  };
  const isValid = (event: unknown): boolean => {
    const result = family.safeParse(event, factory.parse);
    return result.ok && result.known && result.type === type;
  };
  return fc
    .tuple(fc.integer(), fc.integer({ min: NOW_MIN, max: NOW_MAX }), fc.tuple(...sites.map(choiceOf)))
    .map(([seed, now, choices]) => {
      let event: unknown = factory.create(type, overrides, { random: createTestRandom(seed), now });
      sites.forEach((site, index) => {
        const choice = choices[index];
        if (choice === undefined || choice === "keep" || !parentExists(event, site)) return;
        const next = editAt(event, site.path, choice);
        if (isValid(next)) event = next;
      });
      return event as M[K];
    });
}

/**
 * An arbitrary of valid events of any of `types` (default: every type the factory creates).
 *
 * @example
 * fc.assert(fc.property(arbitraryOfAny(factory), (event) => family.safeParse(event).ok));
 */
export function arbitraryOfAny<M extends object>(
  factory: TestEventFactory<M>,
  types: readonly (keyof M & string)[] = factory.types,
): fc.Arbitrary<M[keyof M & string]> {
  if (types.length === 0) throw new RangeError("arbitraryOfAny needs at least one event type");
  return fc.oneof(...types.map((type) => arbitraryOf(factory, type)));
}
