import { createServer, type Server } from "node:http";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createExampleHandler, isMain } from "./handler";

/** mluvii webhooks on plain node `http`. */
export function startNodeHttp(port = 8080, log?: (line: string) => void): Promise<Server> {
  const server = createServer(toNodeHandler(createExampleHandler(log)));
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (isMain(import.meta.url)) await startNodeHttp().then(() => console.log("listening on http://127.0.0.1:8080/mluvii"));
