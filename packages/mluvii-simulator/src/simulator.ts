/** `createMluviiSimulator`: a local mluvii on loopback. Node-only (`node:http`). */
import { randomInt } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ContactkitLogger, resolveLogger } from "@contactkit/core";
import { isResponseActivity, type MluviiChatbotCallback } from "@contactkit/mluvii-chatbot";
import type { ResolvedSettings, SimulatorContext } from "./context";
import { defaultSimulatorData, type SimulatorData } from "./data";
import { createControlApi } from "./emulator/control-api";
import { createEventHub } from "./emulator/sse";
import { createUploadStore } from "./emulator/uploads";
import { maskUrl } from "./emulator/views";
import { createFaultRegistry, type FaultSpec, type Faults } from "./faults";
import { createOutbox, type DeliveryResult } from "./outbox";
import { createRequestListener } from "./server";
import { type SimulatedSession, type StartSessionOptions, startSession } from "./session";
import type { SessionRecord } from "./session-record";
import { createTokenStore, type SimulatorClient } from "./tokens";
import { createWorkTracker } from "./tracker";
import { createTranscript, type Transcript } from "./transcript";
import { createWebhookRegistry, type WebhookInput, type WebhookSubscription } from "./webhooks";

/** Options of {@link createMluviiSimulator}; every one has a default. */
export interface MluviiSimulatorOptions {
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** Port. Default `0` (an ephemeral port; read `origin` after `start()`). */
  readonly port?: number;
  /** The one chatbot this mluvii knows (`/api/v1/Chatbot/{chatbotId}/activity`). Default `1`. */
  readonly chatbotId?: number;
  /** The bot's callback URL (`https://user:pass@…` or `…?access_token=…` both work); settable later. */
  readonly botCallbackUrl?: string;
  /** Send `{"Activity":"Ping"}` to the callback URL on `start()` (and when it is set later). Default true. */
  readonly pingOnStart?: boolean;
  /** Accepted API keys. Default one key: `contactkit-sim` / `contactkit-sim-secret` ({@link DEFAULT_SIMULATOR_CLIENT}). */
  readonly clients?: readonly SimulatorClient[];
  /** Lifetime of issued tokens in seconds (`expires_in`). Default 3 600 ("JWT, valid 1 hour"). */
  readonly tokenLifetimeSeconds?: number;
  /** Tenant (department) id in webhooks. Default `1`. */
  readonly tenantId?: number;
  /**
   * First session id; later sessions count up from it. Default: random per simulator, 8 digits like mluvii's
   * (so a receiver's dedupe store does not drop the events of a second run as repeats).
   */
  readonly firstSessionId?: number;
  /**
   * Serve the emulator too: the web UI on `/` and the control API under `/_emulator/api/` (loopback clients only).
   * Default false.
   */
  readonly ui?: boolean;
  /** Delay before a `…Response` is POSTed to the callback URL, in ms. Default 25. */
  readonly responseDelayMs?: number;
  /** Delay between a hand-off/forward and the operator joining, in ms. Default 25. */
  readonly operatorJoinDelayMs?: number;
  /** mluvii's rule: a callback must be answered 200 within this many ms, else it counts as a failure. Default 2 000. */
  readonly callbackDeadlineMs?: number;
  /** Give up on a callback request after this many ms. Default 10 000. */
  readonly callbackTimeoutMs?: number;
  /** Give up on a webhook delivery attempt after this many ms. Default 5 000. */
  readonly webhookTimeoutMs?: number;
  /** Webhook retries after a failed attempt ("up to 2 times", webhooks FAQ). Default 2. */
  readonly webhookRetries?: number;
  /** Wait between webhook attempts, in ms. Default 1 000. */
  readonly webhookRetryDelayMs?: number;
  /** Webhooks registered from the start (as if created through `POST /api/v1/Webhooks`). */
  readonly webhooks?: readonly WebhookInput[];
  /** Tenant data, merged over {@link defaultSimulatorData} key by key. */
  readonly data?: Partial<SimulatorData>;
  /** Faults active from the start. */
  readonly faults?: readonly FaultSpec[];
  /** Largest accepted request body in bytes. Default 1 MiB. */
  readonly bodyLimit?: number;
  /**
   * Where the simulator logs: callbacks and webhooks it gave up delivering (at `warn`; ones its own faults dropped
   * at `info`), retried deliveries (`info`) and its own internal errors (`error`). Default: core's default logger
   * (warnings and errors to stderr); `false` silences it.
   */
  readonly logger?: ContactkitLogger | false;
}

