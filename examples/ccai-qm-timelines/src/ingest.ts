/**
 * Folds a CCAI Platform QM export into per-chat timelines: each line is parsed (wrapped `{type, item}` or bare),
 * chat items are grouped by `chat_id` in arrival order, and `buildChatTimeline` turns each group into time in
 * queue, time to connect, handle time, participants, transfers and outcome — tolerating duplicates and
 * out-of-order arrivals. Bad lines are counted with their error, never fatal.
 */
import {
  buildChatTimeline,
  type ChatItem,
  type ChatTimeline,
  ccaiQmEvents,
  chatItemOf,
} from "@contactkit/ccai-qm-chat";

export interface IngestResult {
  timelines: Map<number, ChatTimeline>;
  /** Lines that were not valid events, with the error message (no payload values). */
  invalid: { line: number; message: string }[];
  /** Agent and call events, and event types this SDK does not know, by type. */
  other: Record<string, number>;
}

export function ingest(lines: Iterable<string>): IngestResult {
  const chats = new Map<number, ChatItem[]>();
  const invalid: IngestResult["invalid"] = [];
  const other: Record<string, number> = {};
  let n = 0;
  for (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    const result = ccaiQmEvents.safeParse(line);
    if (!result.ok) {
      invalid.push({ line: n, message: result.error.message });
      continue;
    }
    const item = chatItemOf(result);
    if (!item) {
      other[result.type] = (other[result.type] ?? 0) + 1;
      continue;
    }
    const list = chats.get(item.chat_id) ?? [];
    list.push(item);
    chats.set(item.chat_id, list);
  }
  const timelines = new Map<number, ChatTimeline>();
  for (const [chatId, items] of chats) timelines.set(chatId, buildChatTimeline(items));
  return { timelines, invalid, other };
}
