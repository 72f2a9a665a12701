import { inspect } from "node:util";
import {
  createMluviiApiClient,
  type MluviiApiClientOptions,
  MluviiApiError,
  MluviiApiStatusError,
} from "@contactkit/mluvii-api";
import { Agent } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { credentials, json, startServer, type TestHandler, type TestServer } from "./support/server";

const ISSUED_TOKEN = "eyJhbGciOi.SECRET-TOKEN-VALUE.sig";
const CALLBACK = "https://hookuser:hookP4ss@bot.example.com/mluvii?secret=qs-secret-123";
const FORBIDDEN = [credentials.clientSecret, ISSUED_TOKEN, "hookP4ss", "hookuser:", "qs-secret-123"];

let server: TestServer | undefined;
let agent: Agent | undefined;
afterEach(async () => {
  await agent?.close();
  await server?.close();
  server = undefined;
  agent = undefined;
});

async function setup(api: TestHandler, extra: Partial<MluviiApiClientOptions> = {}) {
  const lines: string[] = [];
  const log = (level: string) => (msg: string, meta?: object) => lines.push(`${level} ${msg} ${JSON.stringify(meta)}`);
  server = await startServer((r, res, i) => {
    if (r.url === "/login/connect/token") {
      // An IdentityServer that echoes what it got would put the secret in its error body.
      if (extra.maxRetries === 0) json(res, 400, { error: "invalid_client", detail: r.body });
      else json(res, 200, { access_token: ISSUED_TOKEN, expires_in: 3600 });
      return;
    }
    return api(r, res, i);
  });
  agent = new Agent();
  const client = createMluviiApiClient({
    origin: server.origin,
    credentials,
    dispatcher: agent,
    retryBaseDelayMs: 1,
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    hooks: { onRequest: (i) => lines.push(JSON.stringify(i)), onRetry: (i) => lines.push(JSON.stringify({ ...i })) },
    ...extra,
  });
  return { client, lines };
}

function expectClean(texts: string[]): void {
  for (const text of texts) for (const secret of FORBIDDEN) expect(text).not.toContain(secret);
}

function shown(error: unknown): string[] {
  const e = error as MluviiApiError;
  const out = [e.message, String(e), inspect(e, { depth: 0 })];
  if (e instanceof MluviiApiStatusError) out.push(e.bodyExcerpt, JSON.stringify(e.headers));
  return out;
}

describe("no secret, token or URL credential in a message or log line", () => {
  it("when the token endpoint echoes the request in its error body", async () => {
    const { client, lines } = await setup(() => {}, { maxRetries: 0 });
    const error = await client.request({ method: "GET", path: "/api/v1/Webhooks", idempotent: true }).catch((e) => e);
    expect(error).toBeInstanceOf(MluviiApiStatusError);
    expect((error as MluviiApiStatusError).bodyExcerpt).toContain("invalid_client");
    expectClean([...shown(error), ...lines]);
  });

  it("when the API echoes the token, the callback URL credentials and the query secret (401, then 400)", async () => {
    const echo: TestHandler = (r, res) =>
      json(res, r.method === "PUT" ? 400 : 401, { auth: r.headers.authorization, body: r.body, url: r.url });
    const { client, lines } = await setup(echo);
    for (const method of ["POST", "PUT"] as const) {
      const error = await client
        .request({
          method,
          path: "/api/v1/Webhooks/1",
          query: { token: ISSUED_TOKEN },
          body: { eventTypes: ["SessionStarted"], callbackUrl: CALLBACK },
          idempotent: true,
        })
        .catch((e) => e);
      expect(error).toBeInstanceOf(MluviiApiStatusError);
      expect((error as MluviiApiStatusError).bodyExcerpt).toContain("[redacted]");
      expectClean([...shown(error), ...lines]);
    }
    expect(lines.length).toBeGreaterThan(4);
  });

  it("when the connection fails and retries are logged", async () => {
    const { client, lines } = await setup((_r, res) => {
      res.socket?.destroy();
    });
    const error = await client
      .request({ method: "GET", path: "/api/v1/Sessions", query: { secret: "qs-secret-123" }, idempotent: true })
      .catch((e) => e);
    expect(error).toBeInstanceOf(MluviiApiError);
    expect(lines.some((l) => l.startsWith("warn mluvii request retried"))).toBe(true);
    expectClean([...shown(error), ...lines]);
  });

  it("when the origin carries credentials (refused without echoing them)", () => {
    let message = "";
    try {
      createMluviiApiClient({ origin: "https://admin:hookP4ss@mluvii.example.com", credentials });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/must not contain credentials/);
    expectClean([message]);
  });
});
