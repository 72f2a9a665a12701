import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ccaiQmEvents, createCcaiQmHandler } from "@contactkit/ccai-qm-chat";
import { parseAssignment } from "@contactkit/cli";
import { createWebhookHandler, headerSecretAuth, type WebhookHandler } from "@contactkit/core";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { expertflowCim } from "@contactkit/expertflow-cim";
import { callbackTokenAuth, createMluviiCallbackHandler } from "@contactkit/mluvii-chatbot";
import { createMluviiWebhookHandler, mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "./helpers";

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server | undefined;
let seen: Seen[] = [];

/** Serves `handler` (a contactkit receiver) on loopback, recording what arrives; returns its origin. */
async function serve(handler: WebhookHandler): Promise<string> {
  seen = [];
  const node = toNodeHandler(handler);
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({ url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
    });
    void node(request, response);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe("contactkit trigger", () => {
  it("sends a mluvii webhook as mluvii does (Basic, no Content-Type) and prints the status and the answer", async () => {
    const origin = await serve(createMluviiWebhookHandler({ credentials: [{ username: "hook", password: "s3cret" }] }));
    const result = await run(["trigger", "SessionEnded", "--to", `${origin}/mluvii`, "--user", "hook:s3cret"]);
    expect(result.code).toBe(0);
    const [sent, answer] = result.stdout.trim().split("\n");
    expect(sent).toMatch(new RegExp(`^POST ${origin}/mluvii {2}mluvii webhooks SessionEnded {2}data\\.id=\\d{7}`));
    expect(answer).toMatch(/^200 \{"ok":true,"type":"SessionEnded"\} {2}\d+ ms$/);
    expect(seen[0]?.headers["content-type"]).toBeUndefined();
    expect(mluviiWebhooks.safeParse(seen[0]?.body ?? "")).toMatchObject({ ok: true, type: "SessionEnded" });
    expect(result.stdout + result.stderr).not.toContain("s3cret");
  });

  it("exits 1 and shows the receiver's reason for a refusal", async () => {
    const origin = await serve(createMluviiWebhookHandler({ credentials: [{ username: "hook", password: "s3cret" }] }));
    const result = await run(["trigger", "SessionCreated", "--to", origin, "--user", "hook:wrong"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^401 \{"ok":false,"error":"unauthorized"\}/m);
  });

  it("puts --token where each platform does: ?token= for mluvii webhooks (masked when printed)", async () => {
    const origin = await serve(createMluviiWebhookHandler({ queryTokens: ["t0k"] }));
    const result = await run(["trigger", "SessionCreated", "--to", `${origin}/hook`, "--token", "t0k"]);
    expect(result.code).toBe(0);
    expect(seen[0]?.url).toBe("/hook?token=t0k");
    expect(result.stdout).toContain(`POST ${origin}/hook?token=***`);
    expect(result.stdout).not.toContain("t0k");
  });

  it("sends a chatbot callback with ?access_token=, a CCAI envelope with a bearer token, an Expertflow controller body", async () => {
    const callback = await serve(createMluviiCallbackHandler({ auth: callbackTokenAuth({ tokens: ["cb"] }) }));
    expect((await run(["trigger", "Text", "--to", callback, "--token", "cb", "--set", "text=I need help"])).code).toBe(
      0,
    );
    expect(JSON.parse(seen[0]?.body ?? "")).toMatchObject({ activity: "Text", text: "I need help" });
    expect(seen[0]?.url).toBe("/?access_token=cb");
    await new Promise((resolve) => server?.close(resolve));

    const qm = await serve(createCcaiQmHandler({ auth: { kind: "bearer", tokens: ["qm"] } }));
    expect((await run(["trigger", "disconnected", "--to", qm, "--token", "qm"])).code).toBe(0);
    expect(JSON.parse(seen[0]?.body ?? "")).toMatchObject({ type: "ChatState", item: { state: "disconnected" } });
    expect(seen[0]?.headers["content-type"]).toBe("application/json");
    expect((await run(["trigger", "AgentState", "--to", qm, "--token", "qm", "--bare"])).code).toBe(0);
    expect(ccaiQmEvents.safeParse(seen[1]?.body ?? "")).toMatchObject({ ok: true, type: "AgentState" });
    expect(JSON.parse(seen[1]?.body ?? "")).not.toHaveProperty("item");
    await new Promise((resolve) => server?.close(resolve));

    const auth = headerSecretAuth({ header: "x-controller-secret", secrets: ["ef"] });
    const controller = await serve(createWebhookHandler({ family: expertflowCim, auth }));
    const sent = await run(["trigger", "TASK_ENQUEUED", "--to", controller, "--header", "x-controller-secret: ef"]);
    expect(sent.code).toBe(0);
    const body = JSON.parse(seen[0]?.body ?? "");
    expect(body).toMatchObject({ intent: "TASK_ENQUEUED", entities: { cimEvent: { name: "TASK_ENQUEUED" } } });
    expect(expertflowCim.parse(body).event).toMatchObject({ envelope: { kind: "controller-body" } });
  });

  it("--set changes fields (JSON values, array indexes); an invalid --set sends nothing and names the path only", async () => {
    const printed = await run([
      "trigger",
      "disconnected",
      "--print",
      "--bare",
      "--set",
      "participants[1].name=Jana",
      "--set",
      "language=42",
      "--set",
      'queue_path_ids="42"',
    ]);
    expect(printed.code).toBe(1); // `language` is a string, null or absent, never a number: nothing is printed or sent
    expect(printed.stdout).toBe("");
    expect(printed.stderr).toContain("$.language");
    const ok = await run(["trigger", "disconnected", "--print", "--bare", "--set", "participants[1].name=Jana"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).participants[1].name).toBe("Jana");
    const bad = await run(["trigger", "SessionEnded", "--print", "--set", "data.ended=last-tuesday"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("$.data.ended");
    expect(bad.stderr).not.toContain("last-tuesday");
  });

  it("--print writes one event that inspect recognises, for every family", async () => {
    for (const [type, family] of [
      ["SessionActivityChatMessage", "webhooks"],
      ["GetAvailableGroupsResponse", "chatbot-callbacks"],
      ["connected", "qm-export"],
      ["CUSTOMER_MESSAGE", "cim"],
    ] as const) {
      const printed = await run(["trigger", type, "--print"]);
      expect(printed.code).toBe(0);
      const inspected = await run(["inspect", "-", "--json", "--family", family], { stdin: printed.stdout });
      expect(JSON.parse(inspected.stdout)).toMatchObject({ ok: true, known: true, type, family });
    }
  });

  it("usage errors: no type, no --to, an unknown type (with a suggestion), a family that does not have it", async () => {
    expect((await run(["trigger"])).code).toBe(2);
    const noTo = await run(["trigger", "SessionEnded"]);
    expect([noTo.code, noTo.stderr]).toEqual([2, expect.stringContaining("--to <url>")]);
    const typo = await run(["trigger", "sessionended", "--print"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean SessionEnded?");
    const wrongFamily = await run(["trigger", "SessionEnded", "--family", "cim", "--print"]);
    expect(wrongFamily.stderr).toContain('"SessionEnded" is not an event type of expertflow cim');
    expect((await run(["trigger", "Text", "--family", "chatbot-requests", "--print"])).stderr).toContain(
      "trigger sends what a platform sends",
    );
    expect((await run(["trigger", "SessionEnded", "--to", "x", "--user", "a:b", "--token", "t"])).code).toBe(2);
    expect((await run(["trigger", "SessionEnded", "--to", "not a url"])).code).toBe(2);
  });

  it("says what to do when nothing listens", async () => {
    const origin = await serve(createMluviiWebhookHandler({ queryTokens: ["t"] }));
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    const result = await run(["trigger", "SessionEnded", "--to", origin]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("connection refused: is the endpoint running on that port?");
  });
});

describe("parseAssignment (--set)", () => {
  it("reads dotted paths with indexes, and values as JSON when they parse, else as text", () => {
    const segment = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(segment, fc.nat(20)), { minLength: 1, maxLength: 5 }),
        fc.jsonValue(),
        (path, value) => {
          fc.pre(typeof path[0] === "string" && !path.includes("__proto__"));
          const text = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
          const parsed = parseAssignment(`${text}=${JSON.stringify(value)}`);
          expect(parsed.path).toEqual(path);
          expect(parsed.value).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
    );
    expect(parseAssignment("text=I need help").value).toBe("I need help");
    expect(parseAssignment("a.0.b=1").path).toEqual(["a", 0, "b"]);
    expect(() => parseAssignment("novalue")).toThrow(/path=value/);
    expect(() => parseAssignment("__proto__.x=1")).toThrow();
  });
});
