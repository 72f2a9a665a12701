/**
 * The token endpoint: OAuth2 client credentials as mluvii documents it (`POST /login/connect/token`,
 * form-encoded, `response_type=token&grant_type=client_credentials&client_id&client_secret`;
 * https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/api-chatbot/api-chatbot-connection),
 * issuing opaque bearer tokens that expire.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { parseBasicAuthorization } from "@contactkit/core";

/** An API key the simulator accepts ("API username" / "API password" in mluvii's admin). */
export interface SimulatorClient {
  /** Sent as `client_id`. */
  readonly clientId: string;
  /** Sent as `client_secret`. */
  readonly clientSecret: string;
}

/** An answer of the token endpoint (IdentityServer-style error bodies). */
export interface TokenAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** The token store. */
export interface TokenStore {
  /** Handles a token request body (`application/x-www-form-urlencoded`) and an optional Basic header. */
  handle(form: URLSearchParams, authorization: string | undefined): TokenAnswer;
  /** Whether `Authorization: Bearer …` carries a valid, unexpired token. */
  verify(authorization: string | undefined): boolean;
  /** Issues a token directly (tests, curl). */
  issue(clientId?: string): string;
  /** Expires every issued token (the next API call gets 401 and must fetch a new one). */
  expireAll(): void;
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Creates the store. */
export function createTokenStore(clients: readonly SimulatorClient[], lifetimeSeconds: number): TokenStore {
  const tokens = new Map<string, number>();
  const issue = () => {
    const token = `sim.${randomBytes(24).toString("base64url")}`;
    tokens.set(token, Date.now() + lifetimeSeconds * 1000);
    return token;
  };
  return {
    handle(form, authorization) {
      let clientId = form.get("client_id");
      let clientSecret = form.get("client_secret");
      // OAuth2 client_secret_basic form-encodes both parts before base64 (RFC 6749 section 2.3.1).
      const basic = parseBasicAuthorization(authorization);
      if (basic !== undefined && basic.username !== "") {
        clientId = decodeURIComponent(basic.username);
        clientSecret = decodeURIComponent(basic.password);
      }
      const grant = form.get("grant_type");
      if (grant === null) return { status: 400, body: { error: "invalid_request" } };
      if (grant !== "client_credentials") return { status: 400, body: { error: "unsupported_grant_type" } };
      const client = clients.find((c) => same(c.clientId, clientId ?? "") && same(c.clientSecret, clientSecret ?? ""));
      if (!client) return { status: 400, body: { error: "invalid_client" } };
      return {
        status: 200,
        body: { access_token: issue(), expires_in: lifetimeSeconds, token_type: "Bearer", scope: "mluviiPublicApi" },
      };
    },
    verify(authorization) {
      if (!authorization?.toLowerCase().startsWith("bearer ")) return false;
      const expires = tokens.get(authorization.slice(7).trim());
      return expires !== undefined && Date.now() < expires;
    },
    issue: () => issue(),
    expireAll() {
      tokens.clear();
    },
  };
}
