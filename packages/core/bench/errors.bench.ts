/**
 * What the cross-copy brand costs: constructing an error of a branded class (the brand sits on the prototype, so
 * nothing per error) against an `Error` subclass, and `instanceof` on a branded class (a `Symbol.hasInstance`
 * method) against the native check — for an error of the same copy, of another copy (recognised by the brand: a
 * second class branded with the same name stands in for the other copy's), and for a foreign error (a miss).
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/core/bench/errors.bench.ts   (or `pnpm bench` for every package)
 */
import { measureAll, printTable } from "../../../scripts/bench-utils";
import { brandErrorClass, ContactkitError } from "../src";

class UnbrandedError extends Error {
  override readonly name = "UnbrandedError";
  constructor(readonly code: string) {
    super(`acme: failed with ${code}`);
  }
}
class BrandedError extends ContactkitError {
  static {
    brandErrorClass(BrandedError, "BrandedError");
  }
  override readonly name = "BrandedError";
  constructor(readonly code: string) {
    super(`acme: failed with ${code}`);
  }
}
/** The same class as another copy of the package defines it: another object, the same brand. */
class BrandedErrorOfAnotherCopy extends ContactkitError {
  static {
    brandErrorClass(BrandedErrorOfAnotherCopy, "BrandedError");
  }
  override readonly name = "BrandedError";
}

const unbranded = new UnbrandedError("E1");
const branded = new BrandedError("E1");
const fromAnotherCopy = new BrandedErrorOfAnotherCopy("x");
const foreign = new Error("x");

printTable(
  "Constructing an error",
  measureAll({
    "new UnbrandedError (extends Error)": () => new UnbrandedError("E1"),
    "new BrandedError (extends ContactkitError)": () => new BrandedError("E1"),
  }),
  "new UnbrandedError (extends Error)",
);
printTable(
  "instanceof",
  measureAll({
    "native: unbranded instanceof UnbrandedError": () => unbranded instanceof UnbrandedError,
    "same copy: branded instanceof BrandedError": () => branded instanceof BrandedError,
    "another copy: instanceof BrandedError through the brand": () => fromAnotherCopy instanceof BrandedError,
    "miss: new Error() instanceof BrandedError": () => foreign instanceof BrandedError,
  }),
  "native: unbranded instanceof UnbrandedError",
);
