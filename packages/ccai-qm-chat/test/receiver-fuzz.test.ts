/** The receiver fuzz (core's harness) against the CCAI Platform QM receiver, through the node adapter on loopback. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createCcaiQmHandler } from "@contactkit/ccai-qm-chat";
import { it } from "vitest";
import { expectCleanFuzz, FUZZ_LIMITS, fuzzRecorder, runReceiverFuzz } from "../../core/test/receiver-fuzz-harness";

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
  const { lines, errors, hooks } = fuzzRecorder();
  const handler = createCcaiQmHandler({
    auth: { kind: "bearer", tokens: [TOKEN] },
    ...FUZZ_LIMITS,
    dedupe: { key: (parsed) => `${parsed.type}:${JSON.stringify(parsed.raw).length}` },
    process: () => {},
    ...hooks,
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
      ...FUZZ_LIMITS,
    },
    { requests: 10_000 },
  );
  expectCleanFuzz("ccai-qm-chat", figures, 10_000);
}, 300_000);
