/** What the simulator's parts share: resolved options, tenant data, outbox, webhooks and session records. */
import type { MluviiChatbotCallback } from "@contactkit/mluvii-chatbot";
import type { MluviiWebhookEvent } from "@contactkit/mluvii-webhooks";
import type { SimulatorData } from "./data";
import type { FaultRegistry } from "./faults";
import type { DeliveryResult, Outbox } from "./outbox";
import type { SessionRecord } from "./session-record";
import type { WorkTracker } from "./tracker";
import type { TranscriptWriter } from "./transcript";

/** Timing and protocol settings after defaults were applied. */
export interface ResolvedSettings {
  readonly chatbotId: number;
  readonly tenantId: number;
  readonly responseDelayMs: number;
  readonly operatorJoinDelayMs: number;
  readonly callbackDeadlineMs: number;
  readonly callbackTimeoutMs: number;
  readonly webhookTimeoutMs: number;
  readonly webhookRetries: number;
  readonly webhookRetryDelayMs: number;
}

/** The simulator's shared state. */
export interface SimulatorContext {
  readonly settings: ResolvedSettings;
  readonly data: SimulatorData;
  readonly transcript: TranscriptWriter;
  readonly faults: FaultRegistry;
  readonly tracker: WorkTracker;
  readonly outbox: Outbox;
  readonly sessions: Map<number, SessionRecord>;
  /** The bot's callback URL, when one is set. */
  botCallbackUrl(): string | undefined;
  /** POSTs an activity to the bot's callback URL (on the session's lane); `undefined` when no URL is set. */
  sendCallback(activity: MluviiChatbotCallback, sessionId?: number): Promise<DeliveryResult | undefined>;
  /** Delivers a webhook to every subscription of its event type (fire and forget; tracked). */
  emitWebhook(event: MluviiWebhookEvent): void;
  /** A new activity id (unique per simulator). */
  nextActivityId(): number;
  /** Called once per new session, before its first event (the emulator watches it). */
  sessionCreated(record: SessionRecord): void;
}
