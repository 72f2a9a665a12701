/**
 * The contract every `Inbox` must pass (the in-memory one in core, the Redis Streams one in @contactkit/redis):
 * put/take/ack, retries after a delay with their attempt count, dead letters (list, get, replay, purge), lease
 * reclaim after a consumer "dies", put after close, and stats. Each test gets a fresh inbox from `makeInbox` and
 * closes it afterwards.
 *
 * Waits are for state, never fixed sleeps: a blocked `take` with a generous `blockMs` returns as soon as an entry
 * is ready, so the suite is fast on an idle machine and still passes on a loaded one.
 */
import * as fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { Inbox, InboxEntry, InboxRecord } from "../packages/core/src/inbox/types";

/** What the suite asks of the inbox under test. */
export interface InboxContractOptions {
  /** The lease after which an entry a consumer took and never finished is taken again. */
  readonly leaseMs: number;
}

/** Makes a fresh, empty inbox for one test. */
export type MakeInbox = (options: InboxContractOptions) => Inbox | Promise<Inbox>;

/** Short enough to keep the reclaim test quick, long enough that no healthy test's lease lapses. */
const LEASE_MS = 1_500;
/** How long a `take` that expects an entry may wait: generous, it returns as soon as one is ready. */
const WAIT_MS = 10_000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A record with a recognisable body. */
export function recordOf(text: string, overrides: Partial<InboxRecord> = {}): InboxRecord {
  return {
    type: "OrderCreated",
    body: encoder.encode(text),
    key: `key-${text}`,
    receivedAt: 1_700_000_000_000,
    ...overrides,
  };
}

const textOf = (entry: { readonly body: Uint8Array }): string => decoder.decode(entry.body);
const error = { name: "Error", message: "handler failed" };

/** Takes one entry, waiting for it; fails the test when none comes. */
async function takeOne(inbox: Inbox, blockMs = WAIT_MS): Promise<InboxEntry> {
  const [entry] = await inbox.take({ max: 1, blockMs });
  if (!entry) throw new Error(`no entry within ${blockMs} ms`);
  return entry;
}

