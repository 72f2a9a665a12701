/** What only the in-memory inbox promises beyond the contract: its bounds, and that it keeps the parsed event. */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordOf } from "../../../test-support/inbox-contract";
import { createMemoryInbox, InboxClosedError, InboxFullError, isContactkitError } from "../src";

describe("createMemoryInbox", () => {
  it("is not durable, and hands the parsed event kept at put to the worker", async () => {
    const inbox = createMemoryInbox();
    expect(inbox.durable).toBe(false);
    const event = { type: "OrderCreated" };
    await inbox.put(recordOf("a"), event);
    const [entry] = await inbox.take({ max: 1, blockMs: 0 });
    expect(entry?.event).toBe(event);
    await inbox.close();
  });

  it("rejects put beyond maxPending (waiting, scheduled and leased count) with InboxFullError (generated)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), async (maxPending, take) => {
        const inbox = createMemoryInbox({ maxPending });
        for (let i = 0; i < maxPending; i++) await inbox.put(recordOf(String(i)));
        const leased = await inbox.take({ max: take, blockMs: 0 });
        const refused = await inbox.put(recordOf("one too many")).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(InboxFullError);
        expect(isContactkitError(refused)).toBe(true);
        expect(inbox.pending).toBe(maxPending);
        for (const entry of leased) await inbox.ack(entry);
        if (leased.length > 0) await expect(inbox.put(recordOf("room again"))).resolves.toBeUndefined();
        await inbox.close();
      }),
      { numRuns: 30 },
    );
  });

  it("keeps at most maxDeadLetters, dropping the oldest and counting them", async () => {
    const inbox = createMemoryInbox({ maxDeadLetters: 2 });
    for (const text of ["d1", "d2", "d3"]) await inbox.put(recordOf(text));
    for (const entry of await inbox.take({ max: 3, blockMs: 0 })) {
      await inbox.deadLetter(entry, 5, { name: "Error", message: "x" });
    }
    const letters = await inbox.listDeadLetters();
    expect(letters.map((l) => new TextDecoder().decode(l.body))).toEqual(["d2", "d3"]);
    expect(inbox.droppedDeadLetters).toBe(1);
    await inbox.close();
  });

  it("rejects put after close with InboxClosedError, and keeps counting what it held (unfinished)", async () => {
    const inbox = createMemoryInbox();
    await inbox.put(recordOf("held"));
    await inbox.close();
    await expect(inbox.put(recordOf("late"))).rejects.toBeInstanceOf(InboxClosedError);
    expect((await inbox.stats()).pending).toBe(1);
    expect(await inbox.take({ max: 1, blockMs: 1_000 })).toEqual([]);
  });

  it("a stale worker's retry after its entry was reclaimed and acked is ignored", async () => {
    const inbox = createMemoryInbox({ leaseMs: 1 });
    await inbox.put(recordOf("once"));
    const [stale] = await inbox.take({ max: 1, blockMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const [fresh] = await inbox.take({ max: 1, blockMs: 5_000 });
    if (!stale || !fresh) throw new Error("no entry");
    await inbox.ack(fresh);
    await inbox.retry(stale, 0, { name: "Error", message: "late" });
    expect(inbox.pending).toBe(0);
    expect(await inbox.take({ max: 1, blockMs: 0 })).toEqual([]);
    await inbox.close();
  });
});
