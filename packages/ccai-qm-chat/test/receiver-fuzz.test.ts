/** The receiver fuzz (core's harness) against the CCAI Platform QM receiver, through the node adapter on loopback. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createCcaiQmHandler } from "@contactkit/ccai-qm-chat";
import { expect, it } from "vitest";
import { fuzzLine, runReceiverFuzz } from "../../core/test/receiver-fuzz-harness";

const TOKEN = "Fz-bearer-T0ken-8u7y";

/** Every JSON example in fixtures/ and samples/ that parses (the one with the documented missing comma is kept too). */
function validBodies(): string[] {
  const bodies: string[] = [];
  for (const folder of ["fixtures", "samples"]) {
    const dir = join(import.meta.dirname, folder);
    for (const file of readdirSync(dir)) {
      if (file.endsWith(".json") && file !== "manifest.json") bodies.push(readFileSync(join(dir, file), "utf8"));
    }
  }
  return bodies;
}

it("10,000 hostile requests: no crash, no unbounded wait, no secret or payload value in an answer or a log line", async () => {
  const lines: string[] = [];
  const errors: unknown[] = [];
  const log = (level: string) => (message: string, meta?: object) =>
    lines.push(`${level} ${message} ${JSON.stringify(meta)}`);
  const bodyLimit = 256 * 1024;
  const bodyTimeoutMs = 300;
  const handler = createCcaiQmHandler({
    auth: { kind: "bearer", tokens: [TOKEN] },
    bodyLimit,
    bodyTimeoutMs,
    dedupe: { key: (parsed) => `${parsed.type}:${JSON.stringify(parsed.raw).length}` },
    process: () => {},
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    onInvalid: (error) => lines.push(`invalid ${error.message}`),
    onError: (error) => errors.push(error),
  });
  const figures = await runReceiverFuzz(
    {
      name: "ccai-qm-chat",
      handler,
      lines,
      errors,
      path: "/ccai/qm",
      auth: { headers: { authorization: `Bearer ${TOKEN}` }, query: "" },
      secrets: [TOKEN],
      validBodies: validBodies(),
      bodyLimit,
      bodyTimeoutMs,
    },
    { requests: 10_000 },
  );
  console.log(`ccai-qm-chat, seed ${figures.seed}, statuses ${JSON.stringify(figures.statuses)}`);
  console.log(fuzzLine(figures));
  expect(figures.examples).toEqual([]);
  expect(figures.requests).toBeGreaterThanOrEqual(10_000);
  expect([figures.crashes, figures.unboundedWaits, figures.secretsLeaked]).toEqual([0, 0, 0]);
}, 300_000);
