import { type CcaiQmEventMap, ccaiQmEvents } from "@contactkit/ccai-qm-chat";
import {
  editAt,
  type FieldSite,
  type FieldVariant,
  fieldSites,
  fieldVariants,
  minimalOf,
} from "@contactkit/core/testing";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { fixture, fixtureJson, manifest, sampleText } from "./helpers";
import * as vendor from "./vendor-model";

// The schemas against the vendor's model (test/vendor-model.ts): generated from the page's own examples, so every
// field the pages show is exercised, not a hand-picked few.

type Json = Record<string, unknown>;
type EventType = keyof CcaiQmEventMap;

/** One real payload: the item, its event type, and the envelope type when the page shows it wrapped. */
interface Case {
  readonly name: string;
  readonly type: EventType;
  readonly item: Json;
  readonly envelope?: string;
}

const chatCases: Case[] = manifest.map((entry) => {
  const item = fixtureJson(entry);
  return { name: entry.repairedFile ?? entry.file, type: item.state as EventType, item };
});
const sampleCase = (file: string): Case => {
  const { type, item } = JSON.parse(sampleText(file)) as { type: EventType; item: Json };
  return { name: file, type, item, envelope: type };
};
/**
 * Every chat field present at once: the "Chat ended" example with the fields the page documents but shows in no
 * example (values shaped as the field table describes them) and a virtual agent beside the human one.
 */
const everyChatField: Json = {
  ...fixture("12"),
  queue_uuid: "0b1a4c9e-7d5f-4f3a-9c1e-2b6d8e0f4a71",
  tenant: "acme",
  event_id: "evt-127",
  timestamp: 1724803619,
  participants: [
    ...(fixture("12").participants as Json[]).map((p) => ({ ...p, participant_id: 5 })),
    { state: "disconnected", type: "virtual_agent", media_id: "MB0", dn: "virtual_agent_2", participant_id: "2" },
  ],
};
/** `transferred` is in the state table but in no example; the transfer example carries it instead. */
const transferred: Case = {
  name: "15 as transferred",
  type: "transferred",
  item: { ...fixture("15"), state: "transferred" },
};

const cases: Case[] = [
  ...chatCases,
  transferred,
  { name: "every chat field", type: "disconnected", item: everyChatField },
  sampleCase("agent-login.json"),
  sampleCase("agent-logout.json"),
  sampleCase("call-projected.json"),
];

const parse = (c: Case, item: unknown) => ccaiQmEvents.parse(c.envelope ? { type: c.envelope, item } : item);
const schemaOf = (c: Case) => ccaiQmEvents.schemas[c.type];

/** The vendor object a field site belongs to, by where it sits in the item. */
function vendorFieldAt(c: Case, item: Json, site: FieldSite): vendor.VendorField | undefined {
  const [head, index, key] = site.path as [string, number | undefined, string | undefined];
  if (c.type === "AgentState") return vendor.agentStateItem.fields[head];
  if (c.type === "CallState") {
    return site.path.length === 1 ? vendor.callStateItem.fields[head] : vendor.callParticipant.fields[key ?? ""];
  }
  if (site.path.length === 1) return vendor.chatItem.fields[head];
  const participant = (item.participants as Json[])[index ?? -1];
  const name = key ?? "";
  return (
    vendor.chatParticipant.fields[name] ??
    (participant?.type === "agent" ? vendor.agentParticipantExtras.fields[name] : undefined)
  );
}

/** The payload with only the fields the vendor's model requires, at every depth. */
function vendorMinimal(c: Case): Json {
  const keep = (value: Json, object: vendor.VendorObject): Json =>
    Object.fromEntries(vendor.requiredOf(object).flatMap((k) => (k in value ? [[k, value[k]]] : [])));
  if (c.type === "AgentState") return keep(c.item, vendor.agentStateItem);
  if (c.type === "CallState") return keep(c.item, vendor.callStateItem);
  const item = keep(c.item, vendor.chatItem);
  item.participants = (c.item.participants as Json[]).map((p) => keep(p, vendor.chatParticipant));
  return item;
}

