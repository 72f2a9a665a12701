import { readFileSync } from "node:fs";
import { mluviiWebhookSchemas, mluviiWebhooks, inspectMluviiWebhook } from "@contactkit/mluvii-webhooks";
import { decodeJson } from "@contactkit/core";
import { measure, printTable } from "/work/main/scripts/bench-utils";
for (const f of ["seed-000/SessionActivityOnHold.json", "seed-000/SessionStarted.json"]) {
const text = readFileSync(`/work/main/packages/mluvii-webhooks/test/fixtures/${f}`, "utf8");
const value = JSON.parse(text);
const schema = (mluviiWebhookSchemas as any)[value.eventType];
printTable(f, [
  measure("JSON.parse", () => JSON.parse(text)),
  measure("schema.safeParse", () => schema.safeParse(value)),
  measure("decodeJson(value)", () => decodeJson(value, 64)),
  measure("decodeJson(text)", () => decodeJson(text, 64)),
  measure("inspect", () => inspectMluviiWebhook(value)),
  measure("family(value)", () => mluviiWebhooks.safeParse(value)),
], "JSON.parse");
}
