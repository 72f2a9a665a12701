/** Helpers to call a simulator with plain fetch. */
import type { MluviiSimulator } from "../../src";

export async function token(sim: MluviiSimulator): Promise<string> {
  const response = await fetch(`${sim.origin}/login/connect/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      response_type: "token",
      grant_type: "client_credentials",
      client_id: sim.credentials.clientId,
      client_secret: sim.credentials.clientSecret,
    }),
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

export async function postActivity(
  sim: MluviiSimulator,
  body: unknown,
  options: { token?: string; chatbotId?: number; contentType?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${sim.origin}/api/v1/Chatbot/${options.chatbotId ?? sim.chatbotId}/activity`, {
    method: "POST",
    headers: {
      "content-type": options.contentType ?? "application/json",
      ...(options.token === "" ? {} : { authorization: `Bearer ${options.token ?? sim.issueToken()}` }),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
}

export async function api(
  sim: MluviiSimulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${sim.origin}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.issueToken()}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
}
