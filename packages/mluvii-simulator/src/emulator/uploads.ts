/**
 * Files a guest uploads in the emulator, kept in memory and served at `/_emulator/files/{id}/{name}` — the URL the
 * bot receives as `fileUrl`, like mluvii's own download URL, so a bot can fetch what the guest sent.
 */
import { randomBytes } from "node:crypto";

/** One stored file. */
export interface StoredFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Buffer;
}

/** The in-memory file store. */
export interface UploadStore {
  /** Stores a file; returns its path (`/_emulator/files/{id}/{name}`), or `undefined` when the store is full. */
  put(name: string, type: string, bytes: Buffer): string | undefined;
  /** A stored file by id. */
  get(id: string): StoredFile | undefined;
}

/** A file name safe for a URL path segment and a download header. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[^\p{L}\p{N}._ -]+/gu, "_")
    .trim()
    .slice(0, 120);
  return cleaned === "" || cleaned === "." || cleaned === ".." ? "upload" : cleaned;
}

/** Creates a store that keeps at most `maxBytes` in total (oldest files are dropped first). */
export function createUploadStore(maxBytes = 64 * 1024 * 1024): UploadStore {
  const files = new Map<string, StoredFile>();
  let total = 0;
  return {
    put(name, type, bytes) {
      if (bytes.length > maxBytes) return undefined;
      while (total + bytes.length > maxBytes) {
        const [oldest] = files.keys();
        if (oldest === undefined) break;
        total -= files.get(oldest)?.bytes.length ?? 0;
        files.delete(oldest);
      }
      const id = randomBytes(9).toString("base64url");
      const safe = safeFileName(name);
      files.set(id, { name: safe, type: /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : "application/octet-stream", bytes });
      total += bytes.length;
      return `/_emulator/files/${id}/${encodeURIComponent(safe)}`;
    },
    get: (id) => files.get(id),
  };
}
