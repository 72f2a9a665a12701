// The README example, type-checked with the package (test/readme.test.ts keeps the two identical).
import * as qm from "@contactkit/ccai-qm-chat";
import { bearerAuth } from "@contactkit/core";

const chats = new Map<number, qm.ChatTimelineInput[]>();
export const handler = qm.createCcaiQmHandler({
  auth: bearerAuth({ tokens: [process.env.QM_TOKEN!] }), // the push's auth is undocumented: pick one
  process: (parsed) => {
    const item = qm.chatItemOf(parsed); // any chat state, wrapped or bare; undefined for agent/call events
    if (!item) return;
    console.log(item.chat_id, qm.classifyChatEvent(item).kind); // e.g. 208 "transfer"
    chats.set(item.chat_id, [...(chats.get(item.chat_id) ?? []), { item, receivedAt: Date.now() }]);
    if (item.state === "disconnected") console.log(qm.buildChatTimeline(chats.get(item.chat_id) ?? []).handleTimeMs);
  },
});
