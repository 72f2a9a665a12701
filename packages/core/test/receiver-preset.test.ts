import { afterEach, describe, expect, it, vi } from "vitest";
import {
  bearerAuth,
  createReceiverPreset,
  formatBasicAuthorization,
  isWebhookAuth,
  noAuth,
  type ReceiverPresetOptions,
  type WebhookHandler,
} from "../src";
import { created, type ShopEventMap, shop } from "./support";

interface ShopReceiverOptions extends ReceiverPresetOptions<ShopEventMap, { readonly token: string }> {
  /** An option of the preset's own, which core never sees. */
  readonly secretUrl?: string;
}

const createShopHandler = createReceiverPreset<ShopEventMap, ShopReceiverOptions>({
  family: shop,
  auth: (options) => {
    if (isWebhookAuth(options.auth)) return options.auth;
    const token = options.auth?.token ?? options.secretUrl;
    if (token === undefined) throw new TypeError("give auth or secretUrl");
    return bearerAuth({ tokens: [token] });
  },
  ownOptions: ["secretUrl"],
  defaults: { allowGet: true, requireJsonContentType: false },
  dedupeKey: (parsed) => (parsed.known ? `${parsed.type}:${JSON.stringify(parsed.raw)}` : undefined),
});

const handlers: WebhookHandler[] = [];
const make = (options: ShopReceiverOptions) => {
  const handler = createShopHandler(options);
  handlers.push(handler);
  return handler;
};
afterEach(() => {
  for (const handler of handlers.splice(0)) handler.close();
});
const post = (token: string) =>
  new Request("https://hooks.example/shop", {
    method: "POST",
    body: JSON.stringify(created),
    headers: { authorization: `Bearer ${token}` },
  });

describe("createReceiverPreset", () => {
  it("resolves the vendor's auth shape, and applies vendor defaults the user did not override", async () => {
    const handler = make({ auth: { token: "t0k" } });
    expect((await handler(new Request("https://hooks.example/shop"))).status).toBe(200);
    expect((await handler(post("t0k"))).status).toBe(200); // no JSON content type needed
    expect((await handler(post("nope"))).status).toBe(401);
    const strict = make({ auth: { token: "t0k" }, allowGet: false });
    expect((await strict(new Request("https://hooks.example/shop"))).status).toBe(405);
  });

  it("accepts any core WebhookAuth and the preset's own options", async () => {
    expect((await make({ auth: noAuth(), logger: {} })(post("x"))).status).toBe(200);
    expect((await make({ secretUrl: "s" })(post("s"))).status).toBe(200);
    expect(() => make({})).toThrow("give auth or secretUrl");
  });

  it("dedupes by the preset's key unless turned off, and lets the user's options through", async () => {
    const process = vi.fn();
    const deduped = make({ auth: { token: "t" }, process, ack: "after-handlers" });
    await deduped(post("t"));
    await deduped(post("t"));
    expect(process).toHaveBeenCalledTimes(1);
    const every = make({ auth: { token: "t" }, process, ack: "after-handlers", dedupe: false });
    await every(post("t"));
    await every(post("t"));
    expect(process).toHaveBeenCalledTimes(3);
  });

  it("requires dedupe.key when the preset knows none", () => {
    const keyless = createReceiverPreset<ShopEventMap, ReceiverPresetOptions<ShopEventMap>>({
      family: shop,
      auth: () => noAuth(),
    });
    expect(() => keyless({ dedupe: {} })).toThrow("give dedupe.key");
    const handler = keyless({ dedupe: { key: () => "k" }, logger: {} });
    handlers.push(handler);
    expect(typeof handler).toBe("function");
  });

  it("tells a core WebhookAuth from a vendor's auth shape", () => {
    expect(isWebhookAuth(bearerAuth({ tokens: ["t"] }))).toBe(true);
    expect(isWebhookAuth({ token: "t" })).toBe(false);
    expect(isWebhookAuth(formatBasicAuthorization({ username: "u", password: "p" }))).toBe(false);
  });
});
