import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  createMemoryDedupeStore,
  createWebhookHandler,
  type DedupeStore,
  noAuth,
  type WebhookHandler,
  type WebhookHandlerOptions,
} from "../src";
import { created, type ShopEventMap, shop } from "./support";

const handlers: WebhookHandler[] = [];
const make = (options: Partial<WebhookHandlerOptions<ShopEventMap>> = {}) => {
  const handler = createWebhookHandler<ShopEventMap>({ family: shop, auth: noAuth(), onError: () => {}, ...options });
  handlers.push(handler);
  return handler;
};
afterEach(() => {
  for (const h of handlers.splice(0)) h.close();
});
const post = (body: unknown = created) =>
  new Request("https://hooks.example/acme", {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

describe("createMemoryDedupeStore", () => {
  it("is bounded by bytes as well as entries, whatever the keys", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 2000 }), fc.nat(50_000)), { maxLength: 200 }),
        fc.integer({ min: 1_000, max: 200_000 }),
        (records, maxBytes) => {
          const store = createMemoryDedupeStore({ maxEntries: 50, maxBytes });
          for (const [key, repeat] of records) store.claim(key.repeat(1 + (repeat % 3)), `c${repeat}`, 60_000);
          expect(store.bytes).toBeLessThanOrEqual(maxBytes);
          expect(store.size).toBeLessThanOrEqual(50);
        },
      ),
    );
  });

  it("300 claims of 1 MB keys stay under the byte bound", () => {
    const store = createMemoryDedupeStore({ maxBytes: 1_048_576 });
    for (let i = 0; i < 300; i++) {
      const key = `${i}:${"x".repeat(1_000_000)}`;
      expect(store.claim(key, "a", 60_000)).toBe("claimed");
      store.commit(key, "a", 60_000);
    }
    expect(store.bytes).toBeLessThanOrEqual(1_048_576);
  });

  it("claims, commits and releases by claim id; a lapsed lease can be claimed again", () => {
    let now = 0;
    const store = createMemoryDedupeStore({ now: () => now });
    expect(store.claim("k", "first", 100)).toBe("claimed");
    expect(store.claim("k", "second", 100)).toBe("pending");
    expect(store.release("k", "second")).toBeUndefined();
    expect(store.claim("k", "third", 100)).toBe("pending"); // the other attempt's release did nothing
    now = 101;
    expect(store.claim("k", "fourth", 100)).toBe("claimed"); // lease lapsed
    expect(store.commit("k", "first", 1000)).toBe(false); // the lapsed claim cannot commit any more
    expect(store.commit("k", "fourth", 1000)).toBe(true);
    expect(store.claim("k", "fifth", 100)).toBe("seen");
    now = 1200;
    expect(store.claim("k", "sixth", 100)).toBe("claimed");
  });
});

