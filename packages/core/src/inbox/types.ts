/**
 * The inbox contract: where a receiver durably records each accepted event before it answers 200, and where
 * workers take events from to run the handlers. Core ships an in-memory inbox (not durable) and the worker loop
 * (timeouts, retries with backoff, dead letters); `@contactkit/redis` ships one on Redis Streams. Every inbox
 * passes the same contract tests.
 */

/** What a receiver records for one accepted delivery. */
export interface InboxRecord {
  /** The event type (known or unknown), for logs, metrics and dead-letter listings; bounded, never payload. */
  readonly type: string;
  /** The validated request body exactly as it arrived. Workers parse it again through the family when needed. */
  readonly body: Uint8Array;
  /** The delivery's dedupe key, when the receiver has one. */
  readonly key?: string | undefined;
  /** When the receiver accepted it (epoch ms). */
  readonly receivedAt: number;
}

/** A record a worker took: leased to that worker until it is acked, retried or dead-lettered. */
export interface InboxEntry extends InboxRecord {
  /** The inbox's id for the entry (a Redis Streams entry id, a counter in memory). */
  readonly id: string;
  /** Attempts already made before this one: 0 on the first. */
  readonly attempts: number;
  /**
   * The parsed event when the inbox kept it in memory next to the body (the in-memory inbox does, so the
   * default path never parses twice); `undefined` when the worker must parse `body`.
   */
  readonly event?: unknown;
}

/** The error recorded with a retry or a dead letter: a name and a bounded message, never a stack or payload. */
export interface InboxError {
  readonly name: string;
  readonly message: string;
}

/** An event that kept failing, with what the last attempt threw. */
export interface DeadLetter extends InboxRecord {
  readonly id: string;
  /** Attempts made, the last one included. */
  readonly attempts: number;
  readonly error: InboxError;
  /** When it was dead-lettered (epoch ms). */
  readonly deadAt: number;
}

/** Counts an inbox can tell at any time (for `stats`, metrics and the CLI). */
export interface InboxStats {
  /** Recorded and not yet finished: waiting, scheduled for a retry, or leased to a worker. */
  readonly pending: number;
  /** Dead letters kept. */
  readonly deadLettered: number;
}

/** Options of {@link Inbox.take}. */
export interface InboxTakeOptions {
  /** Most entries to return. */
  readonly max: number;
  /** Wait at most this long for an entry when none is ready; 0 answers at once. */
  readonly blockMs: number;
  /** Aborts the wait (shutdown). */
  readonly signal?: AbortSignal | undefined;
}

/**
 * A place that holds accepted events until their handlers succeed. `put` is the durability point: the receiver
 * answers 200 only after it resolves, and answers 503 (the platform retries) when it rejects. Every other method
 * is used by the workers and by `contactkit inbox`.
 *
 * Guarantee: every entry whose `put` resolved is, eventually, acked or dead-lettered — an entry leased to a
 * worker that died is taken again by another (`take` reclaims entries leased longer than the inbox's lease),
 * so processing is at least once.
 */
export interface Inbox {
  /** Whether entries survive the process (false for the in-memory inbox). */
  readonly durable: boolean;
  /**
   * Records an accepted event; resolves once it is recorded (durably, for a durable inbox). Rejects when it
   * cannot be (store unreachable, inbox full or closed): the receiver then answers 503. `event` is the parsed
   * event, which an in-memory inbox may keep to save the worker a parse.
   */
  put(record: InboxRecord, event?: unknown): Promise<void>;
  /** Takes entries that are ready (new, due for a retry, or abandoned by a dead worker), leasing them to the caller. */
  take(options: InboxTakeOptions): Promise<InboxEntry[]>;
  /** The entry's handlers succeeded: it is done. */
  ack(entry: InboxEntry): Promise<void>;
  /** The attempt failed: make the entry ready again after `delayMs`, with `attempts + 1`. */
  retry(entry: InboxEntry, delayMs: number, error: InboxError): Promise<void>;
  /** The entry failed for the last time: move it to the dead letters with its error. */
  deadLetter(entry: InboxEntry, attempts: number, error: InboxError): Promise<void>;
  /** Dead letters, oldest first; at most `limit` (default 100). */
  listDeadLetters(options?: { readonly limit?: number }): Promise<DeadLetter[]>;
  /** One dead letter, or `undefined`. */
  getDeadLetter(id: string): Promise<DeadLetter | undefined>;
  /** Puts a dead letter back as a new entry with attempts 0 and removes it from the dead letters; false when absent. */
  replayDeadLetter(id: string): Promise<boolean>;
  /** Removes one dead letter (or all, without `id`); resolves to how many were removed. */
  purgeDeadLetters(id?: string): Promise<number>;
  /** Current counts. */
  stats(): Promise<InboxStats>;
  /** Releases what the inbox holds open (connections, timers). Entries already recorded stay recorded when durable. */
  close(): Promise<void>;
}
