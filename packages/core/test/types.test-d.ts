import { describe, expectTypeOf, it } from "vitest";
import { createRouter, type EventMapOf, type OpenEnum, type UnknownEvent } from "../src";
import { type OrderCancelled, type OrderCreated, type ShopEventMap, shop } from "./support";

describe("types", () => {
  it("narrows known events by type and keeps the unknown branch explicit", () => {
    const r = shop.safeParse("{}");
    if (r.ok && r.known) {
      switch (r.type) {
        case "OrderCreated":
          expectTypeOf(r.event).toEqualTypeOf<OrderCreated>();
          break;
        case "OrderCancelled":
          expectTypeOf(r.event).toEqualTypeOf<OrderCancelled>();
          break;
        default:
          expectTypeOf(r).toBeNever();
      }
    } else if (r.ok) {
      expectTypeOf(r.event).toEqualTypeOf<UnknownEvent>();
    }
  });

  it("requires every handler in the exhaustive match", () => {
    const parsed = shop.parse("{}");
    // @ts-expect-error OrderCancelled handler is missing and there is no fallback over known events
    shop.match(parsed, { OrderCreated: () => 1 }, (e: UnknownEvent) => e.type.length);
    expectTypeOf(
      shop.match(parsed, { OrderCreated: () => 1, OrderCancelled: () => 2 }, () => 3),
    ).toEqualTypeOf<number>();
  });

  it("is() narrows unknown input to the type's event, and to nothing else", () => {
    const value: unknown = JSON.parse("{}");
    if (shop.is(value, "OrderCreated")) {
      expectTypeOf(value).toEqualTypeOf<OrderCreated>();
      expectTypeOf(value.data.id).toEqualTypeOf<number>();
    }
    if (shop.is(value, "OrderCancelled")) expectTypeOf(value).toEqualTypeOf<OrderCancelled>();
    // @ts-expect-error not an event type of the family
    shop.is(value, "OrderShipped");
  });

  it("types router handlers through the event map", () => {
    createRouter(shop).on("OrderCancelled", (e) => {
      expectTypeOf(e.data.reason).toEqualTypeOf<string>();
    });
    // @ts-expect-error not an event type of the family
    createRouter(shop).on("OrderShipped", () => {});
    expectTypeOf<EventMapOf<typeof shop>>().toEqualTypeOf<ShopEventMap>();
    expectTypeOf<OrderCreated["data"]["channel"]>().toEqualTypeOf<OpenEnum<"web" | "phone">>();
  });
});
