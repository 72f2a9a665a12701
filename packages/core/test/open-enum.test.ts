import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import { defineEventFamily, defineOpenEnum, type KnownValueOf, type OpenEnumOf, strictify } from "../src";

const Channel = defineOpenEnum(["Chat", "Email", "Phone"]);
type Channel = OpenEnumOf<typeof Channel>;

describe("defineOpenEnum", () => {
  it("keeps values, schema and type together", () => {
    expect(Channel.values).toEqual(["Chat", "Email", "Phone"]);
    expect(Object.isFrozen(Channel.values)).toBe(true);
    expectTypeOf<Channel>().toEqualTypeOf<"Chat" | "Email" | "Phone" | (string & {})>();
    expectTypeOf<KnownValueOf<typeof Channel>>().toEqualTypeOf<"Chat" | "Email" | "Phone">();
    expectTypeOf(Channel.schema).toEqualTypeOf<z.ZodType<Channel>>();
  });

  it("parses any string tolerantly and only the known values strictly; `is` knows the known ones", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...Channel.values), fc.string()), (value) => {
        const known = (Channel.values as readonly string[]).includes(value);
        expect(Channel.schema.parse(value)).toBe(value);
        expect(strictify(Channel.schema).safeParse(value).success).toBe(known);
        expect(Channel.is(value)).toBe(known);
      }),
    );
    expect(Channel.is(1)).toBe(false);
  });

  it("closes in a family's strict mode like openEnum", () => {
    const family = defineEventFamily<{ Ping: { type: "Ping"; channel: Channel } }>({
      vendor: "acme",
      family: "pings",
      discriminator: "type",
      schemas: { Ping: z.object({ type: z.literal("Ping"), channel: Channel.schema }) },
    });
    expect(family.safeParse({ type: "Ping", channel: "Fax" }).ok).toBe(true);
    expect(family.safeParse({ type: "Ping", channel: "Fax" }, { strict: true }).ok).toBe(false);
    expect(family.safeParse({ type: "Ping", channel: "Chat" }, { strict: true }).ok).toBe(true);
  });
});
