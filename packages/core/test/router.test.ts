import { describe, expect, it, vi } from "vitest";
import { ContactkitParseError, createRouter } from "../src";
import { created, shop } from "./support";

describe("createRouter", () => {
  it("routes known events by type, several handlers in order, and unknown events to onUnknown", async () => {
    const seen: string[] = [];
    const router = createRouter(shop)
      .on("OrderCreated", (e) => {
        seen.push(`a${e.data.id}`);
      })
      .on(["OrderCreated", "OrderCancelled"], (e, ctx) => {
        seen.push(`b${e.data.id}:${ctx.type}`);
      })
      .onUnknown((e) => {
        seen.push(`u:${e.type}`);
      });
    const r = await router.dispatch(JSON.stringify(created));
    expect(r.handled).toBe(2);
    await router.dispatch({ kind: "OrderCancelled", data: { id: 7, reason: "x" } });
    await router.dispatch({ kind: "Refund" });
    expect(seen).toEqual(["a42", "b42:OrderCreated", "b7:OrderCancelled", "u:Refund"]);
  });

  it("gives parse failures and handler errors to onError, and rejects without one", async () => {
    const onError = vi.fn();
    const router = createRouter(shop)
      .on("OrderCreated", () => {
        throw new Error("boom");
      })
      .onError(onError);
    const r = await router.dispatch(created);
    expect(r.errors).toHaveLength(1);
    await router.dispatch("{nope");
    expect(onError.mock.calls.map((c) => c[1].stage)).toEqual(["handler", "parse"]);
    expect(onError.mock.calls[1]?.[0]).toBeInstanceOf(ContactkitParseError);

    const bare = createRouter(shop).on("OrderCreated", () => Promise.reject(new Error("boom")));
    await expect(bare.dispatch(created)).rejects.toThrow("boom");
    await expect(bare.dispatch("{")).rejects.toBeInstanceOf(ContactkitParseError);
  });
});
