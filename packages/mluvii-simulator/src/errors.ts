import { brandErrorClass, ContactkitError } from "@contactkit/core";

/** Errors of the simulator's scripted actions. */

/**
 * An action the real mluvii would not allow: submitting a hero card the bot never sent, clicking a button no card
 * has, writing into an ended session, an operator joining a session nobody waits in. The control API answers
 * these with 409 and the message; other errors are bugs.
 */
export class MluviiSimulatorRuleError extends ContactkitError {
  static {
    brandErrorClass(MluviiSimulatorRuleError, "MluviiSimulatorRuleError");
  }

  override readonly name = "MluviiSimulatorRuleError";
}
