import { expertflowCim } from "@contactkit/expertflow-cim";
import { describe, expect, it } from "vitest";

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  const?: unknown;
  anyOf?: Schema[];
  since?: string;
};

/** The non-null branch of a nullable field's schema (`anyOf: [T, {type: "null"}]`), or the schema itself. */
function nonNull(schema: Schema | undefined): Schema {
  if (!schema) throw new Error("no schema");
  const branch = schema.anyOf?.find((s) => s.type !== "null");
  return branch ?? schema;
}

describe("JSON Schema export", () => {
  const all = expertflowCim.toJSONSchemas() as Record<string, Schema>;

  it("exports one draft 2020-12 schema per known event", () => {
    expect(Object.keys(all).sort()).toEqual([...expertflowCim.types].sort());
    for (const schema of Object.values(all))
      expect(schema).toHaveProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
  });

  it("describes the cimEvent: name pinned, fields nullable as the vendor's model allows, channelSession optional", () => {
    const schema = all.TASK_ENQUEUED as Schema;
    expect(schema.properties?.name).toMatchObject({ const: "TASK_ENQUEUED" });
    expect(schema.required).toEqual(expect.arrayContaining(["id", "name", "timestamp", "eventEmitter", "data"]));
    expect(schema.required).not.toContain("channelSession");
    const data = nonNull(schema.properties?.data);
    expect(data.required).toEqual(["task", "queue"]);
    const task = nonNull(data.properties?.task);
    expect(task.required ?? []).toEqual([]); // schemas/v1/task.json requires none of the task's fields
    expect(nonNull(task.properties?.state).required).toEqual(["name"]);
  });

  it("records the object-model release that added a field as `since`", () => {
    const session = nonNull((all.CHANNEL_SESSION_STARTED as Schema).properties?.data);
    const channel = nonNull(session.properties?.channel);
    expect(channel.properties?.calendarId).toMatchObject({ since: "object-model 1.21.9" });
    expect(nonNull(channel.properties?.channelConfig).properties?.customerSla).toMatchObject({
      since: "object-model 1.19.0",
    });
  });

  it("leaves data open (any value, null included) for names without documented data", () => {
    const schema = all.CONVERSATION_PAUSED as Schema;
    expect(schema.properties?.data).toEqual({ anyOf: [{}, { type: "null" }] });
  });

  it("is JSON (serialisable) for every event", () => {
    for (const [name, schema] of Object.entries(all)) expect(() => JSON.stringify(schema), name).not.toThrow();
    expect(JSON.stringify(all).length).toBeGreaterThan(10_000);
  });
});
