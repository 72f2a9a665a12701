/**
 * What every activity the bot sends shares. Request schemas read what real mluvii accepts (tolerant, like every
 * other family): unknown keys pass and are dropped from the typed view, `null` stands for an unset optional field
 * (as a bot built on mluvii's C# models, `mluvii/mluvii.Chatbot.ChannelActivities`, serialises it). Strict mode —
 * which the bot client always uses for what it sends — rejects unknown keys, values outside the known enums and,
 * in `Text`, HTML that mluvii would drop.
 */
import { dateTime } from "@contactkit/core";
import * as z from "zod";

/** Fields every activity the bot sends carries (`ChatbotChannelActivityBase`). */
export interface SessionRequest {
  /**
   * The mluvii session id (`long SessionId`). Mandatory for API chatbots, even where the docs' examples omit it
   * ("mandatory for API chatbot only", https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events).
   */
  sessionId: number;
}

/** A positive safe integer id (sessions, groups, users, hero cards, contacts). */
export const idSchema = z.int().positive();

/** Schema of a request with no fields besides `activity` and `sessionId`. */
export function bareRequest<const A extends string>(activity: A) {
  return z.object(requestShape(activity));
}

/** Shape shared by every `activity` request. */
export function requestShape<const A extends string>(activity: A) {
  return { activity: z.literal(activity), sessionId: idSchema };
}

/**
 * An ISO-8601 timestamp as bots send it: mluvii's docs and the SDK send an offset, mluvii's Python samples
 * (`datetime.isoformat()`) six fractional digits; a C# `DateTimeOffset` up to seven.
 */
export const outboundTimestamp = dateTime({ offset: "optional" });
