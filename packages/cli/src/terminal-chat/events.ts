/** Reads the emulator's server-sent events with `fetch` (Node has no EventSource before 22). */

/** One event: its name and parsed JSON data. */
export interface ServerEvent {
  readonly event: string;
  readonly data: unknown;
}

/** Streams `url`'s events to `onEvent` until `signal` aborts or the server ends the stream. */
export async function readServerEvents(
  url: string,
  onEvent: (event: ServerEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const response = await fetch(url, { headers: { accept: "text/event-stream" }, signal });
  if (!response.ok || !response.body) throw new Error(`the emulator's event stream answered ${response.status}`);
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
        let event = "message";
        let data = "";
        for (const line of block.split("\n")) {
          if (line.startsWith("event: ")) event = line.slice(7);
          else if (line.startsWith("data: ")) data += line.slice(6);
        }
        if (data !== "") onEvent({ event, data: JSON.parse(data) as unknown });
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}
