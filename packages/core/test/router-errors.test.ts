import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRouter } from "../src";
import { created, shop } from "./support";

describe("createRouter without onError", () => {
  it("runs every handler of the event even when some fail, then rejects with what failed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), async (failing) => {
        const ran: number[] = [];
        const router = createRouter(shop);
        for (const [index, fails] of failing.entries()) {
          router.on("OrderCreated", async () => {
            ran.push(index);
            if (fails) throw new Error(`handler ${index}`);
          });
        }
        const failed = failing.flatMap((fails, index) => (fails ? [`handler ${index}`] : []));
        const settled = await router.dispatch(created).then(
          (result) => ({ ok: true as const, result }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        expect(ran).toEqual(failing.map((_, index) => index));
        if (failed.length === 0) {
          expect(settled.ok && settled.result.handled).toBe(failing.length);
        } else if (failed.length === 1) {
          expect(!settled.ok && (settled.error as Error).message).toBe(failed[0]);
        } else {
          expect(settled.ok).toBe(false);
          const error = (settled as { error: unknown }).error;
          expect(error).toBeInstanceOf(AggregateError);
          expect((error as AggregateError).errors.map((e: Error) => e.message)).toEqual(failed);
        }
      }),
    );
  });
});
