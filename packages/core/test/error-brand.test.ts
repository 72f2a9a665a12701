import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import * as core from "../src";
import {
  brandErrorClass,
  ContactkitError,
  ContactkitParseError,
  type ContactkitParseErrorInit,
  isContactkitError,
  isContactkitParseError,
} from "../src";

type Core = typeof core;

/**
 * A second copy of core, as a CommonJS build beside the ESM one would be: the modules evaluated again, so every
 * class is a different object. (The built ESM and CJS copies are checked against each other by
 * `scripts/pack-check.mjs`.)
 */
async function otherCopyOfCore(): Promise<Core> {
  vi.resetModules();
  const copy = (await import("../src/index")) as Core;
  expect(copy.ContactkitParseError).not.toBe(ContactkitParseError);
  return copy;
}

/** A vendor package's errors built on one copy of core: a base class and a subclass, as mluvii-chatbot has. */
function vendorErrors(on: Core) {
  class AcmeError extends on.ContactkitError {
    static {
      on.brandErrorClass(AcmeError, "AcmeError");
    }
    override readonly name: string = "AcmeError";
  }
  class AcmeTimeoutError extends AcmeError {
    static {
      on.brandErrorClass(AcmeTimeoutError, "AcmeTimeoutError");
    }
    override readonly name = "AcmeTimeoutError";
    constructor(readonly timeoutMs: number) {
      super(`acme: no answer within ${timeoutMs} ms`);
    }
  }
  return { AcmeError, AcmeTimeoutError };
}

const init: ContactkitParseErrorInit = {
  vendor: "acme",
  family: "shop",
  kind: "schema",
  eventType: "OrderCreated",
  issues: [{ path: "$.data.id", code: "invalid_type", message: "expected number" }],
};

