/**
 * @packageDocumentation
 * A local mluvii on loopback for development and tests: the token endpoint, the chatbot activity endpoint that
 * answers through the bot's callback URL, webhook subscriptions and delivery, scripted guests, fault injection and
 * a transcript of every request, and the emulator (a web UI and a control API to chat with a bot as the guest).
 * Node-only.
 */
export {
  defaultSimulatorData,
  type SimulatedGuestIdentity,
  type SimulatedHeroCard,
  type SimulatedOperator,
  type SimulatorData,
} from "./data";
export type {
  ChatAuthor,
  ChatCard,
  ChatCardButton,
  ChatItem,
  ChatItemBody,
  CrmIdentityView,
  EmulatorEventMap,
  EmulatorSnapshot,
  ExchangeView,
  FaultView,
  FormChoiceView,
  FormFieldView,
  GroupView,
  HeroCardConfigView,
  OperatorView,
  SessionStateName,
  SessionView,
  SimulatorInfo,
  StartSessionBody,
  TenantDataView,
  ValidationView,
} from "./emulator/protocol";
export { EMULATOR_API_PREFIX } from "./emulator/protocol";
export { MluviiSimulatorRuleError } from "./errors";
export type { FaultHandle, FaultScope, FaultSpec, Faults, InboundFault, OutboundFault } from "./faults";
export type { DeliveryResult } from "./outbox";
export type { ButtonChoice, SimulatedSession, StartSessionOptions } from "./session";
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
  type TranscriptValidation,
} from "./transcript";
export type { WebhookInput, WebhookSubscription } from "./webhooks";
