/** The receiver fuzz (core's harness) against the mluvii webhook receiver, through the node adapter on loopback. */
import { createRouter } from "@contactkit/core";
import { createMluviiWebhookHandler, mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { expect, it } from "vitest";
import { fuzzLine, runReceiverFuzz } from "../../core/test/receiver-fuzz-harness";
import { fixtures } from "./support/fixtures";

const PASSWORD = "Fz-basic-S3cret-9q2w";
const QUERY_TOKEN = "Fz-query-T0ken-4r5t";

it("10,000 hostile requests: no crash, no unbounded wait, no secret or payload value in an answer or a log line", async () => {
  const lines: string[] = [];
  const errors: unknown[] = [];
  const log = (level: string) => (message: string, meta?: object) =>
    lines.push(`${level} ${message} ${JSON.stringify(meta)}`);
  const bodyLimit = 256 * 1024;
  const bodyTimeoutMs = 300;
  const handler = createMluviiWebhookHandler({
    credentials: [{ username: "mluvii", password: PASSWORD }],
    queryTokens: [QUERY_TOKEN],
    bodyLimit,
    bodyTimeoutMs,
    process: createRouter(mluviiWebhooks).onUnknown(() => {}),
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    onInvalid: (error) => lines.push(`invalid ${error.message}`),
    onError: (error) => errors.push(error),
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
      bodyLimit,
      bodyTimeoutMs,
    },
    { requests: 10_000 },
  );
  console.log(`mluvii-webhooks, seed ${figures.seed}, statuses ${JSON.stringify(figures.statuses)}`);
  console.log(fuzzLine(figures));
  expect(figures.examples).toEqual([]);
  expect(figures.requests).toBeGreaterThanOrEqual(10_000);
  expect([figures.crashes, figures.unboundedWaits, figures.secretsLeaked]).toEqual([0, 0, 0]);
}, 300_000);
