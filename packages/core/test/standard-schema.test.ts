import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ContactkitParseError, defineEventFamily, deriveEventFamily, type EventFamily, toJsonPath } from "../src";
import { jsonPathSegments } from "../src/errors";
import { created, shop } from "./support";

/**
 * A Standard Schema consumer as a library that accepts any Standard Schema would write it, knowing nothing of
 * contactkit (https://standardschema.dev): the spec's interface, typed structurally here.
 */
interface AnyStandardSchema {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => unknown;
  };
}
interface Issue {
  readonly message: string;
  readonly path?: readonly PropertyKey[];
}
type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly Issue[] };
function validateWith(schema: AnyStandardSchema, value: unknown): Outcome {
  const result = schema["~standard"].validate(value);
  if (result instanceof Promise) throw new Error("expected a synchronous Standard Schema");
  const { issues, value: output } = result as { readonly issues?: readonly Issue[]; readonly value?: unknown };
  return issues ? { ok: false, issues } : { ok: true, value: output };
}

/** A family whose schema has open maps, so paths carry keys the payload chose (long, odd, numeric-looking). */
interface TagsEventMap {
  Tagged: { type: "Tagged"; tags: Record<string, number>; items: { id: number }[] };
}
const tagged = defineEventFamily<TagsEventMap>({
  vendor: "acme",
  family: "tags",
  discriminator: "type",
  schemas: {
    Tagged: z.object({
      type: z.literal("Tagged"),
      tags: z.record(z.string(), z.number()),
      items: z.array(z.object({ id: z.number() })),
    }),
  },
});