/** A running (or not yet started) simulator. */
export interface MluviiSimulator {
  /** Binds the server and pings the bot's callback URL (when set); resolves with the origin to configure clients with. */
  start(): Promise<{ origin: string }>;
  /** Cancels pending deliveries and timers and closes the server and its connections (final: no restart). */
  stop(): Promise<void>;
  /** `http://127.0.0.1:<port>`; throws before `start()`. */
  readonly origin: string;
  /** The chatbot id the activity endpoint serves. */
  readonly chatbotId: number;
  /** The first accepted API key (what clients should use by default). */
  readonly credentials: SimulatorClient;
  /** Every request received and made. */
  readonly transcript: Transcript;
  /** Fault injection per route. */
  readonly faults: Faults;
  /** The tenant data the simulator answers with (mutable: change it between steps of a test). */
  readonly data: SimulatorData;
  /** Sets (or clears) the bot's callback URL; pings it when `pingOnStart` and the server runs. */
  setBotCallbackUrl(url: string | undefined): Promise<DeliveryResult | undefined>;
  /** Sends `{"Activity":"Ping"}` to the callback URL. */
  ping(): Promise<DeliveryResult | undefined>;
  /** Starts a session with a scripted guest: webhooks `SessionCreated`/`SessionStarted`, `ConversationStarted` to the bot. */
  startSession(options?: StartSessionOptions): Promise<SimulatedSession>;
  /** A session by id. */
  session(id: number): SimulatedSession | undefined;
  /** Registers a webhook like `POST /api/v1/Webhooks` (every event type by default); returns its id. */
  subscribeWebhook(input: WebhookInput): { id: number; created: boolean };
  /** Registered webhooks. */
  readonly webhooks: readonly WebhookSubscription[];
  /** Issues a bearer token without the token endpoint. */
  issueToken(): string;
  /** Expires every issued token (clients get 401 and must fetch a new one). */
  expireTokens(): void;
  /** Releases payloads held back by out-of-order faults at once. */
  releaseHeld(): void;
  /** Resolves when no delivery, scheduled response or timer is pending. */
  idle(): Promise<void>;
  /** The emulator's web UI (`<origin>/`) when created with `ui: true`, else `undefined`. */
  readonly emulatorUrl: string | undefined;
}

/** The default API key of a simulator. */
export const DEFAULT_SIMULATOR_CLIENT: SimulatorClient = Object.freeze({
  clientId: "contactkit-sim",
  clientSecret: "contactkit-sim-secret",
});

function settingsFrom(options: MluviiSimulatorOptions): ResolvedSettings {
  const chatbotId = options.chatbotId ?? 1;
  if (!Number.isSafeInteger(chatbotId) || chatbotId <= 0) {
    throw new TypeError("createMluviiSimulator: chatbotId must be a positive integer");
  }
  return {
    chatbotId,
    tenantId: options.tenantId ?? 1,
    responseDelayMs: options.responseDelayMs ?? 25,
    operatorJoinDelayMs: options.operatorJoinDelayMs ?? 25,
    callbackDeadlineMs: options.callbackDeadlineMs ?? 2_000,
    callbackTimeoutMs: options.callbackTimeoutMs ?? 10_000,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 5_000,
    webhookRetries: options.webhookRetries ?? 2,
    webhookRetryDelayMs: options.webhookRetryDelayMs ?? 1_000,
  };
}

/**
 * Creates a local mluvii: the token endpoint, the chatbot activity endpoint that answers through the bot's
 * callback URL, the webhook subscription API with delivery, scripted guests, fault injection and a transcript.
 *
 * @example
 * const sim = createMluviiSimulator({ botCallbackUrl: "http://127.0.0.1:3000/mluvii?access_token=t" });
 * const { origin } = await sim.start();
 * const bot = createMluviiBot({ chatbotId: sim.chatbotId, api: { origin, credentials: sim.credentials } });
 * const guest = await sim.startSession();
 * await guest.guestSays("Hello");
 * await guest.waitFor("operator");
 * await sim.stop();
 */
