import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ccaiQmEvents } from "@contactkit/ccai-qm-chat";
import { exportSchemas, KNOWN_FAMILIES, type SchemaIndex } from "@contactkit/cli";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "./helpers";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "contactkit-schema-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readJson = async (path: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;

describe("contactkit schema --out", () => {
  it("writes a valid JSON Schema file per event type of every family, and an index", async () => {
    const result = await run(["schema", "--out", dir]);
    expect(result.code).toBe(0);
    const index = (await readJson(join(dir, "index.json"))) as unknown as SchemaIndex;
    expect(index.families.map((f) => `${f.vendor}/${f.family}`)).toEqual([
      "mluvii/webhooks",
      "mluvii/chatbot-callbacks",
      "mluvii/chatbot-requests",
      "ccai-platform/qm-export",
      "expertflow/cim",
    ]);
    let count = 0;
    for (const family of index.families) {
      const known = KNOWN_FAMILIES.find((k) => k.family.family === family.family);
      expect(family.events.map((e) => e.type)).toEqual(known?.family.types);
      for (const event of family.events) {
        expect(event.schema).toBe(`${family.vendor}/${family.family}/${event.type}.schema.json`);
        const schema = await readJson(join(dir, event.schema)); // throws if the file is not valid JSON
        expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
        expect(schema.title).toBe(`${family.vendor} ${family.family} ${event.type}`);
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(result.stdout).toContain(`wrote ${count} schemas`);
    expect(result.stdout).toContain("✓ mluvii webhooks: 49 schemas");
  });

  it("each schema file is the family's own JSON Schema of that type", async () => {
    await exportSchemas(dir);
    const written = await readJson(join(dir, "mluvii/webhooks/SessionCreated.schema.json"));
    const { title, ...rest } = written;
    expect(title).toBe("mluvii webhooks SessionCreated");
    expect(rest).toEqual(mluviiWebhooks.toJSONSchema("SessionCreated"));
    const qm = await readJson(join(dir, "ccai-platform/qm-export/disconnected.schema.json"));
    expect(qm.properties).toEqual(ccaiQmEvents.toJSONSchema("disconnected").properties);
  });

  it("needs --out, and says so", async () => {
    const result = await run(["schema"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("give the directory to write to with --out <dir>");
    const positional = await run(["schema", dir]);
    expect(positional.code).toBe(2);
    expect(positional.stderr).toContain("did you mean --out");
  });

  it("exits 1 with a hint when the directory cannot be written", async () => {
    const file = join(dir, "a-file");
    await import("node:fs/promises").then((fs) => fs.writeFile(file, "x"));
    const result = await run(["schema", "--out", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not write to .*a-file .*check that it is a writable directory/);
  });
});
