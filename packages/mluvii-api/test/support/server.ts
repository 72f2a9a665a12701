import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the server received it, complete. */
export interface Receipt {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type TestHandler = (receipt: Receipt, res: ServerResponse, index: number) => void | Promise<void>;

export interface TestServer {
  origin: string;
  port: number;
  /** Every request whose body was fully received, in arrival order. */
  receipts: Receipt[];
  /** Receipts for one path. */
  at(path: string): Receipt[];
  close(): Promise<void>;
}

/** Sends JSON with a status. */
export function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(body);
}

/** A real node:http server on 127.0.0.1 with an ephemeral port (or the given one). */
export async function startServer(handler: TestHandler, port = 0): Promise<TestServer> {
  const receipts: Receipt[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const receipt = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      receipts.push(receipt);
      Promise.resolve(handler(receipt, res, receipts.length - 1)).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    receipts,
    at: (path) => receipts.filter((r) => r.url.split("?")[0] === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A mluvii-like handler: token endpoint issuing `t1`, `t2`, … and an API route. */
export function mluviiLike(
  api: TestHandler,
  token: { expiresIn?: number; delayMs?: number } = {},
): { handler: TestHandler; issued: () => number } {
  let issued = 0;
  const handler: TestHandler = async (receipt, res, index) => {
    if (receipt.url === "/login/connect/token") {
      issued++;
      const accessToken = `t${issued}`;
      if (token.delayMs) await new Promise((r) => setTimeout(r, token.delayMs));
      const body: Record<string, unknown> = { access_token: accessToken, token_type: "Bearer" };
      if (token.expiresIn !== undefined) body.expires_in = token.expiresIn;
      json(res, 200, body);
      return;
    }
    await api(receipt, res, index);
  };
  return { handler, issued: () => issued };
}

export const credentials = { clientId: "bot-key", clientSecret: "s3cr3t-P4ssw0rd!" };
