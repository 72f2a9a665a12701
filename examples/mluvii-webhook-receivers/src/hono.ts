import { Hono } from "hono";
import { createExampleHandler, isMain } from "./handler";

/** mluvii webhooks in Hono (or any fetch runtime: Next.js route handlers, Bun, Deno, workers): no adapter needed. */
export function createHonoApp(log?: (line: string) => void): Hono {
  const handler = createExampleHandler(log);
  const app = new Hono();
  app.on(["GET", "POST"], "/mluvii", (c) => handler(c.req.raw));
  return app;
}

if (isMain(import.meta.url)) {
  const { createServer } = await import("node:http");
  const { toNodeHandler } = await import("@contactkit/core/adapters/node");
  const app = createHonoApp();
  // Hono's fetch on node's http without extra packages: core's adapter streams the body, so contactkit still
  // authenticates before reading it (collecting the body first would read it all before authentication).
  createServer(toNodeHandler(async (request) => app.fetch(request))).listen(8080, "127.0.0.1", () =>
    console.log("listening on http://127.0.0.1:8080/mluvii"),
  );
}
