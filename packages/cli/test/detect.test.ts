import { readFileSync } from "node:fs";
import { detectFamily, inspectPayload, KNOWN_FAMILIES, type KnownFamily, splitPayloads } from "@contactkit/cli";
import { defineEventFamily } from "@contactkit/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fixture } from "./helpers";

describe("detectFamily", () => {
  it("tells a guest Text callback from bot requests by what each family knows and validates", () => {
    expect(detectFamily({ sessionId: 1, activity: "Text", text: "Hello world" })).toMatchObject({
      ok: true,
      family: "chatbot-callbacks",
      type: "Text",
    });
    expect(detectFamily({ sessionId: 1, activity: "Typing", show: true })).toMatchObject({
      ok: true,
      family: "chatbot-requests",
      type: "Typing",
      known: true,
    });
  });

  it("validates outbound chatbot requests strictly, as the SDK does before sending", () => {
    const result = detectFamily({ sessionId: 1, activity: "Typing", show: true, extra: 1 });
    expect(result).toMatchObject({ ok: false, family: "chatbot-requests", type: "Typing", known: true });
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it("reads the PascalCase Activity key of mluvii's Ping (as mluvii's Czech docs and sample bots send it)", () => {
    expect(detectFamily({ Activity: "Ping" })).toMatchObject({ ok: true, family: "chatbot-callbacks", type: "Ping" });
  });

  it("recognises a CCAI QM {type, item} envelope and an Expertflow Node-RED msg", () => {
    const item = JSON.parse(readFileSync(fixture("ccai-qm-chat", "08-chat-resumed.json"), "utf8"));
    expect(detectFamily({ type: "ChatState", item })).toMatchObject({
      ok: true,
      vendor: "ccai-platform",
      type: "resumed",
    });
    const msg = JSON.parse(readFileSync(fixture("expertflow-cim", "docs-init-node/task-enqueued.json"), "utf8"));
    const detection = detectFamily(msg);
    expect(detection).toMatchObject({ ok: true, vendor: "expertflow", type: "TASK_ENQUEUED" });
    expect(detection.warnings.map((w) => w.code)).toContain("intent_mismatch"); // the Init node page's Task Enqueued example
  });

  it("an array, a number or an object without a discriminator is undetectable", () => {
    for (const value of [[{ eventType: "SessionCreated" }], 42, null, { hello: "world" }]) {
      expect(detectFamily(value)).toMatchObject({ ok: false, vendor: null, family: null, type: null, known: false });
    }
  });

  it("claims an unknown Expertflow name only for CIM-looking payloads", () => {
    expect(detectFamily({ name: "Alice" })).toMatchObject({ ok: false, family: null });
    const future = {
      id: "1",
      name: "AGENT_TELEPORTED",
      type: "NOTIFICATION",
      eventEmitter: { id: "x", type: "SYSTEM" },
    };
    expect(detectFamily(future)).toMatchObject({
      ok: true,
      vendor: "expertflow",
      type: "AGENT_TELEPORTED",
      known: false,
    });
  });

  it("keeps going when a family's discriminator throws, and honours the order given", () => {
    const throwing: KnownFamily = {
      family: defineEventFamily<{ A: { kind: "A" } }>({
        vendor: "acme",
        family: "broken",
        discriminator: () => {
          throw new Error("bug");
        },
        schemas: { A: z.object({ kind: z.literal("A") }) },
      }) as KnownFamily["family"],
      description: "broken",
      alwaysStrict: false,
    };
    const acme: KnownFamily = {
      family: defineEventFamily<{ A: { kind: "A" } }>({
        vendor: "acme",
        family: "kinds",
        discriminator: "kind",
        schemas: { A: z.object({ kind: z.literal("A") }) },
      }) as KnownFamily["family"],
      description: "kinds",
      alwaysStrict: false,
    };
    expect(detectFamily({ kind: "A" }, { families: [throwing, acme] })).toMatchObject({ ok: true, family: "kinds" });
    expect(detectFamily({ kind: "B" }, { families: [throwing, acme] })).toMatchObject({ ok: true, known: false });
    expect(detectFamily({ kind: "B" }, { families: [throwing, acme], strict: true })).toMatchObject({ ok: false });
  });

  it("lists every family in order of specificity", () => {
    expect(KNOWN_FAMILIES.map((k) => `${k.family.vendor}/${k.family.family}`)).toEqual([
      "mluvii/webhooks",
      "mluvii/chatbot-callbacks",
      "mluvii/chatbot-requests",
      "ccai-platform/qm-export",
      "expertflow/cim",
    ]);
  });
});

describe("splitPayloads and inspectPayload", () => {
  it("a pretty-printed document is one payload; NDJSON is one per non-empty line", () => {
    expect(splitPayloads('{\n  "a": 1\n}\n')).toMatchObject([{ ok: true, line: undefined, value: { a: 1 } }]);
    expect(splitPayloads('{"a":1}\n\n{"b":2}\r\n')).toMatchObject([
      { ok: true, line: 1, value: { a: 1 } },
      { ok: true, line: 3, value: { b: 2 } },
    ]);
  });

  it("drops a BOM, and keeps the exact text of each record", () => {
    const [payload] = splitPayloads('\uFEFF{"a": 1}');
    expect(payload).toMatchObject({ ok: true, text: '{"a": 1}' });
  });

  it("format json never splits; format ndjson always does", () => {
    expect(splitPayloads('{"a":1}\n{"b":2}', "json")).toMatchObject([{ ok: false, line: undefined }]);
    expect(splitPayloads('{"a":1}', "ndjson")).toMatchObject([{ ok: true, line: 1 }]);
  });

  it("text whose first line is not JSON on its own is one invalid document, with a position", () => {
    const [payload] = splitPayloads('{\n  "a": 1,\n}\n');
    expect(payload?.ok).toBe(false);
    expect(payload && !payload.ok && payload.message).toMatch(/at line 3, column 1$/);
  });

  it("inspectPayload returns one result per payload with its line", () => {
    const results = inspectPayload('{"eventType":"SessionCreated"}\n{"activity":"Ping"}');
    expect(results.map((r) => [r.line, r.family, r.type, r.ok])).toEqual([
      [1, "webhooks", "SessionCreated", false],
      [2, "chatbot-callbacks", "Ping", true],
    ]);
  });
});
