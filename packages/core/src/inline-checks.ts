/**
 * Checks the generated parsers may run themselves. A zod `.check(fn)` is opaque to the generator, which hands a
 * schema holding one to zod; a check that core itself attaches (the calendar check of `dateTime()`) can register a
 * predicate here that is true exactly when the check adds no issue, so datetime fields stay on the fast path.
 */
const predicates = new WeakMap<object, (value: string) => boolean>();

/** Registers the predicate of a string check: `true` exactly when `check` would add no issue for `value`. */
export function registerFastStringCheck(check: object, predicate: (value: string) => boolean): void {
  predicates.set(check, predicate);
}

/** The registered predicate of a string check, if core registered one. */
export function fastStringCheckOf(check: object): ((value: string) => boolean) | undefined {
  return predicates.get(check);
}
