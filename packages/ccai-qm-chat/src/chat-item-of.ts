import { isJsonObject, type ParsedEvent } from "@contactkit/core";
import { unwrapQmPayload } from "./envelope";
import type { CcaiQmEventMap } from "./event-map";
import { type ChatItem, chatItemSchema } from "./events/chat";
import { ChatState } from "./vocabulary";

const chatTypes: ReadonlySet<string> = new Set(ChatState.values satisfies readonly (keyof CcaiQmEventMap)[]);

/**
 * The chat item of a parsed event, for any chat state: a known one, or (tolerant reading) a state the
 * documentation does not list, which the family reports as an unknown event and which is validated here
 * against the open {@link chatItemSchema}. `undefined` for agent and call events and for anything else.
 */
export function chatItemOf(parsed: ParsedEvent<CcaiQmEventMap>): ChatItem | undefined {
  if (parsed.known) return chatTypes.has(parsed.type) ? (parsed.event as ChatItem) : undefined;
  const item = unwrapQmPayload(parsed.raw);
  if (!isJsonObject(item) || !("chat_id" in item)) return undefined;
  const result = chatItemSchema.safeParse(item);
  return result.success ? result.data : undefined;
}
