// A mluvii webhook receiver from the installed tarballs: answers a Request as a server would, then processes it.
import { basicAuth, createWebhookHandler } from "@contactkit/core";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";

const processed = [];
const handler = createWebhookHandler({
  family: mluviiWebhooks,
  auth: basicAuth({ credentials: [{ username: "mluvii", password: "install-check-secret" }] }),
  requireJsonContentType: false,
  process: (parsed) => processed.push(parsed.type),
});
const body = JSON.stringify({
  eventType: "SessionCreated",
  data: { id: 1, tenantId: 1, channel: "Chat", source: "Default", created: "2024-01-01T00:00:00Z" },
});
const authorization = `Basic ${btoa("mluvii:install-check-secret")}`;
const accepted = await handler(new Request("http://x/hook", { method: "POST", headers: { authorization }, body }));
const refused = await handler(new Request("http://x/hook", { method: "POST", body }));
await handler.drain();
handler.close();
if (accepted.status !== 200 || refused.status !== 401 || processed.join() !== "SessionCreated") {
  throw new Error(`receiver: ${accepted.status} ${refused.status} ${processed.join()}`);
}
console.log("receiver ok: 200 for the event, 401 without credentials, processed SessionCreated");
