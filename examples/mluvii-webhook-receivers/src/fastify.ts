import { toNodeHandler } from "@contactkit/core/adapters/node";
import Fastify, { type FastifyInstance } from "fastify";
import { createExampleHandler, isMain } from "./handler";

/**
 * mluvii webhooks on fastify. The route lives in its own plugin scope whose only content-type parser leaves the
 * body unread, so contactkit authenticates the request before a byte of the body is read (a fastify parser,
 * `parseAs: "buffer"` included, would read it all first); then the route hands the raw request to the node
 * adapter with `reply.hijack()`. The rest of the app keeps fastify's JSON parser.
 */
export async function startFastify(port = 8080, log?: (line: string) => void): Promise<FastifyInstance> {
  const app = Fastify();
  const mluvii = toNodeHandler(createExampleHandler(log));
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_request, _payload, done) => done(null));
    scope.route({
      method: ["GET", "POST"],
      url: "/mluvii",
      handler: async (request, reply) => {
        reply.hijack();
        await mluvii(request.raw, reply.raw);
      },
    });
  });
  app.post("/other", async (request) => ({ youSent: request.body }));
  await app.listen({ port, host: "127.0.0.1" });
  return app;
}

if (isMain(import.meta.url)) await startFastify().then(() => console.log("listening on http://127.0.0.1:8080/mluvii"));