let minimalCases = 0;
let propertyCases = 0;
afterAll(() => {
  console.log(`ccai-qm-chat: minimal cases ${minimalCases}, property cases ${propertyCases}`);
});

describe("the vendor model follows the pages", () => {
  const objects = {
    chatItem: vendor.chatItem,
    chatParticipant: vendor.chatParticipant,
    agentParticipantExtras: vendor.agentParticipantExtras,
    agentStateItem: vendor.agentStateItem,
    callStateItem: vendor.callStateItem,
    callParticipant: vendor.callParticipant,
  };

  it.each(Object.entries(objects))("%s: every entry follows the field-truth rule", (_name, object) => {
    for (const [field, v] of Object.entries(object.fields)) {
      expect.soft(v.required ? v.presence : "every", `${field} required only if in every example`).toBe("every");
      expect.soft(v.nullable, `${field} nullable`).toBe(v.documentedNull === true || !v.required);
      expect.soft(v.source, field).toMatch(/^https:\/\/cloud\.google\.com\/contact-center\/ccai-platform\/docs\//);
    }
  });

  /** How many of `objects` (the objects the page shows) carry each key, against the model's `presence`. */
  function expectPresence(model: vendor.VendorObject, shown: Json[]): void {
    expect(shown.length).toBeGreaterThan(0);
    for (const [field, v] of Object.entries(model.fields)) {
      const count = shown.filter((o) => field in o).length;
      const presence = count === shown.length ? "every" : count === 0 ? "none" : "some";
      expect.soft(presence, field).toBe(v.presence);
    }
    const modelled = new Set(Object.keys(model.fields));
    expect(shown.flatMap(Object.keys).filter((k) => !modelled.has(k) && k !== "type")).toEqual([]);
  }

  it("presence of every chat and participant field matches the 15 examples of the chat page", () => {
    const items = chatCases.map((c) => c.item);
    expectPresence(vendor.chatItem, items);
    const participants = items.flatMap((i) => i.participants as Json[]);
    const common = participants.map((p) =>
      Object.fromEntries(Object.entries(p).filter(([k]) => !(k in vendor.agentParticipantExtras.fields))),
    );
    expectPresence(vendor.chatParticipant, common);
    const agentOnly = participants
      .filter((p) => p.type === "agent")
      .map((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k in vendor.agentParticipantExtras.fields)));
    expectPresence(vendor.agentParticipantExtras, agentOnly);
    expect(participants.filter((p) => p.type !== "agent" && "name" in p)).toEqual([]);
  });

  it("presence of every agent and call field matches the call page's examples", () => {
    expectPresence(vendor.agentStateItem, [sampleCase("agent-login.json").item, sampleCase("agent-logout.json").item]);
    const callItem = sampleCase("call-projected.json").item;
    expectPresence(vendor.callStateItem, [callItem]);
    expectPresence(vendor.callParticipant, callItem.Participants as Json[]);
  });
});

describe("the schemas match the vendor model", () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: each field's requiredness and nullability are the model's",
    (_name, c) => {
      const sites = fieldSites(schemaOf(c), c.item);
      expect(sites.length).toBeGreaterThan(0);
      for (const site of sites) {
        const v = vendorFieldAt(c, c.item, site);
        expect(v, `${site.jsonPath} is in the vendor model`).toBeDefined();
        if (!v) continue;
        expect.soft(site.optional, `${site.jsonPath} optional`).toBe(!v.required);
        expect.soft(site.nullable, `${site.jsonPath} nullable`).toBe(v.nullable);
      }
    },
  );

  it("every field of the model is checked somewhere above", () => {
    const checked = new Set<vendor.VendorField>();
    for (const c of cases) {
      for (const site of fieldSites(schemaOf(c), c.item)) {
        const v = vendorFieldAt(c, c.item, site);
        if (v) checked.add(v);
      }
    }
    const all = [
      vendor.chatItem,
      vendor.chatParticipant,
      vendor.agentParticipantExtras,
      vendor.agentStateItem,
      vendor.callStateItem,
      vendor.callParticipant,
    ].flatMap((o) => Object.values(o.fields));
    expect(all.filter((v) => !checked.has(v)).map((v) => v.source)).toEqual([]);
  });
});

