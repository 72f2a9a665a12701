/**
 * A stand-in for mluvii on loopback, for end-to-end tests: the OAuth2 token endpoint, the chatbot activity
 * endpoint, and mluvii's side of the callback — it POSTs guest events and each `…Response` to the bot's
 * callback URL, after answering the activity's own POST (as the real service does, asynchronously).
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ACTIVITY_TRAITS } from "@contactkit/mluvii-chatbot";
import { sampleResponse } from "./samples";

export interface LoopbackMluviiOptions {
  /** Where mluvii POSTs activities for the bot (the chatbot's callback URL). */
  callbackUrl: string;
  /** Token the token endpoint issues and the activity endpoint requires. */
  token?: string;
  /** Return "reset" to destroy the connection after reading the activity (the request did reach the server). */
  fault?: (activity: Record<string, unknown>, attempt: number) => "reset" | undefined;
}

export interface LoopbackMluvii {
  readonly origin: string;
  /** The bot's callback URL this stand-in POSTs to. */
  readonly callbackUrl: string;
  /** Every activity body received, in order (including ones answered with a reset). */
  readonly activities: Record<string, unknown>[];
  /** How many token requests were made. */
  readonly tokenRequests: number;
  /** POSTs an activity to the bot's callback URL as mluvii would; resolves with the HTTP status. */
  callBot(activity: unknown): Promise<number>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startLoopbackMluvii(options: LoopbackMluviiOptions): Promise<LoopbackMluvii> {
  const token = options.token ?? "loopback-token";
  const activities: Record<string, unknown>[] = [];
  const attempts = new Map<string, number>();
  let tokenRequests = 0;
  const pending = new Set<Promise<unknown>>();

  const callBot = async (activity: unknown): Promise<number> => {
    const response = await fetch(options.callbackUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    return response.status;
  };

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.method === "POST" && req.url === "/login/connect/token") {
      tokenRequests++;
      const form = new URLSearchParams(body);
      const valid = form.get("grant_type") === "client_credentials" && form.get("client_secret") === "secret";
      res.writeHead(valid ? 200 : 400, { "content-type": "application/json" });
      res.end(
        JSON.stringify(
          valid ? { access_token: token, expires_in: 3600, token_type: "Bearer" } : { error: "invalid_client" },
        ),
      );
      return;
    }
    if (req.method === "POST" && /^\/api\/v1\/Chatbot\/\d+\/activity$/.test(req.url ?? "")) {
      if (req.headers.authorization !== `Bearer ${token}`) {
        res.writeHead(401).end();
        return;
      }
      const activity = JSON.parse(body) as Record<string, unknown>;
      activities.push(activity);
      const name = String(activity.activity ?? activity.type);
      const attempt = (attempts.get(name) ?? 0) + 1;
      attempts.set(name, attempt);
      if (options.fault?.(activity, attempt) === "reset") {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { "content-type": "application/json", "x-request-id": `mluvii-${activities.length}` });
      res.end();
      const response = ACTIVITY_TRAITS[name as keyof typeof ACTIVITY_TRAITS]?.response;
      if (response) {
        // The answer travels separately, to the callback URL, after the POST was answered.
        const delivery = callBot(sampleResponse(response, Number(activity.sessionId)));
        pending.add(delivery);
        delivery.catch(() => {}).finally(() => pending.delete(delivery));
      }
      return;
    }
    res.writeHead(404).end();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    callbackUrl: options.callbackUrl,
    activities,
    get tokenRequests() {
      return tokenRequests;
    },
    callBot,
    async close() {
      await Promise.allSettled([...pending]);
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
