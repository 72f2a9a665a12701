import * as z from "zod";
import { dateTime, defineEventFamily, type OpenEnum, openEnum, safeInt } from "../src";

/** A small two-type family used across core's tests. */
export interface OrderCreated {
  kind: "OrderCreated";
  data: { id: number; channel: OpenEnum<"web" | "phone">; at: string; note?: string; tags: string[] | null };
}
export interface OrderCancelled {
  kind: "OrderCancelled";
  data: { id: number; reason: string };
}
export interface ShopEventMap {
  OrderCreated: OrderCreated;
  OrderCancelled: OrderCancelled;
}

const orderCreated: z.ZodType<OrderCreated> = z.object({
  kind: z.literal("OrderCreated"),
  data: z.object({
    id: safeInt(),
    channel: openEnum(["web", "phone"]),
    at: dateTime(),
    note: z.string().exactOptional(),
    tags: z.array(z.string()).nullable(),
  }),
});
const orderCancelled: z.ZodType<OrderCancelled> = z.object({
  kind: z.literal("OrderCancelled"),
  data: z.object({ id: safeInt(), reason: z.string() }),
});

export const shop = defineEventFamily<ShopEventMap>({
  vendor: "acme",
  family: "shop",
  discriminator: "kind",
  schemas: { OrderCreated: orderCreated, OrderCancelled: orderCancelled },
});

export const created = {
  kind: "OrderCreated",
  data: { id: 42, channel: "web", at: "2024-05-01T10:00:00.1234567+02:00", tags: ["a"] },
};