describe("dedupe in the receiver: a delivery is marked seen only once it is accepted", () => {
  /** A store whose first claim lands but reports a timeout, as a Redis stalled past the command timeout does. */
  function stallingStore(now: () => number, options: { releaseFails: boolean }) {
    const memory = createMemoryDedupeStore({ now });
    let stalls = 1;
    const store: DedupeStore = {
      claim(key, id, leaseMs) {
        const outcome = memory.claim(key, id, leaseMs);
        if (stalls-- > 0) throw new Error("no reply within 200 ms");
        return outcome;
      },
      commit: (key, id, ttlMs) => memory.commit(key, id, ttlMs),
      release(key, id) {
        if (options.releaseFails) throw new Error("no reply within 200 ms");
        memory.release(key, id);
      },
    };
    return store;
  }

  it("a claim whose outcome is unknown never makes the retry a duplicate: the receiver releases it at once", async () => {
    const processed: string[] = [];
    const h = make({
      dedupe: { key: (p) => p.type, store: stallingStore(Date.now, { releaseFails: false }), onStoreError: "closed" },
      process: (p) => void processed.push(p.type),
    });
    expect((await h(post())).status).toBe(503);
    await new Promise((r) => setTimeout(r, 0)); // the release is sent right after the failed claim
    expect(await (await h(post())).json()).toEqual({ ok: true, type: "OrderCreated" });
    await h.drain();
    expect(processed).toEqual(["OrderCreated"]);
    expect(await (await h(post())).json()).toEqual({ ok: true, duplicate: true });
  });

  it("when the release fails too, the retry is answered 'retry later' until the lease lapses, then processed once", async () => {
    let now = 0;
    const processed: string[] = [];
    const h = make({
      dedupe: {
        key: (p) => p.type,
        store: stallingStore(() => now, { releaseFails: true }),
        onStoreError: "closed",
        leaseMs: 1_000,
      },
      process: (p) => void processed.push(p.type),
    });
    expect((await h(post())).status).toBe(503);
    const retry = await h(post());
    expect(retry.status).toBe(503); // still leased by the attempt whose outcome is unknown: retry later
    expect(retry.headers.get("retry-after")).toBe("1");
    now = 1_001;
    expect(await (await h(post())).json()).toEqual({ ok: true, type: "OrderCreated" });
    await h.drain();
    expect(processed).toEqual(["OrderCreated"]);
    expect(await (await h(post())).json()).toEqual({ ok: true, duplicate: true });
  });

  it("concurrent deliveries of one event in one process: one is processed, the others are duplicates", async () => {
    let count = 0;
    const h = make({ dedupe: { key: (p) => p.type }, process: () => void count++ });
    const replies = await Promise.all(Array.from({ length: 5 }, () => h(post())));
    const bodies = (await Promise.all(replies.map((r) => r.json()))) as { duplicate?: boolean }[];
    expect(bodies.filter((b) => b.duplicate)).toHaveLength(4);
    await h.drain();
    expect(count).toBe(1);
  });

  it("an event refused for a full queue is not recorded: its retry is processed", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const keys: string[] = [];
    const h = make({
      queue: { concurrency: 1, maxPending: 0 },
      dedupe: { key: (p) => JSON.stringify(p.raw) },
      process: (p) => {
        keys.push(JSON.stringify(p.raw));
        return gate;
      },
    });
    const other = { ...created, data: { ...created.data, id: 2 } };
    expect((await h(post())).status).toBe(200);
    expect((await h(post(other))).status).toBe(503);
    release();
    await h.drain();
    expect((await h(post(other))).status).toBe(200);
    await h.drain();
    expect(keys).toHaveLength(2);
  });

  it("still works with a store that only has the deprecated seen/forget", async () => {
    const seen = new Set<string>();
    const legacy: DedupeStore = {
      seen(key) {
        if (seen.has(key)) return true;
        seen.add(key);
        return false;
      },
      forget: (key) => void seen.delete(key),
    };
    const h = make({ dedupe: { key: (p) => p.type, store: legacy } });
    expect(await (await h(post())).json()).toEqual({ ok: true, type: "OrderCreated" });
    expect(await (await h(post())).json()).toEqual({ ok: true, duplicate: true });
  });

  it("gives the store bounded keys: a long key reaches it as a fixed-size hash, distinct keys stay distinct", async () => {
    const received: string[] = [];
    const memory = createMemoryDedupeStore();
    const spy: DedupeStore = {
      claim(key, id, lease) {
        received.push(key);
        return memory.claim(key, id, lease);
      },
      commit: (key, id, ttl) => memory.commit(key, id, ttl),
      release: (key, id) => memory.release(key, id),
    };
    const long = (id: number) => ({ kind: `T${"x".repeat(100_000)}`, data: { id } });
    const h = make({ dedupe: { key: (p) => `${p.type}:${JSON.stringify(p.raw)}`, store: spy } });
    expect(await (await h(post(long(1)))).json()).toMatchObject({ ok: true });
    expect(await (await h(post(long(2)))).json()).toMatchObject({ ok: true });
    expect(await (await h(post(long(1)))).json()).toEqual({ ok: true, duplicate: true });
    expect(Math.max(...received.map((k) => k.length))).toBeLessThanOrEqual(128);
  });
});
