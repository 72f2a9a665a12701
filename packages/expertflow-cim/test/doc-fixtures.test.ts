import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { expertflowCim } from "@contactkit/expertflow-cim";
import { describe, expect, it } from "vitest";
import { extract } from "../scripts/extract-fixtures.mjs";
import { fixtureDir, fixtureJson, fixtureText, manifest } from "./fixtures";

describe("Init node page fixtures (extracted by scripts/extract-fixtures.mjs)", () => {
  it("are exactly the files the manifest lists, each with the recorded hash", () => {
    const files = readdirSync(fixtureDir).filter((f) => f !== "manifest.json");
    expect(files.sort()).toEqual(manifest.fixtures.map((f) => f.file).sort());
    for (const f of manifest.fixtures) {
      const text = fixtureText(f.file);
      expect(createHash("sha256").update(text, "utf8").digest("hex"), f.file).toBe(f.sha256);
      expect(Buffer.byteLength(text, "utf8")).toBe(f.bytes);
    }
  });

  it("cover every node of the page's table: 10 payloads and the 5 documented-without-payload nodes", () => {
    expect(manifest.fixtures).toHaveLength(10);
    // These nodes have no payload on the page; their data is typed from the object model instead.
    expect(manifest.withoutPayload.map((n) => n.expected)).toEqual([
      "CHANNEL_SESSION_EXPIRED",
      "CONVERSATION_PAUSED",
      "CONVERSATION_RESUMED",
      "NO_RESPONSE_ENTITY",
      "TASK_STATE_CHANGED",
    ]);
    for (const n of manifest.withoutPayload) expect(expertflowCim.types).toContain(n.expected);
  });

  for (const f of manifest.fixtures) {
    describe(f.heading, () => {
      it(`parses to ${f.expected}, tolerant and strict`, () => {
        const text = fixtureText(f.file);
        const r = expertflowCim.safeParse(text);
        if (!r.ok) throw new Error(r.error.report());
        expect(r.known).toBe(true);
        expect(r.type).toBe(f.expected);
        expect(r.raw).toEqual(JSON.parse(text));
        const strict = expertflowCim.safeParse(text, { strict: true });
        if (!strict.ok) throw new Error(strict.error.report());
        expect(strict.type).toBe(f.expected);
      });

      it("exposes the envelope and its intent beside the typed event", () => {
        const r = expertflowCim.parse(fixtureJson(f.file));
        if (!r.known) throw new Error("expected a known event");
        const event = r.event as { name: string; envelope?: { kind: string; intent: string } };
        expect(event.name).toBe(f.expected);
        expect(event.envelope?.kind).toBe(f.envelope);
        expect(event.envelope?.intent).toBe(f.intent);
      });

      it("gives the same event from text, bytes and a parsed value", () => {
        const text = fixtureText(f.file);
        const fromText = expertflowCim.parse(text);
        const fromBytes = expertflowCim.parse(new TextEncoder().encode(text));
        const fromValue = expertflowCim.parse(JSON.parse(text));
        expect(fromBytes.event).toEqual(fromText.event);
        expect(fromValue.event).toEqual(fromText.event);
      });

      if (f.envelope === "node-red-msg") {
        it("parses msg.payload (the function-node input) as a controller body to the same event", () => {
          const msg = fixtureJson(f.file);
          const r = expertflowCim.parse(msg.payload);
          expect(r.type).toBe(f.expected);
          const event = r.event as { envelope?: { kind: string; msgid?: string } };
          expect(event.envelope?.kind).toBe("controller-body");
          expect(event.envelope?.msgid).toBeUndefined();
        });
      }

      if (f.cimEventName !== null) {
        it("parses the bare cimEvent to the same event, without envelope", () => {
          const msg = fixtureJson(f.file) as { payload?: { entities: { cimEvent: unknown } } } & {
            entities?: { cimEvent: unknown };
          };
          const cimEvent = (msg.payload ?? msg).entities?.cimEvent;
          const r = expertflowCim.parse(cimEvent);
          expect(r.type).toBe(f.cimEventName);
          expect(r.event).not.toHaveProperty("envelope");
          expect(r.warnings).toEqual([]);
        });
      }
    });
  }
});

describe("extract()", () => {
  const table = [
    "Node | Description | Input Payload |",
    "---|",
    "Alpha Beta | First. | Payload",
    "CODE",
    "msg = {",
    '"a": 1',
    "}",
    "|",
    "Gamma | Nothing here. | |",
    "Delta | Two lines",
    "of text",
    "CODE",
    "[1,",
    "2]",
    "|",
    "",
  ].join("\n");

  it("cuts rows at CODE … | lines, strips the JS prefix and records it", () => {
    const { fixtures, withoutPayload } = extract(table);
    expect(fixtures.map((f) => [f.heading, f.expected, f.file, f.jsPrefix, f.text])).toEqual([
      ["Alpha Beta", "ALPHA_BETA", "alpha-beta.json", "msg = ", '{\n"a": 1\n}\n'],
      ["Delta", "DELTA", "delta.json", null, "[1,\n2]\n"],
    ]);
    expect(fixtures[0]?.seedLines).toEqual([5, 7]);
    expect(withoutPayload).toEqual([{ heading: "Gamma", expected: "GAMMA", seedLine: 9 }]);
  });

  it("refuses an unclosed payload and a payload that is not JSON", () => {
    expect(() => extract(table.replace(/\n\|\nGamma/, "\nGamma"))).toThrow(/not JSON|not closed/);
    expect(() => extract(table.replace('"a": 1', '"a": 1,'))).toThrow(/Alpha Beta.*not JSON/);
  });
});
