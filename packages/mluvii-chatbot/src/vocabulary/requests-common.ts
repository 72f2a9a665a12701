import * as z from "zod";

/** Fields every activity the bot sends carries (`ChatbotChannelActivityBase`). */
export interface SessionRequest {
  /** The mluvii session id. Mandatory for API chatbots, even where seed 001's example omits it (notes §4). */
  sessionId: number;
}

/** A positive safe integer id (sessions, groups, users, hero cards, contacts). */
export const idSchema = z.int().positive();

/** Strict schema of a request with no fields besides `activity` and `sessionId`. */
export function bareRequest<const A extends string>(activity: A) {
  return z.strictObject({ activity: z.literal(activity), sessionId: idSchema });
}

/** Shape shared by every `activity` request. */
export function requestShape<const A extends string>(activity: A) {
  return { activity: z.literal(activity), sessionId: idSchema };
}
