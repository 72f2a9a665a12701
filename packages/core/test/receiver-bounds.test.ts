/**
 * The receiver's bounds under hostile or faulty input: every request is answered within its deadlines, whatever
 * the handler or the client does.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { basicAuth, createRouter, createWebhookHandler, type WebhookHandler, type WebhookHandlerOptions } from "../src";
import { created, type ShopEventMap, shop } from "./support";

const URL_ = "https://hooks.example/acme";
const authorization = `Basic ${Buffer.from("mluvii:s3cret").toString("base64")}`;
const auth = basicAuth({ credentials: [{ username: "mluvii", password: "s3cret" }] });
const post = (body: string | ReadableStream<Uint8Array> = JSON.stringify(created)) =>
  new Request(URL_, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", authorization },
    duplex: "half",
  } as RequestInit);
const handlers: WebhookHandler[] = [];
const make = (options: Partial<WebhookHandlerOptions<ShopEventMap>> = {}) => {
  const handler = createWebhookHandler<ShopEventMap>({ family: shop, auth, onError: () => {}, ...options });
  handlers.push(handler);
  return handler;
};
afterEach(() => {
  for (const h of handlers.splice(0)) h.close();
});

/** Fails the test (instead of hanging it) when no answer comes within a generous bound. */
async function answered(response: Promise<Response>, boundMs = 10_000): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${boundMs} ms`)), boundMs);
  });
  try {
    return await Promise.race([response, hang]);
  } finally {
    clearTimeout(timer);
  }
}

const never = () => new Promise<never>(() => {});

describe("ack: after-handlers is bounded like the queued mode", () => {
  it("answers 504 when the handler outlives jobTimeoutMs, and aborts its signal", async () => {
    let aborted: unknown;
    const h = make({
      ack: "after-handlers",
      queue: { jobTimeoutMs: 100 },
      process: (_p, { signal }) => {
        signal.addEventListener("abort", () => {
          aborted = signal.reason;
        });
        return never();
      },
    });
    const response = await answered(h(post()));
    expect(response.status).toBe(504);
    expect(aborted).toBeInstanceOf(Error);
  });

  it("answers 503 beyond the concurrency bound instead of starting another handler", async () => {
    let started = 0;
    const h = make({
      ack: "after-handlers",
      queue: { concurrency: 2, maxPending: 1, jobTimeoutMs: 60_000 },
      process: () => {
        started++;
        return never();
      },
    });
    const held = [h(post()), h(post()), h(post())];
    const fourth = await answered(h(post()));
    expect(fourth.status).toBe(503);
    expect(fourth.headers.get("retry-after")).toBe("1");
    expect(started).toBe(2);
    h.close();
    // closing answers the held requests too: nothing waits for ever
    const statuses = await Promise.all(held.map((r) => answered(r).then((x) => x.status)));
    expect(statuses.every((s) => s >= 500)).toBe(true);
  });

  it("reports a failed handler once and answers 500; the retry is processed", async () => {
    const errors: unknown[] = [];
    let attempts = 0;
    const router = createRouter(shop).on("OrderCreated", () => {
      attempts++;
      if (attempts === 1) throw new Error("database down");
    });
    const h = make({
      ack: "after-handlers",
      process: router,
      dedupe: { key: (p) => p.type },
      onError: (e) => errors.push(e),
    });
    expect((await h(post())).status).toBe(500);
    expect((await h(post())).status).toBe(200);
    expect(attempts).toBe(2);
    expect(errors).toHaveLength(1);
  });
});

describe("one error rule: each processing error is reported exactly once", () => {
  it("a router with its own onError reports there, not again to the receiver", async () => {
    const routerErrors: unknown[] = [];
    const receiverErrors: unknown[] = [];
    const router = createRouter(shop)
      .on("OrderCreated", () => {
        throw new Error("handler bug");
      })
      .onError((e) => {
        routerErrors.push(e);
      });
    const h = make({ process: router, onError: (e) => receiverErrors.push(e) });
    expect((await h(post())).status).toBe(200);
    await h.drain();
    expect(routerErrors).toHaveLength(1);
    expect(receiverErrors).toHaveLength(0);
  });

  it("a router without onError runs every handler and reports what failed to the receiver's onError, once", async () => {
    const receiverErrors: unknown[] = [];
    const router = createRouter(shop)
      .on("OrderCreated", () => {
        throw new Error("first");
      })
      .on("OrderCreated", () => {
        throw new Error("second");
      });
    const h = make({ process: router, onError: (e) => receiverErrors.push(e) });
    expect((await h(post())).status).toBe(200);
    await h.drain();
    expect(receiverErrors).toHaveLength(1);
    expect(receiverErrors[0]).toBeInstanceOf(AggregateError);
    expect((receiverErrors[0] as AggregateError).errors.map(String)).toEqual(["Error: first", "Error: second"]);
  });

  it("a stage that throws (a broken auth or dedupe key) is a 500 with no detail, reported, and the process lives", async () => {
    const errors: unknown[] = [];
    const broken = make({
      auth: {
        scheme: "broken",
        verify: () => {
          throw new Error("auth bug with s3cret inside");
        },
      },
      onError: (e) => errors.push(e),
    });
    const response = await broken(post());
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("s3cret");
    const keyBug = make({
      dedupe: {
        key: () => {
          throw new Error("key bug");
        },
      },
      onError: (e) => errors.push(e),
    });
    expect((await keyBug(post())).status).toBe(500);
    expect(errors).toHaveLength(2);
  });
});

describe("body deadline", () => {
  it("answers 408 when the body does not arrive within bodyTimeoutMs", async () => {
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"kind":'));
      },
    });
    const h = make({ bodyTimeoutMs: 100 });
    const response = await answered(h(post(trickle)));
    expect(response.status).toBe(408);
    expect(response.headers.get("connection")).toBe("close");
  });

  it("has a default deadline of a few seconds", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const h = make();
      const pending = h(post(new ReadableStream<Uint8Array>({})));
      await vi.advanceTimersByTimeAsync(10_000);
      const response = await answered(pending);
      expect(response.status).toBe(408);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("methods", () => {
  it("names the methods it answers, and HEAD follows GET", async () => {
    const h = make({ allowGet: true });
    expect(h.methods).toEqual(["GET", "HEAD", "POST"]);
    expect((await h(new Request(URL_, { method: "HEAD" }))).status).toBe(200);
    const postOnly = make();
    expect(postOnly.methods).toEqual(["POST"]);
    const refused = await postOnly(new Request(URL_, { method: "OPTIONS" }));
    expect(refused.status).toBe(405);
    expect(refused.headers.get("allow")).toBe("POST");
  });
});
