/** `pnpm --filter @contactkit-examples/ccai-qm-timelines start [file.ndjson]`: prints one line per chat. */
import { readFileSync } from "node:fs";
import { ingest } from "./ingest";

const file = process.argv[2] ?? new URL("../data/export.ndjson", import.meta.url).pathname;
const { timelines, invalid, other } = ingest(readFileSync(file, "utf8").split("\n"));
const seconds = (ms: number | null) => (ms === null ? "-" : `${(ms / 1000).toFixed(0)} s`);
for (const [chatId, t] of timelines) {
  console.log(
    `chat ${chatId}: ${t.outcome}; queue ${seconds(t.timeInQueueMs)}, to connect ${seconds(t.timeToConnectMs)}, ` +
      `handled ${seconds(t.handleTimeMs)}; ${t.participants.length} participants, ${t.transfers.length} transfer(s); ` +
      `${t.duplicates} duplicate(s) dropped${t.reordered ? ", reordered" : ""}`,
  );
}
for (const [type, count] of Object.entries(other)) console.log(`${count} × ${type} (not a chat event)`);
for (const { line, message } of invalid) console.log(`line ${line}: ${message}`);
