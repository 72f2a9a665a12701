/**
 * Exports a session as an NDJSON capture: one JSON payload per line, in the order they happened — the activities
 * the bot sent, the callbacks mluvii sent the bot, the webhooks it delivered. `contactkit inspect` identifies and
 * validates each line; `contactkit replay` sends them (export `callbacks` to replay into a bot, `webhooks` into a
 * webhook receiver).
 */
import type { TranscriptEntry } from "../transcript";

/** Which payloads an export holds. */
export type CaptureKind = "all" | "activities" | "callbacks" | "webhooks";

/** Every capture kind. */
export const CAPTURE_KINDS: readonly CaptureKind[] = ["all", "activities", "callbacks", "webhooks"];

const ROUTES: Record<CaptureKind, readonly string[]> = {
  all: ["chatbot-activity", "bot-callback", "webhook-delivery"],
  activities: ["chatbot-activity"],
  callbacks: ["bot-callback"],
  webhooks: ["webhook-delivery"],
};

/**
 * The NDJSON text of a capture of `sessionId` (every session when `undefined`). Each payload is written once: a
 * retry of the same delivery is left out, a delivered duplicate (a fault) is kept, since the receiver got it twice.
 */
export function captureOf(
  entries: readonly TranscriptEntry[],
  kind: CaptureKind,
  sessionId: number | undefined,
): string {
  const routes = ROUTES[kind];
  const lines: string[] = [];
  for (const entry of [...entries].sort((a, b) => a.startedAt - b.startedAt || a.seq - b.seq)) {
    if (!routes.includes(entry.route)) continue;
    if (sessionId !== undefined && entry.sessionId !== sessionId) continue;
    if (entry.attempt !== undefined && entry.attempt > 1) continue;
    const body = entry.requestBody;
    if (body === null || typeof body !== "object") continue; // not JSON (a 400 for a broken body): nothing to replay
    lines.push(JSON.stringify(body));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
