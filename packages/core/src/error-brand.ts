/**
 * Errors recognisable across copies of contactkit. An application can hold two copies of a package at once — the
 * ESM and the CommonJS build (one part of the app `import`s it, another `require`s it), or two versions — and each
 * copy has its own classes, so an error thrown by one copy fails plain `instanceof` against the other's class. Every
 * contactkit error class therefore carries a brand under a registered symbol (`Symbol.for` returns the same symbol
 * in every copy and every realm): the names of the classes it belongs to, most derived first. `instanceof` on a
 * contactkit error class, and the `is…` guards, read that brand.
 *
 * The brand is for recognising errors, not for authenticating them: like any registered symbol it can be forged on
 * purpose. Its format (the two symbols below, an array of names) is part of the public contract and does not change
 * between versions, so copies of different versions recognise each other.
 */

/**
 * Prototype key of the brand: a frozen array of class names, most derived first, e.g.
 * `["ContactkitParseError", "ContactkitError"]`.
 */
const ERROR_BRAND: symbol = Symbol.for("contactkit.error");
/** Own key of a branded class: its name in the brand. A user's subclass inherits the key but never owns it. */
const CLASS_BRAND: symbol = Symbol.for("contactkit.error.class");

/** The name every brand ends with. */
const ROOT = "ContactkitError";

/**
 * Brands an error class, for contactkit packages and third-party packages built on core: call it once in the
 * class's static block with a name unique among contactkit errors (by convention the class's `name`; never derive
 * it from `constructor.name`, which minifiers rename). The class must extend {@link ContactkitError} (directly or
 * not); its instances then match `instanceof` against the same class of any other copy.
 *
 * @example
 * class AcmeTimeoutError extends ContactkitError {
 *   static { brandErrorClass(AcmeTimeoutError, "AcmeTimeoutError"); }
 *   override readonly name = "AcmeTimeoutError";
 * }
 */
export function brandErrorClass(errorClass: abstract new (...args: never) => Error, name: string): void {
  const inherited = brandNamesOf(Object.getPrototypeOf(errorClass.prototype), false);
  if (inherited?.at(-1) !== ROOT) throw new TypeError(`error class ${name} must extend ContactkitError`);
  if (Object.hasOwn(errorClass, CLASS_BRAND)) throw new TypeError(`error class ${name} is branded twice`);
  defineBrand(errorClass, name, [name, ...inherited]);
}

function defineBrand(errorClass: abstract new (...args: never) => Error, name: string, names: readonly string[]): void {
  // On the prototype, not on each instance: constructing an error costs nothing more.
  Object.defineProperty(errorClass.prototype, ERROR_BRAND, { value: Object.freeze(names) });
  Object.defineProperty(errorClass, CLASS_BRAND, { value: name });
}

/**
 * The brand names of `value`, or `undefined` when it has no well-formed brand. With `requireError`, only for an
 * error object (of this realm or another): a plain object carrying the symbol is not an error.
 */
function brandNamesOf(value: unknown, requireError: boolean): readonly string[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    const names: unknown = (value as Record<symbol, unknown>)[ERROR_BRAND];
    if (!Array.isArray(names) || !names.every((n) => typeof n === "string")) return undefined;
    if (requireError && !(value instanceof Error) && Object.prototype.toString.call(value) !== "[object Error]") {
      return undefined;
    }
    return names as readonly string[];
  } catch {
    // A Proxy whose traps throw is not a contactkit error.
    return undefined;
  }
}

/**
 * `instanceof` for a branded class: the ordinary prototype check first (an error of this copy, or an instance of
 * a user's subclass), then the brand (an error of another copy). A class that is not branded itself — a user's
 * subclass, which inherits this method — gets the ordinary check only, so it stays exact.
 */
function isInstance(errorClass: Function, value: unknown): boolean {
  try {
    if (Function.prototype[Symbol.hasInstance].call(errorClass, value)) return true;
  } catch {
    // A Proxy whose `getPrototypeOf` trap throws: not an error of ours, and a guard never throws.
    return false;
  }
  if (!Object.hasOwn(errorClass, CLASS_BRAND)) return false;
  const name = (errorClass as unknown as Record<symbol, unknown>)[CLASS_BRAND];
  return typeof name === "string" && brandNamesOf(value, true)?.includes(name) === true;
}

/**
 * Root of every error class contactkit exports. `instanceof` on it and on every subclass works across copies of a
 * package (ESM and CommonJS builds, two versions) loaded in one process; `name`, `message` and `cause` behave as on
 * any `Error`.
 *
 * @example
 * try {
 *   family.parse(body);
 * } catch (error) {
 *   if (error instanceof ContactkitParseError) console.warn(error.message);
 *   else if (isContactkitError(error)) console.warn("contactkit", error.name);
 *   else throw error;
 * }
 */
export class ContactkitError extends Error {
  static {
    defineBrand(ContactkitError, ROOT, [ROOT]);
    // On the prototype: every subclass sets its own `name`, and a field here would cost each construction ~10%.
    Object.defineProperty(ContactkitError.prototype, "name", { value: ROOT, writable: true, configurable: true });
  }

  /** Whether `value` is an instance of this class, from this copy of contactkit or any other. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`, often a subclass.
    return isInstance(this, value);
  }
}

/** Whether `value` is an error thrown by contactkit — any package, any copy (ESM or CommonJS build, any version). */
export function isContactkitError(value: unknown): value is ContactkitError {
  return value instanceof ContactkitError;
}
