// The README example, type-checked with the package (test/readme.test.ts keeps the two identical).
import {
  buildChatTimeline,
  type ChatItem,
  chatItemOf,
  classifyChatEvent,
  createCcaiQmHandler,
} from "@contactkit/ccai-qm-chat";

const chats = new Map<number, { item: ChatItem; receivedAt: number }[]>();
export const handler = createCcaiQmHandler({
  auth: { kind: "bearer", tokens: [process.env.QM_TOKEN!] }, // the push's auth is undocumented: pick one
  process: (parsed) => {
    const item = chatItemOf(parsed); // any chat state, wrapped or bare; undefined for agent/call events
    if (!item) return;
    console.log(item.chat_id, classifyChatEvent(item).kind); // e.g. 208 "transfer"
    chats.set(item.chat_id, [...(chats.get(item.chat_id) ?? []), { item, receivedAt: Date.now() }]);
    if (item.state === "disconnected") console.log(buildChatTimeline(chats.get(item.chat_id)!).handleTimeMs);
  },
});
