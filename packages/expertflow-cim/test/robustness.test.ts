import { ContactkitParseError } from "@contactkit/core";
import { expertflowCim } from "@contactkit/expertflow-cim";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureJson, manifest } from "./fixtures";

type Json = Record<string, unknown>;

/** Every (parent, key) pair of a JSON tree. */
type Slot = [Json | unknown[], string | number];
function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((child, i) => {
      out.push([value, i]);
      slots(child, out);
    });
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      out.push([value as Json, key]);
      slots(child, out);
    }
  }
  return out;
}

describe("bad input", () => {
  it("any JSON value gives a result, never a throw", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = expertflowCim.safeParse(value);
        if (!r.ok) expect(r.error).toBeInstanceOf(ContactkitParseError);
      }),
      { numRuns: 300 },
    );
  });

  it("a fixture with one value replaced fails (if at all) with vendor, event type and a payload path", () => {
    const bases = manifest.fixtures.map((f) => f.file);
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.nat(),
        fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant([]), fc.constant({})),
        (file, pick, replacement) => {
          const payload = fixtureJson(file);
          const all = slots(payload);
          const [parent, key] = all[pick % all.length] as [Json, string];
          parent[key] = replacement;
          const r = expertflowCim.safeParse(payload);
          if (r.ok) return;
          expect(r.error.vendor).toBe("expertflow");
          expect(r.error.family).toBe("cim");
          for (const issue of r.error.issues) expect(issue.path).toMatch(/^\$/);
          if (r.error.kind === "schema") {
            expect(r.error.eventType).toBeTruthy();
            // Paths point into the payload as it arrived: inside `payload` (or `_msgid`) for a Node-RED msg.
            const nodeRed = manifest.fixtures.find((f) => f.file === file)?.envelope === "node-red-msg";
            for (const issue of r.error.issues) {
              if (nodeRed) expect(issue.path).toMatch(/^\$\.(payload|_msgid)\b/);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects bytes that are not UTF-8 and JSON nested too deep", () => {
    const bytes = expertflowCim.safeParse(new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(!bytes.ok && bytes.error.kind).toBe("json");
    const deep = `${"[".repeat(500)}${"]".repeat(500)}`;
    const r = expertflowCim.safeParse(deep);
    expect(!r.ok && r.error.kind).toBe("depth");
  });
});
