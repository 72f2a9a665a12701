import { brandErrorClass, ContactkitError } from "@contactkit/core";

/** What was being done when Redis could not be reached. */
export type RedisOperation =
  /** Registering a waiter before a bot request is sent (the request was **not** sent). */
  | "register"
  /** Routing a `…Response` callback to the replica waiting for it (the response could not be routed). */
  | "deliver"
  /** A waiter was pending when the connection to Redis was lost (its response can no longer be routed to it). */
  | "await"
  /** Withdrawing a cancelled waiter's entry (background clean-up; reported to `onError`). */
  | "withdraw"
  /** Checking or recording a webhook delivery's idempotency key. */
  | "dedupe"
  /** Forgetting a recorded idempotency key. */
  | "forget"
  /** Waiting for the connection in `ready()`. */
  | "connect"
  /** Recording an accepted event in the inbox (the receiver answers 503: the platform retries). */
  | "inbox-put"
  /** Taking entries from the inbox for the workers (they try again later). */
  | "inbox-take"
  /** Acknowledging, retrying or dead-lettering an inbox entry (its lease lapses and it is taken again). */
  | "inbox-settle"
  /** Reading or changing the inbox's dead letters or counts. */
  | "inbox-admin";

/**
 * Redis could not serve the call: not yet connected, connection lost, command timed out, or the server refused
 * it (`OOM`, `READONLY` after a failover, `NOPERM`, `LOADING`: its reply is in the message and `cause`). The
 * connection keeps reconnecting in the background; later calls succeed once Redis is back. Messages carry no
 * URLs or passwords.
 */
export class RedisUnavailableError extends ContactkitError {
  static {
    brandErrorClass(RedisUnavailableError, "RedisUnavailableError");
  }

  override name = "RedisUnavailableError";
  /** What was being done. */
  readonly operation: RedisOperation;

  constructor(operation: RedisOperation, detail: string, options?: { readonly cause?: unknown }) {
    super(`contactkit redis: ${describe(operation)}: ${detail}`, options);
    this.operation = operation;
  }
}

function describe(operation: RedisOperation): string {
  switch (operation) {
    case "register":
      return "cannot register the response waiter, the request was not sent";
    case "deliver":
      return "cannot route the response to the replica awaiting it";
    case "await":
      return "connection lost while awaiting the response";
    case "withdraw":
      return "cannot withdraw the cancelled waiter";
    case "dedupe":
      return "cannot check the idempotency key";
    case "forget":
      return "cannot forget the idempotency key";
    case "connect":
      return "not connected";
    case "inbox-put":
      return "cannot record the event in the inbox";
    case "inbox-take":
      return "cannot take entries from the inbox";
    case "inbox-settle":
      return "cannot settle the inbox entry";
    case "inbox-admin":
      return "cannot reach the inbox";
  }
}

/** The error's message without anything a URL or a server reply might put there. */
export function causeSummary(error: unknown): string {
  if (error instanceof Error) {
    const name = error.name && error.name !== "Error" ? error.name : error.constructor.name;
    // Connection errors name host and port (`connect ECONNREFUSED 127.0.0.1:6379`), never credentials.
    const message = error.message.replace(/\/\/[^@\s]*@/g, "//***@");
    return `${name}: ${message}`.slice(0, 300);
  }
  return String(error).slice(0, 300);
}
