/**
 * @packageDocumentation
 * A local mluvii on loopback for development and tests: the token endpoint, the chatbot activity endpoint that
 * answers through the bot's callback URL, webhook subscriptions and delivery, scripted guests, fault injection and
 * a transcript of every request. Node-only.
 */
export {
  defaultSimulatorData,
  type SimulatedGuestIdentity,
  type SimulatedHeroCard,
  type SimulatedOperator,
  type SimulatorData,
} from "./data";
export type { FaultHandle, FaultScope, FaultSpec, Faults, InboundFault, OutboundFault } from "./faults";
export type { DeliveryResult } from "./outbox";
export type { SimulatedSession, StartSessionOptions } from "./session";
export type { SessionHistoryItem, SessionState } from "./session-record";
export {
  createMluviiSimulator,
  DEFAULT_SIMULATOR_CLIENT,
  type MluviiSimulator,
  type MluviiSimulatorOptions,
} from "./simulator";
export type { SimulatorClient } from "./tokens";
export {
  formatTranscriptEntry,
  type InboundRoute,
  type OutboundRoute,
  type SimulatorRoute,
  type Transcript,
  type TranscriptEntry,
  type TranscriptQuery,
  type TranscriptStats,
} from "./transcript";
export type { WebhookInput, WebhookSubscription } from "./webhooks";
