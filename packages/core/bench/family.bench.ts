/**
 * Dispatch in a 50-type family, measured in one run on a ~3 KB event: JSON.parse alone · family.safeParse(text) ·
 * the matching zod schema alone · a plain z.union of the 50 schemas. Rows marked "hot value" validate one parsed
 * value reused in a loop, which flatters every validator (the value's hidden classes and strings stay hot); the
 * goal figures, on fresh parses of real payloads, are each vendor package's `goal.bench.ts`.
 * Run: pnpm exec tsx --conditions=@contactkit/source packages/core/bench/family.bench.ts   (or `pnpm bench` for every package)
 */
import * as z from "zod";
import { measureAll, printTable } from "../../../scripts/bench-utils";
import { dateTime, decodeJson, defineEventFamily, openEnum, safeInt } from "../src";

const TYPES = 50;
const item = z.object({
  id: safeInt(),
  name: z.string(),
  kind: openEnum(["a", "b", "c"]),
  at: dateTime(),
  amount: z.number(),
  note: z.string().nullable(),
  flags: z.array(z.boolean()),
  owner: z.object({ id: safeInt(), email: z.string() }).nullable(),
});
const schemaFor = (type: string) =>
  z.object({
    eventType: z.literal(type),
    data: z.object({
      id: safeInt(),
      sessionId: safeInt(),
      channel: openEnum(["Chat", "Email", "Phone"]),
      created: dateTime(),
      ended: dateTime().nullable(),
      guest: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
      items: z.array(item),
      tags: z.array(z.string()),
      meta: z.record(z.string(), z.string()),
    }),
  });
type Synthetic = z.output<ReturnType<typeof schemaFor>>;
const names = Array.from({ length: TYPES }, (_, i) => `Event${i}`);
const schemas = Object.fromEntries(names.map((n) => [n, schemaFor(n)])) as Record<string, z.ZodType<Synthetic>>;
const family = defineEventFamily<Record<string, Synthetic>>({
  vendor: "bench",
  family: "synthetic",
  discriminator: "eventType",
  schemas,
});
const union = z.union(Object.values(schemas) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);

const target = names[TYPES - 1] as string;
const event = {
  eventType: target,
  data: {
    id: 123456,
    sessionId: 987654321,
    channel: "Chat",
    created: "2024-05-01T10:00:00.1234567+02:00",
    ended: null,
    guest: { name: "Jana Nováková", email: "jana@example.com", phone: null },
    items: Array.from({ length: 12 }, (_, i) => ({
      id: i,
      name: `item number ${i}`,
      kind: "b",
      at: "2024-05-01T10:00:00.123Z",
      amount: i * 1.5,
      note: i % 2 ? null : "a short note about this item",
      flags: [true, false, true],
      owner: { id: 1000 + i, email: `owner${i}@example.com` },
    })),
    tags: ["vip", "returning", "cz"],
    meta: { source: "web", campaign: "spring", locale: "cs-CZ" },
  },
};
const text = JSON.stringify(event);
const value = JSON.parse(text);
const single = schemas[target] as z.ZodType;
if (!family.safeParse(text).ok || !single.safeParse(value).success || !union.safeParse(value).success) {
  throw new Error("benchmark event does not validate");
}

const rows = measureAll({
  "JSON.parse": () => JSON.parse(text),
  "family.safeParse(text) [parse + validate, 50 types]": () => family.safeParse(text),
  "JSON.parse + zod schema.safeParse (single schema)": () => single.safeParse(JSON.parse(text)),
  "JSON.parse + z.union(50).safeParse": () => union.safeParse(JSON.parse(text)),
  "family.safeParse(value) [hot value]": () => family.safeParse(value),
  "zod schema.safeParse(value) [hot value]": () => single.safeParse(value),
  "decodeJson(value) + zod schema.safeParse(value) [hot value, same safety, no dispatch]": () => {
    const decoded = decodeJson(value);
    return decoded.ok && single.safeParse(decoded.value);
  },
  "decodeJson(value) [hot value, safe-JSON scan only]": () => decodeJson(value),
  "z.union(50).safeParse(value) [hot value]": () => union.safeParse(value),
});
printTable(`core: ${TYPES}-type family, ${text.length}-byte event (node ${process.version})`, rows, "JSON.parse");
const ns = Object.fromEntries(rows.map((r) => [r.name, r.nsPerOp]));
const at = (name: string): number => ns[name] as number;
const jsonParse = at("JSON.parse");
const familyValue = at("family.safeParse(value) [hot value]");
const singleValue = at("zod schema.safeParse(value) [hot value]");
const singleSafe = at("decodeJson(value) + zod schema.safeParse(value) [hot value, same safety, no dispatch]");
const scan = at("decodeJson(value) [hot value, safe-JSON scan only]");
const line = (label: string, value: number, target = "") => console.log(`${label}: ${value.toFixed(3)}${target}`);
console.log("");
line(
  "family.safeParse(text) − JSON.parse, ÷ JSON.parse",
  at("family.safeParse(text) [parse + validate, 50 types]") / jsonParse - 1,
);
line("hot value: zod schema validation ÷ JSON.parse", singleValue / jsonParse);
line("hot value: family validation incl. safe-JSON scan ÷ JSON.parse", familyValue / jsonParse);
line("hot value: safe-JSON walk of a value (depth, __proto__) ÷ JSON.parse", scan / jsonParse);
line("family dispatch ÷ single schema with the same safety", familyValue / singleSafe, " (target ≤ 1.10)");
line("family ÷ bare single schema", familyValue / singleValue);
line("z.union(50) ÷ bare single schema", at("z.union(50).safeParse(value) [hot value]") / singleValue);
line(
  "family.safeParse(text) ÷ JSON.parse + z.union(50)",
  at("family.safeParse(text) [parse + validate, 50 types]") / at("JSON.parse + z.union(50).safeParse"),
);
