import { brandErrorClass, ContactkitError } from "@contactkit/core";
import type { MluviiChatbotResponseActivity } from "./event-map";

/** Base class of the errors this package throws itself (validation errors are core's `ContactkitParseError`). */
export class MluviiChatbotError extends ContactkitError {
  static {
    brandErrorClass(MluviiChatbotError, "MluviiChatbotError");
  }

  override name = "MluviiChatbotError";
}

/**
 * mluvii did not POST the `…Response` activity to the callback URL in time. The request itself was accepted;
 * the answer may still come later, in which case it goes to `onUnmatchedResponse` as `"late"`.
 */
export class MluviiChatbotResponseTimeoutError extends MluviiChatbotError {
  static {
    brandErrorClass(MluviiChatbotResponseTimeoutError, "MluviiChatbotResponseTimeoutError");
  }

  override name = "MluviiChatbotResponseTimeoutError";
  /** Session the request was for. */
  readonly sessionId: number;
  /** The response activity that was awaited, e.g. `GetAvailableGroupsResponse`. */
  readonly responseActivity: MluviiChatbotResponseActivity;
  /** How long the bot waited, in milliseconds. */
  readonly timeoutMs: number;

  constructor(sessionId: number, responseActivity: MluviiChatbotResponseActivity, timeoutMs: number) {
    super(
      `mluvii chatbot: no ${responseActivity} for session ${sessionId} within ${timeoutMs} ms ` +
        "(is the callback URL reachable and routed to this bot's callback handler?)",
    );
    this.sessionId = sessionId;
    this.responseActivity = responseActivity;
    this.timeoutMs = timeoutMs;
  }
}

/** The bot was closed while a request awaited its response. */
export class MluviiChatbotClosedError extends MluviiChatbotError {
  static {
    brandErrorClass(MluviiChatbotClosedError, "MluviiChatbotClosedError");
  }

  override name = "MluviiChatbotClosedError";
  constructor() {
    super("mluvii chatbot: closed while awaiting a response");
  }
}
