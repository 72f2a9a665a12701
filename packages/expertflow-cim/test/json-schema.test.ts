import { expertflowCim } from "@contactkit/expertflow-cim";
import { describe, expect, it } from "vitest";

type Schema = { type?: string; properties?: Record<string, Schema>; required?: string[]; const?: unknown };

describe("JSON Schema export", () => {
  const all = expertflowCim.toJSONSchemas() as Record<string, Schema>;

  it("exports one draft 2020-12 schema per known event", () => {
    expect(Object.keys(all).sort()).toEqual([...expertflowCim.types].sort());
    for (const schema of Object.values(all))
      expect(schema).toHaveProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
  });

  it("describes the cimEvent: name pinned, data typed where documented, channelSession optional", () => {
    const schema = all.TASK_ENQUEUED as Schema;
    expect(schema.properties?.name).toMatchObject({ const: "TASK_ENQUEUED" });
    expect(schema.required).toEqual(expect.arrayContaining(["id", "name", "timestamp", "eventEmitter", "data"]));
    expect(schema.required).not.toContain("channelSession");
    expect(schema.properties?.data?.required).toEqual(["task", "queue"]);
    const task = schema.properties?.data?.properties?.task as Schema;
    expect(task.required).toEqual(expect.arrayContaining(["id", "state", "activeMedia"]));
  });

  it("leaves data open for names without documented data", () => {
    const schema = all.CONVERSATION_PAUSED as Schema;
    expect(schema.properties?.data).toEqual({});
  });

  it("is JSON (serialisable) for every event", () => {
    for (const [name, schema] of Object.entries(all)) expect(() => JSON.stringify(schema), name).not.toThrow();
    expect(JSON.stringify(all).length).toBeGreaterThan(10_000);
  });
});
