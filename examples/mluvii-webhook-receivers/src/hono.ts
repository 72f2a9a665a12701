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
  const app = createHonoApp();
  // Hono's fetch on node's http without extra packages: build a Request, write the Response.
  createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const init: RequestInit = { method: req.method ?? "GET", headers: req.headers as Record<string, string> };
    if (chunks.length > 0) init.body = Buffer.concat(chunks);
    const response = await app.fetch(new Request(`http://${req.headers.host}${req.url}`, init));
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  }).listen(8080, "127.0.0.1", () => console.log("listening on http://127.0.0.1:8080/mluvii"));
}
