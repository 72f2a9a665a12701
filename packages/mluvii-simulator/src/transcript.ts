/** The record of every request the simulator received and every request it made, for assertions. */

/** Routes the simulator serves (inbound) and the requests it makes (outbound). */
export type InboundRoute = "token" | "chatbot-activity" | "webhooks-api" | "not-found";
/** Requests the simulator makes: activities to the bot's callback URL and webhook deliveries. */
export type OutboundRoute = "bot-callback" | "webhook-delivery";
/** Any route of the transcript. */
export type SimulatorRoute = InboundRoute | OutboundRoute;

/** One request and its response (or the lack of one). */
export interface TranscriptEntry {
  /** 1-based sequence number, in the order the entries were completed. */
  readonly seq: number;
  /** `inbound`: a client called the simulator; `outbound`: the simulator called the bot or a webhook receiver. */
  readonly direction: "inbound" | "outbound";
  /** Which route. */
  readonly route: SimulatorRoute;
  /** HTTP method. */
  readonly method: string;
  /** Inbound: the path (no query). Outbound: the target URL without credentials. */
  readonly url: string;
  /** Response status, or `null` when none was given or received (dropped, timed out, connection failed). */
  readonly status: number | null;
  /** When the request started (epoch ms). */
  readonly startedAt: number;
  /** Milliseconds until the response was complete (or the failure). */
  readonly durationMs: number;
  /** Request body: parsed JSON, form fields or text; secrets replaced by `"[redacted]"`. */
  readonly requestBody: unknown;
  /** Response body as above (`undefined` when empty). */
  readonly responseBody: unknown;
  /** Chatbot activity name (`Text`, `GetAvailableGroupsResponse` …), when the body is one. */
  readonly activity?: string;
  /** Webhook event type, when the body is a webhook. */
  readonly eventType?: string;
  /** Session the request belongs to, when known. */
  readonly sessionId?: number;
  /** Delivery attempt (1 = first) for webhook deliveries and bot callbacks. */
  readonly attempt?: number;
  /** The injected fault that shaped this exchange (`status:429`, `drop:before-read`, `duplicate` …). */
  readonly fault?: string;
  /**
   * For activities the bot sent (`chatbot-activity`): how validation went, with the exact typed error
   * (`ContactkitParseError` message and issues: vendor, family, event and JSON paths, never payload values).
   */
  readonly validation?: TranscriptValidation;
  /** `failed` when mluvii would count it as a failure (see `failure`). */
  readonly outcome: "ok" | "failed";
  /**
   * Why it failed: `slow` (a bot callback answered later than mluvii's 2-second rule), `status` (not 2xx / not 200),
   * `timeout`, `connection`, `dropped` (fault), `rejected` (the simulator answered 4xx).
   */
  readonly failure?: "slow" | "status" | "timeout" | "connection" | "dropped" | "rejected";
}

/** How an activity the bot sent was validated (default, tolerant mode: what real mluvii accepts). */
export interface TranscriptValidation {
  /** Whether it is a valid activity of a known type. */
  readonly ok: boolean;
  /** The activity it was read as (`Text`, `message` …), when known. */
  readonly type?: string;
  /** The typed error's message, when invalid. */
  readonly message?: string;
  /** Each issue with its JSON path (`$.text`), when invalid. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
  /** What mluvii accepts but changes, e.g. tags it drops from a `Text`. */
  readonly warnings?: readonly string[];
}

/** Counts over a transcript. */
export interface TranscriptStats {
  /** Requests the simulator received. */
  readonly inbound: number;
  /** Requests the simulator made (every attempt). */
  readonly outbound: number;
  /** Entries with `outcome: "failed"`. */
  readonly failures: number;
  /** Bot callbacks that failed for any reason (mluvii disables a bot that keeps failing for 15 minutes). */
  readonly callbackFailures: number;
  /** Bot callbacks answered 200 but later than the 2-second deadline. */
  readonly slowCallbacks: number;
  /** Entries per route. */
  readonly byRoute: Readonly<Partial<Record<SimulatorRoute, number>>>;
}

/** A predicate or a partial entry to match. */
export type TranscriptQuery = ((entry: TranscriptEntry) => boolean) | Partial<TranscriptEntry>;