describe("minimal payloads (only the fields the vendor requires)", () => {
  it("cover every event type", () => {
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(ccaiQmEvents.types));
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: the vendor-minimal payload parses to the same type", (_n, c) => {
    const minimal = vendorMinimal(c);
    const r = ccaiQmEvents.safeParse(c.envelope ? { type: c.envelope, item: minimal } : minimal);
    expect(r.ok && r.type).toBe(c.type);
    // …and it is exactly what the schema itself considers the smallest payload of this shape.
    expect(minimalOf(schemaOf(c), c.item)).toEqual(minimal);
    minimalCases++;
  });
});

/** A variant's expected event: the original's event with the same edit. */
const expectedEvent = (c: Case, variant: FieldVariant) =>
  editAt(parse(c, c.item).event, variant.site.path, variant.kind);

describe("optional and nullable fields (property over the pages' examples)", () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: removing any optional field or nulling any nullable one parses to the same event, edited",
    (_n, c) => {
      const variants = [...fieldVariants(schemaOf(c), c.item)];
      const modelled = fieldSites(schemaOf(c), c.item).filter((site) => {
        const v = vendorFieldAt(c, c.item, site);
        return v && !v.required;
      });
      expect(variants.length).toBeGreaterThanOrEqual(modelled.length); // every optional field yields a variant
      for (const variant of variants) {
        const r = ccaiQmEvents.safeParse(c.envelope ? { type: c.envelope, item: variant.value } : variant.value);
        expect(r.ok && r.known && r.type, `${variant.kind} ${variant.site.jsonPath}`).toBe(c.type);
        if (r.ok) expect(r.event).toEqual(expectedEvent(c, variant));
        propertyCases++;
      }
    },
  );

  it("any combination of those edits parses too (generated)", () => {
    const withVariants = cases
      .map((c) => ({ c, variants: [...fieldVariants(schemaOf(c), c.item)] }))
      .filter(({ variants }) => variants.length >= 2);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: withVariants.length - 1 }).chain((i) => {
          const { c, variants } = withVariants[i] as (typeof withVariants)[number];
          return fc.tuple(fc.constant(c), fc.subarray(variants, { minLength: 2 }));
        }),
        ([c, chosen]) => {
          // Deepest first, and one edit per field: a nulled or removed parent then never hides a child's edit.
          const edits = [...new Map(chosen.map((v) => [v.site.jsonPath, v])).values()].sort(
            (a, b) => b.site.path.length - a.site.path.length,
          );
          let input: unknown = c.item;
          let expected: unknown = parse(c, c.item).event;
          for (const { site, kind } of edits) {
            input = editAt(input, site.path, kind);
            expected = editAt(expected, site.path, kind);
          }
          const r = ccaiQmEvents.safeParse(c.envelope ? { type: c.envelope, item: input } : input);
          expect(r.ok && r.type).toBe(c.type);
          if (r.ok) expect(r.event).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("unknown keys", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s: pass in default mode, fail in strict mode", (_n, c) => {
    const item = { ...c.item, added_by_a_later_release: { nested: true } };
    const wrap = (value: unknown) => (c.envelope ? { type: c.envelope, item: value } : value);
    expect(ccaiQmEvents.safeParse(wrap(item)).ok).toBe(true);
    const strict = ccaiQmEvents.safeParse(wrap(item), { strict: true });
    expect(strict.ok).toBe(false);
  });
});
