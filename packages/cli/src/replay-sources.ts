import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative, resolve } from "node:path";
import { type PayloadFormat, splitPayloads } from "./payloads";

/** One captured event to replay. */
export interface CapturedEvent {
  /** Where it came from (the path as given, or relative to the directory given). */
  readonly source: string;
  /** 1-based line of an NDJSON record, `undefined` for a whole file. */
  readonly line: number | undefined;
  /** The exact captured text, sent as the request body. */
  readonly body: string;
  /** With `raw`: the record's bytes exactly as in the file (a byte-order mark, invalid UTF-8 and all), sent as is. */
  readonly bytes?: Uint8Array;
  /** Why it cannot be sent (not JSON), when it cannot. Never set with `raw`: raw records are all sent. */
  readonly problem?: string;
}

/** Options of {@link loadCapturedEvents}. */
export interface LoadCapturedEventsOptions {
  /**
   * Keep each record byte for byte and send it even when it is not JSON (to test how a receiver answers malformed
   * bodies): a whole file as its bytes, an NDJSON record as its line's bytes without the line ending.
   */
  readonly raw?: boolean;
}

const CAPTURE_EXTENSIONS = new Set([".json", ".ndjson", ".jsonl"]);

/** The payload format a file's extension implies. */
export function formatOfPath(path: string): PayloadFormat {
  const ext = extname(path).toLowerCase();
  return ext === ".ndjson" || ext === ".jsonl" ? "ndjson" : "auto";
}

/**
 * Reads captured events from files, NDJSON files and directories (recursively: `*.json`, `*.ndjson`, `*.jsonl`,
 * sorted by path). A file holding one JSON document is one event; an NDJSON file is one event per line. A record
 * that is not JSON is returned with a `problem` (it is reported, never sent). Throws when a path cannot be read.
 */
export async function loadCapturedEvents(
  paths: readonly string[],
  cwd: string = process.cwd(),
  options: LoadCapturedEventsOptions = {},
): Promise<CapturedEvent[]> {
  const events: CapturedEvent[] = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute);
    const files = info.isDirectory()
      ? (await listCaptureFiles(absolute)).map((file) => ({ file, label: join(given, relative(absolute, file)) }))
      : [{ file: absolute, label: given }];
    for (const { file, label } of files) {
      if (options.raw) {
        events.push(...rawRecords(await readFile(file), formatOfPath(file), label));
        continue;
      }
      const text = await readFile(file, "utf8");
      for (const payload of splitPayloads(text, formatOfPath(file))) {
        events.push(
          payload.ok
            ? { source: label, line: payload.line, body: payload.text }
            : { source: label, line: payload.line, body: payload.text, problem: payload.message },
        );
      }
    }
  }
  return events;
}

/** Every `*.json`, `*.ndjson` and `*.jsonl` file under `dir` (recursively), sorted by path. */
export async function listCaptureFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && CAPTURE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A file's records as bytes, split the way {@link splitPayloads} splits its text: the whole file when that is one
 * document (or one malformed one), else one record per non-blank line.
 */
function rawRecords(bytes: Uint8Array, format: PayloadFormat, source: string): CapturedEvent[] {
  const decoder = new TextDecoder("utf-8");
  const [first, ...rest] = splitPayloads(decoder.decode(bytes), format);
  if (first && rest.length === 0 && first.line === undefined) {
    return [{ source, line: undefined, body: first.text, bytes }];
  }
  const out: CapturedEvent[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const record = bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    const body = decoder.decode(record);
    if (body.trim() !== "") out.push({ source, line, body, bytes: record });
    start = end + 1;
  }
  return out;
}
