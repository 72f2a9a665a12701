/** The control API client of the UI (same origin): JSON calls, file uploads and the event stream. */
import type { EmulatorEventMap } from "../../src/emulator/protocol";

/** The control API's prefix. */
export const API = "/_emulator/api";

/** A control-API call that did not succeed, with the server's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as Record<string, unknown>;
    message =
      typeof body.error === "string"
        ? body.error
        : Object.entries(body)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join("; ");
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, message);
}

/** Calls the control API with a JSON body; resolves with the JSON answer (`undefined` for 204). */
export async function call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Uploads a file as the guest of session `id`. */
export async function uploadFile(id: number, file: File): Promise<void> {
  const response = await fetch(`${API}/sessions/${id}/files?name=${encodeURIComponent(file.name)}`, {
    method: "POST",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  });
  if (!response.ok) throw await failure(response);
}

/** Listens to the event stream; returns the function that closes it. EventSource reconnects by itself. */
export function connect(
  on: <K extends keyof EmulatorEventMap>(event: K, data: EmulatorEventMap[K]) => void,
  onStatus: (connected: boolean) => void,
): () => void {
  const source = new EventSource(`${API}/events`);
  const names: (keyof EmulatorEventMap)[] = ["snapshot", "session", "exchange", "data", "faults"];
  for (const name of names) {
    source.addEventListener(name, (event) => on(name, JSON.parse((event as MessageEvent<string>).data)));
  }
  source.addEventListener("open", () => onStatus(true));
  source.addEventListener("error", () => onStatus(false));
  return () => source.close();
}