/** Every exchange of a simulator, in completion order. */
export interface Transcript {
  /** All entries so far. */
  readonly entries: readonly TranscriptEntry[];
  /** Entries matching a predicate or every field of a partial entry. */
  filter(query: TranscriptQuery): TranscriptEntry[];
  /** Resolves with the first entry (existing or future) matching `query`; rejects after `timeoutMs` (default 5 000). */
  waitFor(query: TranscriptQuery, timeoutMs?: number): Promise<TranscriptEntry>;
  /** Counts. */
  stats(): TranscriptStats;
  /** Calls `listener` for each new entry; returns the unsubscribe function. */
  subscribe(listener: (entry: TranscriptEntry) => void): () => void;
  /** Forgets all entries (sequence numbers continue). */
  clear(): void;
}

/** The writable side, used by the simulator. */
export interface TranscriptWriter extends Transcript {
  /** Appends an entry, assigning its sequence number. */
  record(entry: Omit<TranscriptEntry, "seq">): TranscriptEntry;
}

function toPredicate(query: TranscriptQuery): (entry: TranscriptEntry) => boolean {
  if (typeof query === "function") return query;
  const pairs = Object.entries(query);
  return (entry) => pairs.every(([key, value]) => (entry as unknown as Record<string, unknown>)[key] === value);
}

/** Creates an empty transcript. */
export function createTranscript(): TranscriptWriter {
  let entries: TranscriptEntry[] = [];
  let seq = 0;
  const listeners = new Set<(entry: TranscriptEntry) => void>();
  const transcript: TranscriptWriter = {
    get entries() {
      return entries;
    },
    filter: (query) => entries.filter(toPredicate(query)),
    waitFor(query, timeoutMs = 5_000) {
      const matches = toPredicate(query);
      const found = entries.find(matches);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`mluvii simulator: no transcript entry matched within ${timeoutMs} ms`));
        }, timeoutMs);
        const unsubscribe = transcript.subscribe((entry) => {
          if (!matches(entry)) return;
          clearTimeout(timer);
          unsubscribe();
          resolve(entry);
        });
      });
    },
    stats() {
      const byRoute: Partial<Record<SimulatorRoute, number>> = {};
      let inbound = 0;
      let failures = 0;
      let callbackFailures = 0;
      let slowCallbacks = 0;
      for (const entry of entries) {
        byRoute[entry.route] = (byRoute[entry.route] ?? 0) + 1;
        if (entry.direction === "inbound") inbound++;
        if (entry.outcome === "failed") failures++;
        if (entry.route === "bot-callback" && entry.outcome === "failed") callbackFailures++;
        if (entry.route === "bot-callback" && entry.failure === "slow") slowCallbacks++;
      }
      return { inbound, outbound: entries.length - inbound, failures, callbackFailures, slowCallbacks, byRoute };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      entries = [];
    },
    record(entry) {
      const full: TranscriptEntry = { seq: ++seq, ...entry };
      entries.push(full);
      for (const listener of [...listeners]) {
        try {
          listener(full);
        } catch {
          // a failing listener must not break the simulator
        }
      }
      return full;
    },
  };
  return transcript;
}

/**
 * One line describing an entry, for terminals and logs (no bodies, no credentials):
 * `← chatbot-activity POST /api/v1/Chatbot/1/activity Text → 200 (3 ms)`,
 * `→ bot-callback POST http://127.0.0.1:3000/cb GetAvailableGroupsResponse → 200 (2 ms)`,
 * `→ webhook-delivery … SessionCreated → 500 (1 ms) attempt 2 FAILED status`.
 */
export function formatTranscriptEntry(entry: TranscriptEntry): string {
  const arrow = entry.direction === "inbound" ? "←" : "→";
  const url = entry.direction === "inbound" ? entry.url : entry.url.replace(/\?.*$/, "?…");
  const what = entry.activity ?? entry.eventType;
  const parts = [arrow, entry.route, entry.method, url];
  if (what !== undefined) parts.push(what);
  parts.push(`→ ${entry.status ?? "no response"} (${entry.durationMs} ms)`);
  if (entry.attempt !== undefined && entry.attempt > 1) parts.push(`attempt ${entry.attempt}`);
  if (entry.fault !== undefined) parts.push(`[fault ${entry.fault}]`);
  if (entry.outcome === "failed") parts.push(`FAILED ${entry.failure ?? ""}`.trim());
  return parts.join(" ");
}
