/**
 * The receiver's counters and outcome metrics: every way a request ends is counted once, in `stats` and (when
 * telemetry is on) in `contactkit.webhook.events`.
 */
import type { Telemetry } from "../observe/types";
import type { Outcome } from "./answers";
import type { WebhookRejectReason } from "./options";
import { shownText } from "./text";

/** Mutable counts behind a receiver's `stats`. */
export interface ReceiverCounts {
  received: number;
  accepted: number;
  duplicates: number;
  overflowed: number;
  unavailable: number;
  failed: number;
  timedOut: number;
  readonly rejected: Record<WebhookRejectReason, number>;
}

export function createReceiverCounts(): ReceiverCounts {
  return {
    received: 0,
    accepted: 0,
    duplicates: 0,
    overflowed: 0,
    unavailable: 0,
    failed: 0,
    timedOut: 0,
    rejected: {
      method: 0,
      unauthorized: 0,
      "media-type": 0,
      "too-large": 0,
      "body-timeout": 0,
      unreadable: 0,
      invalid: 0,
      internal: 0,
    },
  };
}

/** The `outcome` attribute of `contactkit.webhook.events` and `contactkit.webhook.ack.duration`. */
export type EventOutcomeLabel =
  | "accepted"
  | "unknown"
  | "duplicate"
  | "rejected"
  | "unauthorized"
  | "overflow"
  | "unavailable"
  | "failed"
  | "timed-out";

/** Counts one outcome; returns its metric label (`undefined` for a probe, which is not an event). */
export function countOutcome(counts: ReceiverCounts, outcome: Outcome): EventOutcomeLabel | undefined {
  switch (outcome.kind) {
    case "probe":
      return undefined;
    case "accepted":
      counts.received++;
      counts.accepted++;
      return outcome.known ? "accepted" : "unknown";
    case "duplicate":
      counts.received++;
      counts.duplicates++;
      return "duplicate";
    case "unauthorized":
      counts.received++;
      counts.rejected.unauthorized++;
      return "unauthorized";
    case "method":
    case "media-type":
    case "too-large":
    case "body-timeout":
    case "unreadable":
    case "invalid":
    case "internal":
      counts.received++;
      counts.rejected[outcome.kind]++;
      return "rejected";
    case "overflow":
      counts.received++;
      counts.overflowed++;
      return "overflow";
    case "in-progress":
    case "store-unavailable":
    case "inbox-unavailable":
    case "closed":
      counts.received++;
      counts.unavailable++;
      return "unavailable";
    case "failed":
      counts.received++;
      counts.failed++;
      return "failed";
    case "timed-out":
      counts.received++;
      counts.timedOut++;
      return "timed-out";
  }
}

/** The event type of an outcome, when it has one, bounded for a metric attribute. */
export function outcomeType(outcome: Outcome): string | undefined {
  if ("type" in outcome) return shownText(outcome.type);
  if (outcome.kind === "invalid" && outcome.error.eventType !== undefined) return shownText(outcome.error.eventType);
  return undefined;
}

/** Records one outcome in `contactkit.webhook.events`. */
export function countEvent(
  telemetry: Telemetry,
  vendor: string,
  family: string,
  label: EventOutcomeLabel,
  outcome: Outcome,
): void {
  telemetry.count("contactkit.webhook.events", { vendor, family, type: outcomeType(outcome), outcome: label });
}
