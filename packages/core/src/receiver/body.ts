/** Outcome of reading a request body under a size limit and a deadline. */
export type BodyReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: "too_large" | "unreadable" | "timeout" };

/** Options of {@link readBodyWithLimit}. */
export interface BodyReadOptions {
  /** The whole body must arrive within this many ms; otherwise the read stops with `timeout`. Default: no deadline. */
  readonly timeoutMs?: number;
}

/**
 * Reads a request body, stopping (and cancelling the stream) as soon as it exceeds `limit` bytes, so an
 * oversized body is never buffered, or when `timeoutMs` passes before it ends, so a client trickling its body
 * cannot hold the reader.
 */
export async function readBodyWithLimit(
  request: Request,
  limit: number,
  options: BodyReadOptions = {},
): Promise<BodyReadResult> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, reason: "too_large" };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline =
    options.timeoutMs === undefined
      ? undefined
      : new Promise<"timeout">((resolve) => {
          timer = setTimeout(() => resolve("timeout"), options.timeoutMs);
        });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const read = reader.read();
      const next = deadline ? await Promise.race([read, deadline]) : await read;
      if (next === "timeout") {
        read.catch(() => {});
        await reader.cancel().catch(() => {});
        return { ok: false, reason: "timeout" };
      }
      if (next.done) break;
      size += next.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: "too_large" };
      }
      chunks.push(next.value);
    }
  } catch {
    return { ok: false, reason: "unreadable" };
  } finally {
    clearTimeout(timer);
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0] as Uint8Array };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** Whether a Content-Type names JSON (`application/json`, `application/*+json`, `text/json`). */
export function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  return (
    type === "application/json" || type === "text/json" || (type.startsWith("application/") && type.endsWith("+json"))
  );
}
