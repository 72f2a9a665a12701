/**
 * The rules of a hero-card submission, as strict as mluvii's chat window: the guest can only submit a card the bot
 * sent and has not submitted yet, with that card's fields, and the required ones filled in.
 */
import type { ChatItem } from "./emulator/protocol";
import { MluviiSimulatorRuleError } from "./errors";
import type { SessionRecord } from "./session-record";

/** A hero card (form) the bot sent. */
export type FormItem = Extract<ChatItem, { kind: "form" }>;

/** The open form to submit: the latest one, or the latest one with `heroCardId`. */
export function openForm(record: SessionRecord, heroCardId: number | undefined): FormItem {
  const forms = record.chat.filter(
    (c): c is FormItem => c.kind === "form" && (heroCardId === undefined || c.heroCardId === heroCardId),
  );
  const form = [...forms].reverse().find((f) => f.status === "open");
  if (form) return form;
  const which = heroCardId === undefined ? "a hero card" : `hero card ${heroCardId}`;
  throw new MluviiSimulatorRuleError(
    forms.length === 0
      ? `mluvii simulator: the bot has not sent ${which} in session ${record.facts.id}; mluvii only accepts a submission of a card it showed`
      : `mluvii simulator: ${which} in session ${record.facts.id} was already submitted or closed`,
  );
}

/** Checks `params` against the card's fields; returns the values to submit (keys of the card only). */
export function checkHeroCardSubmission(
  sessionId: number,
  form: FormItem,
  params: Readonly<Record<string, string>>,
): Record<string, string> {
  const keyed = form.fields.filter((f) => typeof f.key === "string" && f.key !== "");
  const keys = new Set(keyed.map((f) => f.key as string));
  const unknown = Object.keys(params).filter((k) => !keys.has(k));
  const where = `hero card ${form.heroCardId} ("${form.displayName}") in session ${sessionId}`;
  if (unknown.length > 0) {
    throw new MluviiSimulatorRuleError(
      `mluvii simulator: ${where} has no field ${unknown.map((k) => JSON.stringify(k)).join(", ")}; its fields are ${[...keys].join(", ") || "(none)"}`,
    );
  }
  const missing = keyed.filter((f) => f.required === true && (params[f.key as string] ?? "").trim() === "");
  if (missing.length > 0) {
    throw new MluviiSimulatorRuleError(`mluvii simulator: ${where} requires ${missing.map((f) => f.key).join(", ")}`);
  }
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== "string")
      throw new MluviiSimulatorRuleError(`mluvii simulator: ${where}: ${key} must be text`);
    values[key] = value;
  }
  return values;
}
