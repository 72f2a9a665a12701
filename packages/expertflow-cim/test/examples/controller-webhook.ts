/**
 * A controller webhook outside Node-RED: receives the raw controller body (seed 003 "Find Agent" shape), answers
 * once the event is valid, then processes it. Mount `handler` on any fetch runtime, or `toNodeHandler(handler)`.
 */
import { createRouter, createWebhookHandler, headerSecretAuth } from "@contactkit/core";
import { expertflowCim, redact } from "@contactkit/expertflow-cim";

/** What the example records, so a test can observe it. */
export const seen: string[] = [];

export const router = createRouter(expertflowCim)
  .on("FIND_AGENT", (event) => {
    seen.push(`find agent in room ${event.envelope?.roomId ?? "?"}, queue ${event.data.queue?.value ?? "default"}`);
  })
  .on(["AGENT_SLA_EXPIRED", "CUSTOMER_SLA_EXPIRED"], (event) => {
    seen.push(`${event.name}: ${JSON.stringify(redact(event.data.customer))}`);
  })
  .onUnknown((event) => {
    seen.push(`unknown ${event.type}`);
  });

export const handler = createWebhookHandler({
  family: expertflowCim,
  // Expertflow documents no signing for controller calls: put a shared secret on the route you configure.
  auth: headerSecretAuth({ header: "x-controller-secret", secrets: ["change-me"] }),
  process: router,
});
