/** Why an inbox refused to record an event; the receiver answers 503 with `Retry-After` for each. */
import { brandErrorClass, ContactkitError } from "../error-brand";

/** The inbox holds as many unfinished events as it may (`maxPending`): the platform should retry later. */
export class InboxFullError extends ContactkitError {
  static {
    brandErrorClass(InboxFullError, "InboxFullError");
  }

  override readonly name = "InboxFullError";
  constructor(readonly maxPending: number) {
    super(`the inbox holds ${maxPending} unfinished events, its limit; retry later`);
  }
}

/** The inbox was closed: it records nothing more. */
export class InboxClosedError extends ContactkitError {
  static {
    brandErrorClass(InboxClosedError, "InboxClosedError");
  }

  override readonly name = "InboxClosedError";
  constructor() {
    super("the inbox is closed");
  }
}

/** Longest error message kept with a retry or a dead letter. */
export const MAX_INBOX_ERROR_MESSAGE = 500;

/**
 * The bounded, payload-free form of an error for {@link InboxError}: its name and the start of its message. A
 * thrown non-error becomes `{ name: "NonError" }` with no text, since its string form may be payload.
 */
export function inboxErrorOf(error: unknown): { readonly name: string; readonly message: string } {
  if (!(error instanceof Error)) return { name: "NonError", message: `a ${typeof error} was thrown` };
  const message = String(error.message);
  return {
    name: String(error.name).slice(0, 100),
    message: message.length > MAX_INBOX_ERROR_MESSAGE ? `${message.slice(0, MAX_INBOX_ERROR_MESSAGE)}…` : message,
  };
}