describe("event families implement Standard Schema v1", () => {
  it("describe themselves as contactkit, version 1, with one frozen ~standard per family", () => {
    const standard = shop["~standard"];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe("contactkit");
    expect(shop["~standard"]).toBe(standard);
    expect(Object.isFrozen(standard)).toBe(true);
  });

  it("accept a valid event with the ParsedEvent that parse returns, synchronously", () => {
    const outcome = validateWith(shop, created);
    expect(outcome).toEqual({ ok: true, value: shop.parse(created) });
    const result = shop["~standard"].validate(created);
    expect(result).not.toBeInstanceOf(Promise);
    // The same input forms as parse: JSON text and bytes too.
    expect(validateWith(shop, JSON.stringify(created))).toEqual(outcome);
    expect(validateWith(shop, new TextEncoder().encode(JSON.stringify(created)))).toEqual(outcome);
  });

  it("keep an unknown event type a value, as parse does", () => {
    const outcome = validateWith(shop, { kind: "OrderShipped", data: {} });
    expect(outcome).toMatchObject({ ok: true, value: { ok: true, known: false, type: "OrderShipped" } });
  });

  it("report issues with message and path segments, [] at the root", () => {
    const bad = { ...created, data: { ...created.data, id: "42", tags: [1] } };
    expect(validateWith(shop, bad)).toEqual({
      ok: false,
      issues: [
        { message: "Invalid input: expected number, received string", path: ["data", "id"] },
        { message: "Invalid input: expected string, received number", path: ["data", "tags", 0] },
      ],
    });
    expect(validateWith(shop, { data: {} })).toEqual({
      ok: false,
      issues: [{ message: expect.stringContaining("naming the event type"), path: [] }],
    });
    expect(validateWith(shop, "{not json")).toMatchObject({ ok: false, issues: [{ path: [] }] });
  });

  it("give each issue the segments its JSON path names, for any payload keys", () => {
    const key = fc.oneof(fc.string(), fc.string({ minLength: 60, maxLength: 90 }), fc.constantFrom("0", "a.b", "$"));
    const payload = fc.record({
      type: fc.constant("Tagged"),
      tags: fc.dictionary(key, fc.oneof(fc.integer(), fc.string())),
      items: fc.array(fc.record({ id: fc.oneof(fc.integer(), fc.constant(null)) }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(payload, (value) => {
        const parsed = tagged.safeParse(value);
        const outcome = validateWith(tagged, value);
        expect(outcome.ok).toBe(parsed.ok);
        if (parsed.ok || outcome.ok) return;
        expect(outcome.issues.map((i) => i.message)).toEqual(parsed.error.issues.map((i) => i.message));
        for (const [n, issue] of parsed.error.issues.entries()) {
          expect(outcome.issues[n]?.path).toEqual(jsonPathSegments(issue.path));
          expect(issue.pathSegments).toEqual(outcome.issues[n]?.path);
          const segments = issue.pathSegments ?? [];
          // A key the path had to cut comes back cut (ending in "…"); every other key exactly.
          if (segments.every((s) => typeof s === "number" || s.length <= 64))
            expect(toJsonPath(segments)).toBe(issue.path);
        }
      }),
    );
  });

  it("read the path where relocatePath moved it, never the segments of the old place", () => {
    const wrapped = defineEventFamily<TagsEventMap>({
      vendor: "acme",
      family: "wrapped",
      discriminator: "type",
      schemas: tagged.schemas,
      prepare: (raw) => (raw as { item?: unknown }).item ?? raw,
      relocatePath: (path, raw) => ((raw as { item?: unknown }).item ? path.replace(/^\$/, "$.item") : path),
    });
    const outcome = validateWith(wrapped, { item: { type: "Tagged", tags: {}, items: [{ id: "1" }] } });
    expect(outcome).toMatchObject({ ok: false, issues: [{ path: ["item", "items", 0, "id"] }] });
    const bare = validateWith(wrapped, { type: "Tagged", tags: {}, items: [{ id: "1" }] });
    expect(bare).toMatchObject({ ok: false, issues: [{ path: ["items", 0, "id"] }] });
  });

  it("leave the path out when a relocated path is not a JSON path", () => {
    for (const elsewhere of ["somewhere else", "$.items[x]", '$["\\x"]', '$["a\nb"]', "$.items.", "$["]) {
      const odd = defineEventFamily<TagsEventMap>({
        vendor: "acme",
        family: "odd",
        discriminator: "type",
        schemas: tagged.schemas,
        relocatePath: () => elsewhere,
      });
      const payload = { type: "Tagged", tags: {}, items: [{ id: "1" }] };
      expect(validateWith(odd, payload)).toEqual({ ok: false, issues: [{ message: expect.any(String) }] });
      const failed = odd.safeParse(payload);
      expect(failed.ok || failed.error.report()).toContain("(received nothing)");
    }
  });

  it("take strict and maxDepth from libraryOptions", () => {
    const extra = { ...created, surprise: true };
    expect(shop["~standard"].validate(extra).issues).toBeUndefined();
    const strict = shop["~standard"].validate(extra, { libraryOptions: { strict: true } });
    expect(strict.issues).toEqual([{ message: expect.stringContaining("surprise"), path: [] }]);
    const deep = shop["~standard"].validate(created, { libraryOptions: { maxDepth: 2 } });
    expect(deep.issues?.length).toBe(1);
    expect(shop["~standard"].validate(extra, { libraryOptions: { strict: "yes" } }).issues).toBeUndefined();
  });

  it("agree with safeParse on generated input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.constant(created), fc.json()), (value) => {
        const parsed = shop.safeParse(value);
        const outcome = validateWith(shop, value);
        if (parsed.ok) expect(outcome).toEqual({ ok: true, value: parsed });
        else expect(outcome.ok).toBe(false);
      }),
    );
  });

  it("follow a derived family's own safeParse (and parse does too)", () => {
    const tooMany = new ContactkitParseError({
      vendor: "acme",
      family: "tags",
      kind: "schema",
      issues: [{ path: "$.items", code: "too_many", message: "at most 2 items" }],
    });
    const derived: EventFamily<TagsEventMap> = deriveEventFamily(tagged, {
      safeParse(input, options) {
        const r = tagged.safeParse(input, options);
        return r.ok && r.known && r.event.items.length > 2 ? { ok: false, error: tooMany, raw: r.raw } : r;
      },
    });
    const many = { type: "Tagged", tags: {}, items: [{ id: 1 }, { id: 2 }, { id: 3 }] };
    expect(validateWith(tagged, many).ok).toBe(true);
    expect(validateWith(derived, many)).toEqual({
      ok: false,
      issues: [{ message: "at most 2 items", path: ["items"] }],
    });
    expect(() => derived.parse(many)).toThrow(tooMany);
    expect(derived.parse({ ...many, items: [] }).type).toBe("Tagged");
    expect(derived.is(many, "Tagged")).toBe(true);
    expect(derived.types).toEqual(["Tagged"]);
  });

  it("keep each event schema's own Standard Schema (zod's), whose output is the event", () => {
    const schema = shop.schemas.OrderCreated;
    expect(schema["~standard"].vendor).toBe("zod");
    expect(validateWith(schema, created)).toEqual({ ok: true, value: shop.parse(created).event });
    expect(validateWith(schema, { ...created, kind: "OrderCancelled" }).ok).toBe(false);
  });
});
