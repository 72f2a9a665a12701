// The receiver takes core's `WebhookAuth` under `auth`, like every contactkit receiver; the former `{ kind: … }`
// shape keeps working (deprecated) and means the same thing.
import { type CcaiQmHandlerOptions, createCcaiQmHandler } from "@contactkit/ccai-qm-chat";
import { createTestEnvelope, createTestRequest, type TestRequestAuth } from "@contactkit/ccai-qm-chat/testing";
import { basicAuth, bearerAuth, headerSecretAuth, noAuth } from "@contactkit/core";
import { describe, expect, it, vi } from "vitest";

const credentials = [{ username: "acme", password: "s3cret" }];
type Case = [string, CcaiQmHandlerOptions["auth"], CcaiQmHandlerOptions["auth"], TestRequestAuth, TestRequestAuth];

describe("createCcaiQmHandler auth", () => {
  it.each<Case>([
    [
      "Basic",
      basicAuth({ credentials }),
      { kind: "basic", credentials },
      credentials[0]!,
      { username: "acme", password: "x" },
    ],
    [
      "bearer",
      bearerAuth({ tokens: ["t-1"] }),
      { kind: "bearer", tokens: ["t-1"] },
      { token: "t-1" },
      { token: "t-2" },
    ],
    [
      "header secret",
      headerSecretAuth({ header: "x-qm-secret", secrets: ["abc"] }),
      { kind: "header", header: "x-qm-secret", secrets: ["abc"] },
      { header: "x-qm-secret", secret: "abc" },
      { header: "x-qm-secret", secret: "abd" },
    ],
  ])("%s: core's WebhookAuth and the deprecated shape accept and refuse alike", async (_l, core, old, good, bad) => {
    for (const auth of [core, old]) {
      const handler = createCcaiQmHandler({ auth });
      const event = createTestEnvelope("disconnected");
      expect((await handler(createTestRequest(event, { auth: good }))).status).toBe(200);
      expect((await handler(createTestRequest(event, { auth: bad }))).status).toBe(401);
    }
  });

  it("noAuth(): accepts anyone and says so on the logger, as { kind: 'none' } did", async () => {
    const warn = vi.fn();
    const handler = createCcaiQmHandler({ auth: noAuth(), logger: { warn } });
    expect((await handler(createTestRequest(createTestEnvelope("AgentState")))).status).toBe(200);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("unauthenticated"));
  });
});
