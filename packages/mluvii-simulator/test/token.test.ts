import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMluviiSimulator, type MluviiSimulator } from "../src";
import { postActivity } from "./support/sim";

let sim: MluviiSimulator;
beforeEach(async () => {
  sim = createMluviiSimulator({ tokenLifetimeSeconds: 120 });
  await sim.start();
});
afterEach(() => sim.stop());

const requestToken = (form: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${sim.origin}/login/connect/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });

const documented = () => ({
  response_type: "token",
  grant_type: "client_credentials",
  client_id: sim.credentials.clientId,
  client_secret: sim.credentials.clientSecret,
});

describe("POST /login/connect/token", () => {
  it("issues an expiring bearer token for the documented form (response_type=token, client credentials)", async () => {
    const response = await requestToken(documented());
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ expires_in: 120, token_type: "Bearer" });
    expect(typeof body.access_token).toBe("string");
    const used = await postActivity(
      sim,
      { activity: "Typing", sessionId: 1, show: true },
      { token: body.access_token as string },
    );
    // the token is accepted: the 400 is about the unknown session, not authentication
    expect(used.status).toBe(400);
  });

  it("accepts client credentials in a Basic header too", async () => {
    const basic = Buffer.from(`${sim.credentials.clientId}:${sim.credentials.clientSecret}`).toString("base64");
    const response = await requestToken({ grant_type: "client_credentials" }, { authorization: `Basic ${basic}` });
    expect(response.status).toBe(200);
  });

  it("answers IdentityServer errors: invalid_client, unsupported_grant_type, invalid_request", async () => {
    const wrong = await requestToken({ ...documented(), client_secret: "nope" });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ error: "invalid_client" });
    const grant = await requestToken({ ...documented(), grant_type: "password" });
    expect(await grant.json()).toEqual({ error: "unsupported_grant_type" });
    const json = await fetch(`${sim.origin}/login/connect/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(documented()),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: "invalid_request" });
  });

  it("keeps the secret and the token out of the transcript", async () => {
    await requestToken(documented());
    const [entry] = sim.transcript.filter({ route: "token" });
    expect(entry?.requestBody).toMatchObject({ client_secret: "[redacted]", client_id: sim.credentials.clientId });
    expect(entry?.responseBody).toMatchObject({ access_token: "[redacted]" });
    expect(JSON.stringify(sim.transcript.entries)).not.toContain(sim.credentials.clientSecret);
  });

  it("rejects expired and unknown tokens with 401 and a Bearer challenge", async () => {
    const token = sim.issueToken();
    sim.expireTokens();
    const response = await fetch(`${sim.origin}/api/v1/Webhooks`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect((await postActivity(sim, { activity: "HandOff", sessionId: 1 }, { token: "forged" })).status).toBe(401);
  });
});
