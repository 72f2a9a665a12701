import type { Server } from "node:http";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import express from "express";
import { createExampleHandler, isMain } from "./handler";

/**
 * mluvii webhooks on express. The contactkit route is mounted before `express.json()`, which the rest of the app
 * may use: the receiver must see the raw bytes (`express.raw({ type: "application/json" })` works too).
 */
export function startExpress(port = 8080, log?: (line: string) => void): Promise<Server> {
  const app = express();
  const mluvii = toNodeHandler(createExampleHandler(log));
  app.all("/mluvii", (req, res) => void mluvii(req, res));
  app.use(express.json());
  app.post("/other", (req, res) => res.json({ youSent: req.body }));
  return new Promise((resolve) => {
    const server = app.listen(port, "127.0.0.1", () => resolve(server));
  });
}

if (isMain(import.meta.url)) await startExpress().then(() => console.log("listening on http://127.0.0.1:8080/mluvii"));
