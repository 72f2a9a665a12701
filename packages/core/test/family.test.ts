import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ContactkitParseError, defineEventFamily } from "../src";
import { created, type ShopEventMap, shop } from "./support";

describe("defineEventFamily safeParse", () => {
  it("parses a known event from text, bytes, ArrayBuffer and a value, keeping the raw payload", () => {
    const text = JSON.stringify(created);
    const bytes = new TextEncoder().encode(text);
    for (const input of [text, bytes, Buffer.from(text), bytes.buffer, created]) {
      const r = shop.safeParse(input);
      expect(r.ok && r.known && r.type).toBe("OrderCreated");
      if (!r.ok || !r.known || r.type !== "OrderCreated") continue;
      expect(r.event.data.id).toBe(42);
      expect(r.raw).toEqual(created);
    }
  });

  it("turns an unknown event type into an unknown event carrying the raw payload, not an error", () => {
    const raw = { kind: "OrderShipped", data: { id: 1 } };
    const r = shop.safeParse(raw);
    expect(r).toMatchObject({ ok: true, known: false, type: "OrderShipped" });
    if (r.ok && !r.known)
      expect(r.event).toEqual({ kind: "unknown", vendor: "acme", family: "shop", type: "OrderShipped", raw });
  });

  it("is tolerant by default: unknown keys and unknown enum values pass; the typed view drops unknown keys", () => {
    const raw = { ...created, extra: true, data: { ...created.data, channel: "carrier-pigeon", more: 1 } };
    const r = shop.safeParse(raw);
    expect(r.ok && r.known).toBe(true);
    if (r.ok && r.known && r.type === "OrderCreated") {
      expect(r.event.data.channel).toBe("carrier-pigeon");
      expect(r.event).not.toHaveProperty("extra");
      expect(r.raw).toHaveProperty("extra", true);
    }
  });

  it("strict mode rejects unknown types, unknown keys and unknown enum values, with JSON paths", () => {
    const unknownType = shop.safeParse({ kind: "OrderShipped" }, { strict: true });
    expect(!unknownType.ok && unknownType.error.kind).toBe("unknown_type");

    const extraKey = shop.safeParse({ ...created, data: { ...created.data, more: 1 } }, { strict: true });
    expect(!extraKey.ok && extraKey.error.issues.map((i) => [i.path, i.code])).toEqual([
      ["$.data", "unrecognized_keys"],
    ]);

    const enumValue = shop.safeParse({ ...created, data: { ...created.data, channel: "fax" } }, { strict: true });
    expect(!enumValue.ok && enumValue.error.issues[0]?.path).toBe("$.data.channel");

    expect(shop.safeParse(created, { strict: true }).ok).toBe(true);
  });

  it("reports schema errors naming vendor, family, event type and JSON path, without payload values", () => {
    const secret = "Jane Doe +420 777 123 456";
    const r = shop.safeParse({ kind: "OrderCreated", data: { ...created.data, id: secret, tags: [secret, 7] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(ContactkitParseError);
    expect(r.error.message).toContain('acme shop: invalid "OrderCreated" event at $.data.id');
    expect(r.error.issues.map((i) => i.path)).toEqual(["$.data.id", "$.data.tags[1]"]);
    expect(r.error.message).not.toContain(secret);
    expect(JSON.stringify(r.error)).not.toContain(secret);
    expect(r.error.report()).toContain(secret);
  });

  it("fails with a discriminator error when the type cannot be read", () => {
    for (const input of [{}, [], 5, null, { kind: "" }, { kind: 7 }]) {
      const r = shop.safeParse(input);
      expect(!r.ok && r.error.kind).toBe("discriminator");
    }
  });

  it("parse returns the success result and throws the typed error", () => {
    expect(shop.parse(created).type).toBe("OrderCreated");
    expect(() => shop.parse("{")).toThrow(ContactkitParseError);
  });

  it("reads nested discriminators by dotted path and by function, and applies prepare and inspect", () => {
    interface M {
      Ping: { type: "Ping" };
    }
    const ping = z.object({ type: z.literal("Ping") });
    const nested = defineEventFamily<M>({
      vendor: "v",
      family: "f",
      discriminator: "envelope.type",
      schemas: { Ping: z.object({ envelope: ping }).transform((x) => x.envelope) },
    });
    expect(nested.safeParse({ envelope: { type: "Ping" } }).ok).toBe(true);

    const wrapped = defineEventFamily<M>({
      vendor: "v",
      family: "f",
      discriminator: (raw) => (raw as { type?: string }).type,
      prepare: (raw) => (raw as { item?: unknown }).item ?? raw,
      inspect: (raw) => ((raw as { item?: unknown }).item ? [{ code: "wrapped", message: "came wrapped" }] : []),
      schemas: { Ping: ping },
    });
    const relocated = defineEventFamily<{ Ping: { type: "Ping"; n: number } }>({
      vendor: "v",
      family: "f",
      discriminator: "type",
      prepare: (raw) => (raw as { item?: unknown }).item ?? raw,
      relocatePath: (path, raw) => ((raw as { item?: unknown }).item ? path.replace(/^\$/, "$.item") : path),
      schemas: { Ping: z.object({ type: z.literal("Ping"), n: z.number() }) },
    });
    const bad = relocated.safeParse({ item: { type: "Ping", n: "x" } });
    expect(!bad.ok && bad.error.issues[0]?.path).toBe("$.item.n");
    expect(!bad.ok && bad.error.report()).toContain(
      '$.item.n: Invalid input: expected number, received string (received "x")',
    );
    const r = wrapped.safeParse({ item: { type: "Ping" } });
    expect(r.ok && r.warnings).toEqual([{ code: "wrapped", message: "came wrapped" }]);
    expect(r.ok && r.raw).toEqual({ item: { type: "Ping" } });
    expect(wrapped.safeParse({ type: "Ping" })).toMatchObject({ ok: true, warnings: [] });
  });
});

describe("is, typeOf, match, JSON Schema", () => {
  it("guards values by type", () => {
    expect(shop.is(created, "OrderCreated")).toBe(true);
    expect(shop.is(created, "OrderCancelled")).toBe(false);
    expect(shop.is({ kind: "OrderCreated" }, "OrderCreated")).toBe(false);
    expect(shop.typeOf(created)).toBe("OrderCreated");
  });

  it("matches exhaustively, routes unknown events to their branch, and supports a fallback", () => {
    const handlers = {
      OrderCreated: (e: ShopEventMap["OrderCreated"]) => `created ${e.data.id}`,
      OrderCancelled: (e: ShopEventMap["OrderCancelled"]) => `cancelled ${e.data.reason}`,
    };
    expect(shop.match(shop.parse(created), handlers, (u) => `unknown ${u.type}`)).toBe("created 42");
    expect(shop.match(shop.parse({ kind: "X" }), handlers, (u) => `unknown ${u.type}`)).toBe("unknown X");
    const cancelled = shop.parse({ kind: "OrderCancelled", data: { id: 1, reason: "late" } });
    expect(shop.match(cancelled, { OrderCreated: () => "c" }, () => "other")).toBe("other");
  });

  it("exports JSON Schema per type", () => {
    const schemas = shop.toJSONSchemas();
    expect(Object.keys(schemas)).toEqual(["OrderCreated", "OrderCancelled"]);
    expect(schemas.OrderCancelled).toMatchObject({ type: "object", required: ["kind", "data"] });
    expect(() => shop.toJSONSchema("Nope" as "OrderCreated")).toThrow(RangeError);
  });
});

describe("already-parsed inputs with an envelope", () => {
  it("checks only what is validated, so a live object with cycles (a Node-RED msg) parses", () => {
    interface M {
      Ping: { type: "Ping" };
    }
    const family = defineEventFamily<M>({
      vendor: "v",
      family: "f",
      discriminator: "type",
      prepare: (raw) => (raw as { payload?: unknown }).payload,
      schemas: { Ping: z.object({ type: z.literal("Ping") }) },
    });
    const req: Record<string, unknown> = { socket: {} };
    (req.socket as Record<string, unknown>).request = req; // cyclic, like http.IncomingMessage
    const msg = { _msgid: "1", req, res: { req }, payload: { type: "Ping" } };
    const r = family.safeParse(msg);
    expect(r.ok && r.type).toBe("Ping");
    expect(r.ok && r.raw).toBe(msg);
    // Text input is still checked whole, and the prepared part of a value still is.
    const deep = `{"payload":{"type":"Ping"},"x":${"[".repeat(500)}${"]".repeat(500)}}`;
    expect(!family.safeParse(deep).ok).toBe(true);
    const cyclicPayload: Record<string, unknown> = { type: "Ping" };
    cyclicPayload.self = cyclicPayload;
    expect(!family.safeParse({ payload: cyclicPayload }).ok).toBe(true);
  });
});