/** Registers the contract suite for one inbox implementation. */
export function describeInboxContract(name: string, makeInbox: MakeInbox): void {
  describe(`Inbox contract: ${name}`, () => {
    const open: Inbox[] = [];
    const fresh = async (leaseMs = LEASE_MS): Promise<Inbox> => {
      const inbox = await makeInbox({ leaseMs });
      open.push(inbox);
      return inbox;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((inbox) => inbox.close().catch(() => {})));
    });

    it("says whether it is durable", async () => {
      const inbox = await fresh();
      expect(typeof inbox.durable).toBe("boolean");
    });

    it("put then take returns the record as it was put, with attempts 0", async () => {
      const inbox = await fresh();
      const record = recordOf('{"kind":"OrderCreated"}', { type: "OrderCreated", receivedAt: 1_234 });
      await inbox.put(record);
      const entry = await takeOne(inbox);
      expect(typeof entry.id).toBe("string");
      expect(entry.id.length).toBeGreaterThan(0);
      expect(entry.type).toBe("OrderCreated");
      expect(textOf(entry)).toBe('{"kind":"OrderCreated"}');
      expect(entry.key).toBe(record.key);
      expect(entry.receivedAt).toBe(1_234);
      expect(entry.attempts).toBe(0);
    });

    it("keeps a record without a key", async () => {
      const inbox = await fresh();
      await inbox.put({ type: "X", body: encoder.encode("{}"), receivedAt: 5 });
      const entry = await takeOne(inbox);
      expect(entry.key).toBeUndefined();
      expect(textOf(entry)).toBe("{}");
    });

    it("take answers at once with nothing when nothing is ready and blockMs is 0", async () => {
      const inbox = await fresh();
      expect(await inbox.take({ max: 10, blockMs: 0 })).toEqual([]);
    });

    it("a blocked take returns as soon as an entry is put", async () => {
      const inbox = await fresh();
      const taking = inbox.take({ max: 1, blockMs: WAIT_MS });
      await inbox.put(recordOf("late"));
      const entries = await taking;
      expect(entries.map(textOf)).toEqual(["late"]);
    });

    it("a blocked take returns nothing when its signal aborts", async () => {
      const inbox = await fresh();
      const controller = new AbortController();
      const taking = inbox.take({ max: 1, blockMs: 60_000, signal: controller.signal });
      controller.abort();
      expect(await taking).toEqual([]);
    });

    it("takes at most `max`, oldest first, and never hands out a leased entry again", async () => {
      const inbox = await fresh();
      for (const text of ["a", "b", "c"]) await inbox.put(recordOf(text));
      const first = await inbox.take({ max: 2, blockMs: WAIT_MS });
      expect(first.map(textOf)).toEqual(["a", "b"]);
      const second = await inbox.take({ max: 5, blockMs: WAIT_MS });
      expect(second.map(textOf)).toEqual(["c"]);
      expect(await inbox.take({ max: 5, blockMs: 0 })).toEqual([]);
    });

    it("ack finishes an entry: it is not pending and never taken again", async () => {
      const inbox = await fresh();
      await inbox.put(recordOf("done"));
      expect((await inbox.stats()).pending).toBe(1);
      const entry = await takeOne(inbox);
      expect((await inbox.stats()).pending).toBe(1); // leased still counts
      await inbox.ack(entry);
      expect(await inbox.stats()).toEqual({ pending: 0, deadLettered: 0 });
      expect(await inbox.take({ max: 1, blockMs: 0 })).toEqual([]);
    });

    it("retry makes the entry ready again after the delay, with attempts + 1", async () => {
      const inbox = await fresh();
      await inbox.put(recordOf("again"));
      const first = await takeOne(inbox);
      await inbox.retry(first, 400, error);
      // Scheduled, not ready: an immediate take finds nothing, and it still counts as pending.
      expect(await inbox.take({ max: 1, blockMs: 0 })).toEqual([]);
      expect((await inbox.stats()).pending).toBe(1);
      const second = await takeOne(inbox);
      expect(textOf(second)).toBe("again");
      expect(second.attempts).toBe(1);
      await inbox.retry(second, 0, error);
      const third = await takeOne(inbox);
      expect(third.attempts).toBe(2);
      await inbox.ack(third);
      expect((await inbox.stats()).pending).toBe(0);
    });

    it("deadLetter moves the entry to the dead letters with its error and attempts", async () => {
      const inbox = await fresh();
      await inbox.put(recordOf("bad", { type: "OrderCancelled", receivedAt: 77 }));
      const entry = await takeOne(inbox);
      const before = Date.now();
      await inbox.deadLetter(entry, 5, { name: "TypeError", message: "x is not a function" });
      expect(await inbox.stats()).toEqual({ pending: 0, deadLettered: 1 });
      expect(await inbox.take({ max: 1, blockMs: 0 })).toEqual([]);
      const [letter] = await inbox.listDeadLetters();
      expect(letter).toBeDefined();
      if (!letter) return;
      expect(letter.type).toBe("OrderCancelled");
      expect(textOf(letter)).toBe("bad");
      expect(letter.key).toBe("key-bad");
      expect(letter.receivedAt).toBe(77);
      expect(letter.attempts).toBe(5);
      expect(letter.error).toEqual({ name: "TypeError", message: "x is not a function" });
      expect(letter.deadAt).toBeGreaterThanOrEqual(before - 1_000);
      const got = await inbox.getDeadLetter(letter.id);
      expect(got && textOf(got)).toBe("bad");
      expect(await inbox.getDeadLetter(`${letter.id}-missing`)).toBeUndefined();
    });

    it("lists dead letters oldest first, at most `limit`", async () => {
      const inbox = await fresh();
      for (const text of ["d1", "d2", "d3"]) await inbox.put(recordOf(text));
      for (let i = 0; i < 3; i++) await inbox.deadLetter(await takeOne(inbox), 1, error);
      expect((await inbox.listDeadLetters()).map(textOf)).toEqual(["d1", "d2", "d3"]);
      expect((await inbox.listDeadLetters({ limit: 2 })).map(textOf)).toEqual(["d1", "d2"]);
    });

    it("replays a dead letter as a new entry with attempts 0", async () => {
      const inbox = await fresh();
      await inbox.put(recordOf("replay-me"));
      await inbox.deadLetter(await takeOne(inbox), 3, error);
      const [letter] = await inbox.listDeadLetters();
      if (!letter) throw new Error("no dead letter");
      expect(await inbox.replayDeadLetter(letter.id)).toBe(true);
      expect(await inbox.getDeadLetter(letter.id)).toBeUndefined();
      expect((await inbox.stats()).deadLettered).toBe(0);
      const entry = await takeOne(inbox);
      expect(textOf(entry)).toBe("replay-me");
      expect(entry.attempts).toBe(0);
      expect(entry.key).toBe("key-replay-me");
      expect(await inbox.replayDeadLetter(letter.id)).toBe(false);
    });

    it("purges one dead letter, then all", async () => {
      const inbox = await fresh();
      for (const text of ["p1", "p2", "p3"]) await inbox.put(recordOf(text));
      for (let i = 0; i < 3; i++) await inbox.deadLetter(await takeOne(inbox), 1, error);
      const [first] = await inbox.listDeadLetters();
      if (!first) throw new Error("no dead letter");
      expect(await inbox.purgeDeadLetters(first.id)).toBe(1);
      expect(await inbox.purgeDeadLetters(first.id)).toBe(0);
      expect(await inbox.purgeDeadLetters()).toBe(2);
      expect(await inbox.listDeadLetters()).toEqual([]);
      expect((await inbox.stats()).deadLettered).toBe(0);
    });

    it("reclaims an entry whose consumer died: it is taken again after the lease", async () => {
      const inbox = await fresh();
      await inbox.put(recordOf("orphan"));
      const abandoned = await takeOne(inbox);
      // The consumer "dies": it never acks. Before the lease lapses nobody else gets it.
      expect(await inbox.take({ max: 1, blockMs: 0 })).toEqual([]);
      const reclaimed = await takeOne(inbox, LEASE_MS + WAIT_MS);
      expect(reclaimed.id).toBe(abandoned.id);
      expect(textOf(reclaimed)).toBe("orphan");
      expect(reclaimed.attempts).toBeGreaterThanOrEqual(abandoned.attempts);
      await inbox.ack(reclaimed);
      expect((await inbox.stats()).pending).toBe(0);
      expect(await inbox.take({ max: 1, blockMs: 0 })).toEqual([]);
    });

    it("rejects put after close", async () => {
      const inbox = await fresh();
      await inbox.close();
      await expect(inbox.put(recordOf("too late"))).rejects.toBeInstanceOf(Error);
    });

    it("every entry put is taken exactly once when each is acked (generated batches)", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 30 }),
          fc.integer({ min: 1, max: 7 }),
          async (texts, max) => {
            const inbox = await fresh(60_000);
            for (const [i, text] of texts.entries()) await inbox.put(recordOf(`${i}:${text}`));
            const seen: string[] = [];
            while (seen.length < texts.length) {
              const entries = await inbox.take({ max, blockMs: WAIT_MS });
              expect(entries.length).toBeGreaterThan(0);
              expect(entries.length).toBeLessThanOrEqual(max);
              for (const entry of entries) {
                seen.push(textOf(entry));
                await inbox.ack(entry);
              }
            }
            expect(seen).toEqual(texts.map((text, i) => `${i}:${text}`));
            expect(await inbox.take({ max, blockMs: 0 })).toEqual([]);
            expect((await inbox.stats()).pending).toBe(0);
          },
        ),
        { numRuns: 25 },
      );
    });
  });
}
