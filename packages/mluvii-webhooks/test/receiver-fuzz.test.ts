/** The receiver fuzz (core's harness) against the mluvii webhook receiver, through the node adapter on loopback. */
import { createRouter } from "@contactkit/core";
import { createMluviiWebhookHandler, mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { it } from "vitest";
import { expectCleanFuzz, FUZZ_LIMITS, fuzzRecorder, runReceiverFuzz } from "../../core/test/receiver-fuzz-harness";
import { fixtures } from "./support/fixtures";

const PASSWORD = "Fz-basic-S3cret-9q2w";
const QUERY_TOKEN = "Fz-query-T0ken-4r5t";

it("10,000 hostile requests: no crash, no unbounded wait, no secret or payload value in an answer or a log line", async () => {
  const { lines, errors, hooks } = fuzzRecorder();
  const handler = createMluviiWebhookHandler({
    credentials: [{ username: "mluvii", password: PASSWORD }],
    queryTokens: [QUERY_TOKEN],
    ...FUZZ_LIMITS,
    process: createRouter(mluviiWebhooks).onUnknown(() => {}),
    ...hooks,
  });
  const figures = await runReceiverFuzz(
    {
      name: "mluvii-webhooks",
      handler,
      lines,
      errors,
      path: "/mluvii/webhooks",
      auth: { headers: { authorization: `Basic ${Buffer.from(`mluvii:${PASSWORD}`).toString("base64")}` }, query: "" },
      secrets: [PASSWORD, QUERY_TOKEN],
      validBodies: [...fixtures("docs-webhooks"), ...fixtures("model")].map((f) => f.text),
      ...FUZZ_LIMITS,
    },
    { requests: 10_000 },
  );
  expectCleanFuzz("mluvii-webhooks", figures, 10_000);
}, 300_000);
