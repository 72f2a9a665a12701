/**
 * A service that receives Conversation Manager's controller calls itself: authenticated (Expertflow documents no
 * signature, so a shared-secret header), validated, acknowledged, then routed by CIM event name.
 */
import { createServer, type Server } from "node:http";
import { createRouter, createWebhookHandler, headerSecretAuth } from "@contactkit/core";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { expertflowCim } from "@contactkit/expertflow-cim";

export function createControllerWebhook(secret: string, log: (line: string) => void = console.log) {
  const router = createRouter(expertflowCim)
    .on("FIND_AGENT", (e) =>
      log(`FIND_AGENT in conversation ${e.conversationId}, queue ${e.data?.queue?.value ?? "default"}`),
    )
    .on("TASK_ENQUEUED", (e) => log(`TASK_ENQUEUED: task ${e.data?.task?.id} in ${e.data?.queue?.name}`))
    .onUnknown((e) => log(`unknown CIM event ${e.type}`));
  return createWebhookHandler({
    family: expertflowCim,
    auth: headerSecretAuth({ header: "x-controller-secret", secrets: [secret] }),
    process: router,
  });
}

export function startControllerWebhook(port: number, secret: string, log?: (line: string) => void): Promise<Server> {
  const server = createServer(toNodeHandler(createControllerWebhook(secret, log)));
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1]?.endsWith("controller-webhook.ts")) {
  const secret = process.env.CONTROLLER_SECRET ?? "change-me";
  await startControllerWebhook(3000, secret).then(() => console.log("listening on http://127.0.0.1:3000"));
}
