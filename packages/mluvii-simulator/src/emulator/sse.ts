/** Server-sent events: the emulator pushes every change to the UI and the terminal chat. Node-only. */
import type { ServerResponse } from "node:http";
import type { EmulatorEventMap } from "./protocol";

/** The set of connected event streams. */
export interface EventHub {
  /** Starts an event stream on `res`, sends `first` as its first event, and keeps it until the client leaves. */
  open<K extends keyof EmulatorEventMap>(res: ServerResponse, event: K, first: EmulatorEventMap[K]): void;
  /** Sends an event to every stream. */
  broadcast<K extends keyof EmulatorEventMap>(event: K, data: EmulatorEventMap[K]): void;
  /** Ends every stream. */
  close(): void;
}

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** Creates a hub; a comment line every `heartbeatMs` keeps idle connections (and proxies) open. */
export function createEventHub(heartbeatMs = 15_000): EventHub {
  const clients = new Set<ServerResponse>();
  let heartbeat: NodeJS.Timeout | undefined;
  const ensureHeartbeat = () => {
    if (heartbeat || clients.size === 0) return;
    heartbeat = setInterval(() => {
      for (const res of clients) res.write(": keep-alive\n\n");
    }, heartbeatMs);
    heartbeat.unref();
  };
  return {
    open(res, event, first) {
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
        "x-content-type-options": "nosniff",
      });
      res.write(frame(event, first));
      clients.add(res);
      res.on("close", () => {
        clients.delete(res);
        if (clients.size === 0 && heartbeat) {
          clearInterval(heartbeat);
          heartbeat = undefined;
        }
      });
      ensureHeartbeat();
    },
    broadcast(event, data) {
      if (clients.size === 0) return;
      const text = frame(event, data);
      for (const res of clients) res.write(text);
    },
    close() {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = undefined;
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
