/**
 * Bot replicas behind a round-robin load balancer, driven by the mluvii simulator: each replica runs a real
 * `createMluviiBot` (Redis correlator) and a real `createMluviiWebhookHandler` (Redis dedupe store) on its own
 * loopback port; the simulator's chatbot callbacks and webhook deliveries go to the balancer.
 */
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ParsedEvent, WebhookHandler } from "@contactkit/core";
import { toNodeHandler } from "@contactkit/core/adapters/node";
import { createMluviiApiClient } from "@contactkit/mluvii-api";
import {
  callbackTokenAuth,
  createMluviiBot,
  type MluviiBot,
  type MluviiChatbotResponse,
  type UnmatchedResponseInfo,
} from "@contactkit/mluvii-chatbot";
import { createMluviiSimulator, type MluviiSimulator, type MluviiSimulatorOptions } from "@contactkit/mluvii-simulator";
import {
  createMluviiWebhookHandler,
  type MluviiWebhookEventMap,
  mluviiIdempotencyKey,
} from "@contactkit/mluvii-webhooks";
import {
  createRedisConnection,
  createRedisCorrelator,
  createRedisDedupeStore,
  type RedisConnection,
  type RedisCorrelator,
} from "../../src";

export const CALLBACK_TOKEN = "callback-t0ken";
export const WEBHOOK_USER = "mluvii";
export const WEBHOOK_PASSWORD = "webhook-pa55";

/** One replica: its bot, connection, correlator and what its receivers saw. */
export interface Replica {
  readonly index: number;
  readonly bot: MluviiBot;
  readonly redis: RedisConnection;
  readonly correlator: RedisCorrelator;
  readonly webhooks: WebhookHandler;
  /** Idempotency keys (or types, for keyless events) this replica's webhook `process` ran for. */
  readonly processed: string[];
  readonly unmatched: { response: MluviiChatbotResponse; info: UnmatchedResponseInfo }[];
  /** Errors the callback receiver reported (e.g. a response it could not route while Redis was away). */
  readonly callbackErrors: unknown[];
  /** Requests the balancer sent here, per path. */
  readonly hits: { callback: number; webhook: number };
  readonly url: string;
}

export interface ReplicaCluster {
  readonly sim: MluviiSimulator;
  readonly replicas: readonly Replica[];
  /** The balancer's origin. */
  readonly url: string;
  /** Which replica (index) got each webhook delivery, in order. */
  readonly webhookRoute: { index: number; body: string }[];
  close(): Promise<void>;
}

export interface ClusterOptions {
  readonly redisUrl: string;
  readonly replicas?: number;
  readonly keyPrefix?: string;
  readonly simulator?: MluviiSimulatorOptions;
  readonly responseTimeoutMs?: number;
  /** The correlators' `lateResponseWindowMs`. */
  readonly lateResponseWindowMs?: number;
  /** The receivers' policy when the dedupe store fails. */
  readonly onStoreError?: "open" | "closed";
  /** Subscribe the balancer to the simulator's webhooks. Default true. */
  readonly webhooks?: boolean;
  /** Wait for every replica's Redis connection before returning. Default true. */
  readonly waitForRedis?: boolean;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

const WEBHOOK_TYPES = ["SessionCreated", "SessionStarted", "SessionActivityChatMessage"];

/** Starts the simulator, `replicas` bot replicas and the balancer. */
export async function startCluster(options: ClusterOptions): Promise<ReplicaCluster> {
  const sim = createMluviiSimulator({
    responseDelayMs: 2,
    operatorJoinDelayMs: 2,
    webhookRetryDelayMs: 20,
    pingOnStart: false,
    ...options.simulator,
  });
  const { origin } = await sim.start();
  const servers: Server[] = [];
  const replicas: Replica[] = [];
  for (let index = 0; index < (options.replicas ?? 3); index++) {
    const redis = createRedisConnection({
      url: options.redisUrl,
      keyPrefix: options.keyPrefix ?? "replicas:",
      commandTimeoutMs: 1_000,
      connectTimeoutMs: 500,
      maxReconnectDelayMs: 200,
    });
    const correlator = createRedisCorrelator({
      redis,
      replicaId: `replica-${index}`,
      ...(options.lateResponseWindowMs === undefined ? {} : { lateResponseWindowMs: options.lateResponseWindowMs }),
    });
    const api = createMluviiApiClient({ origin, credentials: sim.credentials, retryBaseDelayMs: 10, timeout: 5_000 });
    const unmatched: Replica["unmatched"] = [];
    const bot = createMluviiBot({
      chatbotId: sim.chatbotId,
      api,
      correlator,
      responseTimeoutMs: options.responseTimeoutMs ?? 10_000,
      onUnmatchedResponse: (response, info) => unmatched.push({ response, info }),
    });
    const processed: string[] = [];
    const webhooks = createMluviiWebhookHandler({
      credentials: [{ username: WEBHOOK_USER, password: WEBHOOK_PASSWORD }],
      dedupe: { store: createRedisDedupeStore({ redis }), onStoreError: options.onStoreError ?? "open" },
      process: async (parsed: ParsedEvent<MluviiWebhookEventMap>) => {
        processed.push(mluviiIdempotencyKey(parsed) ?? parsed.type);
      },
    });
    const callbackErrors: unknown[] = [];
    const callback = toNodeHandler(
      bot.createCallbackHandler({
        auth: callbackTokenAuth({ tokens: [CALLBACK_TOKEN] }),
        onError: (error) => callbackErrors.push(error),
      }),
    );
    const webhook = toNodeHandler(webhooks);
    const hits = { callback: 0, webhook: 0 };
    const server = createServer((req, res) => {
      if (req.url?.startsWith("/mluvii/webhooks")) {
        hits.webhook++;
        return webhook(req, res);
      }
      hits.callback++;
      return callback(req, res);
    });
    servers.push(server);
    const url = await listen(server);
    replicas.push({ index, bot, redis, correlator, webhooks, processed, unmatched, callbackErrors, hits, url });
  }
  if (options.waitForRedis ?? true) await Promise.all(replicas.map((r) => r.redis.ready({ timeoutMs: 5_000 })));

  // Round robin, counted per path, so consecutive deliveries of one stream go to different replicas.
  const next = new Map<string, number>();
  const webhookRoute: ReplicaCluster["webhookRoute"] = [];
  const balancer = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const turn = next.get(path) ?? 0;
    next.set(path, turn + 1);
    const target = replicas[turn % replicas.length] as Replica;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      if (path.startsWith("/mluvii/webhooks")) webhookRoute.push({ index: target.index, body: body.toString() });
      const upstream = request(
        `${target.url}${req.url ?? "/"}`,
        { method: req.method, headers: { ...req.headers, "content-length": String(body.length) } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  servers.push(balancer);
  const url = await listen(balancer);
  await sim.setBotCallbackUrl(`${url}/mluvii/callback?access_token=${CALLBACK_TOKEN}`);
  const hook = new URL(`${url}/mluvii/webhooks`);
  hook.username = WEBHOOK_USER;
  hook.password = WEBHOOK_PASSWORD;
  if (options.webhooks ?? true) sim.subscribeWebhook({ callbackUrl: hook.toString(), eventTypes: WEBHOOK_TYPES });

  return {
    sim,
    replicas,
    url,
    webhookRoute,
    async close() {
      for (const replica of replicas) {
        replica.bot.close();
        await replica.webhooks.drain();
      }
      await sim.stop();
      await Promise.all(servers.map(closeServer));
      await Promise.all(replicas.map((r) => r.redis.close()));
    },
  };
}