describe("errors recognisable across copies of contactkit", () => {
  it("instanceof and the guards work in both directions between two copies", async () => {
    const other = await otherCopyOfCore();
    for (const [from, to] of [
      [core, other],
      [other, core],
    ] as const) {
      const error = new from.ContactkitParseError(init);
      expect(error instanceof to.ContactkitParseError).toBe(true);
      expect(error instanceof to.ContactkitError).toBe(true);
      expect(to.isContactkitParseError(error)).toBe(true);
      expect(to.isContactkitError(error)).toBe(true);
      expect(error instanceof Error).toBe(true);
    }
  });

  it("a subclass check stays exact: a base error is not an instance of another copy's subclass", async () => {
    const other = await otherCopyOfCore();
    const mine = vendorErrors(core);
    const theirs = vendorErrors(other);
    const timeout = new theirs.AcmeTimeoutError(2000);
    const base = new theirs.AcmeError("acme: closed");
    expect(timeout instanceof mine.AcmeTimeoutError).toBe(true);
    expect(timeout instanceof mine.AcmeError).toBe(true);
    expect(timeout instanceof core.ContactkitError).toBe(true);
    expect(base instanceof mine.AcmeError).toBe(true);
    expect(base instanceof mine.AcmeTimeoutError).toBe(false);
    expect(base instanceof core.ContactkitParseError).toBe(false);
    expect(new other.ContactkitParseError(init) instanceof mine.AcmeError).toBe(false);
    expect(core.isContactkitParseError(timeout)).toBe(false);
  });

  it("a user's subclass keeps ordinary instanceof, and is still recognised as its contactkit base", async () => {
    const other = await otherCopyOfCore();
    class MyParseError extends ContactkitParseError {}
    class MyOtherError extends ContactkitError {}
    const mine = new MyParseError(init);
    expect(mine instanceof MyParseError).toBe(true);
    expect(mine instanceof other.ContactkitParseError).toBe(true);
    expect(other.isContactkitParseError(mine)).toBe(true);
    // Not branded itself, so only its own instances are instances of it, whichever copy the others come from.
    expect(new ContactkitParseError(init) instanceof MyParseError).toBe(false);
    expect(new other.ContactkitParseError(init) instanceof MyParseError).toBe(false);
    expect(new MyOtherError("x") instanceof MyParseError).toBe(false);
    expect(new MyOtherError("x") instanceof other.ContactkitError).toBe(true);
    expect(mine instanceof MyOtherError).toBe(false);
  });

  it("rejects errors and objects that merely look like contactkit errors", async () => {
    const other = await otherCopyOfCore();
    const brand = Symbol.for("contactkit.error");
    const namedAlike = Object.assign(new Error("x"), { name: "ContactkitParseError" });
    const stringBrand = { [brand]: "ContactkitParseError", name: "ContactkitParseError", message: "x" };
    const errorWithStringBrand = Object.assign(new Error("x"), { [brand]: "ContactkitParseError" });
    const plainObjectWithArrayBrand = { [brand]: ["ContactkitParseError", "ContactkitError"] };
    const errorWithMixedBrand = Object.assign(new Error("x"), { [brand]: ["ContactkitParseError", 1] });
    const stringKeyBrand = Object.assign(new Error("x"), { "contactkit.error": ["ContactkitParseError"] });
    const hostile = new Proxy(new Error("x"), {
      get() {
        throw new Error("trap");
      },
      getPrototypeOf() {
        throw new Error("trap");
      },
    });
    for (const value of [
      namedAlike,
      stringBrand,
      errorWithStringBrand,
      plainObjectWithArrayBrand,
      errorWithMixedBrand,
      stringKeyBrand,
    ]) {
      for (const copy of [core, other]) {
        expect(value instanceof copy.ContactkitParseError).toBe(false);
        expect(value instanceof copy.ContactkitError).toBe(false);
        expect(copy.isContactkitError(value)).toBe(false);
        expect(copy.isContactkitParseError(value)).toBe(false);
      }
    }
    // A Proxy whose traps throw is no error of ours, and checking it throws nothing.
    expect(isContactkitError(hostile)).toBe(false);
    expect(hostile instanceof other.ContactkitParseError).toBe(false);
    expect(isContactkitError(Object.create(null))).toBe(false);
  });

  it("no generated value is taken for a contactkit error, brand or not", () => {
    const brand = Symbol.for("contactkit.error");
    const forged = fc.oneof(
      fc.anything(),
      fc.anything().map((v) => ({ [brand]: v })),
      fc.array(fc.string()).map((names) => ({ [brand]: names, name: names[0] ?? "", message: "" })),
      fc.anything().map((v) => Object.assign(new Error("x"), { [brand]: Array.isArray(v) ? [...v, 0] : v })),
    );
    fc.assert(
      fc.property(forged, (value) => {
        expect(isContactkitError(value)).toBe(false);
        expect(isContactkitParseError(value)).toBe(false);
      }),
    );
  });

  it("recognises an error of another realm that carries the brand", () => {
    const foreign = runInNewContext("class RealmError extends Error {}; new RealmError('x')") as Error;
    expect(foreign instanceof Error).toBe(false);
    expect(isContactkitError(foreign)).toBe(false);
    // Branded as contactkit loaded in that realm would brand it.
    Object.defineProperty(Object.getPrototypeOf(foreign), Symbol.for("contactkit.error"), {
      value: Object.freeze(["ContactkitError"]),
    });
    expect(isContactkitError(foreign)).toBe(true);
    expect(isContactkitParseError(foreign)).toBe(false);
  });

  it("keeps name, message, cause and toJSON, and puts the brand on the prototype, not on each error", () => {
    const error = new ContactkitParseError(init);
    expect(error.name).toBe("ContactkitParseError");
    expect(error.message).toBe('acme shop: invalid "OrderCreated" event at $.data.id: expected number');
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(error.toJSON()).toEqual({
      name: "ContactkitParseError",
      message: error.message,
      vendor: "acme",
      family: "shop",
      kind: "schema",
      eventType: "OrderCreated",
      issues: init.issues,
      position: undefined,
    });
    const cause = new Error("root cause");
    const wrapped = new ContactkitError("wrapped", { cause });
    expect(wrapped.name).toBe("ContactkitError");
    expect(wrapped.cause).toBe(cause);
    expect(String(wrapped)).toBe("ContactkitError: wrapped");
  });

  it("brands only subclasses of ContactkitError, each once", () => {
    class NotOurs extends Error {}
    expect(() => brandErrorClass(NotOurs, "NotOurs")).toThrow(TypeError);
    class Twice extends ContactkitError {
      static {
        brandErrorClass(Twice, "Twice");
      }
    }
    expect(() => brandErrorClass(Twice, "Twice")).toThrow("branded twice");
    expect(new Twice("x") instanceof Twice).toBe(true);
  });
});
