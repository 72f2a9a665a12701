import { toNodeHandler } from "@contactkit/core/adapters/node";
import Fastify, { type FastifyInstance } from "fastify";
import { createExampleHandler, isMain } from "./handler";

/**
 * mluvii webhooks on fastify: JSON bodies are kept as raw Buffers (parseAs: "buffer"), and the route hands the
 * raw request, with that Buffer as its body, to the node adapter.
 */
export async function startFastify(port = 8080, log?: (line: string) => void): Promise<FastifyInstance> {
  const app = Fastify();
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) => done(null, body));
  const mluvii = toNodeHandler(createExampleHandler(log));
  app.route({
    method: ["GET", "POST"],
    url: "/mluvii",
    handler: async (request, reply) => {
      reply.hijack();
      await mluvii(Object.assign(request.raw, { body: request.body }), reply.raw);
    },
  });
  await app.listen({ port, host: "127.0.0.1" });
  return app;
}

if (isMain(import.meta.url)) await startFastify().then(() => console.log("listening on http://127.0.0.1:8080/mluvii"));
