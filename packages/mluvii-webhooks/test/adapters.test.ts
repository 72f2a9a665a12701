/**
 * The receiver mounted the ways a service would: node `http`, express (before any body parser, after
 * `express.raw()`, and the mistake of `express.json()` first), fastify, and a fetch-style app (Hono; a Next.js
 * route handler is the same `(Request) => Response` call).
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BODY_CONSUMED_MESSAGE, toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiWebhookHandler, type MluviiWebhookEvent } from "@contactkit/mluvii-webhooks";
import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import { mluviiDelivery } from "./support/delivery";
import { fixtureText } from "./support/fixtures";

const callbackUrl = "https://mluvii:pa55@hooks.example.com/mluvii/webhook";
const body = fixtureText("docs-webhooks/SessionActivityHeroCard.json");

function preset() {
  const received: MluviiWebhookEvent[] = [];
  const handler = createMluviiWebhookHandler({
    callbackUrls: [callbackUrl],
    process: (parsed) => {
      if (parsed.known) received.push(parsed.event);
    },
  });
  return { handler, received };
}

/** Sends a mluvii-style delivery to a listening server (the callback URL's path, the server's origin). */
async function deliver(origin: string, payload: string, url = callbackUrl, method = "POST"): Promise<Response> {
  const request = mluviiDelivery(url, payload, { method });
  const target = new URL(new URL(request.url).pathname, origin);
  return fetch(target, {
    method,
    headers: request.headers,
    ...(method === "GET" ? {} : { body: payload }),
  });
}

const servers: Server[] = [];
async function listen(server: Server): Promise<string> {
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** The checks every mount must pass. */
async function expectWorkingReceiver(origin: string, state: ReturnType<typeof preset>): Promise<void> {
  const ok = await deliver(origin, body);
  expect(ok.status).toBe(200);
  expect(await ok.json()).toEqual({ ok: true, type: "SessionActivityHeroCard" });
  expect((await deliver(origin, body, "https://mluvii:nope@hooks.example.com/mluvii/webhook")).status).toBe(401);
  expect((await deliver(origin, `[${body}]`)).status).toBe(400);
  expect((await deliver(origin, "", callbackUrl, "GET")).status).toBe(200);
  await state.handler.drain();
  expect(state.received.map((e) => e.eventType)).toEqual(["SessionActivityHeroCard"]);
}

describe("mounted receivers", () => {
  it("node http", async () => {
    const state = preset();
    const origin = await listen(createServer(toNodeHandler(state.handler)));
    await expectWorkingReceiver(origin, state);
  });

  it("express, mounted before any body parser", async () => {
    const state = preset();
    const app = express();
    app.all("/mluvii/webhook", toNodeHandler(state.handler));
    app.use(express.json());
    await expectWorkingReceiver(await listen(createServer(app)), state);
  });

  it("express after express.raw(): the raw Buffer is used", async () => {
    const state = preset();
    const app = express();
    app.all("/mluvii/webhook", express.raw({ type: () => true }), toNodeHandler(state.handler));
    await expectWorkingReceiver(await listen(createServer(app)), state);
  });

  it("express after express.json(): a precise error instead of a silent mis-validation", async () => {
    const state = preset();
    const app = express();
    app.use(express.json());
    app.post("/mluvii/webhook", toNodeHandler(state.handler));
    const response = await deliver(await listen(createServer(app)), body);
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: string }).error).toBe(BODY_CONSUMED_MESSAGE);
    await state.handler.drain();
    expect(state.received).toEqual([]);
  });

  it("fastify, with a pass-through JSON parser scoped to the webhook route", async () => {
    const state = preset();
    const app = Fastify();
    const listener = toNodeHandler(state.handler);
    await app.register(async (scope) => {
      // Leave the body stream unread for contactkit, which authenticates before reading it.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser("*", (_request, _payload, done) => done(null));
      scope.route({
        method: ["GET", "POST"],
        url: "/mluvii/webhook",
        handler: async (request, reply) => {
          reply.hijack();
          await listener(request.raw, reply.raw);
        },
      });
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const { port } = app.server.address() as AddressInfo;
      await expectWorkingReceiver(`http://127.0.0.1:${port}`, state);
    } finally {
      await app.close();
    }
  });

  it("Hono (fetch-style, also the shape of a Next.js route handler)", async () => {
    const state = preset();
    const app = new Hono();
    app.on(["GET", "POST"], "/mluvii/webhook", (c) => state.handler(c.req.raw));
    const ok = await app.fetch(mluviiDelivery(callbackUrl, body));
    expect(ok.status).toBe(200);
    expect((await app.fetch(mluviiDelivery("https://x:y@hooks.example.com/mluvii/webhook", body))).status).toBe(401);
    expect((await app.fetch(mluviiDelivery(callbackUrl, `[${body}]`))).status).toBe(400);
    expect((await app.fetch(mluviiDelivery(callbackUrl, null, { method: "GET" }))).status).toBe(200);
    await state.handler.drain();
    expect(state.received).toHaveLength(1);
  });
});
