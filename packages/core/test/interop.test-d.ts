import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expectTypeOf, it } from "vitest";
import {
  ContactkitError,
  ContactkitParseError,
  isContactkitError,
  isContactkitParseError,
  type ParsedEvent,
  type StandardSchemaResult,
} from "../src";
import { type OrderCreated, type ShopEventMap, shop } from "./support";

describe("interop types", () => {
  it("a family is a Standard Schema (the published interface) whose output is the ParsedEvent", () => {
    expectTypeOf(shop).toExtend<StandardSchemaV1<unknown, ParsedEvent<ShopEventMap>>>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof shop>>().toEqualTypeOf<unknown>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof shop>>().toEqualTypeOf<ParsedEvent<ShopEventMap>>();
    // Synchronous: no promise to await.
    expectTypeOf(shop["~standard"].validate({})).toEqualTypeOf<StandardSchemaResult<ParsedEvent<ShopEventMap>>>();
    const result = shop["~standard"].validate({});
    if (result.issues === undefined) {
      expectTypeOf(result.value).toEqualTypeOf<ParsedEvent<ShopEventMap>>();
      if (result.value.known && result.value.type === "OrderCreated")
        expectTypeOf(result.value.event).toEqualTypeOf<OrderCreated>();
    }
  });

  it("each event schema is zod's Standard Schema of the event itself", () => {
    expectTypeOf<StandardSchemaV1.InferOutput<typeof shop.schemas.OrderCreated>>().toEqualTypeOf<OrderCreated>();
  });

  it("instanceof and the guards narrow to the class, not to the root", () => {
    const caught: unknown = new Error("x");
    if (caught instanceof ContactkitParseError) expectTypeOf(caught).toEqualTypeOf<ContactkitParseError>();
    if (isContactkitParseError(caught)) expectTypeOf(caught.issues).toEqualTypeOf<ContactkitParseError["issues"]>();
    if (isContactkitError(caught)) expectTypeOf(caught).toEqualTypeOf<ContactkitError>();
    class MyError extends ContactkitError {
      readonly detail = 1;
    }
    if (caught instanceof MyError) expectTypeOf(caught.detail).toEqualTypeOf<number>();
  });
});
