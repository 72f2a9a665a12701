import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { describe, expect, it } from "vitest";

const schemas = mluviiWebhooks.toJSONSchemas();

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  const?: unknown;
  anyOf?: JsonSchema[];
};

describe("JSON Schema export", () => {
  it("matches the committed snapshot (consumers in other languages read this file)", async () => {
    await expect(`${JSON.stringify(schemas, null, 2)}\n`).toMatchFileSnapshot(
      "./__snapshots__/mluvii-webhooks.schema.json",
    );
  });

  it("has one schema per event type, each pinning its eventType", () => {
    expect(Object.keys(schemas).sort()).toEqual([...mluviiWebhooks.types].sort());
    for (const [type, schema] of Object.entries(schemas) as [string, JsonSchema][]) {
      expect(schema.properties?.eventType?.const).toBe(type);
      expect(schema.required).toEqual(["eventType", "data"]);
    }
  });

  it("marks the generic activity payload's 26 keys required and nullable ones nullable", () => {
    const data = (schemas.SessionActivityChatMessage as JsonSchema).properties?.data as JsonSchema;
    expect(data.required).toHaveLength(26);
    expect(data.properties?.type?.const).toBe("ChatMessage");
    expect(JSON.stringify(data.properties?.text)).toContain('"null"');
  });

  it("keeps SessionEnded.started nullable and ended not", () => {
    const data = (schemas.SessionEnded as JsonSchema).properties?.data as JsonSchema;
    expect(JSON.stringify(data.properties?.started)).toContain('"null"');
    expect(JSON.stringify(data.properties?.ended)).not.toContain('"null"');
  });
});
