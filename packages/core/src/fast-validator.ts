import type * as z from "zod";
import { canGenerate, type FastParser, fastParserOf, REJECT, UNSURE } from "./fast-parser";

/** What a {@link Validator} answers for a value its schema rejects: zod's issues, from zod's runtime parser. */
export class Rejected {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {}
}

/**
 * How one schema is validated: `fast` answers the parsed output (as `schema.parse` returns it) for what it accepts
 * and {@link REJECT} or {@link UNSURE} for the rest, which `runtime` — zod's runtime parser — then answers: the
 * output, or {@link Rejected} with zod's issues.
 */
export interface Validator {
  readonly fast: FastParser;
  readonly runtime: (value: unknown) => unknown;
}

/** Whether `fast` did not accept a value (so `runtime` must answer). */
export const notAccepted = (out: unknown): boolean => out === REJECT || out === UNSURE;

const validators = new WeakMap<z.ZodType, Validator>();
const alwaysUnsure: FastParser = () => UNSURE;

/**
 * The validator of `schema`, built at its first use and cached: a generated fast parser (see `fast-parser.ts`) for
 * valid input, and zod's runtime parser — the very `schema.safeParse` — for everything the fast parser does not
 * accept, so every issue is the one zod gives. Where code cannot be generated (`z.config({ jitless: true })`, a
 * runtime without `new Function`), zod's runtime parser does it all.
 */
export function validatorOf(schema: z.ZodType): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = {
      fast: canGenerate() ? fastParserOf(schema) : alwaysUnsure,
      runtime: (value) => {
        const result = schema.safeParse(value);
        return result.success ? result.data : new Rejected(result.error.issues);
      },
    };
    validators.set(schema, validator);
  }
  return validator;
}