export function createMluviiSimulator(options: MluviiSimulatorOptions = {}): MluviiSimulator {
  const settings = settingsFrom(options);
  const clients = options.clients ?? [DEFAULT_SIMULATOR_CLIENT];
  const firstClient = clients[0];
  if (!firstClient) throw new TypeError("createMluviiSimulator: clients must not be empty");
  const data: SimulatorData = { ...defaultSimulatorData(), ...options.data };
  const transcript = createTranscript();
  const faults = createFaultRegistry(options.faults);
  const tracker = createWorkTracker();
  const logger = resolveLogger(options.logger);
  const outbox = createOutbox({ transcript, faults, tracker, logger });
  const webhooks = createWebhookRegistry({ outbox, settings });
  const tokens = createTokenStore(clients, options.tokenLifetimeSeconds ?? 3_600);
  const sessions = new Map<number, SessionRecord>();
  const handles = new Map<number, SimulatedSession>();
  let callbackUrl = options.botCallbackUrl;
  // Random starts (ids of real sizes) keep ids unique across runs; counting up keeps them unique within one.
  let nextSessionId = options.firstSessionId ?? randomInt(10_000_000, 90_000_000);
  let nextActivityId = randomInt(100_000_000, 900_000_000);
  const hub = options.ui ? createEventHub() : undefined;
  let sessionChanged: ((record: SessionRecord) => void) | undefined;
  let server: Server | undefined;
  let origin: string | undefined;

  const ctx: SimulatorContext = {
    settings,
    data,
    transcript,
    faults,
    tracker,
    outbox,
    sessions,
    botCallbackUrl: () => callbackUrl,
    sendCallback(activity: MluviiChatbotCallback, sessionId?: number) {
      if (callbackUrl === undefined) return Promise.resolve(undefined);
      return outbox.send({
        route: "bot-callback",
        // Guest events keep their order; responses travel on their own lane, as independent requests do at
        // mluvii, so a bot that awaits a response before acknowledging a guest event is slow, not deadlocked.
        lane:
          sessionId === undefined
            ? "bot"
            : `session:${sessionId}${isResponseActivity(activity.activity) ? ":responses" : ""}`,
        url: callbackUrl,
        body: activity,
        // the Ping goes out with the PascalCase key; the transcript still names it
        activity: activity.activity ?? (activity as { Activity?: string }).Activity ?? "unknown",
        ...(sessionId === undefined ? {} : { sessionId }),
        retries: 0,
        retryDelayMs: 0,
        timeoutMs: settings.callbackTimeoutMs,
        deadlineMs: settings.callbackDeadlineMs,
      });
    },
    emitWebhook: (event) => webhooks.emit(event),
    nextActivityId: () => nextActivityId++,
    sessionCreated(record) {
      const watch = sessionChanged;
      if (watch) record.listeners.add(() => watch(record));
    },
  };
  for (const input of options.webhooks ?? []) webhooks.create(input);

  const ping = () =>
    // Czech docs (https://docs.mluvii.com/cs/) and mluvii's own bots (mluvii/MluviiChatbot) show the PascalCase key.
    ctx.sendCallback({ Activity: "Ping" } as unknown as MluviiChatbotCallback);

  const sim: MluviiSimulator = {
    async start() {
      if (server) throw new Error("mluvii simulator: already started");
      if (tracker.cancelled) throw new Error("mluvii simulator: stopped simulators cannot restart; create a new one");
      const listening = createServer(
        createRequestListener(ctx, {
          tokens,
          webhooks,
          bodyLimit: options.bodyLimit ?? 1_048_576,
          logger,
          ...(emulator ? { emulator: emulator.handle } : {}),
        }),
      );
      await new Promise<void>((resolve, reject) => {
        listening.once("error", reject);
        listening.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
      });
      server = listening;
      const address = listening.address() as AddressInfo;
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      origin = `http://${host}:${address.port}`;
      if (options.pingOnStart !== false) await ping();
      return { origin };
    },
    async stop() {
      tracker.cancelAll();
      outbox.releaseHeld();
      hub?.close();
      const running = server;
      server = undefined;
      if (!running) return;
      await new Promise<void>((resolve) => {
        running.close(() => resolve());
        running.closeAllConnections();
      });
    },
    get origin() {
      if (origin === undefined) throw new Error("mluvii simulator: not started; await sim.start() first");
      return origin;
    },
    chatbotId: settings.chatbotId,
    credentials: firstClient,
    transcript,
    faults,
    data,
    async setBotCallbackUrl(url) {
      callbackUrl = url;
      return url !== undefined && server && options.pingOnStart !== false ? ping() : undefined;
    },
    ping,
    async startSession(sessionOptions) {
      const session = await startSession(ctx, nextSessionId++, sessionOptions);
      handles.set(session.id, session);
      return session;
    },
    session: (id) => handles.get(id),
    subscribeWebhook: (input) => webhooks.create(input),
    get webhooks() {
      return webhooks.list();
    },
    issueToken: () => tokens.issue(),
    expireTokens: () => tokens.expireAll(),
    releaseHeld: () => outbox.releaseHeld(),
    idle: () => tracker.idle(),
    get emulatorUrl() {
      return hub && origin !== undefined ? `${origin}/` : undefined;
    },
  };
  const emulator = hub
    ? createControlApi({
        ctx,
        transcript,
        hub,
        uploads: createUploadStore(),
        info: () => ({
          origin: sim.origin,
          chatbotId: settings.chatbotId,
          botCallbackUrl: callbackUrl === undefined ? null : maskUrl(callbackUrl),
          callbackDeadlineMs: settings.callbackDeadlineMs,
          clientId: firstClient.clientId,
          clientSecret: firstClient.clientSecret,
        }),
        session: (id) => handles.get(id),
        startSession: (body) => sim.startSession(body as StartSessionOptions),
        faults,
        expireTokens: () => tokens.expireAll(),
        releaseHeld: () => outbox.releaseHeld(),
        idle: () => tracker.idle(),
        ping: () => ping(),
      })
    : undefined;
  sessionChanged = emulator?.sessionChanged;
  return sim;
}
