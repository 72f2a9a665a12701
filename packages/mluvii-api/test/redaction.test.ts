/**
 * Redaction of what a failed request shows (error messages, `bodyExcerpt`, logs): every token the request used —
 * not only the one current when its response arrived — and every secret in each encoding a server may echo it in.
 */
import { createMluviiApiClient, MluviiApiStatusError } from "@contactkit/mluvii-api";
import fc from "fast-check";
import { Agent } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { redact } from "../src/redact";
import { json, startServer, type TestServer } from "./support/server";

let server: TestServer | undefined;
let agent: Agent | undefined;
afterEach(async () => {
  await agent?.close();
  await server?.close();
  server = undefined;
  agent = undefined;
});

const TOKENS = ["eyJ.first-token-AAAA.sig", "eyJ.second-token-BBBB.sig"];
const SECRET = 's3cr+t/w=th "quote" & a space';

/** System.Text.Json's default encoder escapes HTML-sensitive characters such as `+`, `&` and `'` as \uXXXX. */
const dotnetEscaped = (text: string) =>
  JSON.stringify(text)
    .slice(1, -1)
    .replace(/[+&'<>`]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);

describe("redaction", () => {
  it("redacts the token a request was sent with, even after the token was rotated", async () => {
    let issued = 0;
    let releaseSlow!: () => void;
    const slowMayAnswer = new Promise<void>((r) => {
      releaseSlow = r;
    });
    server = await startServer(async (r, res) => {
      if (r.url === "/login/connect/token") return json(res, 200, { access_token: TOKENS[issued++], expires_in: 3600 });
      if (r.url === "/api/v1/slow") {
        await slowMayAnswer;
        return json(res, 400, { error: "bad request", youSent: r.headers.authorization });
      }
      // The first token was revoked: the refusal makes the client rotate to the second.
      if (r.headers.authorization === `Bearer ${TOKENS[0]}`) return json(res, 401, { error: "revoked" });
      releaseSlow();
      return json(res, 200, { ok: true });
    });
    agent = new Agent();
    const client = createMluviiApiClient({
      origin: server.origin,
      credentials: { clientId: "bot", clientSecret: SECRET },
      dispatcher: agent,
      maxRetries: 0,
    });
    const slow = client.request({ method: "GET", path: "/api/v1/slow", idempotent: true }).catch((e: unknown) => e);
    // wait until the slow request is on its way with the first token
    for (let i = 0; i < 500 && server.at("/api/v1/slow").length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await client.request({ method: "GET", path: "/api/v1/rotate", idempotent: true });
    const error = (await slow) as MluviiApiStatusError;
    expect(error).toBeInstanceOf(MluviiApiStatusError);
    expect(error.bodyExcerpt).toContain("bad request");
    expect(error.bodyExcerpt).not.toContain("first-token");
  });

  it("redacts secrets JSON-escaped, \\u-escaped, URL- and form-encoded, and URL credentials behind escaped slashes", async () => {
    const echoes = [
      `{"raw":${JSON.stringify(SECRET)}}`,
      `{"dotnet":"${dotnetEscaped(SECRET)}"}`,
      `{"url":"${encodeURIComponent(SECRET)}"}`,
      `form=${new URLSearchParams({ x: SECRET }).toString().slice(2)}`,
      `{"nested":${JSON.stringify(JSON.stringify({ s: SECRET }))}}`,
      `{"token":"${TOKENS[0]}","auth":"Bearer ${TOKENS[0]}"}`,
      '{"callbackUrl":"https:\\/\\/hookuser:hookP4ss@bot.example.com\\/mluvii"}',
      '{"callbackUrl":"https%3A%2F%2Fhookuser%3AhookP4ss%40bot.example.com%2Fmluvii"}',
      '{"password":"correct horse battery staple","other":"kept"}',
      "password=correct+horse+battery+staple&other=kept",
      '{"detail":"{\\"client_secret\\":\\"correct horse battery staple\\"}"}',
    ];
    let issued = 0;
    server = await startServer((r, res) => {
      if (r.url === "/login/connect/token")
        return json(res, 200, { access_token: TOKENS[issued++ % 2], expires_in: 3600 });
      const index = Number(new URL(r.url, "http://x").searchParams.get("i"));
      res.writeHead(400, { "content-type": "application/json" });
      res.end(echoes[index]);
    });
    agent = new Agent();
    const client = createMluviiApiClient({
      origin: server.origin,
      credentials: { clientId: "bot", clientSecret: SECRET },
      dispatcher: agent,
      maxRetries: 0,
    });
    for (let i = 0; i < echoes.length; i++) {
      const error = (await client
        .request({ method: "GET", path: "/api/v1/echo", query: { i: String(i) }, idempotent: true })
        .catch((e: unknown) => e)) as MluviiApiStatusError;
      expect(error).toBeInstanceOf(MluviiApiStatusError);
      const shown = error.bodyExcerpt;
      expect(shown, echoes[i]).toContain("[redacted]");
      for (const fragment of ["s3cr", "quote", "first-token", "hookP4ss", "hookuser", "horse", "battery", "staple"]) {
        expect(shown, echoes[i]).not.toContain(fragment);
      }
      if (echoes[i]?.includes("kept")) expect(shown).toContain("kept");
    }
  });
});

describe("redact (property)", () => {
  const encodings: [string, (s: string) => string][] = [
    ["literal", (s) => s],
    ["JSON", (s) => JSON.stringify(s).slice(1, -1)],
    ["JSON in JSON", (s) => JSON.stringify(JSON.stringify(s).slice(1, -1)).slice(1, -1)],
    [".NET", dotnetEscaped],
    [
      "\\u everything",
      (s) =>
        [...s].map((c) => [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")).join(""),
    ],
    ["URL", encodeURIComponent],
    ["form", (s) => new URLSearchParams({ x: s }).toString().slice(2)],
  ];
  it("no encoding of a secret survives, and the text around it does", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 4, maxLength: 40, unit: "binary" }),
        fc.constantFrom(...encodings),
        fc.string({ maxLength: 20, unit: fc.constantFrom(..."ab yz.,;!") }),
        (secret, [, encode], around) => {
          const encoded = encode(secret);
          const shown = redact(`${around}<${encoded}>${around}`, [secret]);
          expect(shown).toContain(`<[redacted]>`);
          expect(shown.startsWith(around)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
